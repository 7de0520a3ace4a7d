<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ConflictItems</name>
    <message>
        <source>kept (edited on this desk)</source>
        <extracomment>fields whose value is a reference a person cannot type exactly, so only &quot;keep&quot; and &quot;take&quot; are offered</extracomment>
        <translation>مُبقًى عليه (عُدِّل في هذا المكتب)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>{user} is a {role}: only reviewers and administrators may resolve conflicts. Ask one, or switch user (File &gt; Switch user).</source>
        <translation>دور {user}: {role}. لا يحسم التعارضات إلا المراجِعون والمسؤولون. اطلب ذلك من أحدهم، أو بدّل المستخدم (ملف &gt; تبديل المستخدم).</translation>
    </message>
    <message>
        <source>Whole record (kept here, deleted there)</source>
        <translation>السجل كاملًا (مُبقًى عليه هنا، محذوف هناك)</translation>
    </message>
    <message>
        <source>{label} (pending revision)</source>
        <translation>{label} (تنقيح معلَّق)</translation>
    </message>
    <message>
        <source>{user}, via {desk}</source>
        <translation>{user}، عبر {desk}</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>مكتب آخر</translation>
    </message>
    <message>
        <source>removed here</source>
        <translation>محذوف هنا</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Other desk</source>
        <translation>المكتب الآخر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>not coded</source>
        <translation>غير مرمَّز</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s  ({keys})</source>
        <translation>أبقِ قيمة هذا المكتب  ({keys})</translation>
    </message>
    <message>
        <source>Take theirs  ({keys})</source>
        <translation>خذ قيمتهم  ({keys})</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Type another value (a number, a name, yes or no; separate several with ;). Empty means not coded.</source>
        <translation>اكتب قيمة أخرى (عددًا أو اسمًا أو نعم أو لا؛ افصل بين القيم بـ ;). الفراغ يعني غير مرمَّز.</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>استخدم هذه القيمة</translation>
    </message>
    <message>
        <source>Why (optional): kept in the incident&apos;s history, e.g. &quot;army communiqué of 9 May&quot;</source>
        <translation>السبب (اختياري): يُحفظ في سجل تغييرات الحادث، مثلًا «بيان الجيش في 9 مايو»</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>قيمة أخرى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The other desk</source>
        <translation>المكتب الآخر</translation>
    </message>
    <message>
        <source>&lt;b&gt;{incident}&lt;/b&gt; · {field}</source>
        <translation>&lt;b&gt;{incident}&lt;/b&gt; · {field}</translation>
    </message>
    <message>
        <source>Both desks changed this since they last exchanged. {sender} changed it on {when}; the difference was found here on {found}.</source>
        <translation>عدّل المكتبان هذا منذ آخر تبادل بينهما. عدّله {sender} في {when}، واكتُشف الفرق هنا في {found}.</translation>
    </message>
    <message>
        <source>Both desks changed this since they last exchanged. {sender} changed it; the difference was found here on {found}.</source>
        <translation>عدّل المكتبان هذا منذ آخر تبادل بينهما. عدّله {sender}، واكتُشف الفرق هنا في {found}.</translation>
    </message>
    <message>
        <source>The other desk: {sender}</source>
        <translation>المكتب الآخر: {sender}</translation>
    </message>
    <message>
        <source>Before both edits: {value}</source>
        <translation>قبل التعديلين: {value}</translation>
    </message>
    <message>
        <source>Before both edits: not known</source>
        <translation>قبل التعديلين: غير معروف</translation>
    </message>
    <message>
        <source>This one is settled by keeping one side: another value cannot be typed here.</source>
        <translation>يُحسم هذا بالإبقاء على أحد الطرفين: لا يمكن كتابة قيمة أخرى هنا.</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>No conflicts to resolve</source>
        <extracomment>the count&apos;s text when nothing waits (the empty page says it as a sentence)</extracomment>
        <translation>لا تعارضات تنتظر الحسم</translation>
    </message>
    <message>
        <source>move in the list</source>
        <extracomment>the window&apos;s keys and what they do, in the legend under it</extracomment>
        <translation>التنقل في القائمة</translation>
    </message>
    <message>
        <source>keep this desk&apos;s</source>
        <translation>الإبقاء على قيمة هذا المكتب</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <source>read the list again</source>
        <translation>إعادة قراءة القائمة</translation>
    </message>
    <message>
        <source>Sahel Desk — Conflicts</source>
        <translation>Sahel Desk — التعارضات</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>جارٍ قراءة التعارضات…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>حدّث</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>لا تعارضات تنتظر الحسم.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s value</source>
        <translation>أبقِ قيمة هذا المكتب</translation>
    </message>
    <message>
        <source>Take the other desk&apos;s value</source>
        <translation>خذ قيمة المكتب الآخر</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open conflict(s), oldest first</source>
        <translation>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>تعارضات مفتوحة: &lt;b&gt;%n&lt;/b&gt;، الأقدم أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read.</source>
        <translation>تعذّرت قراءة التعارضات.</translation>
    </message>
    <message>
        <source>{incident} · {field}: kept this desk&apos;s value ({value}).</source>
        <translation>{incident} · {field}: أُبقي على قيمة هذا المكتب ({value}).</translation>
    </message>
    <message>
        <source>{incident} · {field}: took {sender}&apos;s value ({value}).</source>
        <translation>{incident} · {field}: أُخذت قيمة {sender} ({value}).</translation>
    </message>
    <message>
        <source>{incident} · {field}: set another value ({value}).</source>
        <translation>{incident} · {field}: حُدِّدت قيمة أخرى ({value}).</translation>
    </message>
</context>
<context>
    <name>DesksModel</name>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <source>seen, not trusted</source>
        <translation>معروف، غير موثوق</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مسحوب الثقة</translation>
    </message>
    <message>
        <source>researcher&apos;s desk</source>
        <translation>مكتب باحث</translation>
    </message>
    <message>
        <source>reviewer&apos;s desk</source>
        <translation>مكتب مراجِع</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
</context>
<context>
    <name>DesksWindow</name>
    <message>
        <source>Desks</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Trust as a researcher&apos;s desk</source>
        <translation>ثق به مكتبَ باحث</translation>
    </message>
    <message>
        <source>Trust as a reviewer&apos;s desk</source>
        <translation>ثق به مكتبَ مراجِع</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>اسحب الثقة</translation>
    </message>
    <message>
        <source>This desk&apos;s key: {key}</source>
        <translation>مفتاح هذا المكتب: {key}</translation>
    </message>
    <message>
        <source>No other desk met yet: a desk is listed once one of its bundles was checked here.</source>
        <translation>لم يُصادَف أي مكتب آخر بعد: يظهر المكتب هنا حين تُفحص إحدى حزمه في هذا المكتب.</translation>
    </message>
    <message>
        <source>Only an administrator trusts or revokes keys.</source>
        <translation>لا يمنح الثقة بالمفاتيح أو يسحبها إلا المسؤول.</translation>
    </message>
    <message>
        <source>{name}: {trust}.</source>
        <translation>{name}: {trust}.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Nothing has been written yet: press Bring in to merge these changes.</source>
        <translation>لم يُكتب شيء بعد: اضغط «أدمِج» لدمج هذه التعديلات.</translation>
    </message>
    <message>
        <source>This bundle is encrypted: type its password, then check it again.</source>
        <translation>هذه الحزمة مشفّرة: اكتب كلمة مرورها ثم افحصها من جديد.</translation>
    </message>
    <message>
        <source>That password is wrong: type it again, then check again.</source>
        <translation>كلمة المرور خاطئة: اكتبها من جديد ثم افحص مرة أخرى.</translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>لا تعارضات: دُمجت كل التعديلات دون مشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer: the %n field(s) changed differently on both desks keep this desk&apos;s value until someone decides.</source>
        <translation>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n. تحتفظ الحقول التي عُدِّلت على نحو مختلف في المكتبين (%n) بقيمة هذا المكتب إلى أن يحسم أحدٌ الأمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>From {sender}, trusted as a reviewer&apos;s desk:</source>
        <translation>من {sender}، موثوق به مكتبَ مراجِع:</translation>
    </message>
    <message>
        <source>From {sender}, trusted as a researcher&apos;s desk:</source>
        <translation>من {sender}، موثوق به مكتبَ باحث:</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) would be added, {updated} updated, {deleted} deleted, {unchanged} already up to date</source>
        <translation>
            <numerusform>سيُضاف %n حادث؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>سيُضاف %n حادث؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>سيُضاف %n حادثان؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>ستُضاف %n حوادث؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>سيُضاف %n حادثًا؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>سيُضاف %n حادث؛ يُحدَّث: {updated}، يُحذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) was/were added, {updated} updated, {deleted} deleted, {unchanged} already up to date</source>
        <translation>
            <numerusform>أُضيف %n حادث؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>أُضيف %n حادث؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>أُضيف %n حادثان؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>أُضيفت %n حوادث؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>أُضيف %n حادثًا؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
            <numerusform>أُضيف %n حادث؛ حُدِّث: {updated}، حُذف: {deleted}، محدَّث مسبقًا: {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflicts}, {comments}, {entries}</source>
        <translation>{conflicts}، {comments}، {entries}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer</source>
        <translation>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
            <numerusform>تعارضات تنتظر مراجِعًا: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n تعليق</numerusform>
            <numerusform>%n تعليق</numerusform>
            <numerusform>%n تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n تغيير في السجل</numerusform>
            <numerusform>%n تغيير في السجل</numerusform>
            <numerusform>%n تغييران في السجل</numerusform>
            <numerusform>%n تغييرات في السجل</numerusform>
            <numerusform>%n تغييرًا في السجل</numerusform>
            <numerusform>%n تغيير في السجل</numerusform>
        </translation>
    </message>
    <message>
        <source>New actors: {actors}, new places: {places}</source>
        <translation>فاعلون جدد: {actors}، أماكن جديدة: {places}</translation>
    </message>
    <message>
        <source>Conflict: {incident}, {field}</source>
        <translation>تعارض: {incident}، {field}</translation>
    </message>
    <message>
        <source>Renumbered: {old} is {new} here</source>
        <translation>أُعيد ترقيمه: {old} هو {new} هنا</translation>
    </message>
    <message>
        <source>Left alone: {why}</source>
        <translation>تُرك كما هو: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) will wait for a reviewer here:</source>
        <translation>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء ستنتظر مراجِعًا هنا: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) is/are waiting for a reviewer here:</source>
        <translation>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
            <numerusform>أجزاء تنتظر مراجِعًا هنا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>استقبال التعديلات</translation>
    </message>
    <message>
        <source>A bundle from another desk ({suffix})</source>
        <translation>حزمة من مكتب آخر ({suffix})</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Only if the bundle is encrypted</source>
        <translation>فقط إن كانت الحزمة مشفّرة</translation>
    </message>
    <message>
        <source>Check the bundle first: it says what would come in and writes nothing.</source>
        <translation>افحص الحزمة أولًا: يبيّن الفحص ما سيُدمج ولا يكتب شيئًا.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Trust as a researcher&apos;s desk</source>
        <translation>ثق به مكتبَ باحث</translation>
    </message>
    <message>
        <source>Trust as a reviewer&apos;s desk</source>
        <translation>ثق به مكتبَ مراجِع</translation>
    </message>
    <message>
        <source>Its new records and edits come in; edits of approved records wait as pending revisions, and its review decisions do not count.</source>
        <translation>تدخل سجلاته الجديدة وتعديلاته؛ وتنتظر تعديلات السجلات الموافق عليها تنقيحاتٍ معلَّقة، ولا تُحتسب قرارات المراجعة الصادرة عنه.</translation>
    </message>
    <message>
        <source>Everything it sends counts, review decisions too.</source>
        <translation>يُحتسب كل ما يرسله، بما في ذلك قرارات المراجعة.</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>what to ask when the last run was refused for the bundle&apos;s password</extracomment>
        <translation>افحص</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>أدمِج</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>احسم التعارضات…</translation>
    </message>
    <message>
        <source>Bundle from another desk</source>
        <translation>حزمة من مكتب آخر</translation>
    </message>
    <message>
        <source>Sahel Desk bundles (*{suffix});;All files (*)</source>
        <translation>حزم Sahel Desk (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a bundle first.</source>
        <translation>اختر حزمة أولًا.</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>جارٍ فحص الحزمة</translation>
    </message>
    <message>
        <source>Bringing in the changes</source>
        <translation>جارٍ دمج التعديلات</translation>
    </message>
    <message>
        <source>Trusting the desk&apos;s key</source>
        <translation>جارٍ منح الثقة لمفتاح المكتب</translation>
    </message>
    <message>
        <source>{name} is trusted as a reviewer&apos;s desk.</source>
        <translation>صار {name} موثوقًا به مكتبَ مراجِع.</translation>
    </message>
    <message>
        <source>{name} is trusted as a researcher&apos;s desk.</source>
        <translation>صار {name} موثوقًا به مكتبَ باحث.</translation>
    </message>
    <message>
        <source>Checked: nothing was written.</source>
        <translation>فُحصت: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Done: the changes from {sender} are in this desk. {conflicts}</source>
        <translation>تم: أصبحت تعديلات {sender} في هذا المكتب. {conflicts}</translation>
    </message>
    <message>
        <source>The key of desk {desk} (user {user}) was revoked here: its bundles are refused.</source>
        <translation>سُحبت الثقة هنا من مفتاح المكتب {desk} (المستخدم {user}): تُرفض حزمه.</translation>
    </message>
    <message>
        <source>Desk {desk}, user {user}, signs with the key
{key}
which this desk does not trust yet. Compare it with the one that desk shows (desks list) before trusting it.</source>
        <translation>يوقّع المكتب {desk}، المستخدم {user}، بالمفتاح
{key}
الذي لا يثق به هذا المكتب بعد. قارنه بالمفتاح الذي يعرضه ذلك المكتب (قائمة المكاتب) قبل منحه الثقة.</translation>
    </message>
    <message>
        <source>Desk {desk}, user {user}, signs with the key
{key}
which this desk does not trust yet; only an administrator may trust it.</source>
        <translation>يوقّع المكتب {desk}، المستخدم {user}، بالمفتاح
{key}
الذي لا يثق به هذا المكتب بعد؛ ولا يمنحه الثقة إلا المسؤول.</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>{incidents}, {entries} and {comments}</source>
        <translation>{incidents} و{entries} و{comments}</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادث</numerusform>
            <numerusform>%n حادث</numerusform>
            <numerusform>%n حادثان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثًا</numerusform>
            <numerusform>%n حادث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n تغيير في السجل</numerusform>
            <numerusform>%n تغيير في السجل</numerusform>
            <numerusform>%n تغييران في السجل</numerusform>
            <numerusform>%n تغييرات في السجل</numerusform>
            <numerusform>%n تغييرًا في السجل</numerusform>
            <numerusform>%n تغيير في السجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n تعليق</numerusform>
            <numerusform>%n تعليق</numerusform>
            <numerusform>%n تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted with the password</source>
        <translation>مشفّرة بكلمة المرور</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>غير مشفّرة</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer}: {what} (the changes since the last bundle for {peer}; {size}, {lock}).</source>
        <translation>كُتب {path} إلى {peer}: {what} (التعديلات منذ آخر حزمة إلى {peer}؛ {size}، {lock}).</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer}: {what} (everything this desk holds; {size}, {lock}).</source>
        <translation>كُتب {path} إلى {peer}: {what} (كل ما في هذا المكتب؛ {size}، {lock}).</translation>
    </message>
    <message>
        <source>Nothing had changed since the last bundle, so it holds no incidents.</source>
        <translation>لم يتغير شيء منذ آخر حزمة، لذا لا تحوي أي حادث.</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>إرسال التعديلات</translation>
    </message>
    <message>
        <source>Who it is for: a colleague, a desk, anyone</source>
        <translation>لمن هي: زميل، أو مكتب، أو أي أحد</translation>
    </message>
    <message>
        <source>Only changes since the last bundle for this peer</source>
        <translation>التعديلات منذ آخر حزمة إلى هذا الطرف فقط</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Optional: encrypts the bundle</source>
        <translation>اختياري: يشفّر الحزمة</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>أرسل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>احفظ باسم</translation>
    </message>
    <message>
        <source>Leave the password empty to send the bundle unencrypted. The bundle is signed either way, so a changed or cut file is refused.</source>
        <translation>اترك كلمة المرور فارغة لإرسال الحزمة دون تشفير. الحزمة موقّعة في الحالتين، فيُرفض الملف المعدَّل أو المبتور.</translation>
    </message>
    <message>
        <source>A new peer: the first bundle holds everything.</source>
        <translation>طرف جديد: تحوي الحزمة الأولى كل شيء.</translation>
    </message>
    <message>
        <source>For anyone: the changes since the last bundle for anyone.</source>
        <translation>لأي أحد: التعديلات منذ آخر حزمة لأي أحد.</translation>
    </message>
    <message>
        <source>{name}: last sent {sent}; last received {received}.</source>
        <translation>{name}: آخر إرسال في {sent}؛ آخر استلام في {received}.</translation>
    </message>
    <message>
        <source>{name}: last sent {sent}; nothing received from it.</source>
        <translation>{name}: آخر إرسال في {sent}؛ لم يُستلم منه شيء.</translation>
    </message>
    <message>
        <source>{name}: nothing sent yet; last received {received}.</source>
        <translation>{name}: لم يُرسل إليه شيء بعد؛ آخر استلام في {received}.</translation>
    </message>
    <message>
        <source>{name}: nothing sent yet; nothing received from it.</source>
        <translation>{name}: لم يُرسل إليه شيء بعد؛ لم يُستلم منه شيء.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>احفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>Sahel Desk bundles (*{suffix})</source>
        <translation>حزم Sahel Desk (*{suffix})</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>{name} already exists: press Send again to replace it.</source>
        <translation>{name} موجود مسبقًا: اضغط «أرسل» مرة أخرى لاستبداله.</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>جارٍ كتابة الحزمة</translation>
    </message>
    <message>
        <source>{why} No bundle was written.</source>
        <translation>{why} لم تُكتب أي حزمة.</translation>
    </message>
</context>
</TS>
