<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Broadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadsheet icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop reader for newspaper issues: it splits raw page text into articles, keeps them in a local library with full-text search, and shows, searches, prints and exports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages that were not imported, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Broadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import page files into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every page in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the printed article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the article as PDF, HTML, Markdown or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, theme, line width and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Broadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next article of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous article of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next page of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous page of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next issue of this paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Iss&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous issue of this paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;Whole Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every part of a continued article in one piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the article text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window on the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Library Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Broadsheet and this library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;typeface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif (Song)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif body typeface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans (Hei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans-serif body typeface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width in characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Unknown paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnumbered page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::ArticleCardDelegate</name>
    <message>
        <source>continued from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues on page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::ArticleOutput</name>
    <message>
        <source>Print Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::ImportDialog</name>
    <message>
        <source>Importing pages into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 files · %3 of %4 · %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The pages imported so far are kept; importing the same files again completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) filed under the unknown paper.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) filed as undated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::LibraryPane</name>
    <message>
        <source>No issue in the library on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter papers or dates (2025-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a paper&apos;s name, or a year, month or day such as 2025-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: papers, years, months, issues and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with an issue are underlined; choose one to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::LibraryTreeModel</name>
    <message>
        <source>Unknown paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year in the library tree</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>broadsheet::MainWindow</name>
    <message>
        <source>Page %1 of this issue is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty: importing the bundled demo issue so there is something to read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library was empty, so the bundled demo issue was imported (%n page(s)). Import your own pages with File → Import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers · %2 issues · %3 pages · %4 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Page Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page text (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::Navigator</name>
    <message>
        <source>Article %1 is not in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last article of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first article of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last page of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first page of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the newest issue of this paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the oldest issue of this paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::PageArticlesModel</name>
    <message>
        <source>Continued from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::PagePane</name>
    <message>
        <source>No page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous issue ([)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next issue (])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::ReaderPane</name>
    <message>
        <source>Article %1 could not be read from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every part of a continued article in one piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::SearchPane</name>
    <message>
        <source>All papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search every article: words, &quot;phrases&quot;, -excluded, title:, paper:, date:2025-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper to search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the search to a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headlines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search headlines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::SearchResultsModel</name>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnumbered page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>broadsheet::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous article (in the article list, or past the end or start of the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen search result, page or issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search and return to the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the panes and their controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
