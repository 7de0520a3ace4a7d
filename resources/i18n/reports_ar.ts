<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DraftsModel</name>
    <message>
        <source>Line</source>
        <extracomment>the row&apos;s :class:`DraftRow` on any cell saved from this report before this reading (by anyone) the saved incident&apos;s human id, once accepted the coder changed a value before accepting the columns, named as the draft&apos;s fields (an empty place shows the region)</extracomment>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>accepted, edited</source>
        <translation>مقبولة بعد تعديل</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>{state} ({id})</source>
        <translation>{state} ({id})</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>saved before</source>
        <translation>محفوظة سابقًا</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Left empty: {reason}</source>
        <translation>تُرك فارغًا: {reason}</translation>
    </message>
    <message>
        <source>{event_type} › {sub_event_type}</source>
        <translation>{event_type} › {sub_event_type}</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <source>Code from a report</source>
        <extracomment>the review state a draft accepted here is saved in columns whose width follows their content; the others share what is left the most rows the drafts table shows before it scrolls, and the most of the height it takes (the form needs the rest) the report&apos;s text keeps at least this share of the width when the form makes room each form&apos;s values as filled in, to tell an edited draft from an untouched one</extracomment>
        <translation>الترميز من تقرير</translation>
    </message>
    <message>
        <source>A report or an article: plain text or Markdown</source>
        <translation>تقرير أو مقال: نص عادي أو Markdown</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>The report&apos;s date, which relative dates (&quot;two days later&quot;, &quot;last week&quot;) count from. Empty: the date under the title, or the month the title names.</source>
        <translation>تاريخ التقرير الذي تُحسب منه التواريخ النسبية («بعد يومين»، «الأسبوع الماضي»). إن تُرك فارغًا: التاريخ تحت العنوان، أو الشهر الذي يذكره العنوان.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>اقرأ</translation>
    </message>
    <message>
        <source>Report&apos;s date:</source>
        <translation>تاريخ التقرير:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Accept as draft</source>
        <translation>اقبل مسودةً</translation>
    </message>
    <message>
        <source>Save this draft as shown in the form (status draft, the report as its source, tagged with the report&apos;s name). Ctrl+Enter</source>
        <translation>احفظ هذه المسودة كما تظهر في الاستمارة (الحالة مسودة، والتقرير مصدرها، وموسومة باسم التقرير). Ctrl+Enter</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>استبعد</translation>
    </message>
    <message>
        <source>Leave this draft unsaved; on a discarded one, propose it again. Ctrl+Delete</source>
        <translation>اترك هذه المسودة دون حفظ؛ وعلى مسودة مستبعدة: اقترحها من جديد. Ctrl+Delete</translation>
    </message>
    <message>
        <source>Read a report, then choose a draft to see it in the incident form.</source>
        <translation>اقرأ تقريرًا، ثم اختر مسودة لتراها في استمارة الحادث.</translation>
    </message>
    <message>
        <source>Report to read</source>
        <translation>التقرير المراد قراءته</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.markdown);;All files (*)</source>
        <translation>التقارير (*.txt *.md *.markdown);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a report file first.</source>
        <translation>اختر ملف تقرير أولًا.</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>جارٍ قراءة {name}</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>أُلغيت القراءة.</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>لم يُقرأ: {why}</translation>
    </message>
    <message>
        <source>Code from a report — {name}</source>
        <translation>الترميز من تقرير — {name}</translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation>قائمة مدخلات</translation>
    </message>
    <message>
        <source>an article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>{proposed} to decide, {accepted} accepted, {discarded} discarded, {before} saved before.</source>
        <translation>بانتظار القرار: {proposed}، مقبولة: {accepted}، مستبعدة: {discarded}، محفوظة سابقًا: {before}.</translation>
    </message>
    <message>
        <source>{proposed} to decide, {accepted} accepted, {discarded} discarded.</source>
        <translation>بانتظار القرار: {proposed}، مقبولة: {accepted}، مستبعدة: {discarded}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt;: {kind}, {dated}; %n draft(s), tag &lt;i&gt;{tag}&lt;/i&gt;. {decided}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودة، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودة، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودتان، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودات، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودة، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;: {kind}، {dated}؛ %n مسودة، الوسم &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرَّخ</translation>
    </message>
    <message>
        <source>dated {date} (the date given)</source>
        <translation>مؤرَّخ في {date} (التاريخ المُدخَل)</translation>
    </message>
    <message>
        <source>dated {date} (the line under the title)</source>
        <translation>مؤرَّخ في {date} (السطر تحت العنوان)</translation>
    </message>
    <message>
        <source>dated {date} (the end of the month the title names)</source>
        <translation>مؤرَّخ في {date} (نهاية الشهر الذي يذكره العنوان)</translation>
    </message>
    <message>
        <source>dated {date} ({source})</source>
        <translation>مؤرَّخ في {date} ({source})</translation>
    </message>
    <message>
        <source>This entry was saved from this report before: find it in the incident list by its tag.</source>
        <translation>حُفظ هذا المُدخل من هذا التقرير سابقًا: ابحث عنه في قائمة الحوادث بوسمه.</translation>
    </message>
    <message>
        <source>Line {line}: {title}</source>
        <translation>السطر {line}: {title}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>احفظ التعديلات</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>اقترح من جديد</translation>
    </message>
    <message>
        <source>Line {line}: {state}</source>
        <translation>السطر {line}: {state}</translation>
    </message>
    <message>
        <source>Edited drafts not accepted</source>
        <translation>مسودات معدَّلة غير مقبولة</translation>
    </message>
    <message>
        <source>You edited drafts of this report without accepting them. Read another report anyway? The edits are kept as unsaved drafts you can restore from the File menu.</source>
        <translation>عدّلت مسودات من هذا التقرير دون قبولها. هل تقرأ تقريرًا آخر مع ذلك؟ تُحفظ التعديلات مسوداتٍ غير محفوظة يمكنك استعادتها من قائمة «ملف».</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Claimed by</source>
        <extracomment>what the reader reads that is not a field of the record (ACLED&apos;s claim columns)</extracomment>
        <translation>تبنّته</translation>
    </message>
    <message>
        <source>Fatalities claimed</source>
        <translation>الضحايا وفق بيان التبني</translation>
    </message>
    <message>
        <source>The report&apos;s text shows here once it is read.</source>
        <translation>يظهر نص التقرير هنا بعد قراءته.</translation>
    </message>
    <message>
        <source>{field}: {value} ({percent}% sure)</source>
        <extracomment>(start, end, what was read there) in document positions</extracomment>
        <translation>{field}: {value} (بثقة {percent}٪)</translation>
    </message>
</context>
<context>
    <name>UnsureNote</name>
    <message>
        <source>Left empty, unsure</source>
        <extracomment>the form&apos;s field a reader&apos;s field is filled into (the reader names ACLED&apos;s columns)</extracomment>
        <translation>تُركت فارغة لعدم التيقن</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>قُرئ على أنه</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {fields}: {reason}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {fields}: {reason}</translation>
    </message>
</context>
</TS>
