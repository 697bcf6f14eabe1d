#include "traditionalchars.h"

#include <QHash>

namespace broadsheet {

namespace {

// Simplified → Traditional pairs, one to one. Characters whose Traditional form depends on the
// word (干 乾/幹, 发 髮/發 in 头发, 后 後/后, 里 裡/里, 台 臺/颱/檯 …) are left out on purpose: a
// corpus for search tests needs substitutions that fold back to exactly one Simplified character.
constexpr const char16_t *kPairs
    = u"国國 们們 这這 个個 来來 时時 说說 为為 会會 经經 对對 还還 进進 过過 动動 实實 现現 问問 题題 长長 "
      u"门門 开開 关關 东東 车車 马馬 鸟鳥 鱼魚 书書 学學 习習 写寫 买買 卖賣 见見 觉覺 认認 识識 让讓 谢謝 "
      u"请請 读讀 语語 话話 讲講 论論 设設 计計 变變 处處 业業 务務 员員 产產 农農 电電 气氣 应應 该該 样樣 "
      u"种種 专專 与與 义義 乐樂 亲親 传傳 价價 众眾 优優 体體 儿兒 党黨 兴興 决決 况況 创創 则則 刚剛 劳勞 "
      u"势勢 华華 单單 卫衛 厂廠 压壓 县縣 参參 双雙 发發 号號 听聽 团團 园園 围圍 图圖 场場 坏壞 块塊 坚堅 "
      u"报報 声聲 备備 头頭 夺奪 奋奮 妇婦 孙孫 宁寧 宝寶 审審 宽寬 导導 层層 岁歲 岛島 币幣 师師 带帶 帮幫 "
      u"广廣 庆慶 库庫 废廢 张張 强強 归歸 当當 录錄 忆憶 忧憂 态態 总總 恶惡 惊驚 惯慣 愿願 战戰 户戶 扩擴 "
      u"扫掃 扬揚 护護 担擔 拥擁 择擇 挥揮 损損 换換 据據 摄攝 数數 断斷 无無 旧舊 显顯 晓曉 术術 机機 杀殺 "
      u"杂雜 权權 条條 杨楊 极極 构構 树樹 档檔 桥橋 检檢 楼樓 标標 梦夢 欢歡 毕畢 汉漢 汤湯 沟溝 没沒 泽澤 "
      u"洁潔 浅淺 测測 济濟 浓濃 涛濤 润潤 涨漲 温溫 湾灣 湿濕 满滿 灭滅 灯燈 灵靈 灾災 热熱 烟煙 烧燒 爱愛 "
      u"爷爺 牵牽 状狀 独獨 献獻 环環 画畫 疗療 盖蓋 盘盤 矿礦 码碼 础礎 确確 礼禮 离離 积積 称稱 稳穩 穷窮 "
      u"竞競 笔筆 签簽 简簡 粮糧 紧緊 红紅 约約 级級 纪紀 纯純 纲綱 纳納 纵縱 纸紙 线線 练練 组組 细細 织織 "
      u"终終 绍紹 结結 给給 络絡 绝絕 统統 继繼 绩績 续續 维維 综綜 绿綠 编編 缘緣 缩縮 罚罰 罗羅 职職 联聯 "
      u"聪聰 肃肅 脑腦 脚腳 脸臉 舰艦 艺藝 节節 苏蘇 荐薦 荣榮 药藥 获獲 营營 蓝藍 虑慮 虽雖 补補 装裝 观觀 "
      u"规規 视視 览覽 订訂 讨討 训訓 议議 讯訊 记記 许許 访訪 证證 评評 诉訴 词詞 译譯 试試 诗詩 诚誠 询詢 "
      u"详詳 误誤 诸諸 课課 谁誰 调調 谈談 谊誼 谋謀 谓謂 贝貝 负負 财財 责責 贤賢 败敗 货貨 质質 贫貧 购購 "
      u"贯貫 贵貴 贷貸 贸貿 费費 资資 赏賞 赛賽 赞贊 赢贏 赵趙 趋趨 跃躍 践踐 轨軌 转轉 轮輪 软軟 轻輕 载載 "
      u"较較 辅輔 辆輛 辉輝 输輸 边邊 达達 迁遷 运運 远遠 违違 连連 迟遲 选選 递遞 遗遺 邮郵 邻鄰 郑鄭 释釋 "
      u"鉴鑒 针針 钢鋼 钱錢 铁鐵 铜銅 银銀 铺鋪 链鏈 销銷 锁鎖 错錯 镇鎮 镜鏡 闭閉 间間 闻聞 阅閱 队隊 阳陽 "
      u"阴陰 阵陣 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雾霧 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 "
      u"领領 频頻 颗顆 颜顏 额額 风風 飞飛 饭飯 饮飲 馆館 驶駛 驻駐 驾駕 验驗 骑騎 鲜鮮 鸡雞 鸣鳴 齐齊 龙龍 "
      u"区區 医醫 云雲 澜瀾 亿億 万萬 乡鄉 举舉 两兩 严嚴 丰豐 临臨 丽麗 乌烏 乔喬 争爭 亚亞 亩畝 仅僅 从從 "
      u"仓倉 仪儀 伟偉 伤傷 伦倫 侧側 侨僑 债債 倾傾 储儲 兰蘭 养養 册冊 军軍 冯馮 冻凍 净淨 减減 凉涼 凤鳳 "
      u"击擊 刘劉 删刪 别別 剧劇 办辦 励勵 劝勸 协協 卢盧 却卻 厅廳 厦廈 叙敘 叹嘆 吨噸 启啟 吴吳 响響 唤喚 "
      u"圆圓 圣聖 坛壇 垒壘 执執 扰擾 拟擬 挡擋 挤擠 摆擺 携攜 敌敵 旷曠 昼晝 晋晉 晒曬 暂暫 杰傑 枣棗 柜櫃 "
      u"栋棟 栏欄 欧歐 残殘 毁毀 沪滬 泪淚 洒灑 浏瀏 渔漁 渐漸 滚滾 滨濱 潜潛 炉爐 烂爛 烦煩 焕煥 犹猶 狮獅 "
      u"猎獵 猫貓 琼瓊 畅暢 盐鹽 监監 盗盜 砖磚 硕碩 祸禍 窍竅 竖豎 笼籠 筹籌 类類 纠糾 纤纖 纹紋 纺紡 纽紐 "
      u"绑綁 绕繞 绘繪 绳繩 绵綿 缆纜 缓緩 缝縫 缴繳 网網 罢罷 耸聳 肠腸 肤膚 肾腎 肿腫 胀脹 胁脅 胜勝 胶膠 "
      u"脉脈 腊臘 舱艙 芦蘆 苹蘋 荡蕩 莱萊 萧蕭 萨薩 虾蝦 蚁蟻 袜襪 裤褲 触觸 誉譽 诊診 谅諒 谜謎 谣謠 谦謙 "
      u"谨謹 谱譜 贡貢 贩販 贪貪 贴貼 贺賀 赔賠 赖賴 赚賺 赠贈 赶趕 踪蹤 轰轟 辈輩 辖轄 辞辭 辩辯 辽遼 逻邏 "
      u"邓鄧 酱醬 钉釘 钓釣 钥鑰 钻鑽 铃鈴 铝鋁 铭銘 锅鍋 锋鋒 锡錫 锦錦 键鍵 锻鍛 闪閃 闯闖 闸閘 闹鬧 阁閣 "
      u"阔闊 陕陝 韦韋 颁頒 颂頌 飘飄 饰飾 饱飽 饲飼 饼餅 驱驅 骗騙 鲁魯 鸭鴨 鸿鴻 鹅鵝 麦麥 齿齒 ";

const QHash<char16_t, char16_t> &pairTable()
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> t;
        const QStringView pairs(kPairs);
        for (qsizetype i = 0; i + 1 < pairs.size(); i += 3)
            t.insert(pairs.at(i).unicode(), pairs.at(i + 1).unicode());
        return t;
    }();
    return table;
}

} // namespace

QString toTraditional(const QString &text, Rng &rng, double fraction)
{
    const QHash<char16_t, char16_t> &table = pairTable();
    QString out = text;
    for (QChar &c : out) {
        const auto it = table.constFind(c.unicode());
        if (it != table.cend() && (fraction >= 1.0 || rng.chance(fraction)))
            c = QChar(*it);
    }
    return out;
}

QList<QPair<QChar, QChar>> traditionalPairs()
{
    QList<QPair<QChar, QChar>> list;
    const QStringView pairs(kPairs);
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 3)
        list.append({ pairs.at(i), pairs.at(i + 1) });
    return list;
}

} // namespace broadsheet
