<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommentModel</name>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>resolved by {user}</source>
        <translation>أغلقه {user}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>السجل كاملًا</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>All comments</source>
        <translation>كل التعليقات</translation>
    </message>
    <message>
        <source>Show the comments on every field, not only the chosen one</source>
        <translation>عرض التعليقات على كل الحقول، لا على الحقل المختار وحده</translation>
    </message>
    <message>
        <source>Resolve thread</source>
        <translation>أغلق النقاش</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; — choose an item in the queue, then a field, to read and write comments on it.</source>
        <translation>&lt;b&gt;التعليقات&lt;/b&gt; — اختر سجلًا من قائمة الانتظار ثم حقلًا لقراءة التعليقات عليه وكتابتها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on {field}&lt;/b&gt;</source>
        <translation>&lt;b&gt;التعليقات على {field}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on the whole record&lt;/b&gt;</source>
        <translation>&lt;b&gt;التعليقات على السجل كاملًا&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose an item to comment on it</source>
        <translation>اختر سجلًا للتعليق عليه</translation>
    </message>
    <message>
        <source>Reply to {user} on {field}: type and press Enter</source>
        <translation>الرد على {user} بشأن {field}: اكتب ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Reply to {user} on the whole record: type and press Enter</source>
        <translation>الرد على {user} بشأن السجل كاملًا: اكتب ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Comment on {field}: type and press Enter</source>
        <translation>التعليق على {field}: اكتب ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Comment on the whole record: type and press Enter</source>
        <translation>التعليق على السجل كاملًا: اكتب ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>أعد فتح النقاش</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Why: needed to request changes or reject, optional to approve. Shown to the researcher and kept in the history.</source>
        <translation>السبب: لازم لطلب التعديلات أو للرفض، واختياري للموافقة. يُعرض على الباحث ويُحفظ في سجل التغييرات.</translation>
    </message>
    <message>
        <source>— why reject —</source>
        <translation>— سبب الرفض —</translation>
    </message>
    <message>
        <source>Duplicate of (e.g. MLI-2017-0042)</source>
        <translation>مكرر لـ (مثلًا MLI-2017-0042)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>وافِق</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>اطلب تعديلات</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Reject as</source>
        <translation>الرفض بوصفه</translation>
    </message>
    <message>
        <source>Say what to change in the reason box first.</source>
        <translation>اكتب أولًا في خانة السبب ما ينبغي تعديله.</translation>
    </message>
    <message>
        <source>Choose why the record is rejected first.</source>
        <translation>اختر أولًا سبب رفض السجل.</translation>
    </message>
    <message>
        <source>Name the record this one duplicates first.</source>
        <translation>اذكر أولًا السجل الذي يكرره هذا السجل.</translation>
    </message>
    <message>
        <source>Give a reason for rejecting in the reason box first.</source>
        <translation>اكتب أولًا سبب الرفض في خانة السبب.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n نقاش مفتوح</numerusform>
            <numerusform>%n نقاش مفتوح</numerusform>
            <numerusform>%n نقاشان مفتوحان</numerusform>
            <numerusform>%n نقاشات مفتوحة</numerusform>
            <numerusform>%n نقاشًا مفتوحًا</numerusform>
            <numerusform>%n نقاش مفتوح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
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
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>الحادث الآخر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Sahel Desk — Possible duplicates</source>
        <extracomment>the columns that give up width for the reasons: places, types and states what the reasons keep in view at least, and the narrowest a narrowed column gets</extracomment>
        <translation>Sahel Desk — حوادث مكررة محتملة</translation>
    </message>
    <message>
        <source>How likely a pair must be one event to be listed, from 0 to 1. At 0.20, one pair in five listed is one event coded twice.</source>
        <translation>مدى احتمال أن يكون الزوج حدثًا واحدًا كي يُدرج، من 0 إلى 1. عند 0.20 يكون زوج من كل خمسة أزواج مدرجة حدثًا واحدًا رُمّز مرتين.</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>الحد الأدنى للدرجة:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Only pairs with an incident added or changed since this day (compared with the whole desk). Empty: every pair.</source>
        <translation>الأزواج التي أُضيف أحد حوادثها أو عُدّل منذ هذا اليوم فقط (مقارنةً بكامل القاعدة). فارغ: كل الأزواج.</translation>
    </message>
    <message>
        <source>Changed &amp;since:</source>
        <translation>المعدّلة منذ:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Open side by side</source>
        <translation>فتح جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Both incidents field by field, to merge them or mark them as two events (Enter)</source>
        <translation>الحادثان حقلًا بحقل، لدمجهما أو وسمهما حدثين مختلفين (Enter)</translation>
    </message>
    <message>
        <source>Press Find to look for incidents that may be one event coded twice.</source>
        <translation>اضغط «بحث» للعثور على الحوادث التي قد تكون حدثًا واحدًا رُمّز مرتين.</translation>
    </message>
    <message>
        <source>“{text}” is not a day: correct it or empty the field.</source>
        <translation>«{text}» ليس تاريخًا: صحّحه أو أفرغ الحقل.</translation>
    </message>
    <message>
        <source>Comparing the incidents of the desk; this can take a minute on a large desk.</source>
        <translation>جارٍ مقارنة حوادث القاعدة؛ قد يستغرق ذلك دقيقة في قاعدة كبيرة.</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>البحث عن الحوادث المكررة</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of incidents may be one event coded twice, at a score of at least {score}; the likeliest first.</source>
        <translation>
            <numerusform>%n زوج من الحوادث بدرجة {score} على الأقل.</numerusform>
            <numerusform>زوج واحد (%n) من الحوادث قد يكون حدثًا واحدًا رُمّز مرتين، بدرجة {score} على الأقل؛ الأرجح أولًا.</numerusform>
            <numerusform>زوجان (%n) من الحوادث قد يكون كل منهما حدثًا واحدًا رُمّز مرتين، بدرجة {score} على الأقل؛ الأرجح أولًا.</numerusform>
            <numerusform>%n أزواج من الحوادث قد يكون كل منها حدثًا واحدًا رُمّز مرتين، بدرجة {score} على الأقل؛ الأرجح أولًا.</numerusform>
            <numerusform>%n زوجًا من الحوادث قد يكون كل منها حدثًا واحدًا رُمّز مرتين، بدرجة {score} على الأقل؛ الأرجح أولًا.</numerusform>
            <numerusform>%n زوج من الحوادث قد يكون كل منها حدثًا واحدًا رُمّز مرتين، بدرجة {score} على الأقل؛ الأرجح أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pair found has been merged or dismissed: nothing left to look at.</source>
        <translation>كل الأزواج التي عُثر عليها دُمجت أو استُبعدت: لم يبق ما يُراجع.</translation>
    </message>
    <message>
        <source>No possible duplicates at a score of at least {score}: nothing to look at.</source>
        <translation>لا حوادث مكررة محتملة بدرجة {score} على الأقل: لا شيء يُراجع.</translation>
    </message>
    <message>
        <source>Search cancelled; the list shows the last search that finished.</source>
        <translation>أُلغي البحث؛ تعرض القائمة آخر بحث اكتمل.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>أُلغي البحث.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} و{second}: {reasons}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>researcher — codes incidents and submits them</source>
        <translation>باحث — يرمّز الحوادث ويقدّمها للمراجعة</translation>
    </message>
    <message>
        <source>reviewer — also approves, sends back and rejects</source>
        <translation>مراجِع — يوافق أيضًا ويعيد ويرفض</translation>
    </message>
    <message>
        <source>administrator — also adds people and changes roles</source>
        <translation>مسؤول — يضيف أيضًا الأشخاص ويغيّر الأدوار</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>من يعمل؟</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>This desk does not know {user} yet. Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation>لا يعرف هذا المكتب {user} بعد. اختر ملفك الشخصي أو أضف ملفًا. يُسجَّل اسمك مع كل تعديل تجريه، ويحدد دورك خطوات المراجعة المتاحة لك.</translation>
    </message>
    <message>
        <source>Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation>اختر ملفك الشخصي أو أضف ملفًا. يُسجَّل اسمك مع كل تعديل تجريه، ويحدد دورك خطوات المراجعة المتاحة لك.</translation>
    </message>
    <message>
        <source>e.g. amina</source>
        <translation>مثلًا amina</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>أضف الملف الشخصي</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Work as selected</source>
        <translation>اعمل بالملف المختار</translation>
    </message>
    <message>
        <source>&amp;Add profile and work as it</source>
        <translation>أضف الملف الشخصي واعمل به</translation>
    </message>
    <message>
        <source>There is no profile yet: the first one may be added by anyone. Make it an administrator, who then adds the others.</source>
        <translation>لا يوجد ملف شخصي بعد: يمكن لأي شخص إضافة الأول. اجعله مسؤولًا، وهو يضيف الآخرين بعد ذلك.</translation>
    </message>
    <message>
        <source>Type the new person's name first.</source>
        <translation>اكتب أولًا اسم الشخص الجديد.</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>أُضيف {name} بدور {role}.</translation>
    </message>
    <message>
        <source>Choose a profile in the list, or add one.</source>
        <translation>اختر ملفًا شخصيًا من القائمة أو أضف ملفًا.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>تنقيح</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; submitted</source>
        <translation>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>مُقدَّم للمراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; in review</source>
        <translation>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) submitted</source>
        <translation>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات مُقدَّمة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) in review</source>
        <translation>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>تنقيحات قيد المراجعة: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>ينتظر منذ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
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
        <source>Submitted by</source>
        <translation>قدّمه</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Submitted and in review</source>
        <translation>المُقدَّم وقيد المراجعة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>المُقدَّم للمراجعة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>New records and revisions</source>
        <translation>السجلات الجديدة والتنقيحات</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>السجلات الجديدة</translation>
    </message>
    <message>
        <source>Revisions of approved records</source>
        <translation>تنقيحات سجلات موافق عليها</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>كل أنواع الأحداث</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>Search notes, sources, claims, actors</source>
        <translation>ابحث في الملاحظات والمصادر وبيانات التبني والفاعلين</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Returned to {user}: %n record(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجل&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجل&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجلان&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجلات&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجلًا&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;المُعاد إلى {user}: %n سجل&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Review queue: %n waiting&lt;/b&gt;, oldest first</source>
        <translation>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
            <numerusform>&lt;b&gt;قائمة انتظار المراجعة: %n في الانتظار&lt;/b&gt;، الأقدم أولًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <source>Source {number} ({name}): {what}</source>
        <translation>المصدر {number} ({name}): {what}</translation>
    </message>
    <message>
        <source>Source {number}: {what}</source>
        <translation>المصدر {number}: {what}</translation>
    </message>
    <message>
        <source>Source ({name}): {what}</source>
        <translation>المصدر ({name}): {what}</translation>
    </message>
    <message>
        <source>Source: {what}</source>
        <translation>المصدر: {what}</translation>
    </message>
    <message>
        <source>Source {number} ({name})</source>
        <translation>المصدر {number} ({name})</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>المصدر {number}</translation>
    </message>
    <message>
        <source>Source ({name})</source>
        <translation>المصدر ({name})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Claim {number} ({name}): {what}</source>
        <translation>بيان التبني {number} ({name}): {what}</translation>
    </message>
    <message>
        <source>Claim {number}: {what}</source>
        <translation>بيان التبني {number}: {what}</translation>
    </message>
    <message>
        <source>Claim ({name}): {what}</source>
        <translation>بيان التبني ({name}): {what}</translation>
    </message>
    <message>
        <source>Claim: {what}</source>
        <translation>بيان التبني: {what}</translation>
    </message>
    <message>
        <source>Claim {number} ({name})</source>
        <translation>بيان التبني {number} ({name})</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>بيان التبني {number}</translation>
    </message>
    <message>
        <source>Claim ({name})</source>
        <translation>بيان التبني ({name})</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>بيان التبني</translation>
    </message>
    <message>
        <source>Source {number} added</source>
        <translation>أُضيف المصدر {number}</translation>
    </message>
    <message>
        <source>Source added</source>
        <translation>أُضيف مصدر</translation>
    </message>
    <message>
        <source>Claim {number} added</source>
        <translation>أُضيف بيان التبني {number}</translation>
    </message>
    <message>
        <source>Claim added</source>
        <translation>أُضيف بيان تبنٍّ</translation>
    </message>
    <message>
        <source>Source {number} removed</source>
        <translation>حُذف المصدر {number}</translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation>حُذف مصدر</translation>
    </message>
    <message>
        <source>Claim {number} removed</source>
        <translation>حُذف بيان التبني {number}</translation>
    </message>
    <message>
        <source>Claim removed</source>
        <translation>حُذف بيان تبنٍّ</translation>
    </message>
    <message>
        <source>Order of the sources</source>
        <translation>ترتيب المصادر</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>ترتيب بيانات التبني</translation>
    </message>
    <message>
        <source>Revision started</source>
        <extracomment>the numbers a source or a claim reports, as services.readable words them fields whose values are the codebook's English words</extracomment>
        <translation>بدء التنقيح</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Revision status</source>
        <translation>حالة التنقيح</translation>
    </message>
    <message>
        <source>Comment resolved on {field}</source>
        <translation>أُغلق التعليق على {field}</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>أُغلق التعليق</translation>
    </message>
    <message>
        <source>Reply on {field}</source>
        <translation>رد على {field}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Comment on {field}</source>
        <translation>تعليق على {field}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>{code}: {label}</source>
        <translation>{code}: {label}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n killed</source>
        <translation>
            <numerusform>%n قتيل</numerusform>
            <numerusform>%n قتيل</numerusform>
            <numerusform>%n قتيلان</numerusform>
            <numerusform>%n قتلى</numerusform>
            <numerusform>%n قتيلًا</numerusform>
            <numerusform>%n قتيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injured</source>
        <translation>
            <numerusform>%n جريح</numerusform>
            <numerusform>%n جريح</numerusform>
            <numerusform>%n جريحان</numerusform>
            <numerusform>%n جرحى</numerusform>
            <numerusform>%n جريحًا</numerusform>
            <numerusform>%n جريح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kidnapped</source>
        <translation>
            <numerusform>%n مختطَف</numerusform>
            <numerusform>%n مختطَف</numerusform>
            <numerusform>%n مختطَفان</numerusform>
            <numerusform>%n مختطَفين</numerusform>
            <numerusform>%n مختطَفًا</numerusform>
            <numerusform>%n مختطَف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrested</source>
        <translation>
            <numerusform>%n معتقَل</numerusform>
            <numerusform>%n معتقَل</numerusform>
            <numerusform>%n معتقَلان</numerusform>
            <numerusform>%n معتقَلين</numerusform>
            <numerusform>%n معتقَلًا</numerusform>
            <numerusform>%n معتقَل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wounded</source>
        <translation>
            <numerusform>%n جريح</numerusform>
            <numerusform>%n جريح</numerusform>
            <numerusform>%n جريحان</numerusform>
            <numerusform>%n جرحى</numerusform>
            <numerusform>%n جريحًا</numerusform>
            <numerusform>%n جريح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) seized</source>
        <translation>
            <numerusform>%n مركبة مغتنَمة</numerusform>
            <numerusform>%n مركبة مغتنَمة</numerusform>
            <numerusform>%n مركبتان مغتنَمتان</numerusform>
            <numerusform>%n مركبات مغتنَمة</numerusform>
            <numerusform>%n مركبة مغتنَمة</numerusform>
            <numerusform>%n مركبة مغتنَمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weapon(s) seized</source>
        <translation>
            <numerusform>%n سلاح مغتنَم</numerusform>
            <numerusform>%n سلاح مغتنَم</numerusform>
            <numerusform>%n سلاحان مغتنَمان</numerusform>
            <numerusform>%n أسلحة مغتنَمة</numerusform>
            <numerusform>%n سلاحًا مغتنَمًا</numerusform>
            <numerusform>%n سلاح مغتنَم</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, {when} ({counts})</source>
        <translation>{name}، {when} ({counts})</translation>
    </message>
    <message>
        <source>{name} ({counts})</source>
        <translation>{name} ({counts})</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}، {when}</translation>
    </message>
    <message>
        <source>{claimant} via {channel}</source>
        <translation>{claimant} عبر {channel}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>duplicate of {id}</source>
        <translation>مكرر لـ {id}</translation>
    </message>
    <message>
        <source>{why}: {reason}</source>
        <translation>{why}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>النسخة الموافق عليها</translation>
    </message>
    <message>
        <source>Pending revision</source>
        <translation>التنقيح المعلَّق</translation>
    </message>
    <message>
        <source>Last approved</source>
        <translation>آخر نسخة موافق عليها</translation>
    </message>
    <message>
        <source>First submission</source>
        <translation>أول تقديم</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>next / previous item</source>
        <extracomment>the keys of the review window and what they do, in the legend under it</extracomment>
        <translation>السجل التالي / السابق</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>comment on the selected field</source>
        <translation>التعليق على الحقل المختار</translation>
    </message>
    <message>
        <source>comment on the record</source>
        <translation>التعليق على السجل</translation>
    </message>
    <message>
        <source>post a comment</source>
        <translation>نشر التعليق</translation>
    </message>
    <message>
        <source>open in the form</source>
        <translation>الفتح في الاستمارة</translation>
    </message>
    <message>
        <source>history</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <source>next pane</source>
        <translation>الجزء التالي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;المفاتيح&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{keys} {action}</source>
        <translation>{keys} {action}</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>افتح في الاستمارة</translation>
    </message>
    <message>
        <source>Edit this record in the incident form (Ctrl+O)</source>
        <translation>عدّل هذا السجل في استمارة الحادث (Ctrl+O)</translation>
    </message>
    <message>
        <source>Only changed fields</source>
        <translation>الحقول المعدَّلة فقط</translation>
    </message>
    <message>
        <source>Comment on the whole record</source>
        <translation>علّق على السجل كاملًا</translation>
    </message>
    <message>
        <source>Changes and comments</source>
        <translation>التعديلات والتعليقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to review&lt;/b&gt;</source>
        <translation>&lt;b&gt;لا شيء للمراجعة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The queue is empty with these filters.</source>
        <translation>قائمة الانتظار فارغة بهذه المرشحات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Changes requested by {user}, {when}: {reason}</source>
        <translation>طلب {user} تعديلات في {when}: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — revision of an approved record, state: {state}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — تنقيح لسجل موافق عليه، الحالة: {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — new record, state: {state}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — سجل جديد، الحالة: {state}</translation>
    </message>
    <message>
        <source>Coded by {user}.</source>
        <translation>رمّزه {user}.</translation>
    </message>
    <message>
        <source>Submitted by {user}.</source>
        <translation>قدّمه {user}.</translation>
    </message>
    <message>
        <source>Last change by {user}, {when}.</source>
        <translation>آخر تعديل أجراه {user} في {when}.</translation>
    </message>
    <message>
        <source>Taken into review now.</source>
        <translation>أُدخل قيد المراجعة الآن.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open this item&lt;/b&gt;</source>
        <translation>&lt;b&gt;تعذّر فتح هذا السجل&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not done: {why} The item is shown again as it is now.</source>
        <translation>لم يُنفَّذ: {why} يُعرض السجل من جديد كما هو الآن.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>لم يُنفَّذ: {why}</translation>
    </message>
    <message>
        <source>{user} is a {role}: reviewers and administrators take these decisions. You can comment, and fix the record in the form (Ctrl+O).</source>
        <translation>دور {user}: {role}. يتخذ المراجِعون والمسؤولون هذه القرارات. يمكنك التعليق، وتصحيح السجل في الاستمارة (Ctrl+O).</translation>
    </message>
    <message>
        <source>Sent back to the researcher: waiting for a new submission.</source>
        <translation>أُعيد إلى الباحث: بانتظار تقديم جديد.</translation>
    </message>
</context>
<context>
    <name>ReviewWidgets</name>
    <message>
        <source>That stopped on an internal error; see the log file. Nothing was changed.</source>
        <translation>توقف ذلك بسبب خطأ داخلي؛ راجع ملف السجل. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Sahel Desk — Review</source>
        <translation>Sahel Desk — المراجعة</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>السجل التالي</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>السجل السابق</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>وافِق</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>اطلب تعديلات</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Comment on the selected field</source>
        <translation>علّق على الحقل المختار</translation>
    </message>
    <message>
        <source>Comment on the record</source>
        <translation>علّق على السجل</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>افتح في الاستمارة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>حدّث</translation>
    </message>
    <message>
        <source>Sahel Desk — Review queue</source>
        <translation>Sahel Desk — قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>Sahel Desk — Returned to me</source>
        <translation>Sahel Desk — المُعاد إليّ</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>yes</source>
        <extracomment>how an English source marks its plural: "incident(s)", "box(es)", "was/were"</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Pending revision: the approved version stays in reports until this is approved.</source>
        <extracomment>above the fields of an approved incident with edits waiting (the form shows it too)</extracomment>
        <translation>تنقيح معلَّق: تبقى النسخة الموافق عليها في التقارير إلى أن يُوافَق على هذا التنقيح.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{what} (pending revision)</source>
        <translation>{what} (تنقيح معلَّق)</translation>
    </message>
    <message>
        <source>{what} (resolved)</source>
        <translation>{what} (مُغلق)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Revert this field</source>
        <translation>استرجع هذا الحقل</translation>
    </message>
    <message>
        <source>Revert the whole record to here</source>
        <translation>استرجع السجل كاملًا إلى هذه النقطة</translation>
    </message>
    <message>
        <source>Set {field} back to its value after this change ({user}, {when})?

The revert is saved as a new change and recorded in the history.</source>
        <translation>إعادة {field} إلى قيمته بعد هذا التعديل ({user}، {when})؟

يُحفظ الاسترجاع تعديلًا جديدًا ويُسجَّل في سجل التغييرات.</translation>
    </message>
    <message>
        <source>Set every field of the record back to how it was after this line ({user}, {when})? The review status stays as it is.

The revert is saved as a new change and recorded in the history.</source>
        <translation>إعادة كل حقول السجل إلى ما كانت عليه بعد هذا السطر ({user}، {when})؟ تبقى حالة المراجعة كما هي.

يُحفظ الاسترجاع تعديلًا جديدًا ويُسجَّل في سجل التغييرات.</translation>
    </message>
    <message>
        <source>Revert the whole record</source>
        <translation>استرجاع السجل كاملًا</translation>
    </message>
    <message>
        <source>Reverted: now revision {revision}.</source>
        <translation>اُسترجع: الإصدار الحالي {revision}.</translation>
    </message>
    <message>
        <source>Not reverted: {why}</source>
        <translation>لم يُسترجع: {why}</translation>
    </message>
    <message>
        <source>Set {field} back to its value after the selected change</source>
        <translation>أعد {field} إلى قيمته بعد التعديل المختار</translation>
    </message>
    <message>
        <source>Select a change to a field</source>
        <translation>اختر تعديلًا على حقل</translation>
    </message>
    <message>
        <source>Set every field back to how it was after the selected line</source>
        <translation>أعد كل الحقول إلى ما كانت عليه بعد السطر المختار</translation>
    </message>
</context>
</TS>