<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Broadsheet</source>
            <translation>关于 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet icon</source>
            <translation>Broadsheet 图标</translation>
        </message>
        <message>
            <source>Name and version</source>
            <translation>名称和版本</translation>
        </message>
        <message>
            <source>A desktop reader for newspaper issues: it splits raw page text into articles, keeps them in a local library with full-text search, and shows, searches, prints and exports them.</source>
            <translation>一款读报的桌面应用：把版面原文切分成一篇篇文章，存入带全文检索的本地报库，供您阅读、检索、打印和导出。</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Library statistics</source>
            <translation>报库统计</translation>
        </message>
        <message>
            <source>Build information</source>
            <translation>构建信息</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Import pages</source>
            <translation>导入版面</translation>
        </message>
        <message>
            <source>Import state</source>
            <translation>导入状态</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <source>Import details</source>
            <translation>导入详情</translation>
        </message>
        <message>
            <source>File being imported</source>
            <translation>正在导入的文件</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>导入结果</translation>
        </message>
        <message>
            <source>Pages that were not imported, with reasons</source>
            <translation>未能导入的版面及原因</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>状态栏</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>导入文件(&amp;I)…</translation>
        </message>
        <message>
            <source>Import page files into the library</source>
            <translation>把版面文件导入报库</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>Import every page in a folder and its subfolders</source>
            <translation>导入文件夹及其子文件夹中的全部版面</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the article</source>
            <translation>打印这篇文章</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <source>Preview the printed article</source>
            <translation>预览打印效果</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the article as PDF, HTML, Markdown or text</source>
            <translation>把文章导出为 PDF、HTML、Markdown 或纯文本</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <source>Type, theme, line width and language</source>
            <translation>字体、主题、行宽和界面语言</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit Broadsheet</source>
            <translation>退出 Broadsheet</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>复制选中的文字</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>检索(&amp;S)…</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>检索报库</translation>
        </message>
        <message>
            <source>Next &amp;Match</source>
            <translation>下一处匹配(&amp;M)</translation>
        </message>
        <message>
            <source>Select the next match in the article</source>
            <translation>选中文中的下一处匹配</translation>
        </message>
        <message>
            <source>Pre&amp;vious Match</source>
            <translation>上一处匹配(&amp;V)</translation>
        </message>
        <message>
            <source>Select the previous match in the article</source>
            <translation>选中文中的上一处匹配</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
        </message>
        <message>
            <source>Go back to the previous article</source>
            <translation>回到上一篇看过的文章</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前进(&amp;F)</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>再前进一步</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <source>Open the next article of the issue</source>
            <translation>打开本期的下一篇文章</translation>
        </message>
        <message>
            <source>&amp;Previous Article</source>
            <translation>上一篇(&amp;P)</translation>
        </message>
        <message>
            <source>Open the previous article of the issue</source>
            <translation>打开本期的上一篇文章</translation>
        </message>
        <message>
            <source>Next P&amp;age</source>
            <translation>下一版(&amp;A)</translation>
        </message>
        <message>
            <source>Open the next page of the issue</source>
            <translation>打开本期的下一个版面</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ge</source>
            <translation>上一版(&amp;G)</translation>
        </message>
        <message>
            <source>Open the previous page of the issue</source>
            <translation>打开本期的上一个版面</translation>
        </message>
        <message>
            <source>Next &amp;Issue</source>
            <translation>下一期(&amp;I)</translation>
        </message>
        <message>
            <source>Open the next issue of this paper</source>
            <translation>打开这份报纸的下一期</translation>
        </message>
        <message>
            <source>Previous Iss&amp;ue</source>
            <translation>上一期(&amp;U)</translation>
        </message>
        <message>
            <source>Open the previous issue of this paper</source>
            <translation>打开这份报纸的上一期</translation>
        </message>
        <message>
            <source>Read &amp;Whole Article</source>
            <translation>阅读全文(&amp;W)</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>把转版文章的各部分连起来显示</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <source>Make the article text larger</source>
            <translation>放大正文字号</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>缩小文字(&amp;S)</translation>
        </message>
        <message>
            <source>Make the article text smaller</source>
            <translation>缩小正文字号</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>默认大小(&amp;N)</translation>
        </message>
        <message>
            <source>Reset the article text size</source>
            <translation>恢复默认字号</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>全屏(&amp;U)</translation>
        </message>
        <message>
            <source>Show the window on the whole screen</source>
            <translation>全屏显示窗口</translation>
        </message>
        <message>
            <source>Show &amp;Library Pane</source>
            <translation>显示报库栏(&amp;L)</translation>
        </message>
        <message>
            <source>Show or hide the library pane</source>
            <translation>显示或隐藏报库栏</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>快捷键一览(&amp;K)</translation>
        </message>
        <message>
            <source>Show every keyboard shortcut</source>
            <translation>列出所有快捷键</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>关于 Broadsheet(&amp;A)</translation>
        </message>
        <message>
            <source>About Broadsheet and this library</source>
            <translation>关于 Broadsheet 和当前报库</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读</translation>
        </message>
        <message>
            <source>&amp;Font size:</source>
            <translation>字号(&amp;F)：</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>字号</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>Body &amp;typeface:</source>
            <translation>正文字体(&amp;T)：</translation>
        </message>
        <message>
            <source>Serif (Song)</source>
            <translation>宋体（衬线）</translation>
        </message>
        <message>
            <source>Serif body typeface</source>
            <translation>正文用宋体</translation>
        </message>
        <message>
            <source>Sans (Hei)</source>
            <translation>黑体（无衬线）</translation>
        </message>
        <message>
            <source>Sans-serif body typeface</source>
            <translation>正文用黑体</translation>
        </message>
        <message>
            <source>&amp;Line width:</source>
            <translation>行宽(&amp;L)：</translation>
        </message>
        <message>
            <source>Line width in characters</source>
            <translation>每行字数</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> 字</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>主题(&amp;H)：</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>User interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>Unknown paper</source>
            <translation>未知报纸</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不详</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第%1版</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>版次不详</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2 (%3).</source>
            <translation>用 Qt %1 构建，运行于 Qt %2（%3）。</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ArticleCardDelegate</name>
        <message>
            <source>continued from page %1</source>
            <translation>上接第%1版</translation>
        </message>
        <message>
            <source>continues on page %1</source>
            <translation>下转第%1版</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ArticleOutput</name>
        <message>
            <source>Print Article</source>
            <translation>打印文章</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>已向打印机发送 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Plain text (*.txt)</source>
            <translation>纯文本 (*.txt)</translation>
        </message>
        <message>
            <source>Export Article</source>
            <translation>导出文章</translation>
        </message>
        <message>
            <source>Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.</source>
            <translation>无法导出到 %1：请选择以 .pdf、.html、.md 或 .txt 结尾的文件名。</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ImportDialog</name>
        <message>
            <source>Importing pages into the library…</source>
            <translation>正在把版面导入报库…</translation>
        </message>
        <message>
            <source>Looking for pages…</source>
            <translation>正在查找版面文件…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 files · %3 of %4 · %n article(s)</source>
            <translation>
                <numerusform>文件 %1/%2 · %3/%4 · %n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source> · %1/s</source>
            <translation> · 每秒 %1</translation>
        </message>
        <message numerus="yes">
            <source> · about %n second(s) left</source>
            <translation>
                <numerusform> · 约剩 %n 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled. The pages imported so far are kept; importing the same files again completes it.</source>
            <translation>导入已取消。已导入的版面都保留着；再次导入同样的文件即可补全。</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>导入完成。</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in %1 s</source>
            <translation>
                <numerusform>%n 篇文章，用时 %1 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4</source>
            <translation>新导入：%1 · 未变（已在报库中）：%2 · 已替换：%3 · 失败：%4</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed under the unknown paper.</source>
            <translation>
                <numerusform>%n 个版面归入“未知报纸”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed as undated.</source>
            <translation>
                <numerusform>%n 个版面归入“日期不详”。</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped.</source>
            <translation>导入中止。</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryPane</name>
        <message>
            <source>No issue in the library on %1.</source>
            <translation>报库中没有 %1 的报纸。</translation>
        </message>
        <message>
            <source>Filter papers or dates (2025-03)</source>
            <translation>按报名或日期筛选（如 2025-03）</translation>
        </message>
        <message>
            <source>Library filter</source>
            <translation>报库筛选</translation>
        </message>
        <message>
            <source>Type part of a paper's name, or a year, month or day such as 2025-03-18</source>
            <translation>输入报名的一部分，或年、月、日，例如 2025-03-18</translation>
        </message>
        <message>
            <source>Library: papers, years, months, issues and pages</source>
            <translation>报库：报纸、年、月、期、版</translation>
        </message>
        <message>
            <source>Issue calendar</source>
            <translation>出版日历</translation>
        </message>
        <message>
            <source>Days with an issue are underlined; choose one to open it</source>
            <translation>有报纸的日子带下划线，点选即可打开</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryTreeModel</name>
        <message>
            <source>Unknown paper</source>
            <translation>未知报纸</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>日期不详</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a year in the library tree</comment>
            <translation>%1年</translation>
        </message>
        <message>
            <source>Undated issue</source>
            <translation>日期不详的一期</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第%1版</translation>
        </message>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 个版</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>broadsheet::MainWindow</name>
        <message>
            <source>Page %1 of this issue is not in the library.</source>
            <translation>本期第%1版不在报库中。</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>已有一个导入在进行，请等它完成或先取消。</translation>
        </message>
        <message>
            <source>Your library is empty: importing the bundled demo issue so there is something to read…</source>
            <translation>报库是空的：正在导入自带的示例报纸，让您先有东西可读…</translation>
        </message>
        <message numerus="yes">
            <source>The library was empty, so the bundled demo issue was imported (%n page(s)). Import your own pages with File → Import.</source>
            <translation>
                <numerusform>报库原本为空，已导入自带的示例报纸（%n 个版）。可用“文件 → 导入”添加您自己的版面。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.</source>
            <translation>导入完成：新导入 %1，未变 %2，替换 %3，失败 %4。</translation>
        </message>
        <message>
            <source>Text size: %1 pt</source>
            <translation>字号：%1 磅</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>报库：%1</translation>
        </message>
        <message>
            <source>%1 papers · %2 issues · %3 pages · %4 articles</source>
            <translation>%1 种报纸 · %2 期 · %3 个版 · %4 篇文章</translation>
        </message>
        <message>
            <source>Import Page Files</source>
            <translation>导入版面文件</translation>
        </message>
        <message>
            <source>Page text (*.txt *.md);;All files (*)</source>
            <translation>版面文本 (*.txt *.md);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Import a Folder of Pages</source>
            <translation>导入版面文件夹</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::Navigator</name>
        <message>
            <source>Article %1 is not in the library any more.</source>
            <translation>文章 %1 已不在报库中。</translation>
        </message>
        <message>
            <source>Page %1 is not in the library any more.</source>
            <translation>版面 %1 已不在报库中。</translation>
        </message>
        <message>
            <source>This issue has no pages.</source>
            <translation>这一期没有版面。</translation>
        </message>
        <message>
            <source>This is the last article of the issue.</source>
            <translation>这已是本期最后一篇。</translation>
        </message>
        <message>
            <source>This is the first article of the issue.</source>
            <translation>这已是本期第一篇。</translation>
        </message>
        <message>
            <source>This is the last page of the issue.</source>
            <translation>这已是本期最后一版。</translation>
        </message>
        <message>
            <source>This is the first page of the issue.</source>
            <translation>这已是本期第一版。</translation>
        </message>
        <message>
            <source>This is the newest issue of this paper.</source>
            <translation>这已是这份报纸最新的一期。</translation>
        </message>
        <message>
            <source>This is the oldest issue of this paper.</source>
            <translation>这已是这份报纸最早的一期。</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PageArticlesModel</name>
        <message>
            <source>Continued from page %1</source>
            <translation>上接第%1版</translation>
        </message>
        <message>
            <source>Untitled article</source>
            <translation>无标题文章</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PagePane</name>
        <message>
            <source>No page open</source>
            <translation>未打开版面</translation>
        </message>
        <message>
            <source>Previous issue ([)</source>
            <translation>上一期（[）</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>上一版（Page Up）</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>下一版（Page Down）</translation>
        </message>
        <message>
            <source>Next issue (])</source>
            <translation>下一期（]）</translation>
        </message>
        <message>
            <source>Previous issue</source>
            <translation>上一期</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一版</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一版</translation>
        </message>
        <message>
            <source>Next issue</source>
            <translation>下一期</translation>
        </message>
        <message>
            <source>Articles on this page</source>
            <translation>本版文章</translation>
        </message>
        <message>
            <source>Current page</source>
            <translation>当前版面</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ReaderPane</name>
        <message>
            <source>Article %1 could not be read from the library.</source>
            <translation>无法从报库读取文章 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 处匹配</numerusform>
            </translation>
        </message>
        <message>
            <source>match %1 of %2</source>
            <translation>第 %1/%2 处匹配</translation>
        </message>
        <message>
            <source>Read whole article</source>
            <translation>阅读全文</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>把转版文章的各部分连起来显示</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>上一处匹配（Shift+F3）</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>下一处匹配（F3）</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一处匹配</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一处匹配</translation>
        </message>
        <message>
            <source>Matches in this article</source>
            <translation>文中匹配</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>文章正文</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::SearchPane</name>
        <message>
            <source>All papers</source>
            <translation>全部报纸</translation>
        </message>
        <message>
            <source>Type to search every article: words, "phrases", -excluded, title:, paper:, date:2025-03</source>
            <translation>输入即检索全部文章：词语、"短语"、-排除词、title:、paper:、date:2025-03</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在检索…</translation>
        </message>
        <message>
            <source>No articles match.</source>
            <translation>没有匹配的文章。</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) match.</source>
            <translation>
                <numerusform>共 %n 篇文章匹配。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search (Ctrl+K)</source>
            <translation>检索（Ctrl+K）</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>检索报库</translation>
        </message>
        <message>
            <source>Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears.</source>
            <translation>边输入边出结果。↓/↑ 选择，Enter 打开，Esc 清除。</translation>
        </message>
        <message>
            <source>Paper to search in</source>
            <translation>检索范围：报纸</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Limit the search to a date range</source>
            <translation>只检索某段日期</translation>
        </message>
        <message>
            <source>First date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Headlines only</source>
            <translation>只查标题</translation>
        </message>
        <message>
            <source>Search headlines only</source>
            <translation>只检索标题</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>最相关</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新在前</translation>
        </message>
        <message>
            <source>Sort results</source>
            <translation>结果排序</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>检索状态</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>检索结果</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::SearchResultsModel</name>
        <message>
            <source>Untitled article</source>
            <translation>无标题文章</translation>
        </message>
        <message>
            <source>Unknown paper</source>
            <translation>未知报纸</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不详</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第%1版</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>版次不详</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>快捷键一览</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键一览</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>快捷键列表</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Next / previous article (in the article list, or past the end or start of the article)</source>
            <translation>下一篇/上一篇（在文章列表中，或读到文章末尾/开头时）</translation>
        </message>
        <message>
            <source>Open the chosen search result, page or issue</source>
            <translation>打开选中的检索结果、版面或一期报纸</translation>
        </message>
        <message>
            <source>Leave the search and return to the page</source>
            <translation>退出检索，回到版面</translation>
        </message>
        <message>
            <source>Move between the panes and their controls</source>
            <translation>在各栏及其控件之间切换</translation>
        </message>
        <message>
            <source>Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field.</source>
            <translation>单键快捷键（j、k、[、]、/、?）在输入框之外随时可用。</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
        <message>
            <source>Scroll the article by a screenful</source>
            <translation>文章翻过一屏</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>A reader for newspaper issues.</source>
            <translation>读报的桌面应用。</translation>
        </message>
        <message>
            <source>The library file to open (default: $BROADSHEET_LIBRARY, else %1).</source>
            <translation>要打开的报库文件（默认：$BROADSHEET_LIBRARY，否则为 %1）。</translation>
        </message>
        <message>
            <source>Page files or folders to import.</source>
            <translation>要导入的版面文件或文件夹。</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Opened read-only: %1</source>
            <translation>以只读方式打开：%1</translation>
        </message>
        <message>
            <source>Preparing the library for search…</source>
            <translation>正在为检索准备报库…</translation>
        </message>
        <message>
            <source>Preparing the library for search: %1 of %2 articles…</source>
            <translation>正在为检索准备报库：第 %1 篇，共 %2 篇…</translation>
        </message>
    </context>
</TS>
