<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sahel Desk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:&lt;br&gt;&lt;b&gt;{file}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside Sahel Desk.&lt;/b&gt; This is a bug, not something you did. Your saved work is safe and open forms keep their drafts.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;Please send that file with a word on what you were doing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sahel Desk — {user}</source>
        <extracomment>View &gt; Language: the code of the language chosen (the application remakes the window in it, see sahel_desk.gui.app.switch_language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident from the list, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore unsaved drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an ACLED file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from a &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send c&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents in separate &amp;windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sahel Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} has unsaved changes. Keep them as a draft you can restore later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {title} (saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sahel Desk was closed with %n unsaved form(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them now? (No keeps them for later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {id} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working as {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sahel Desk is still working (an export, an import or a save). Choose the language again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Sahel Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sahel Desk {version}&lt;/b&gt;&lt;p&gt;Coding conflict events on Mali and the Sahel.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
