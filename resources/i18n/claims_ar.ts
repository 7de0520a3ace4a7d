<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ClaimEditor</name>
    <message>
        <source>&amp;Killed</source>
        <extracomment>Backgrounds of the words behind suggestions: every one lightly, the selected strongly.</extracomment>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>الجرحى</translation>
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
        <source>The text changed since it was read: Read claim again to update the suggestions.</source>
        <translation>تغيّر النص منذ قراءته: اضغط «قراءة البيان» مرة أخرى لتحديث الاقتراحات.</translation>
    </message>
    <message>
        <source>Paste the claim as published</source>
        <translation>الصق بيان التبني كما نُشر</translation>
    </message>
    <message>
        <source>Read claim</source>
        <translation>قراءة البيان</translation>
    </message>
    <message>
        <source>Suggest the date, channel, claimant, places, actors and claimed numbers from the text (Ctrl+R)</source>
        <translation>اقتراح التاريخ والقناة والجهة المتبنية والأماكن والفاعلين والأرقام المُعلنة انطلاقًا من النص (Ctrl+R)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Fill the field this suggestion names (Enter)</source>
        <translation>ملء الحقل الذي يسمّيه هذا الاقتراح (Enter)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Accept every suggestion that fills something</source>
        <translation>قبول كل اقتراح يملأ حقلًا</translation>
    </message>
    <message>
        <source>Translation (optional)</source>
        <translation>الترجمة (اختيارية)</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>اسم الفاعل</translation>
    </message>
    <message>
        <source>As the claim writes it</source>
        <translation>كما يكتبه البيان</translation>
    </message>
    <message>
        <source>The Gregorian date of the claim; empty when unknown</source>
        <translation>التاريخ الميلادي للبيان؛ فارغ إن كان مجهولًا</translation>
    </message>
    <message>
        <source>As the claim states it; — when the claim gives no number</source>
        <translation>كما يعلنه البيان؛ — إن لم يذكر البيان رقمًا</translation>
    </message>
    <message>
        <source>Competing claim (another group claims the same event)</source>
        <translation>تبنٍّ منافس (جماعة أخرى تتبنى الحادث نفسه)</translation>
    </message>
    <message>
        <source>Original te&amp;xt</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>الجهة المتبنية</translation>
    </message>
    <message>
        <source>Date as &amp;written</source>
        <translation>التاريخ كما كُتب</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>تاريخ البيان</translation>
    </message>
    <message>
        <source>Claimed numbers:</source>
        <translation>الأرقام المُعلنة:</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Type or paste the claim&apos;s text first.</source>
        <translation>اكتب نص البيان أو الصقه أولًا.</translation>
    </message>
    <message>
        <source>Reading the claim…</source>
        <translation>جارٍ قراءة البيان…</translation>
    </message>
    <message>
        <source>Cannot read this claim: {reason}</source>
        <translation>تعذّرت قراءة هذا البيان: {reason}</translation>
    </message>
    <message>
        <source>Nothing recognised in this text.</source>
        <translation>لم يُتعرَّف على شيء في هذا النص.</translation>
    </message>
    <message>
        <source>1 suggestion. Select it to see its words; Enter or Accept fills its field.</source>
        <translation>اقتراح واحد. حدّده لترى كلماته؛ Enter أو «قبول» يملأ حقله.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions. Select one to see its words; Enter or Accept fills its field.</source>
        <translation>
            <numerusform>لا اقتراحات (%n).</numerusform>
            <numerusform>اقتراح واحد (%n). حدّده لترى كلماته؛ Enter أو «قبول» يملأ حقله.</numerusform>
            <numerusform>اقتراحان (%n). حدّد أحدهما لترى كلماته؛ Enter أو «قبول» يملأ حقله.</numerusform>
            <numerusform>%n اقتراحات. حدّد أحدها لترى كلماته؛ Enter أو «قبول» يملأ حقله.</numerusform>
            <numerusform>%n اقتراحًا. حدّد أحدها لترى كلماته؛ Enter أو «قبول» يملأ حقله.</numerusform>
            <numerusform>%n اقتراح. حدّد أحدها لترى كلماته؛ Enter أو «قبول» يملأ حقله.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Fills</source>
        <translation>يملأ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Claim date</source>
        <extracomment>What accepting a suggestion of each kind fills; places and actors go to the incident form. English; shown translated (context ``SuggestionModel``).</extracomment>
        <translation>تاريخ البيان</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>الجهة المتبنية</translation>
    </message>
    <message>
        <source>Incident place</source>
        <translation>مكان الحادث</translation>
    </message>
    <message>
        <source>Incident actor</source>
        <translation>فاعل في الحادث</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>الجرحى</translation>
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
        <source>Captured (no field)</source>
        <translation>الأسرى (لا حقل لهم)</translation>
    </message>
    <message>
        <source>{date} ({day}) · Hijri {hijri}</source>
        <translation>{date} ({day}) · هجري {hijri}</translation>
    </message>
    <message>
        <source>also: {names}</source>
        <translation>أيضًا: {names}</translation>
    </message>
    <message>
        <source>{fills}: {value}</source>
        <translation>{fills}: {value}</translation>
    </message>
    <message>
        <source>Read from: {text}</source>
        <translation>مقروء من: {text}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>مقبول.</translation>
    </message>
    <message>
        <source>Enter or double-click accepts it.</source>
        <translation>Enter أو النقر المزدوج يقبله.</translation>
    </message>
    <message>
        <source>Nothing to fill: shown for information.</source>
        <translation>لا شيء يُملأ: معروض للعلم.</translation>
    </message>
</context>
</TS>
