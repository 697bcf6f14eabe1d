<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Broadsheet</source>
            <translation>About Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet icon</source>
            <translation>Broadsheet icon</translation>
        </message>
        <message>
            <source>Name and version</source>
            <translation>Name and version</translation>
        </message>
        <message>
            <source>A desktop reader for newspaper issues: it splits raw page text into articles, keeps them in a local library with full-text search, and shows, searches, prints and exports them.</source>
            <translation>A desktop reader for newspaper issues: it splits raw page text into articles, keeps them in a local library with full-text search, and shows, searches, prints and exports them.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Library statistics</source>
            <translation>Library statistics</translation>
        </message>
        <message>
            <source>Build information</source>
            <translation>Build information</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialog buttons</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import pages</source>
            <translation>Import pages</translation>
        </message>
        <message>
            <source>Import state</source>
            <translation>Import state</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Import details</source>
            <translation>Import details</translation>
        </message>
        <message>
            <source>File being imported</source>
            <translation>File being imported</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Import summary</translation>
        </message>
        <message>
            <source>Pages that were not imported, with reasons</source>
            <translation>Pages that were not imported, with reasons</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialog buttons</translation>
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
            <translation>Menu bar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>Status bar</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>&amp;Import Files…</translation>
        </message>
        <message>
            <source>Import page files into the library</source>
            <translation>Import page files into the library</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Import &amp;Folder…</translation>
        </message>
        <message>
            <source>Import every page in a folder and its subfolders</source>
            <translation>Import every page in a folder and its subfolders</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the article</source>
            <translation>Print the article</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Print Pre&amp;view…</translation>
        </message>
        <message>
            <source>Preview the printed article</source>
            <translation>Preview the printed article</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export the article as PDF, HTML, Markdown or text</source>
            <translation>Export the article as PDF, HTML, Markdown or text</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <source>Type, theme, line width and language</source>
            <translation>Type, theme, line width and language</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Quit Broadsheet</source>
            <translation>Quit Broadsheet</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>Copy the selected text</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Search the library</translation>
        </message>
        <message>
            <source>Next &amp;Match</source>
            <translation>Next &amp;Match</translation>
        </message>
        <message>
            <source>Select the next match in the article</source>
            <translation>Select the next match in the article</translation>
        </message>
        <message>
            <source>Pre&amp;vious Match</source>
            <translation>Pre&amp;vious Match</translation>
        </message>
        <message>
            <source>Select the previous match in the article</source>
            <translation>Select the previous match in the article</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Go back to the previous article</source>
            <translation>Go back to the previous article</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>Go forward again</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>&amp;Next Article</translation>
        </message>
        <message>
            <source>Open the next article of the issue</source>
            <translation>Open the next article of the issue</translation>
        </message>
        <message>
            <source>&amp;Previous Article</source>
            <translation>&amp;Previous Article</translation>
        </message>
        <message>
            <source>Open the previous article of the issue</source>
            <translation>Open the previous article of the issue</translation>
        </message>
        <message>
            <source>Next P&amp;age</source>
            <translation>Next P&amp;age</translation>
        </message>
        <message>
            <source>Open the next page of the issue</source>
            <translation>Open the next page of the issue</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ge</source>
            <translation>Previous Pa&amp;ge</translation>
        </message>
        <message>
            <source>Open the previous page of the issue</source>
            <translation>Open the previous page of the issue</translation>
        </message>
        <message>
            <source>Next &amp;Issue</source>
            <translation>Next &amp;Issue</translation>
        </message>
        <message>
            <source>Open the next issue of this paper</source>
            <translation>Open the next issue of this paper</translation>
        </message>
        <message>
            <source>Previous Iss&amp;ue</source>
            <translation>Previous Iss&amp;ue</translation>
        </message>
        <message>
            <source>Open the previous issue of this paper</source>
            <translation>Open the previous issue of this paper</translation>
        </message>
        <message>
            <source>Read &amp;Whole Article</source>
            <translation>Read &amp;Whole Article</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>Show every part of a continued article in one piece</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>&amp;Larger Text</translation>
        </message>
        <message>
            <source>Make the article text larger</source>
            <translation>Make the article text larger</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>&amp;Smaller Text</translation>
        </message>
        <message>
            <source>Make the article text smaller</source>
            <translation>Make the article text smaller</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>&amp;Normal Size</translation>
        </message>
        <message>
            <source>Reset the article text size</source>
            <translation>Reset the article text size</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>F&amp;ull Screen</translation>
        </message>
        <message>
            <source>Show the window on the whole screen</source>
            <translation>Show the window on the whole screen</translation>
        </message>
        <message>
            <source>Show &amp;Library Pane</source>
            <translation>Show &amp;Library Pane</translation>
        </message>
        <message>
            <source>Show or hide the library pane</source>
            <translation>Show or hide the library pane</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Show every keyboard shortcut</source>
            <translation>Show every keyboard shortcut</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;About Broadsheet</translation>
        </message>
        <message>
            <source>About Broadsheet and this library</source>
            <translation>About Broadsheet and this library</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>&amp;Font size:</source>
            <translation>&amp;Font size:</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Font size</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Body &amp;typeface:</source>
            <translation>Body &amp;typeface:</translation>
        </message>
        <message>
            <source>Serif (Song)</source>
            <translation>Serif (Song)</translation>
        </message>
        <message>
            <source>Serif body typeface</source>
            <translation>Serif body typeface</translation>
        </message>
        <message>
            <source>Sans (Hei)</source>
            <translation>Sans (Hei)</translation>
        </message>
        <message>
            <source>Sans-serif body typeface</source>
            <translation>Sans-serif body typeface</translation>
        </message>
        <message>
            <source>&amp;Line width:</source>
            <translation>&amp;Line width:</translation>
        </message>
        <message>
            <source>Line width in characters</source>
            <translation>Line width in characters</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> characters</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>User interface language</source>
            <translation>User interface language</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialog buttons</translation>
        </message>
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>Unknown paper</source>
            <translation>Unknown paper</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>unnumbered page</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2 (%3).</source>
            <translation>Built with Qt %1, running on Qt %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ArticleCardDelegate</name>
        <message>
            <source>continued from page %1</source>
            <translation>continued from page %1</translation>
        </message>
        <message>
            <source>continues on page %1</source>
            <translation>continues on page %1</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ArticleOutput</name>
        <message>
            <source>Print Article</source>
            <translation>Print Article</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Print Preview</translation>
        </message>
        <message>
            <source>article</source>
            <translation>article</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Plain text (*.txt)</source>
            <translation>Plain text (*.txt)</translation>
        </message>
        <message>
            <source>Export Article</source>
            <translation>Export Article</translation>
        </message>
        <message>
            <source>Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.</source>
            <translation>Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ImportDialog</name>
        <message>
            <source>Importing pages into the library…</source>
            <translation>Importing pages into the library…</translation>
        </message>
        <message>
            <source>Looking for pages…</source>
            <translation>Looking for pages…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 files · %3 of %4 · %n article(s)</source>
            <translation>
                <numerusform>%1 of %2 files · %3 of %4 · %n article</numerusform>
                <numerusform>%1 of %2 files · %3 of %4 · %n articles</numerusform>
            </translation>
        </message>
        <message>
            <source> · %1/s</source>
            <translation> · %1/s</translation>
        </message>
        <message numerus="yes">
            <source> · about %n second(s) left</source>
            <translation>
                <numerusform> · about %n second left</numerusform>
                <numerusform> · about %n seconds left</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled. The pages imported so far are kept; importing the same files again completes it.</source>
            <translation>Import cancelled. The pages imported so far are kept; importing the same files again completes it.</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Import finished.</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in %1 s</source>
            <translation>
                <numerusform>%n article in %1 s</numerusform>
                <numerusform>%n articles in %1 s</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4</source>
            <translation>Imported: %1 · Unchanged (already in library): %2 · Replaced: %3 · Failed: %4</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed under the unknown paper.</source>
            <translation>
                <numerusform>%n page filed under the unknown paper.</numerusform>
                <numerusform>%n pages filed under the unknown paper.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) filed as undated.</source>
            <translation>
                <numerusform>%n page filed as undated.</numerusform>
                <numerusform>%n pages filed as undated.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped.</source>
            <translation>The import stopped.</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryPane</name>
        <message>
            <source>No issue in the library on %1.</source>
            <translation>No issue in the library on %1.</translation>
        </message>
        <message>
            <source>Filter papers or dates (2025-03)</source>
            <translation>Filter papers or dates (2025-03)</translation>
        </message>
        <message>
            <source>Library filter</source>
            <translation>Library filter</translation>
        </message>
        <message>
            <source>Type part of a paper's name, or a year, month or day such as 2025-03-18</source>
            <translation>Type part of a paper's name, or a year, month or day such as 2025-03-18</translation>
        </message>
        <message>
            <source>Library: papers, years, months, issues and pages</source>
            <translation>Library: papers, years, months, issues and pages</translation>
        </message>
        <message>
            <source>Issue calendar</source>
            <translation>Issue calendar</translation>
        </message>
        <message>
            <source>Days with an issue are underlined; choose one to open it</source>
            <translation>Days with an issue are underlined; choose one to open it</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::LibraryTreeModel</name>
        <message>
            <source>Unknown paper</source>
            <translation>Unknown paper</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Undated</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a year in the library tree</comment>
            <translation>%1</translation>
        </message>
        <message>
            <source>Undated issue</source>
            <translation>Undated issue</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n issue</numerusform>
                <numerusform>%n issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>broadsheet::MainWindow</name>
        <message>
            <source>Page %1 of this issue is not in the library.</source>
            <translation>Page %1 of this issue is not in the library.</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>An import is already running; wait for it to finish or cancel it.</translation>
        </message>
        <message>
            <source>Your library is empty: importing the bundled demo issue so there is something to read…</source>
            <translation>Your library is empty: importing the bundled demo issue so there is something to read…</translation>
        </message>
        <message numerus="yes">
            <source>The library was empty, so the bundled demo issue was imported (%n page(s)). Import your own pages with File → Import.</source>
            <translation>
                <numerusform>The library was empty, so the bundled demo issue was imported (%n page). Import your own pages with File → Import.</numerusform>
                <numerusform>The library was empty, so the bundled demo issue was imported (%n pages). Import your own pages with File → Import.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.</source>
            <translation>Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.</translation>
        </message>
        <message>
            <source>Text size: %1 pt</source>
            <translation>Text size: %1 pt</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>Library: %1</translation>
        </message>
        <message>
            <source>%1 papers · %2 issues · %3 pages · %4 articles</source>
            <translation>%1 papers · %2 issues · %3 pages · %4 articles</translation>
        </message>
        <message>
            <source>Import Page Files</source>
            <translation>Import Page Files</translation>
        </message>
        <message>
            <source>Page text (*.txt *.md);;All files (*)</source>
            <translation>Page text (*.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <source>Import a Folder of Pages</source>
            <translation>Import a Folder of Pages</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::Navigator</name>
        <message>
            <source>Article %1 is not in the library any more.</source>
            <translation>Article %1 is not in the library any more.</translation>
        </message>
        <message>
            <source>Page %1 is not in the library any more.</source>
            <translation>Page %1 is not in the library any more.</translation>
        </message>
        <message>
            <source>This issue has no pages.</source>
            <translation>This issue has no pages.</translation>
        </message>
        <message>
            <source>This is the last article of the issue.</source>
            <translation>This is the last article of the issue.</translation>
        </message>
        <message>
            <source>This is the first article of the issue.</source>
            <translation>This is the first article of the issue.</translation>
        </message>
        <message>
            <source>This is the last page of the issue.</source>
            <translation>This is the last page of the issue.</translation>
        </message>
        <message>
            <source>This is the first page of the issue.</source>
            <translation>This is the first page of the issue.</translation>
        </message>
        <message>
            <source>This is the newest issue of this paper.</source>
            <translation>This is the newest issue of this paper.</translation>
        </message>
        <message>
            <source>This is the oldest issue of this paper.</source>
            <translation>This is the oldest issue of this paper.</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PageArticlesModel</name>
        <message>
            <source>Continued from page %1</source>
            <translation>Continued from page %1</translation>
        </message>
        <message>
            <source>Untitled article</source>
            <translation>Untitled article</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PagePane</name>
        <message>
            <source>No page open</source>
            <translation>No page open</translation>
        </message>
        <message>
            <source>Previous issue ([)</source>
            <translation>Previous issue ([)</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <source>Next issue (])</source>
            <translation>Next issue (])</translation>
        </message>
        <message>
            <source>Previous issue</source>
            <translation>Previous issue</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Next issue</source>
            <translation>Next issue</translation>
        </message>
        <message>
            <source>Articles on this page</source>
            <translation>Articles on this page</translation>
        </message>
        <message>
            <source>Current page</source>
            <translation>Current page</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ReaderPane</name>
        <message>
            <source>Article %1 could not be read from the library.</source>
            <translation>Article %1 could not be read from the library.</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message>
            <source>match %1 of %2</source>
            <translation>match %1 of %2</translation>
        </message>
        <message>
            <source>Read whole article</source>
            <translation>Read whole article</translation>
        </message>
        <message>
            <source>Show every part of a continued article in one piece</source>
            <translation>Show every part of a continued article in one piece</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Previous match (Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Next match (F3)</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Matches in this article</source>
            <translation>Matches in this article</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Article text</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::SearchPane</name>
        <message>
            <source>All papers</source>
            <translation>All papers</translation>
        </message>
        <message>
            <source>Type to search every article: words, "phrases", -excluded, title:, paper:, date:2025-03</source>
            <translation>Type to search every article: words, "phrases", -excluded, title:, paper:, date:2025-03</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No articles match.</source>
            <translation>No articles match.</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) match.</source>
            <translation>
                <numerusform>%n article match.</numerusform>
                <numerusform>%n articles match.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search (Ctrl+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Search the library</translation>
        </message>
        <message>
            <source>Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears.</source>
            <translation>Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears.</translation>
        </message>
        <message>
            <source>Paper to search in</source>
            <translation>Paper to search in</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Limit the search to a date range</source>
            <translation>Limit the search to a date range</translation>
        </message>
        <message>
            <source>First date</source>
            <translation>First date</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Last date</translation>
        </message>
        <message>
            <source>Headlines only</source>
            <translation>Headlines only</translation>
        </message>
        <message>
            <source>Search headlines only</source>
            <translation>Search headlines only</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Best match</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>Sort results</source>
            <translation>Sort results</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Search status</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::SearchResultsModel</name>
        <message>
            <source>Untitled article</source>
            <translation>Untitled article</translation>
        </message>
        <message>
            <source>Unknown paper</source>
            <translation>Unknown paper</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>unnumbered page</source>
            <translation>unnumbered page</translation>
        </message>
    </context>
    <context>
        <name>broadsheet::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>Shortcut list</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Next / previous article (in the article list, or past the end or start of the article)</source>
            <translation>Next / previous article (in the article list, or past the end or start of the article)</translation>
        </message>
        <message>
            <source>Open the chosen search result, page or issue</source>
            <translation>Open the chosen search result, page or issue</translation>
        </message>
        <message>
            <source>Leave the search and return to the page</source>
            <translation>Leave the search and return to the page</translation>
        </message>
        <message>
            <source>Move between the panes and their controls</source>
            <translation>Move between the panes and their controls</translation>
        </message>
        <message>
            <source>Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field.</source>
            <translation>Single-key shortcuts (j, k, [, ], /, ?) work whenever the keyboard is not in a text field.</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialog buttons</translation>
        </message>
        <message>
            <source>Scroll the article by a screenful</source>
            <translation>Scroll the article by a screenful</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>A reader for newspaper issues.</source>
            <translation>A reader for newspaper issues.</translation>
        </message>
        <message>
            <source>The library file to open (default: $BROADSHEET_LIBRARY, else %1).</source>
            <translation>The library file to open (default: $BROADSHEET_LIBRARY, else %1).</translation>
        </message>
        <message>
            <source>Page files or folders to import.</source>
            <translation>Page files or folders to import.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Opened read-only: %1</source>
            <translation>Opened read-only: %1</translation>
        </message>
        <message>
            <source>Preparing the library for search…</source>
            <translation>Preparing the library for search…</translation>
        </message>
        <message>
            <source>Preparing the library for search: %1 of %2 articles…</source>
            <translation>Preparing the library for search: %1 of %2 articles…</translation>
        </message>
    </context>
</TS>
