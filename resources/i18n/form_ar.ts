<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionBar</name>
    <message>
        <source>Revert to saved</source>
        <translation>الرجوع إلى النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>التخلي عن التعديلات منذ آخر حفظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save with the status chosen under Notes and status (a draft may be incomplete)</source>
        <translation>الحفظ بالحالة المختارة في «الملاحظات والحالة» (يجوز أن تكون المسودة ناقصة)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>تقديم للمراجعة</translation>
    </message>
    <message>
        <source>Save as submitted: the record must be complete</source>
        <translation>الحفظ بصفته مُقدَّمًا للمراجعة: يجب أن يكون السجل مكتملًا</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>إفراغ الاستمارة</translation>
    </message>
    <message>
        <source>Submitted for review. Change something to submit again.</source>
        <translation>قُدِّم للمراجعة. عدّل شيئًا لتقديمه من جديد.</translation>
    </message>
    <message>
        <source>To submit, 1 more field must be filled in or fixed.</source>
        <translation>للتقديم، بقي حقل واحد يجب ملؤه أو تصحيحه.</translation>
    </message>
    <message numerus="yes">
        <source>To submit, %n more fields must be filled in or fixed.</source>
        <translation>
            <numerusform>للتقديم، لم يبقَ أي حقل يجب ملؤه أو تصحيحه (%n).</numerusform>
            <numerusform>للتقديم، بقي حقل واحد يجب ملؤه أو تصحيحه (%n).</numerusform>
            <numerusform>للتقديم، بقي حقلان يجب ملؤهما أو تصحيحهما (%n).</numerusform>
            <numerusform>للتقديم، بقيت %n حقول يجب ملؤها أو تصحيحها.</numerusform>
            <numerusform>للتقديم، بقي %n حقلًا يجب ملؤها أو تصحيحها.</numerusform>
            <numerusform>للتقديم، بقي %n حقل يجب ملؤها أو تصحيحها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>{value} (not in the codebook)</source>
        <translation>{value} (غير موجود في دليل الترميز)</translation>
    </message>
</context>
<context>
    <name>ClaimsGroup</name>
    <message>
        <source>Claims of responsibility</source>
        <translation>بيانات التبني</translation>
    </message>
    <message>
        <source>Add c&amp;laim</source>
        <translation>إضافة بيان تبنٍّ</translation>
    </message>
    <message>
        <source>Add a claim of responsibility (one tab per claim)</source>
        <translation>إضافة بيان تبنٍّ (تبويب لكل بيان)</translation>
    </message>
    <message>
        <source>No claim of responsibility recorded.</source>
        <translation>لم يُسجَّل أي بيان تبنٍّ.</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>بيان التبني {number}</translation>
    </message>
</context>
<context>
    <name>DerivedLabel</name>
    <message>
        <source>Derived by the codebook from other fields</source>
        <translation>يُستنتَج من الحقول الأخرى وفق دليل الترميز</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Compare side by side</source>
        <extracomment>after the last change, before checking (a date is typed a digit at a time) reasons the hint names; the tooltip has them all</extracomment>
        <translation>مقارنة جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Both records field by field, to merge them or mark them as two events; a record not saved yet is saved first</source>
        <translation>السجلان حقلًا بحقل، لدمجهما أو وسمهما حدثين مختلفين؛ يُحفظ أولًا السجل الذي لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Hide this hint in this form (the pair is not marked as two events)</source>
        <translation>إخفاء هذا التنبيه في هذه الاستمارة (لا يُسجَّل الزوج حدثين منفصلين)</translation>
    </message>
    <message>
        <source>Hide this hint</source>
        <translation>إخفاء هذا التنبيه</translation>
    </message>
    <message numerus="yes">
        <source>Possibly the same event as {id} ({reasons}); %n other incident(s) may be too</source>
        <translation>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ %n حادث آخر</numerusform>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ وقد يكون حادث آخر (%n) كذلك</numerusform>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ وقد يكون حادثان آخران (%n) كذلك</numerusform>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ وقد تكون %n حوادث أخرى كذلك</numerusform>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ وقد يكون %n حادثًا آخر كذلك</numerusform>
            <numerusform>ربما الحدث نفسه الذي في {id} ({reasons})؛ وقد يكون %n حادث آخر كذلك</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly the same event as {id} ({reasons})</source>
        <translation>ربما الحدث نفسه الذي في {id} ({reasons})</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>New incident</source>
        <extracomment>Stored values the form shows nowhere but must keep (an imported event's ACLED ids). The title of a record not saved yet; shown translated (context ``IncidentForm``).</extracomment>
        <translation>حادث جديد</translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>Stored states past submission: a record in one of them, unchanged, has nothing to submit. Fields of the GTD detail, which is folded away until one of them is needed. ``openRequested(incident_id)``: another record named here (the one a rejected record duplicates) is asked for</extracomment>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>نسخة من {title}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not open the incident: {reason}</source>
        <translation>تعذّر فتح الحادث: {reason}</translation>
    </message>
    <message>
        <source>Could not open the incident because of an unexpected error inside Sahel Desk (the details are in the log).</source>
        <translation>تعذّر فتح الحادث بسبب خطأ غير متوقع داخل Sahel Desk (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>لم يُفتح</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Rejected as a duplicate of {other} by {user} on {date}: the event is recorded there.</source>
        <translation>رُفض بوصفه نسخة مكررة من {other}، رفضه {user} في {date}: الحدث مسجَّل هناك.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Rejected ({why}) by {user} on {date}: {reason}</source>
        <translation>رُفض ({why})، رفضه {user} في {date}: {reason}</translation>
    </message>
    <message>
        <source>Open {other}</source>
        <translation>فتح {other}</translation>
    </message>
    <message>
        <source>Save or revert the changes in the form first</source>
        <translation>احفظ تعديلات الاستمارة أو تراجع عنها أولًا</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not submitted: 1 thing must be filled in or fixed first (marked in the form). You can still save it as a draft.</source>
        <translation>لم يُقدَّم: يجب أولًا ملء عنصر واحد أو تصحيحه (مُعلَّم في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n things must be filled in or fixed first (marked in the form). You can still save it as a draft.</source>
        <translation>
            <numerusform>لم يُقدَّم: لا شيء يجب ملؤه أو تصحيحه (%n). لا يزال بإمكانك حفظه مسودةً.</numerusform>
            <numerusform>لم يُقدَّم: يجب أولًا ملء عنصر واحد أو تصحيحه (%n، مُعلَّم في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</numerusform>
            <numerusform>لم يُقدَّم: يجب أولًا ملء عنصرين أو تصحيحهما (%n، مُعلَّمان في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</numerusform>
            <numerusform>لم يُقدَّم: يجب أولًا ملء %n عناصر أو تصحيحها (مُعلَّمة في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</numerusform>
            <numerusform>لم يُقدَّم: يجب أولًا ملء %n عنصرًا أو تصحيحها (مُعلَّمة في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</numerusform>
            <numerusform>لم يُقدَّم: يجب أولًا ملء %n عنصر أو تصحيحها (مُعلَّمة في الاستمارة). لا يزال بإمكانك حفظه مسودةً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge my changes</source>
        <translation>دمج تعديلاتي</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>حفظ نسختي فوقها</translation>
    </message>
    <message>
        <source>Show the stored version</source>
        <translation>عرض النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>{title} (your unsaved version)</source>
        <translation>{title} (نسختك غير المحفوظة)</translation>
    </message>
    <message>
        <source>This is the stored version. Yours is kept as a draft: restore it from the unsaved drafts to compare or save it again.</source>
        <translation>هذه هي النسخة المحفوظة. نسختك محفوظة مسودةً: استعدها من المسودات غير المحفوظة للمقارنة أو لحفظها من جديد.</translation>
    </message>
    <message>
        <source>{note} Revision by {user}, now {status}.</source>
        <translation>{note} نسخة معدَّلة أعدّها {user}، وحالتها الآن: {status}.</translation>
    </message>
    <message>
        <source>The location stays as coded.</source>
        <translation>يبقى الموقع كما رُمِّز.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Submitted for review at {time}</source>
        <translation>قُدِّم للمراجعة في {time}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}); both are in the record below.</source>
        <translation>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs})؛ كلاهما في السجل أدناه.</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s; both are in the record below.</source>
        <translation>حُفظ: دُمجت تعديلاتك مع تعديلات {who}؛ كلاهما في السجل أدناه.</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}). The field you both changed ({fields}) kept {who}'s value; yours waits in Review &gt; Conflicts to be chosen.</source>
        <translation>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظ الحقل الذي عدّلتماه كلاكما ({fields}) بقيمة {who}؛ وقيمتك تنتظر الاختيار في مراجعة &gt; التعارضات.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}). %n fields that you both changed ({fields}) kept {who}'s value; yours wait in Review &gt; Conflicts to be chosen.</source>
        <translation>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). لا حقول عدّلتماها كلاكما ({fields}، %n) احتفظت بقيم {who}.</numerusform>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظ الحقل الذي عدّلتماه كلاكما ({fields}) بقيمة {who} (%n)؛ وقيمتك تنتظر الاختيار في مراجعة &gt; التعارضات.</numerusform>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظ الحقلان اللذان عدّلتماهما كلاكما ({fields}) بقيمتي {who} (%n)؛ وقيمتاك تنتظران الاختيار في مراجعة &gt; التعارضات.</numerusform>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظت %n حقول عدّلتموها كلاكما ({fields}) بقيم {who}؛ وقيمك تنتظر الاختيار في مراجعة &gt; التعارضات.</numerusform>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظ %n حقلًا عدّلتماه كلاكما ({fields}) بقيم {who}؛ وقيمك تنتظر الاختيار في مراجعة &gt; التعارضات.</numerusform>
            <numerusform>حُفظ: دُمجت تعديلاتك مع تعديلات {who} (عدّل {who}: {theirs}). احتفظ %n حقل عدّلتماه كلاكما ({fields}) بقيم {who}؛ وقيمك تنتظر الاختيار في مراجعة &gt; التعارضات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason} Compare with the stored version before saving over it.</source>
        <translation>لم يُحفظ: {reason} قارن بالنسخة المحفوظة قبل الحفظ فوقها.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked problem first.</source>
        <translation>لم يُحفظ: صحّح أولًا المشكلة المُعلَّمة.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked problems first.</source>
        <translation>
            <numerusform>لم يُحفظ: لا مشكلات مُعلَّمة (%n).</numerusform>
            <numerusform>لم يُحفظ: صحّح أولًا المشكلة المُعلَّمة (%n).</numerusform>
            <numerusform>لم يُحفظ: صحّح أولًا المشكلتين المُعلَّمتين (%n).</numerusform>
            <numerusform>لم يُحفظ: صحّح أولًا المشكلات المُعلَّمة الـ%n.</numerusform>
            <numerusform>لم يُحفظ: صحّح أولًا المشكلات المُعلَّمة وعددها %n.</numerusform>
            <numerusform>لم يُحفظ: صحّح أولًا المشكلات المُعلَّمة وعددها %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error inside Sahel Desk (the details are in the log).</source>
        <translation>لم يُحفظ بسبب خطأ غير متوقع داخل Sahel Desk (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>Your changes are still in the form and kept in a draft on this computer.</source>
        <translation>تعديلاتك ما زالت في الاستمارة ومحفوظة في مسودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your changes are still in the form.</source>
        <translation>تعديلاتك ما زالت في الاستمارة.</translation>
    </message>
    <message>
        <source>{refusal} {kept}</source>
        <translation>{refusal} {kept}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Bambara</source>
        <translation>البمبارية</translation>
    </message>
    <message>
        <source>Fulfulde</source>
        <translation>الفولانية</translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation>التماشقية</translation>
    </message>
    <message>
        <source>Songhai</source>
        <translation>السنغاي</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>الهوسا</translation>
    </message>
    <message>
        <source>Mooré</source>
        <translation>الموري</translation>
    </message>
</context>
<context>
    <name>NotesGroup</name>
    <message>
        <source>Notes and status</source>
        <translation>الملاحظات والحالة</translation>
    </message>
    <message>
        <source>What happened, in the codebook's style: who did what to whom, where, with what result, and what the sources disagree on</source>
        <translation>ما الذي جرى، بأسلوب دليل الترميز: من فعل ماذا بمن، وأين، وبأي نتيجة، وفيمَ تختلف المصادر</translation>
    </message>
    <message>
        <source>A draft may be incomplete; a submitted record must be complete</source>
        <translation>يجوز أن تكون المسودة ناقصة؛ ويجب أن يكون السجل المُقدَّم مكتملًا</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Source {number}</source>
        <translation>المصدر {number}</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>بيان التبني {number}</translation>
    </message>
    <message>
        <source>{row}, {field}</source>
        <translation>{row}، {field}</translation>
    </message>
    <message>
        <source>{field} #{number}</source>
        <translation>{field} رقم {number}</translation>
    </message>
    <message>
        <source>1 problem to fix before this record can be saved (choose it to go to its field):</source>
        <translation>مشكلة واحدة يجب إصلاحها قبل حفظ هذا السجل (اخترها للانتقال إلى حقلها):</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix before this record can be saved (choose one to go to its field):</source>
        <translation>
            <numerusform>لا مشكلات يجب إصلاحها قبل حفظ هذا السجل (%n):</numerusform>
            <numerusform>مشكلة واحدة يجب إصلاحها قبل حفظ هذا السجل (%n؛ اخترها للانتقال إلى حقلها):</numerusform>
            <numerusform>مشكلتان يجب إصلاحهما قبل حفظ هذا السجل (%n؛ اختر إحداهما للانتقال إلى حقلها):</numerusform>
            <numerusform>%n مشكلات يجب إصلاحها قبل حفظ هذا السجل (اختر إحداها للانتقال إلى حقلها):</numerusform>
            <numerusform>%n مشكلةً يجب إصلاحها قبل حفظ هذا السجل (اختر إحداها للانتقال إلى حقلها):</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل حفظ هذا السجل (اختر إحداها للانتقال إلى حقلها):</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>SourcesGroup</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Type into a cell to edit it; paste a link (Ctrl+V) to fill the URL. Each source keeps the numbers it reports.</source>
        <translation>اكتب في خلية لتعديلها؛ والصق رابطًا (Ctrl+V) لملء الرابط. يحتفظ كل مصدر بالأرقام التي يوردها.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Publication</source>
        <extracomment>Several scales in one cell are joined with this, as in ACLED's source_scale column.</extracomment>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Outlet or organisation (RFI, Studio Tamani)</source>
        <translation>وسيلة إعلامية أو منظمة (RFI، استوديو تاماني)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Link to the report; pasting a URL anywhere in a row fills it</source>
        <translation>رابط التقرير؛ لصق رابط في أي مكان من الصف يملؤه</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>For reports without a link (radio, interview)</source>
        <translation>للمصادر التي لا رابط لها (إذاعة، مقابلة)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD</source>
        <translation>تاريخ النشر، بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of the report: choose it, or type its name or code (fr, ar, bm…)</source>
        <translation>لغة المصدر: اخترها أو اكتب اسمها أو رمزها (fr، ar، bm…)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Local partner, National, International… (join several with -)</source>
        <translation>شريك محلي، وطني، دولي… (اربط بين عدة قيم بـ -)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Killed, as this source reports</source>
        <translation>القتلى، كما يوردهم هذا المصدر</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>Injured, as this source reports</source>
        <translation>الجرحى، كما يوردهم هذا المصدر</translation>
    </message>
    <message>
        <source>Kidnapped</source>
        <translation>المختطفون</translation>
    </message>
    <message>
        <source>Kidnapped, as this source reports</source>
        <translation>المختطفون، كما يوردهم هذا المصدر</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>المعتقلون</translation>
    </message>
    <message>
        <source>Arrested, as this source reports</source>
        <translation>المعتقلون، كما يوردهم هذا المصدر</translation>
    </message>
</context>
<context>
    <name>SuggestionHint</name>
    <message>
        <source>Search for this name there; choose the match yourself</source>
        <translation>البحث عن هذا الاسم هناك؛ وأنت من يختار المطابق</translation>
    </message>
    <message>
        <source>Ignore this suggestion</source>
        <translation>تجاهل هذا الاقتراح</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>e.g. claimed; women targeted</source>
        <translation>مثلًا: مُتبنّى؛ استهداف النساء</translation>
    </message>
</context>
<context>
    <name>TollGroup</name>
    <message>
        <source>Toll</source>
        <translation>الحصيلة</translation>
    </message>
    <message>
        <source>What the claim of responsibility says; never copied into the coded count</source>
        <translation>ما يقوله بيان التبني؛ ولا يُنسخ أبدًا إلى العدد المُرمَّز</translation>
    </message>
    <message>
        <source>F&amp;atalities (best)</source>
        <translation>الضحايا (التقدير المعتمد)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>In&amp;jured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>Kidnapped</source>
        <translation>المختطفون</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>المعتقلون</translation>
    </message>
    <message>
        <source>The lowest number a source reports (the codebook's conservative default); type to override</source>
        <translation>أدنى رقم يورده مصدر (القيمة المتحفظة الافتراضية في دليل الترميز)؛ اكتب رقمًا لاستبداله</translation>
    </message>
    <message>
        <source>1 source reports {number}</source>
        <translation>مصدر واحد يورد {number}</translation>
    </message>
    <message>
        <source>sources report {number}</source>
        <translation>المصادر تورد {number}</translation>
    </message>
    <message>
        <source>sources report {low}–{high}</source>
        <translation>المصادر تورد من {low} إلى {high}</translation>
    </message>
    <message>
        <source>claimed: {numbers}</source>
        <translation>حسب بيان التبني: {numbers}</translation>
    </message>
</context>
<context>
    <name>WhatGroup</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Event &amp;type</source>
        <translation>نوع الحادث</translation>
    </message>
    <message>
        <source>Su&amp;b-event type</source>
        <translation>النوع الفرعي للحادث</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>نوع الاضطراب</translation>
    </message>
    <message>
        <source>Attack detail (GTD): attack, target, weapon, seizures</source>
        <translation>تفاصيل الهجوم (GTD): الهجوم، الهدف، السلاح، المضبوطات</translation>
    </message>
    <message>
        <source>e.g. 2 pick-ups, 12 AK-47s, ammunition</source>
        <translation>مثلًا: سيارتا بيك أب، 12 بندقية AK-47، ذخيرة</translation>
    </message>
    <message>
        <source>What the claim of responsibility says; never copied here</source>
        <translation>ما يقوله بيان التبني؛ ولا يُنسخ هنا أبدًا</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>نوع الهجوم</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>نوع الهدف</translation>
    </message>
    <message>
        <source>Weapon type</source>
        <translation>نوع السلاح</translation>
    </message>
    <message>
        <source>Suicide attack</source>
        <translation>هجوم انتحاري</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>الأضرار المادية</translation>
    </message>
    <message>
        <source>Vehicles seized</source>
        <translation>المركبات المستولى عليها</translation>
    </message>
    <message>
        <source>Weapons seized</source>
        <translation>الأسلحة المستولى عليها</translation>
    </message>
    <message>
        <source>Items seized</source>
        <translation>مضبوطات أخرى</translation>
    </message>
    <message>
        <source>{sub_event}  ({event_type})</source>
        <translation>{sub_event}  ({event_type})</translation>
    </message>
    <message>
        <source>{sub_event} (not a sub-event of {event_type})</source>
        <translation>{sub_event} (ليس نوعًا فرعيًا من {event_type})</translation>
    </message>
</context>
<context>
    <name>WhenGroup</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>only for a range</source>
        <translation>لفترة فقط</translation>
    </message>
    <message>
        <source>Last day of an event spanning several days; leave empty for a single day</source>
        <translation>آخر يوم لحادث امتد عدة أيام؛ اتركه فارغًا إذا وقع في يوم واحد</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Ti&amp;me precision</source>
        <translation>الدقة الزمنية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
</context>
<context>
    <name>WhereGroup</name>
    <message>
        <source>Where</source>
        <extracomment>the coder chose to keep the location as coded although its place changed</extracomment>
        <translation>أين</translation>
    </message>
    <message>
        <source>Where the chosen place is, from the gazetteer</source>
        <translation>موقع المكان المختار، وفق المعجم الجغرافي</translation>
    </message>
    <message>
        <source>Near this place (the event was outside it)</source>
        <translation>قرب هذا المكان (وقع الحادث خارجه)</translation>
    </message>
    <message>
        <source>The claim mentions the place “{name}”.</source>
        <translation>يذكر بيان التبني المكان «{name}».</translation>
    </message>
    <message>
        <source>Search for it</source>
        <translation>البحث عنه</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Cercle / province / department</source>
        <translation>الدائرة / الإقليم / المقاطعة</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>The location as coded: filled from the place, yours to adjust</source>
        <translation>الموقع كما رُمِّز: يُملأ من المكان، ولك أن تعدّله</translation>
    </message>
    <message>
        <source>Two-letter country code (ML, BF, NE)</source>
        <translation>رمز البلد من حرفين (ML، BF، NE)</translation>
    </message>
    <message>
        <source>Latitude, decimal degrees (14.3494)</source>
        <translation>خط العرض، بالدرجات العشرية (14.3494)</translation>
    </message>
    <message>
        <source>Longitude, decimal degrees (-3.6102)</source>
        <translation>خط الطول، بالدرجات العشرية (-3.6102)</translation>
    </message>
    <message>
        <source>Take the gazetteer's values</source>
        <translation>أخذ قيم المعجم الجغرافي</translation>
    </message>
    <message>
        <source>Keep as coded</source>
        <translation>الإبقاء كما رُمِّز</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Admin units</source>
        <translation>الوحدات الإدارية</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Geo prec&amp;ision</source>
        <translation>الدقة الجغرافية</translation>
    </message>
    <message>
        <source>Its place changed in the gazetteer (now {place}).</source>
        <translation>تغيّر مكانه في المعجم الجغرافي (أصبح الآن {place}).</translation>
    </message>
</context>
<context>
    <name>WhoGroup</name>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>The claim mentions the actor “{name}”.</source>
        <translation>يذكر بيان التبني الفاعل «{name}».</translation>
    </message>
    <message>
        <source>Search as actor 1</source>
        <translation>البحث عنه بصفته الفاعل 1</translation>
    </message>
    <message>
        <source>Search as actor 2</source>
        <translation>البحث عنه بصفته الفاعل 2</translation>
    </message>
    <message>
        <source>Actor &amp;1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>Actor &amp;2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>المرتبطون</translation>
    </message>
    <message>
        <source>Inter 1</source>
        <translation>Inter 1</translation>
    </message>
    <message>
        <source>Inter 2</source>
        <translation>Inter 2</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>استهداف المدنيين</translation>
    </message>
    <message>
        <source>Interaction and civilian targeting are derived from the actors' types.</source>
        <translation>يُستنتَج التفاعل واستهداف المدنيين من أنواع الفاعلين.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
</TS>