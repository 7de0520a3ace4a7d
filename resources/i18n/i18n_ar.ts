<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Codebook</name>
    <message>
        <source>Political violence</source>
        <translation>العنف السياسي</translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation>المظاهرات</translation>
    </message>
    <message>
        <source>Political violence; Demonstrations</source>
        <translation>العنف السياسي؛ المظاهرات</translation>
    </message>
    <message>
        <source>Strategic developments</source>
        <translation>التطورات الاستراتيجية</translation>
    </message>
    <message>
        <source>Battles</source>
        <translation>المعارك</translation>
    </message>
    <message>
        <source>Protests</source>
        <translation>الاحتجاجات</translation>
    </message>
    <message>
        <source>Riots</source>
        <translation>أعمال الشغب</translation>
    </message>
    <message>
        <source>Explosions/Remote violence</source>
        <translation>الانفجارات/العنف عن بُعد</translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation>العنف ضد المدنيين</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>استعادة الحكومة لأراضٍ</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>سيطرة فاعل غير حكومي على أراضٍ</translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation>اشتباك مسلح</translation>
    </message>
    <message>
        <source>Excessive force against protesters</source>
        <translation>استخدام القوة المفرطة ضد المحتجين</translation>
    </message>
    <message>
        <source>Protest with intervention</source>
        <translation>احتجاج مع تدخل</translation>
    </message>
    <message>
        <source>Peaceful protest</source>
        <translation>احتجاج سلمي</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>مظاهرة عنيفة</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>عنف الحشود</translation>
    </message>
    <message>
        <source>Chemical weapon</source>
        <translation>سلاح كيميائي</translation>
    </message>
    <message>
        <source>Air/drone strike</source>
        <translation>غارة جوية/بطائرة مسيّرة</translation>
    </message>
    <message>
        <source>Suicide bomb</source>
        <translation>تفجير انتحاري</translation>
    </message>
    <message>
        <source>Shelling/artillery/missile attack</source>
        <translation>قصف/مدفعية/هجوم صاروخي</translation>
    </message>
    <message>
        <source>Remote explosive/landmine/IED</source>
        <translation>متفجرات عن بُعد/لغم أرضي/عبوة ناسفة</translation>
    </message>
    <message>
        <source>Grenade</source>
        <translation>قنبلة يدوية</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>عنف جنسي</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>هجوم</translation>
    </message>
    <message>
        <source>Abduction/forced disappearance</source>
        <translation>اختطاف/إخفاء قسري</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>اعتقالات</translation>
    </message>
    <message>
        <source>Change to group/activity</source>
        <translation>تغيّر في الجماعة/النشاط</translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation>إحباط استخدام أسلحة</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>إنشاء مقر أو قاعدة</translation>
    </message>
    <message>
        <source>Looting/property destruction</source>
        <translation>نهب/تدمير ممتلكات</translation>
    </message>
    <message>
        <source>Non-violent transfer of territory</source>
        <translation>انتقال أراضٍ دون عنف</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>State forces</source>
        <translation>قوات حكومية</translation>
    </message>
    <message>
        <source>State Forces</source>
        <translation>القوات الحكومية</translation>
    </message>
    <message>
        <source>Rebel group</source>
        <translation>جماعة متمردة</translation>
    </message>
    <message>
        <source>Rebel Groups</source>
        <translation>الجماعات المتمردة</translation>
    </message>
    <message>
        <source>Political militia</source>
        <translation>ميليشيا سياسية</translation>
    </message>
    <message>
        <source>Political Militias</source>
        <translation>الميليشيات السياسية</translation>
    </message>
    <message>
        <source>Identity militia</source>
        <translation>ميليشيا هوياتية</translation>
    </message>
    <message>
        <source>Identity Militias</source>
        <translation>الميليشيات الهوياتية</translation>
    </message>
    <message>
        <source>Rioters</source>
        <translation>مثيرو الشغب</translation>
    </message>
    <message>
        <source>Protesters</source>
        <translation>المحتجون</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>المدنيون</translation>
    </message>
    <message>
        <source>External/Other forces</source>
        <translation>قوات خارجية/أخرى</translation>
    </message>
    <message>
        <source>External/Other Forces</source>
        <translation>القوات الخارجية/الأخرى</translation>
    </message>
    <message>
        <source>Civilians targeted</source>
        <translation>استهداف المدنيين</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>اليوم معروف</translation>
    </message>
    <message>
        <source>Week or similar span known (middle of the span coded)</source>
        <translation>الأسبوع أو فترة مماثلة معروفة (يُرمَّز منتصف الفترة)</translation>
    </message>
    <message>
        <source>Only the month known (mid-month coded)</source>
        <translation>الشهر وحده معروف (يُرمَّز منتصف الشهر)</translation>
    </message>
    <message>
        <source>Named town, coordinates known</source>
        <translation>بلدة مسمّاة، إحداثياتها معروفة</translation>
    </message>
    <message>
        <source>Near a town or small area (representative town coded)</source>
        <translation>قرب بلدة أو منطقة صغيرة (تُرمَّز بلدة ممثِّلة)</translation>
    </message>
    <message>
        <source>Only a larger region (natural feature or provincial capital coded)</source>
        <translation>منطقة أوسع فقط (يُرمَّز معلم طبيعي أو عاصمة الإقليم)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُقدَّم للمراجعة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>ليس حادثًا</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>خارج النطاق</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Assassination</source>
        <translation>اغتيال</translation>
    </message>
    <message>
        <source>Armed Assault</source>
        <translation>هجوم مسلح</translation>
    </message>
    <message>
        <source>Bombing/Explosion</source>
        <translation>تفجير/انفجار</translation>
    </message>
    <message>
        <source>Hijacking</source>
        <translation>اختطاف وسيلة نقل</translation>
    </message>
    <message>
        <source>Hostage Taking (Barricade)</source>
        <translation>احتجاز رهائن (تحصّن)</translation>
    </message>
    <message>
        <source>Hostage Taking (Kidnapping)</source>
        <translation>احتجاز رهائن (اختطاف)</translation>
    </message>
    <message>
        <source>Facility/Infrastructure Attack</source>
        <translation>هجوم على منشأة/بنية تحتية</translation>
    </message>
    <message>
        <source>Unarmed Assault</source>
        <translation>اعتداء دون سلاح</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>الأعمال التجارية</translation>
    </message>
    <message>
        <source>Government (General)</source>
        <translation>الحكومة (عام)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>الجيش</translation>
    </message>
    <message>
        <source>Airports &amp; Aircraft</source>
        <translation>المطارات والطائرات</translation>
    </message>
    <message>
        <source>Government (Diplomatic)</source>
        <translation>الحكومة (دبلوماسي)</translation>
    </message>
    <message>
        <source>Educational Institution</source>
        <translation>مؤسسة تعليمية</translation>
    </message>
    <message>
        <source>Food or Water Supply</source>
        <translation>إمدادات الغذاء أو المياه</translation>
    </message>
    <message>
        <source>Journalists &amp; Media</source>
        <translation>الصحفيون ووسائل الإعلام</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Private Citizens &amp; Property</source>
        <translation>المواطنون والممتلكات الخاصة</translation>
    </message>
    <message>
        <source>Religious Figures/Institutions</source>
        <translation>شخصيات/مؤسسات دينية</translation>
    </message>
    <message>
        <source>Telecommunication</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Terrorists/Non-State Militia</source>
        <translation>إرهابيون/ميليشيا غير حكومية</translation>
    </message>
    <message>
        <source>Tourists</source>
        <translation>السياح</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>المرافق العامة</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>أسلحة نارية</translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation>متفجرات</translation>
    </message>
    <message>
        <source>Incendiary</source>
        <translation>مواد حارقة</translation>
    </message>
    <message>
        <source>Melee</source>
        <translation>سلاح أبيض</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>مركبة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <source>major</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <source>Local partner</source>
        <translation>شريك محلي</translation>
    </message>
    <message>
        <source>New media</source>
        <translation>الإعلام الجديد</translation>
    </message>
    <message>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>Subnational</source>
        <translation>محلي دون وطني</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <source>International</source>
        <translation>دولي</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>az-Zallaqa</source>
        <translation>الزلاقة</translation>
    </message>
    <message>
        <source>Amaq</source>
        <translation>أعماق</translation>
    </message>
    <message>
        <source>al-Naba</source>
        <translation>النبأ</translation>
    </message>
    <message>
        <source>al-Andalus</source>
        <translation>الأندلس</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>باحث</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>مراجِع</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>{actor_type} only</source>
        <translation>{actor_type} فقط</translation>
    </message>
    <message>
        <source>{first}-{second}</source>
        <translation>{first}-{second}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ACLED event id</source>
        <translation>معرّف الحادث في ACLED</translation>
    </message>
    <message>
        <source>ACLED timestamp</source>
        <translation>الطابع الزمني في ACLED</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>الدقة الزمنية</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحادث</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>النوع الفرعي للحادث</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>المستوى الإداري 1</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>المستوى الإداري 2</translation>
    </message>
    <message>
        <source>Admin 3</source>
        <translation>المستوى الإداري 3</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Geo precision</source>
        <translation>الدقة الجغرافية</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>بالقرب من</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>Associated with actor 1</source>
        <translation>المرتبطون بالفاعل 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <source>Associated with actor 2</source>
        <translation>المرتبطون بالفاعل 2</translation>
    </message>
    <message>
        <source>Fatalities (best)</source>
        <translation>الضحايا (التقدير المعتمد)</translation>
    </message>
    <message>
        <source>Fatalities (low)</source>
        <translation>الضحايا (التقدير الأدنى)</translation>
    </message>
    <message>
        <source>Fatalities (high)</source>
        <translation>الضحايا (التقدير الأعلى)</translation>
    </message>
    <message>
        <source>Injured</source>
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
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>بيانات التبني</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>بيان التبني</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>kidnapped</source>
        <translation>المختطفون</translation>
    </message>
    <message>
        <source>arrested</source>
        <translation>المعتقلون</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>الجهة المتبنية</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>date as written</source>
        <translation>التاريخ كما كُتب</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>vehicles seized</source>
        <translation>المركبات المستولى عليها</translation>
    </message>
    <message>
        <source>weapons seized</source>
        <translation>الأسلحة المستولى عليها</translation>
    </message>
    <message>
        <source>competing claim</source>
        <translation>تبنٍّ منافس</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«{value}» ليس تاريخًا (اكتبه بصيغة YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation>{value!r} ليس تاريخًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{number:,} is too large (at most {most:,})</source>
        <translation>{number:,} كبير جدًا (الحد الأقصى {most:,})</translation>
    </message>
    <message>
        <source>contains a NUL character (\x00), which cannot be stored</source>
        <translation>يحتوي على المحرف NUL ‏(\x00) الذي لا يمكن حفظه</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} fit</source>
        <translation>طوله {length:,} محرفًا؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is {length:,} characters long; at most {limit:,} fit</source>
        <translation>«{start}…» طوله {length:,} محرفًا؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>«{value}» ليس نعم ولا لا</translation>
    </message>
    <message>
        <source>{value!r} is not text</source>
        <translation>{value!r} ليس نصًا</translation>
    </message>
    <message>
        <source>{value!r} is not a {what} (use {allowed})</source>
        <translation>{value!r} ليس قيمة صالحة لـ: {what} (استخدم {allowed})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}</source>
        <translation>«{value}» ليس قيمة معروفة لـ: {what}</translation>
    </message>
    <message>
        <source>{value!r} is not a list</source>
        <translation>{value!r} ليس قائمة</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a two-letter country code (ML, BF, NE...)</source>
        <translation>«{value}» ليس رمز بلد من حرفين (ML، BF، NE...)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس رقمًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of degrees</source>
        <translation>«{value}» ليس عدد درجات</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} ليس رقمًا</translation>
    </message>
    <message>
        <source>{value} is outside -{limit}..{limit}</source>
        <translation>{value} خارج المجال ‎-{limit}..{limit}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a review state (use {allowed})</source>
        <translation>«{value}» ليس حالة مراجعة (استخدم {allowed})</translation>
    </message>
    <message>
        <source>time precision</source>
        <translation>الدقة الزمنية</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>نوع الحادث</translation>
    </message>
    <message>
        <source>sub-event type</source>
        <translation>النوع الفرعي للحادث</translation>
    </message>
    <message>
        <source>geo precision</source>
        <translation>الدقة الجغرافية</translation>
    </message>
    <message>
        <source>attack type</source>
        <translation>نوع الهجوم</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>نوع الهدف</translation>
    </message>
    <message>
        <source>weapon type</source>
        <translation>نوع السلاح</translation>
    </message>
    <message>
        <source>property damage level</source>
        <translation>مستوى الأضرار المادية</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>ليس حقلًا في هذا السجل</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must be a set of fields</source>
        <translation>يجب أن يكون مجموعة حقول</translation>
    </message>
    <message>
        <source>cannot be negative ({value})</source>
        <translation>لا يمكن أن يكون سالبًا ({value})</translation>
    </message>
    <message>
        <source>&apos;{sub}&apos; does not belong to event type &apos;{event_type}&apos; (allowed: {allowed})</source>
        <translation>«{sub}» لا ينتمي إلى نوع الحادث «{event_type}» (المسموح: {allowed})</translation>
    </message>
    <message>
        <source>is needed for sub-event type &apos;{sub}&apos;</source>
        <translation>مطلوب للنوع الفرعي «{sub}»</translation>
    </message>
    <message>
        <source>is needed when an end date is given</source>
        <translation>مطلوب عند إدخال تاريخ انتهاء</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} يسبق تاريخ البدء {start}</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value} في المستقبل</translation>
    </message>
    <message>
        <source>{value} is too early for this dataset</source>
        <translation>{value} أقدم مما تشمله مجموعة البيانات هذه</translation>
    </message>
    <message>
        <source>{low} is more than the best estimate {best}</source>
        <translation>{low} أكبر من التقدير المعتمد {best}</translation>
    </message>
    <message>
        <source>{high} is less than the best estimate {best}</source>
        <translation>{high} أصغر من التقدير المعتمد {best}</translation>
    </message>
    <message>
        <source>{high} is less than the low estimate {low}</source>
        <translation>{high} أصغر من التقدير الأدنى {low}</translation>
    </message>
    <message>
        <source>&apos;{scale}&apos; is not a source scale (use {allowed}, joined by -)</source>
        <translation>«{scale}» ليس نطاق مصدر (استخدم {allowed}، موصولة بـ -)</translation>
    </message>
    <message>
        <source>a source needs a publication, a URL or a citation</source>
        <translation>يحتاج المصدر إلى وسيلة إعلامية أو رابط أو اقتباس</translation>
    </message>
    <message>
        <source>is needed when associated actors of side 2 are given</source>
        <translation>مطلوب عند إدخال فاعلين مرتبطين بالطرف 2</translation>
    </message>
    <message>
        <source>is needed when associated actors of side 1 are given</source>
        <translation>مطلوب عند إدخال فاعلين مرتبطين بالطرف 1</translation>
    </message>
    <message>
        <source>a place coded &apos;near&apos; a town has geo precision 2 (or 3 for a larger area), not 1</source>
        <translation>المكان المرمَّز «بالقرب من» بلدة دقته الجغرافية 2 (أو 3 لمنطقة أوسع)، وليس 1</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>اسم موقع</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>a latitude</source>
        <translation>خط عرض</translation>
    </message>
    <message>
        <source>a longitude</source>
        <translation>خط طول</translation>
    </message>
    <message>
        <source>a location needs {what}</source>
        <translation>يحتاج الموقع إلى {what}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>a time precision</source>
        <translation>دقة زمنية</translation>
    </message>
    <message>
        <source>an event type</source>
        <translation>نوع حادث</translation>
    </message>
    <message>
        <source>a sub-event type</source>
        <translation>نوع فرعي للحادث</translation>
    </message>
    <message>
        <source>actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>a geo precision</source>
        <translation>دقة جغرافية</translation>
    </message>
    <message>
        <source>a fatality count (0 when none were reported)</source>
        <translation>عدد الضحايا (0 إذا لم يُبلَّغ عن أي ضحية)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>المقدَّم للمراجعة</translation>
    </message>
    <message>
        <source>in_review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>الموافق عليه</translation>
    </message>
    <message>
        <source>a {status} record needs {what}</source>
        <translation>يحتاج السجل {status} إلى {what}</translation>
    </message>
    <message>
        <source>a {status} record needs at least one source</source>
        <translation>يحتاج السجل {status} إلى مصدر واحد على الأقل</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; could mean {names}</source>
        <translation>«{ref}» قد يعني {names}</translation>
    </message>
    <message>
        <source>no actor is called &apos;{ref}&apos;</source>
        <translation>لا يوجد فاعل اسمه «{ref}»</translation>
    </message>
    <message>
        <source>no place has the id &apos;{ref}&apos;</source>
        <translation>لا يوجد مكان معرّفه «{ref}»</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; ({length:,} characters)</source>
        <translation>«{start}…» ({length:,} محرفًا)</translation>
    </message>
    <message>
        <source>{shown} is not a whole number</source>
        <translation>{shown} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{shown} is too large to be a count or a code</source>
        <translation>{shown} أكبر من أن يكون عددًا أو رمزًا</translation>
    </message>
</context>
</TS>
