<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Broadsheet</source>
            <translation>關於 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet icon</source>
            <translation>Broadsheet 圖示</translation>
        </message>
        <message>
            <source>Name and version</source>
            <translation>名稱和版本</translation>
        </message>
        <message>
            <source>A desktop reader for newspaper issues: it splits raw page text into articles, keeps them in a local library with full-text search, and shows, searches, prints and exports them.</source>
            <translation>一款讀報的桌面應用：把版面原文切分成一篇篇文章，存入帶全文搜尋的本地報庫，供您閱讀、搜尋、列印和匯出。</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Library statistics</source>
            <translation>報庫統計</translation>
        </message>
        <message>
            <source>Build information</source>
            <translation>構建資訊</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>對話方塊按鈕</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Import pages</source>
            <translation>匯入版面</translation>
        </message>
        <message>
            <source>Import state</source>
            <translation>匯入狀態</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>匯入進度</translation>
        </message>
        <message>
            <source>Import details</source>
            <translation>匯入詳情</translation>
        </message>
        <message>
            <source>File being imported</source>
            <translation>正在匯入的檔案</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>匯入結果</translation>
        </message>
        <message>
            <source>Pages that were not imported, with reasons</source>
            <translation>未能匯入的版面及原因</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>對話方塊按鈕</translation>
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
            <translation>選單列</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>轉到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具列</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>狀態列</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>匯入檔案(&amp;I)…</translation>
        </message>
        <message>
            <source>Import page files into the library</source>
            <translation>把版面檔案匯入報庫</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>匯入資料夾(&amp;F)…</translation>
        </message>
        <message>
            <source>Import every page in a folder and its subfolders</source>
            <translation>匯入資料夾及其子資料夾中的全部版面</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the article</source>
            <translation>列印這篇文章</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>列印預覽(&amp;V)…</translation>
        </message>
        <message>
            <source>Preview the printed article</source>
            <translation>預覽列印效果</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the article as PDF, HTML, Markdown or text</source>
            <translation>把文章匯出為 PDF、HTML、Markdown 或純文字</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>偏好設定(&amp;F)…</translation>
        </message>
        <message>
            <source>Type, theme, line width and language</source>
            <translation>字體、主題、行寬和介面語言</translation>
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
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>複製選取的文字</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜尋(&amp;S)…</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜尋報庫</translation>
        </message>
        <message>
            <source>Next &amp;Match</source>
            <translation>下一處匹配(&amp;M)</translation>
        </message>
        <message>
            <source>Select the next match in the article</source>
            <translation>選取文中的下一處匹配</translation>
        </message>
        <message>
            <source>Pre&amp;vious Match</source>
            <translation>上一處匹配(&amp;V)</translation>
        </message>
        <message>
            <source>Select the previous match in the article</source>
            <translation>選取文中的上一處匹配</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>後退(&amp;B)</translation>
        </message>
        <message>
            <source>Go back to the previous article</source>
            <translation>回到上一篇看過的文章</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前進(&amp;F)</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>再前進一步</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <source>Open the next article of the issue</source>
            <translation>開啟本期的下一篇文章</translation>
        </message>
        <message>
            <source>&amp;Previous Article</source>
            <translation>上一篇(&amp;P)</translation>
        </message>
        <message>
            <source>Open the previous article of the issue</source>
            <translation>開啟本期的上一篇文章</translation>
        </message>
        <message>
            <source>Next P&amp;age</source>
            <translation>下一版(&amp;A)</translation>
        </message>
        <message>
            <source>Open the next page of the issue</source>
            <translation>開啟本期的下一個版面</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ge</source>
            <translation>上一版(&amp;G)</translation>
        </message>
        <message>
            <source>Open the previous page of the issue</source>
            <translation>開啟本期的上一個版面</translation>
        </message>
        <message>
            <source>Next &amp;Issue</source>
            <translation>下一期(&amp;I)</translation>
        </message>
        <message>
            <source>Open the next issue of this paper</source>
            <translation>開啟這份報紙的下一期</translation>
        </message>
        <message>
            <source>Previous Iss&amp;ue</source>
            <translation>上一期(&amp;U)</translation>
        </message>
        <message>
            <source>Open the previous issue of this paper</source>
            <translation>開啟這份報紙的上一期</translation>
        </message>
        <message>
            <source>Read &amp;Whole Article</source>
            <translation>閱讀全文(&amp;W)</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>把轉版文章的各部分連起來顯示</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <source>Make the article text larger</source>
            <translation>放大正文字級</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>縮小文字(&amp;S)</translation>
        </message>
        <message>
            <source>Make the article text smaller</source>
            <translation>縮小正文字級</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>預設大小(&amp;N)</translation>
        </message>
        <message>
            <source>Reset the article text size</source>
            <translation>恢復預設字級</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>全螢幕(&amp;U)</translation>
        </message>
        <message>
            <source>Show the window on the whole screen</source>
            <translation>全螢幕顯示窗口</translation>
        </message>
        <message>
            <source>Show &amp;Library Pane</source>
            <translation>顯示報庫欄(&amp;L)</translation>
        </message>
        <message>
            <source>Show or hide the library pane</source>
            <translation>顯示或隱藏報庫欄</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>快速鍵一覽(&amp;K)</translation>
        </message>
        <message>
            <source>Show every keyboard shortcut</source>
            <translation>列出所有快速鍵</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>關於 Broadsheet(&amp;A)</translation>
        </message>
        <message>
            <source>About Broadsheet and this library</source>
            <translation>關於 Broadsheet 和當前報庫</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>偏好設定</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>閱讀</translation>
        </message>
        <message>
            <source>&amp;Font size:</source>
            <translation>字級(&amp;F)：</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>字級</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 點</translation>
        </message>
        <message>
            <source>Body &amp;typeface:</source>
            <translation>正文字體(&amp;T)：</translation>
        </message>
        <message>
            <source>Serif (Song)</source>
            <translation>明體（襯線）</translation>
        </message>
        <message>
            <source>Serif body typeface</source>
            <translation>正文用明體</translation>
        </message>
        <message>
            <source>Sans (Hei)</source>
            <translation>黑體（無襯線）</translation>
        </message>
        <message>
            <source>Sans-serif body typeface</source>
            <translation>正文用黑體</translation>
        </message>
        <message>
            <source>&amp;Line width:</source>
            <translation>行寬(&amp;L)：</translation>
        </message>
        <message>
            <source>Line width in characters</source>
            <translation>每行字數</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> 字</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外觀</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>主題(&amp;H)：</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <source>User interface language</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>對話方塊按鈕</translation>
        </message>
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>Unknown paper</source>
            <translation>未知報紙</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不詳</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第%1版</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>版次不詳</translation>
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
            <translation>用 Qt %1 構建，執行於 Qt %2（%3）。</translation>
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
            <translation>下轉第%1版</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ArticleOutput</name>
        <message>
            <source>Print Article</source>
            <translation>列印文章</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>已向列印機發送 %n 頁。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>列印預覽</translation>
        </message>
        <message>
            <source>article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>網頁 (*.html)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Plain text (*.txt)</source>
            <translation>純文字 (*.txt)</translation>
        </message>
        <message>
            <source>Export Article</source>
            <translation>匯出文章</translation>
        </message>
        <message>
            <source>Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.</source>
            <translation>無法匯出到 %1：請選擇以 .pdf、.html、.md 或 .txt 結尾的檔案名。</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已匯出到 %1。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在匯出到 %1…</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ImportDialog</name>
        <message>
            <source>Importing pages into the library…</source>
            <translation>正在把版面匯入報庫…</translation>
        </message>
        <message>
            <source>Looking for pages…</source>
            <translation>正在查找版面檔案…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 files · %3 of %4 · %n article(s)</source>
            <translation>
                <numerusform>檔案 %1/%2 · %3/%4 · %n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source> · %1/s</source>
            <translation> · 每秒 %1</translation>
        </message>
        <message numerus="yes">
            <source> · about %n second(s) left</source>
            <translation>
                <numerusform> · 約剩 %n 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled. The pages imported so far are kept; importing the same files again completes it.</source>
            <translation>匯入已取消。已匯入的版面都保留著；再次匯入同樣的檔案即可補全。</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>匯入完成。</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in %1 s</source>
            <translation>
                <numerusform>%n 篇文章，用時 %1 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4</source>
            <translation>新匯入：%1 · 未變（已在報庫中）：%2 · 已替換：%3 · 失敗：%4</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed under the unknown paper.</source>
            <translation>
                <numerusform>%n 個版面歸入「未知報紙」。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed as undated.</source>
            <translation>
                <numerusform>%n 個版面歸入「日期不詳」。</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped.</source>
            <translation>匯入中止。</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryPane</name>
        <message>
            <source>No issue in the library on %1.</source>
            <translation>報庫中沒有 %1 的報紙。</translation>
        </message>
        <message>
            <source>Filter papers or dates (2025-03)</source>
            <translation>按報名或日期篩選（如 2025-03）</translation>
        </message>
        <message>
            <source>Library filter</source>
            <translation>報庫篩選</translation>
        </message>
        <message>
            <source>Type part of a paper's name, or a year, month or day such as 2025-03-18</source>
            <translation>輸入報名的一部分，或年、月、日，例如 2025-03-18</translation>
        </message>
        <message>
            <source>Library: papers, years, months, issues and pages</source>
            <translation>報庫：報紙、年、月、期、版</translation>
        </message>
        <message>
            <source>Issue calendar</source>
            <translation>出版日曆</translation>
        </message>
        <message>
            <source>Days with an issue are underlined; choose one to open it</source>
            <translation>有報紙的日子帶下划線，點選即可開啟</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryTreeModel</name>
        <message>
            <source>Unknown paper</source>
            <translation>未知報紙</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>日期不詳</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a year in the library tree</comment>
            <translation>%1年</translation>
        </message>
        <message>
            <source>Undated issue</source>
            <translation>日期不詳的一期</translation>
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
                <numerusform>%n 個版</numerusform>
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
            <translation>本期第%1版不在報庫中。</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>已有一個匯入在進行，請等它完成或先取消。</translation>
        </message>
        <message>
            <source>Your library is empty: importing the bundled demo issue so there is something to read…</source>
            <translation>報庫是空的：正在匯入自帶的示例報紙，讓您先有東西可讀…</translation>
        </message>
        <message numerus="yes">
            <source>The library was empty, so the bundled demo issue was imported (%n page(s)). Import your own pages with File → Import.</source>
            <translation>
                <numerusform>報庫原本為空，已匯入自帶的示例報紙（%n 個版）。可用「檔案 → 匯入」添加您自己的版面。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.</source>
            <translation>匯入完成：新匯入 %1，未變 %2，替換 %3，失敗 %4。</translation>
        </message>
        <message>
            <source>Text size: %1 pt</source>
            <translation>字級：%1 點</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>報庫：%1</translation>
        </message>
        <message>
            <source>%1 papers · %2 issues · %3 pages · %4 articles</source>
            <translation>%1 種報紙 · %2 期 · %3 個版 · %4 篇文章</translation>
        </message>
        <message>
            <source>Import Page Files</source>
            <translation>匯入版面檔案</translation>
        </message>
        <message>
            <source>Page text (*.txt *.md);;All files (*)</source>
            <translation>版面文本 (*.txt *.md);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Import a Folder of Pages</source>
            <translation>匯入版面資料夾</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::Navigator</name>
        <message>
            <source>Article %1 is not in the library any more.</source>
            <translation>文章 %1 已不在報庫中。</translation>
        </message>
        <message>
            <source>Page %1 is not in the library any more.</source>
            <translation>版面 %1 已不在報庫中。</translation>
        </message>
        <message>
            <source>This issue has no pages.</source>
            <translation>這一期沒有版面。</translation>
        </message>
        <message>
            <source>This is the last article of the issue.</source>
            <translation>這已是本期最後一篇。</translation>
        </message>
        <message>
            <source>This is the first article of the issue.</source>
            <translation>這已是本期第一篇。</translation>
        </message>
        <message>
            <source>This is the last page of the issue.</source>
            <translation>這已是本期最後一版。</translation>
        </message>
        <message>
            <source>This is the first page of the issue.</source>
            <translation>這已是本期第一版。</translation>
        </message>
        <message>
            <source>This is the newest issue of this paper.</source>
            <translation>這已是這份報紙最新的一期。</translation>
        </message>
        <message>
            <source>This is the oldest issue of this paper.</source>
            <translation>這已是這份報紙最早的一期。</translation>
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
            <translation>無標題文章</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PagePane</name>
        <message>
            <source>No page open</source>
            <translation>未開啟版面</translation>
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
            <translation>當前版面</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
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
            <translation>無法從報庫讀取文章 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 處匹配</numerusform>
            </translation>
        </message>
        <message>
            <source>match %1 of %2</source>
            <translation>第 %1/%2 處匹配</translation>
        </message>
        <message>
            <source>Read whole article</source>
            <translation>閱讀全文</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>把轉版文章的各部分連起來顯示</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>上一處匹配（Shift+F3）</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>下一處匹配（F3）</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一處匹配</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一處匹配</translation>
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
            <translation>全部報紙</translation>
        </message>
        <message>
            <source>Type to search every article: words, "phrases", -excluded, title:, paper:, date:2025-03</source>
            <translation>輸入即搜尋全部文章：詞語、"短語"、-排除詞、title:、paper:、date:2025-03</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在搜尋…</translation>
        </message>
        <message>
            <source>No articles match.</source>
            <translation>沒有匹配的文章。</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) match.</source>
            <translation>
                <numerusform>共 %n 篇文章匹配。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search (Ctrl+K)</source>
            <translation>搜尋（Ctrl+K）</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜尋報庫</translation>
        </message>
        <message>
            <source>Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears.</source>
            <translation>邊輸入邊出結果。↓/↑ 選擇，Enter 開啟，Esc 清除。</translation>
        </message>
        <message>
            <source>Paper to search in</source>
            <translation>搜尋範圍：報紙</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Limit the search to a date range</source>
            <translation>只搜尋某段日期</translation>
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
            <translation>只查標題</translation>
        </message>
        <message>
            <source>Search headlines only</source>
            <translation>只搜尋標題</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>最相關</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新在前</translation>
        </message>
        <message>
            <source>Sort results</source>
            <translation>結果排序</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>搜尋狀態</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜尋結果</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::SearchResultsModel</name>
        <message>
            <source>Untitled article</source>
            <translation>無標題文章</translation>
        </message>
        <message>
            <source>Unknown paper</source>
            <translation>未知報紙</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不詳</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第%1版</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>版次不詳</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>快速鍵一覽</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快速鍵一覽</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>快速鍵列表</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Next / previous article (in the article list, or past the end or start of the article)</source>
            <translation>下一篇/上一篇（在文章列表中，或讀到文章末尾/開頭時）</translation>
        </message>
        <message>
            <source>Open the chosen search result, page or issue</source>
            <translation>開啟選取的搜尋結果、版面或一期報紙</translation>
        </message>
        <message>
            <source>Leave the search and return to the page</source>
            <translation>退出搜尋，回到版面</translation>
        </message>
        <message>
            <source>Move between the panes and their controls</source>
            <translation>在各欄及其控制項之間切換</translation>
        </message>
        <message>
            <source>Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field.</source>
            <translation>單鍵快速鍵（j、k、[、]、/、?）在輸入框之外隨時可用。</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>對話方塊按鈕</translation>
        </message>
        <message>
            <source>Scroll the article by a screenful</source>
            <translation>文章翻過一屏</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>A reader for newspaper issues.</source>
            <translation>讀報的桌面應用。</translation>
        </message>
        <message>
            <source>The library file to open (default: $BROADSHEET_LIBRARY, else %1).</source>
            <translation>要開啟的報庫檔案（預設：$BROADSHEET_LIBRARY，否則為 %1）。</translation>
        </message>
        <message>
            <source>Page files or folders to import.</source>
            <translation>要匯入的版面檔案或資料夾。</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Opened read-only: %1</source>
            <translation>以唯讀方式開啟：%1</translation>
        </message>
        <message>
            <source>Preparing the library for search…</source>
            <translation>正在為搜尋準備報庫…</translation>
        </message>
        <message>
            <source>Preparing the library for search: %1 of %2 articles…</source>
            <translation>正在為搜尋準備報庫：第 %1 篇，共 %2 篇…</translation>
        </message>
    </context>
</TS>
