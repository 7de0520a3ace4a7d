<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sahel Desk: unexpected error</source>
        <translation>Sahel Desk: خطأ غير متوقع</translation>
    </message>
    <message>
        <source>The details are in the log file:&lt;br&gt;&lt;b&gt;{file}&lt;/b&gt;</source>
        <translation>التفاصيل في ملف السجل:&lt;br&gt;&lt;b&gt;{file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside Sahel Desk.&lt;/b&gt; This is a bug, not something you did. Your saved work is safe and open forms keep their drafts.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;Please send that file with a word on what you were doing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;حدث خلل داخل Sahel Desk.&lt;/b&gt; هذا عيب في البرنامج وليس خطأً منك. عملك المحفوظ سليم، والاستمارات المفتوحة تحتفظ بمسوداتها.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;يُرجى إرسال هذا الملف مع كلمة عمّا كنت تفعله.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sahel Desk — {user}</source>
        <extracomment>a form whose draft the disk refused: it cannot be made again without loss View &gt; Language: the code of the language chosen (the application remakes the window in it, see sahel_desk.gui.app.switch_language)</extracomment>
        <translation>Sahel Desk — {user}</translation>
    </message>
    <message>
        <source>Open an incident from the list, or start a new one (Ctrl+N).</source>
        <translation>افتح حادثًا من القائمة، أو ابدأ حادثًا جديدًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>المستخدم: {user}</translation>
    </message>
    <message>
        <source>Role: …</source>
        <translation>الدور: …</translation>
    </message>
    <message>
        <source>Nothing saved yet this session</source>
        <translation>لم يُحفظ شيء في هذه الجلسة بعد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>حادث جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Duplicate as new</source>
        <translation>نسخ كحادث جديد</translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation>إغلاق الحادث</translation>
    </message>
    <message>
        <source>Res&amp;tore unsaved drafts…</source>
        <translation>استعادة المسودات غير المحفوظة…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation>تصدير إلى Excel أو CSV…</translation>
    </message>
    <message>
        <source>&amp;Import an ACLED file…</source>
        <translation>استيراد ملف ACLED…</translation>
    </message>
    <message>
        <source>Code from a &amp;report…</source>
        <translation>الترميز من تقرير…</translation>
    </message>
    <message>
        <source>Send c&amp;hanges…</source>
        <translation>إرسال التعديلات…</translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation>استقبال التعديلات…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Next incident</source>
        <translation>الحادث التالي</translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation>الحادث السابق</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>قائمة الحوادث</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Open incidents in separate &amp;windows</source>
        <translation>فتح الحوادث في نوافذ منفصلة</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>تحديث القائمة</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>&amp;Returned to me</source>
        <translation>المُعاد إليّ</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <source>&amp;Desks…</source>
        <translation>المكاتب…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>الحوادث المكررة…</translation>
    </message>
    <message>
        <source>Compare with the &amp;possible duplicate</source>
        <translation>مقارنة بالحادث المكرر المحتمل</translation>
    </message>
    <message>
        <source>The incident open has no possible duplicate to compare with.</source>
        <translation>ليس للحادث المفتوح حادث مكرر محتمل للمقارنة.</translation>
    </message>
    <message>
        <source>Incident &amp;history</source>
        <translation>سجل الحادث</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Sahel Desk</source>
        <translation>حول Sahel Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>نسخة من {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>{title} has unsaved changes. Keep them as a draft you can restore later?</source>
        <translation>في {title} تعديلات غير محفوظة. هل تحتفظ بها كمسودة يمكنك استعادتها لاحقًا؟</translation>
    </message>
    <message>
        <source>• {title} (saved {when})</source>
        <translation>• {title} (حُفظ في {when})</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادث جديد</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message numerus="yes">
        <source>Sahel Desk was closed with %n unsaved form(s):</source>
        <translation>
            <numerusform>أُغلق Sahel Desk دون استمارات غير محفوظة (%n):</numerusform>
            <numerusform>أُغلق Sahel Desk مع استمارة واحدة غير محفوظة (%n):</numerusform>
            <numerusform>أُغلق Sahel Desk مع استمارتين غير محفوظتين (%n):</numerusform>
            <numerusform>أُغلق Sahel Desk مع %n استمارات غير محفوظة:</numerusform>
            <numerusform>أُغلق Sahel Desk مع %n استمارة غير محفوظة:</numerusform>
            <numerusform>أُغلق Sahel Desk مع %n استمارة غير محفوظة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them now? (No keeps them for later.)</source>
        <translation>هل تستعيدها الآن؟ (اختيار «لا» يحتفظ بها لوقت لاحق.)</translation>
    </message>
    <message>
        <source>Saved {id} at {time}</source>
        <translation>حُفظ {id} في الساعة {time}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>الدور: {role}</translation>
    </message>
    <message>
        <source>Now working as {user} ({role})</source>
        <translation>تعمل الآن باسم {user} ({role})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sahel Desk is still working (an export, an import or a save). Choose the language again when it has finished.</source>
        <translation>لا يزال Sahel Desk يعمل (تصدير أو استيراد أو حفظ). اختر اللغة مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <source>An unsaved form could not be written to its draft on the disk, so the window was not made again in the new language. Save your work, then choose the language again.</source>
        <translation>تعذّرت كتابة استمارة غير محفوظة في مسودتها على القرص، لذلك لم تُنشأ النافذة من جديد باللغة الجديدة. احفظ عملك ثم اختر اللغة مرة أخرى.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln حادث</numerusform>
            <numerusform>%Ln حادث</numerusform>
            <numerusform>%Ln حادثان</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثًا</numerusform>
            <numerusform>%Ln حادث</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;GeoNames places…</source>
        <translation>استيراد أماكن GeoNames…</translation>
    </message>
    <message>
        <source>Import an &amp;ACLED file…</source>
        <translation>استيراد ملف ACLED…</translation>
    </message>
    <message>
        <source>Code a &amp;first incident</source>
        <translation>ترميز أول حادث</translation>
    </message>
    <message>
        <source>About Sahel Desk</source>
        <translation>حول Sahel Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sahel Desk {version}&lt;/b&gt;&lt;p&gt;Coding conflict events on Mali and the Sahel.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sahel Desk {version}&lt;/b&gt;&lt;p&gt;ترميز أحداث النزاع في مالي ومنطقة الساحل.&lt;/p&gt;&lt;p&gt;مجلد البيانات: {folder}&lt;/p&gt;</translation>
    </message>
</context>
</TS>