#include "fictionnames.h"

namespace broadsheet {

namespace {

QStringList split(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList fictionalPapers()
{
    return split(
        QStringLiteral("云澜日报 澜江晚报 青川时报 白鹭洲商报 北塘都市报 松溪日报 望湖晨报 栖霞新闻报 "
                       "临澜日报 江屿晚报 东岚日报 芦荻商报"));
}

QString personName(Rng &rng)
{
    static const QString surnames = QStringLiteral(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢"
        "姜"
        "崔钟谭陆汪金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯史陶黎贺顾毛郝龚邵钱严武戴莫孔向汤柳温俞葛");
    static const QString given = QStringLiteral("晓岚明华文静思远宇航欣然涵雨桐嘉禾鸣秋若溪知以宁繁舟志强丽娟"
                                                "建海燕春梅振佳琪浩梓萱俊杰雅婷立新晨曦书瑶"
                                                "敏慧一帆子衿清扬景行安澄云帆叶舒悦晴川");
    QString name(surnames.at(rng.range(0, int(surnames.size()) - 1)));
    const int count = rng.chance(0.7) ? 2 : 1;
    for (int i = 0; i < count; ++i)
        name += given.at(rng.range(0, int(given.size()) - 1));
    return name;
}

QString datelinePlace(Rng &rng)
{
    static const QStringList places
        = split(QStringLiteral("云澜 青川 松溪 北塘 澜江 望湖 栖霞 临澜 江屿 东岚 白鹭洲"));
    return rng.chance(0.25) ? QStringLiteral("北京") : rng.pick(places);
}

QString columnLabel(Rng &rng)
{
    static const QStringList labels = split(
        QStringLiteral("云澜观察 一线调查·民生关切 基层走笔 记者手记 民生热线 经济观察 乡村振兴进行时 "
                       "一线调查·城市更新 今日关注 江畔时评 走基层·听民声 新春走基层"));
    return rng.pick(labels);
}

QString photoHeadline(Rng &rng)
{
    static const QStringList headlines = split(QStringLiteral(
        "湖畔春早 茶山采茶忙 江畔晨光 灯火璀璨 丰收在望 雪后初霁 古镇新韵 银发课堂 龙舟竞渡 稻香四溢 "
        "花海迎客 渔港归帆 夜市烟火 书香满城 田间春忙 非遗进校园 冬日暖阳 樱花烂漫"));
    return rng.pick(headlines);
}

QString speakerKicker(Rng &rng)
{
    static const QStringList meetings = split(QStringLiteral(
        "全市安全生产工作会议 民生实事项目推进会 营商环境优化提升大会 乡村振兴工作会议 城市更新现场推进会 "
        "文旅融合发展大会 一季度经济运行分析会 基层治理工作座谈会"));
    static const QStringList verbs = split(QStringLiteral("强调 指出 表示"));
    return personName(rng) + QStringLiteral("在") + rng.pick(meetings) + QStringLiteral("上")
        + rng.pick(verbs);
}

QString pictureSource(Rng &rng)
{
    static const QStringList sources
        = split(QStringLiteral("受访单位 主办方 市文旅局 区融媒体中心 当地宣传部门"));
    return rng.pick(sources);
}

} // namespace broadsheet
