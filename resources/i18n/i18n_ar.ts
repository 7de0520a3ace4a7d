<?xml version='1.0' encoding='utf-8'?>
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
    <name>DuplicateReason</name>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>بفارق يوم واحد</translation>
    </message>
    <message>
        <source>2 days apart</source>
        <translation>بفارق يومين</translation>
    </message>
    <message>
        <source>3 days apart</source>
        <translation>بفارق 3 أيام</translation>
    </message>
    <message>
        <source>{days} days apart</source>
        <translation>بفارق {days} يومًا</translation>
    </message>
    <message>
        <source>dates overlap ({first} to {last})</source>
        <translation>تتداخل التواريخ (من {first} إلى {last})</translation>
    </message>
    <message>
        <source>dates {days} day(s) apart beyond their precision</source>
        <translation>تاريخان يفصل بينهما {days} يوم/أيام بعد احتساب دقتهما</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>المكان نفسه</translation>
    </message>
    <message>
        <source>{km} km apart</source>
        <translation>على بعد {km} كم</translation>
    </message>
    <message>
        <source>{km} km apart, within the reach of a location coded near a town</source>
        <translation>على بعد {km} كم، ضمن نطاق مكان مُرمّز قرب بلدة</translation>
    </message>
    <message>
        <source>same region ({admin1})</source>
        <translation>المنطقة نفسها ({admin1})</translation>
    </message>
    <message>
        <source>same {admin2}</source>
        <translation>الدائرة نفسها ({admin2})</translation>
    </message>
    <message>
        <source>same region ({admin1}), other admin2</source>
        <translation>المنطقة نفسها ({admin1})، دائرة أخرى</translation>
    </message>
    <message>
        <source>other regions ({a} / {b})</source>
        <translation>منطقتان مختلفتان ({a} / {b})</translation>
    </message>
    <message>
        <source>same type ({a})</source>
        <translation>النوع نفسه ({a})</translation>
    </message>
    <message>
        <source>related types ({a} / {b})</source>
        <translation>نوعان متقاربان ({a} / {b})</translation>
    </message>
    <message>
        <source>neighbouring types ({a} / {b})</source>
        <translation>نوعان متجاوران ({a} / {b})</translation>
    </message>
    <message>
        <source>other kinds of event ({a} / {b})</source>
        <translation>حدثان من صنفين مختلفين ({a} / {b})</translation>
    </message>
    <message>
        <source>same actors ({names})</source>
        <translation>الفاعلون أنفسهم ({names})</translation>
    </message>
    <message>
        <source>share {names}, not {others}</source>
        <translation>يشتركان في {names}، لا في {others}</translation>
    </message>
    <message>
        <source>different actors ({names} / {others})</source>
        <translation>فاعلون مختلفون ({names} / {others})</translation>
    </message>
    <message>
        <source>no fatalities on either side</source>
        <translation>لا ضحايا في أي منهما</translation>
    </message>
    <message>
        <source>same fatalities ({a})</source>
        <translation>عدد الضحايا نفسه ({a})</translation>
    </message>
    <message>
        <source>fatalities {a} vs {b}</source>
        <translation>الضحايا {a} مقابل {b}</translation>
    </message>
    <message>
        <source>no fatalities reported on one side ({a} vs {b})</source>
        <translation>لا قتلى مُبلَّغ عنهم في أحد الجانبين ({a} مقابل {b})</translation>
    </message>
    <message>
        <source>{what} agree</source>
        <translation>تتفق الأعداد: {what}</translation>
    </message>
    <message>
        <source>{what} differ</source>
        <translation>تختلف الأعداد: {what}</translation>
    </message>
    <message>
        <source>both cite {url}</source>
        <translation>كلاهما يستشهد بـ{url}</translation>
    </message>
    <message>
        <source>both cite {names}</source>
        <translation>كلاهما يستشهد بـ{names}</translation>
    </message>
    <message>
        <source>the same words</source>
        <translation>الكلمات نفسها</translation>
    </message>
    <message>
        <source>the same words for another {what}: one report coded as several events</source>
        <translation>الكلمات نفسها مع اختلاف {what}: تقرير واحد رُمّز أحداثًا عدة</translation>
    </message>
    <message>
        <source>many words and a source in common for another {what}: one report coded as several events</source>
        <translation>كلمات كثيرة ومصدر مشترك مع اختلاف {what}: تقرير واحد رُمّز أحداثًا عدة</translation>
    </message>
    <message>
        <source>many words in common ({share:.0%})</source>
        <translation>كلمات مشتركة كثيرة ({share:.0%})</translation>
    </message>
    <message>
        <source>some words in common ({share:.0%})</source>
        <translation>بعض الكلمات المشتركة ({share:.0%})</translation>
    </message>
    <message>
        <source>few words in common ({share:.0%})</source>
        <translation>قليل من الكلمات المشتركة ({share:.0%})</translation>
    </message>
    <message>
        <source>no words in common</source>
        <translation>لا كلمات مشتركة</translation>
    </message>
    <message>
        <source>both read from one ACLED file, which keeps them apart ({a} / {b})</source>
        <translation>كلاهما من ملف ACLED واحد، وهو يفصل بينهما ({a} / {b})</translation>
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
        <source>vague: claimed without a number</source>
        <translation>غامض: مُعلَن دون رقم</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>الأسرى</translation>
    </message>
    <message>
        <source>named without a number</source>
        <translation>مذكور دون رقم</translation>
    </message>
    <message>
        <source>one count for {kinds}</source>
        <translation>رقم واحد لـ{kinds}</translation>
    </message>
    <message>
        <source>dual noun</source>
        <translation>اسم مثنّى</translation>
    </message>
    <message>
        <source>human losses claimed</source>
        <translation>خسائر بشرية مُعلَنة</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} و{rest}</translation>
    </message>
    <message>
        <source>not named in the text: {channel} is its media wing</source>
        <translation>غير مذكور في النص: {channel} هي ذراعه الإعلامية</translation>
    </message>
    <message>
        <source>word after '{word}'</source>
        <translation>الكلمة التي تلي «{word}»</translation>
    </message>
    <message>
        <source>not found in the gazetteer</source>
        <translation>غير موجود في المعجم الجغرافي</translation>
    </message>
    <message>
        <source>impossible Hijri date {written}: month {month} is not 1-12</source>
        <translation>تاريخ هجري مستحيل {written}: الشهر {month} ليس بين 1 و12</translation>
    </message>
    <message>
        <source>impossible Hijri date {written}: day {day} is not 1-30</source>
        <translation>تاريخ هجري مستحيل {written}: اليوم {day} ليس بين 1 و30</translation>
    </message>
    <message>
        <source>day 30 of a 29-day month in Umm al-Qura: read as the day after 29/{month:02d}/{year}, {date}</source>
        <translation>اليوم 30 من شهر عدد أيامه 29 في تقويم أم القرى: قُرئ على أنه اليوم التالي لـ29/{month:02d}/{year}، أي {date}</translation>
    </message>
    <message>
        <source>Hijri date {written} is outside what Umm al-Qura conversion covers ({reason})</source>
        <translation>التاريخ الهجري {written} خارج ما يغطيه تحويل أم القرى ({reason})</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); no {written} within {most} days, date kept: check it</source>
        <translation>كُتب {written}، لكن تقويم أم القرى يعطي {date} ({converted})؛ لا يوجد {written} في حدود {most} أيام، فأُبقي التاريخ: تحقّق منه</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, 1 day earlier</source>
        <translation>كُتب {written}، لكن تقويم أم القرى يعطي {date} ({converted})؛ اعتُمد {found}، قبله بيوم واحد</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, 1 day later</source>
        <translation>كُتب {written}، لكن تقويم أم القرى يعطي {date} ({converted})؛ اعتُمد {found}، بعده بيوم واحد</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, {count} days earlier</source>
        <translation>كُتب {written}، لكن تقويم أم القرى يعطي {date} ({converted})؛ اعتُمد {found}، قبله بـ{count} من الأيام</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, {count} days later</source>
        <translation>كُتب {written}، لكن تقويم أم القرى يعطي {date} ({converted})؛ اعتُمد {found}، بعده بـ{count} من الأيام</translation>
    </message>
    <message>
        <source>no claim found (only comments or separators)</source>
        <translation>لم يُعثر على أي بيان تبنٍّ (تعليقات أو فواصل فقط)</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>not valid UTF-16 text</source>
        <translation>ليس نصًا صالحًا بترميز UTF-16</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>this is a binary file, not a text file of claims</source>
        <translation>هذا ملف ثنائي، وليس ملفًا نصيًا لبيانات التبني</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>gendarmerie: code as an associated actor of FAMa</source>
        <translation>الدرك: يُرمَّز فاعلًا مرتبطًا بالقوات المسلحة المالية</translation>
    </message>
    <message>
        <source>national guard: code as an associated actor of FAMa</source>
        <translation>الحرس الوطني: يُرمَّز فاعلًا مرتبطًا بالقوات المسلحة المالية</translation>
    </message>
    <message>
        <source>'{value}' is not a date: {reason}</source>
        <translation>«{value}» ليس تاريخًا: {reason}</translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation>{value!r} ليس تاريخًا</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
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
        <source>'{start}…' is {length:,} characters long; at most {limit:,} fit</source>
        <translation>«{start}…» طوله {length:,} محرفًا؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no</source>
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
        <source>'{value}' is not a known {what}</source>
        <translation>«{value}» ليس قيمة معروفة لـ: {what}</translation>
    </message>
    <message>
        <source>{value!r} is not a list</source>
        <translation>{value!r} ليس قائمة</translation>
    </message>
    <message>
        <source>'{value}' is not a two-letter country code (ML, BF, NE...)</source>
        <translation>«{value}» ليس رمز بلد من حرفين (ML، BF، NE...)</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>«{value}» ليس رقمًا</translation>
    </message>
    <message>
        <source>'{value}' is not a number of degrees</source>
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
        <source>'{value}' is not a review state (use {allowed})</source>
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
        <source>'{sub}' does not belong to event type '{event_type}' (allowed: {allowed})</source>
        <translation>«{sub}» لا ينتمي إلى نوع الحادث «{event_type}» (المسموح: {allowed})</translation>
    </message>
    <message>
        <source>is needed for sub-event type '{sub}'</source>
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
        <source>'{scale}' is not a source scale (use {allowed}, joined by -)</source>
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
        <source>a place coded 'near' a town has geo precision 2 (or 3 for a larger area), not 1</source>
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
        <source>the same in both</source>
        <translation>القيمة نفسها في السجلين</translation>
    </message>
    <message>
        <source>only the kept record has it</source>
        <translation>لا يملكها إلا السجل المحتفظ به</translation>
    </message>
    <message>
        <source>only the other record has it</source>
        <translation>لا يملكها إلا السجل الآخر</translation>
    </message>
    <message>
        <source>the finer precision</source>
        <translation>الدقة الأعلى</translation>
    </message>
    <message>
        <source>the approved value</source>
        <translation>القيمة الموافق عليها</translation>
    </message>
    <message>
        <source>the kept record's</source>
        <translation>قيمة السجل المحتفظ به</translation>
    </message>
    <message>
        <source>the lowest credible figure</source>
        <translation>أدنى حصيلة موثوقة</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مختارة</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادث</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>استرجاع قيمة سابقة</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>ملف المستخدم</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>review step</source>
        <translation>خطوة مراجعة</translation>
    </message>
    <message>
        <source>drafts (nothing was saved)</source>
        <translation>مسودات (لم يُحفظ شيء)</translation>
    </message>
    <message>
        <source>value for the database</source>
        <translation>قيمة لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Invalid {what}: {problems}</source>
        <translation>بيانات غير صالحة ({what}): {problems}</translation>
    </message>
    <message>
        <source>Incident {incident} was changed by {user} since you opened it (your revision {expected}, stored revision {actual}).</source>
        <translation>عدّل {user} الحادث {incident} منذ أن فتحته (مراجعتك {expected}، والمراجعة المحفوظة {actual}).</translation>
    </message>
    <message>
        <source>Incident {incident} was changed since you opened it (your revision {expected}, stored revision {actual}).</source>
        <translation>عُدِّل الحادث {incident} منذ أن فتحته (مراجعتك {expected}، والمراجعة المحفوظة {actual}).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {message}</source>
        <translation>{source}، السطر {line}: {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
    <message>
        <source>bundle from {desk}</source>
        <translation>حزمة من {desk}</translation>
    </message>
    <message>
        <source>{record}: deleted on this desk; its changes from {desk} were kept in its history only</source>
        <translation>{record}: محذوف في هذا المكتب؛ احتُفظ بتعديلاته الواردة من {desk} في سجلّه التاريخي فقط</translation>
    </message>
    <message>
        <source>{record}: status {theirs} from {desk}, a researcher's desk, does not count here; it stays {ours}</source>
        <translation>{record}: الحالة «{theirs}» الواردة من {desk}، وهو مكتب باحث، لا تُعتمد هنا؛ ويبقى «{ours}»</translation>
    </message>
    <message>
        <source>{record}: {fields} from {desk}, a researcher's desk, wait as a pending revision of the approved record</source>
        <translation>{record}: {fields} الواردة من {desk}، وهو مكتب باحث، تنتظر بوصفها مراجعة معلّقة للسجل الموافق عليه</translation>
    </message>
    <message>
        <source>{record}: new record sent as {status} by {desk}, a researcher's desk; it comes in as submitted, for a reviewer here</source>
        <translation>{record}: سجل جديد أُرسل بحالة «{status}» من {desk}، وهو مكتب باحث؛ ويدخل هنا بحالة «مُقدَّم» ليراجعه مراجِع</translation>
    </message>
    <message>
        <source>{record}: its pending revision stays on {desk} (the record is not approved here)</source>
        <translation>{record}: تبقى مراجعته المعلّقة في {desk} (السجل غير موافق عليه هنا)</translation>
    </message>
    <message>
        <source>{record}: its revision, {status} on {desk} (a researcher's desk), is submitted here</source>
        <translation>{record}: مراجعته، بحالة «{status}» في {desk} (مكتب باحث)، مُقدَّمة هنا</translation>
    </message>
    <message>
        <source>{record}: deleted on {desk}, a researcher's desk; a reviewer here decides (a conflict)</source>
        <translation>{record}: محذوف في {desk}، وهو مكتب باحث؛ يقرّر مراجِع هنا (تعارض)</translation>
    </message>
    <message>
        <source>{record}: its pending revision was approved or discarded on {desk}, a researcher's desk; it stays open here for a reviewer</source>
        <translation>{record}: وُوفق على مراجعته المعلّقة أو أُلغيت في {desk}، وهو مكتب باحث؛ وتبقى مفتوحة هنا لمراجِع</translation>
    </message>
    <message>
        <source>{record}: its pending revision was closed on {desk} but edited here since; it stays open</source>
        <translation>{record}: أُغلقت مراجعته المعلّقة في {desk} لكنها عُدّلت هنا منذ ذلك الحين؛ وتبقى مفتوحة</translation>
    </message>
    <message>
        <source>{record}: a review step on its revision from {desk}, a researcher's desk, does not count here</source>
        <translation>{record}: خطوة المراجعة على مراجعته الواردة من {desk}، وهو مكتب باحث، لا تُعتمد هنا</translation>
    </message>
    <message>
        <source>{source} is not a Sahel Desk bundle.</source>
        <translation>{source} ليس حزمة من Sahel Desk.</translation>
    </message>
    <message>
        <source>{source} is cut short (truncated); ask for it again.</source>
        <translation>{source} مبتور (ناقص)؛ اطلبه مرة أخرى.</translation>
    </message>
    <message>
        <source>{source} is cut short (truncated); ask for it again. Nothing was changed.</source>
        <translation>{source} مبتور (ناقص)؛ اطلبه مرة أخرى. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} is longer than it says; ask for it again. Nothing was changed.</source>
        <translation>{source} أطول مما يعلنه؛ اطلبه مرة أخرى. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} was altered after it was written (its signature does not match). Nothing was changed.</source>
        <translation>عُدِّل {source} بعد كتابته (توقيعه لا يطابق). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} was written by another version of Sahel Desk (bundle format {format}).</source>
        <translation>كُتب {source} بإصدار آخر من Sahel Desk (صيغة الحزمة {format}).</translation>
    </message>
    <message>
        <source>{source} is encrypted: give its password (--password-file).</source>
        <translation>{source} مشفّر: أدخل كلمة مروره (--password-file).</translation>
    </message>
    <message>
        <source>The password for {source} is wrong. Nothing was changed.</source>
        <translation>كلمة مرور {source} خاطئة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} has a damaged encryption header.</source>
        <translation>ترويسة التشفير في {source} تالفة.</translation>
    </message>
    <message>
        <source>{source} holds damaged data. Nothing was changed.</source>
        <translation>يحتوي {source} على بيانات تالفة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} holds no changes a desk wrote (its content is not a set of named parts). Nothing was changed.</source>
        <translation>لا يحتوي {source} على تعديلات كتبها مكتب (محتواه ليس مجموعة أجزاء مسمّاة). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {size} (a bundle may hold at most {ratio} times its packed size, and never more than {most}); it looks made to exhaust memory and was refused. Nothing was changed.</source>
        <translation>يتجاوز {source} عند فكّه {size} (لا يجوز أن تحوي الحزمة أكثر من {ratio} أضعاف حجمها المضغوط، ولا أكثر من {most} أبدًا)؛ ويبدو أنه صُنع لاستنزاف الذاكرة فرُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} holds damaged data (its content is cut short). Nothing was changed.</source>
        <translation>يحتوي {source} على بيانات تالفة (محتواه مبتور). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} holds records this desk cannot take, so nothing was changed: {problems} (the first dozen problems; there may be more).</source>
        <translation>يحتوي {source} على سجلات لا يستطيع هذا المكتب قبولها، فلم يُغيَّر شيء: {problems} (أول اثنتي عشرة مشكلة؛ وقد يوجد غيرها).</translation>
    </message>
    <message>
        <source>{source} holds records this desk cannot take, so nothing was changed: {problems}.</source>
        <translation>يحتوي {source} على سجلات لا يستطيع هذا المكتب قبولها، فلم يُغيَّر شيء: {problems}.</translation>
    </message>
    <message>
        <source>'{text}' is not a date (ACLED writes {formats})</source>
        <translation>«{text}» ليس تاريخًا (يكتب ACLED بالصيغة {formats})</translation>
    </message>
    <message>
        <source>{column}: '{value}' is not an actor type (1-8, or {labels})</source>
        <translation>{column}: «{value}» ليس نوع فاعل (من 1 إلى 8، أو {labels})</translation>
    </message>
    <message>
        <source>interaction: '{text}' is not an interaction code (e.g. 27, 20, Rebel group-Civilians or Rebel group only)</source>
        <translation>interaction: «{text}» ليس رمز تفاعل (مثل 27 أو 20 أو Rebel group-Civilians أو Rebel group only)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>is an old Excel (.xls) workbook: save it as .xlsx or CSV</source>
        <translation>مصنّف Excel قديم (.xls): احفظه بصيغة ‎.xlsx أو CSV</translation>
    </message>
    <message>
        <source>is not a CSV file (it holds binary data)</source>
        <translation>ليس ملف CSV (يحتوي على بيانات ثنائية)</translation>
    </message>
    <message>
        <source>is not an ACLED export: the header has no event_id_cnty and event_date columns (it starts with {shown})</source>
        <translation>ليس ملفًا مُصدَّرًا من ACLED: الترويسة لا تحوي العمودين event_id_cnty وevent_date (تبدأ بـ{shown})</translation>
    </message>
    <message>
        <source>the header names {names} twice</source>
        <translation>تذكر الترويسة {names} مرتين</translation>
    </message>
    <message>
        <source>the {layout} ACLED layout needs the column(s) {names}, missing from the header</source>
        <translation>يتطلب تنسيق ACLED ‏{layout} العمود أو الأعمدة {names}، وهي غائبة عن الترويسة</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at offset {start}); ACLED files are UTF-8: save the CSV as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع {start})؛ ملفات ACLED بترميز UTF-8: احفظ ملف CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>ليس ملف CSV قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it has no sheets</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: لا يحتوي على أي ورقة</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {filename} is damaged ({reason})</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: جزؤه {filename} تالف ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged ({reason})</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: جزؤه {part} تالف ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its sheet part {part} is missing</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: جزء الورقة {part} مفقود</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook ({reason})</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged (sheet '{sheet}'): {kind}: {error}</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: جزؤه {part} تالف (الورقة «{sheet}»): {kind}: {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged: {kind}: {error}</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: جزؤه {part} تالف: {kind}: {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it is damaged (sheet '{sheet}'): {kind}: {error}</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: هو تالف (الورقة «{sheet}»): {kind}: {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it is damaged: {kind}: {error}</source>
        <translation>ليس مصنّف xlsx قابلًا للقراءة: هو تالف: {kind}: {error}</translation>
    </message>
    <message>
        <source>has a header but no events</source>
        <translation>يحتوي على ترويسة دون أي حدث</translation>
    </message>
    <message>
        <source>event {event}: differs from line {first} in {columns}</source>
        <translation>الحدث {event}: يختلف عن السطر {first} في {columns}</translation>
    </message>
    <message>
        <source>event {event} appears again (first on line {first})</source>
        <translation>يتكرر الحدث {event} (ظهر أولًا في السطر {first})</translation>
    </message>
    <message>
        <source>event {event}: {reasons}</source>
        <translation>الحدث {event}: {reasons}</translation>
    </message>
    <message>
        <source>event_id_cnty is empty</source>
        <translation>event_id_cnty فارغ</translation>
    </message>
    <message>
        <source>is {length:,} characters long once folded for search; at most {limit:,} fit</source>
        <translation>طوله {length:,} حرفًا بعد توحيده للبحث؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{column}: '{item}' {problem}</source>
        <translation>{column}: «{item}» {problem}</translation>
    </message>
    <message>
        <source>{reason} (line {line})</source>
        <translation>{reason} (السطر {line})</translation>
    </message>
    <message>
        <source>event_date: {reason}</source>
        <translation>event_date: {reason}</translation>
    </message>
    <message>
        <source>{assoc} is given but {actor} is empty</source>
        <translation>{assoc} مُعطى لكن {actor} فارغ</translation>
    </message>
    <message>
        <source>actor1 is empty</source>
        <translation>actor1 فارغ</translation>
    </message>
    <message>
        <source>interaction {raw} names one side but the event has {count} rows (lines {lines})</source>
        <translation>يذكر التفاعل {raw} طرفًا واحدًا لكن للحدث {count} من الأسطر (الأسطر {lines})</translation>
    </message>
    <message>
        <source>inter1 {inter} does not match interaction {raw}</source>
        <translation>inter1 ‏{inter} لا يطابق التفاعل {raw}</translation>
    </message>
    <message>
        <source>interaction {raw} names two sides but the file has one row for the event: the other side's row is missing</source>
        <translation>يذكر التفاعل {raw} طرفين لكن الملف لا يحوي إلا سطرًا واحدًا للحدث: سطر الطرف الآخر مفقود</translation>
    </message>
    <message>
        <source>has {count} rows (lines {lines}); a monadic event has one row per side</source>
        <translation>له {count} من الأسطر (الأسطر {lines})؛ للحدث الأحادي سطر واحد لكل طرف</translation>
    </message>
    <message>
        <source>the rows' inter codes {inter} and {other} do not match interaction {raw}</source>
        <translation>رمزا inter في السطرين، {inter} و{other}، لا يطابقان التفاعل {raw}</translation>
    </message>
    <message>
        <source>location is empty</source>
        <translation>location فارغ</translation>
    </message>
    <message>
        <source>country is empty</source>
        <translation>country فارغ</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left in {parent}, so nothing was written to {path}. Free some space or choose another disk, then export again.</source>
        <translation>القرص ممتلئ: لم تبقَ مساحة في {parent}، فلم يُكتب شيء في {path}. أفرغ بعض المساحة أو اختر قرصًا آخر، ثم صدّر من جديد.</translation>
    </message>
    <message>
        <source>The disk is full for this file: it grew past the largest file allowed in {parent} (a FAT32 stick takes 4 GB at most), so nothing was written to {path}. Narrow the export or choose another disk.</source>
        <translation>القرص ممتلئ بالنسبة إلى هذا الملف: تجاوز أكبر حجم ملف مسموح به في {parent} (ذاكرة FAT32 تقبل 4 غيغابايت على الأكثر)، فلم يُكتب شيء في {path}. ضيّق نطاق التصدير أو اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}; nothing was written to it.</source>
        <translation>تعذّرت كتابة {path}: {reason}؛ لم يُكتب فيه شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} مجلد: أعطِ اسم ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose an existing one.</source>
        <translation>المجلد {folder} غير موجود: اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: permission denied. Choose a folder you can write to.</source>
        <translation>تتعذّر الكتابة في {folder}: الإذن مرفوض. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: it is read-only. Choose another folder.</source>
        <translation>تتعذّر الكتابة في {folder}: هو للقراءة فقط. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The '{sheet}' sheet would need more than {most:,} rows, Excel's limit: narrow the filter (a shorter period) or export CSV instead.</source>
        <translation>ستحتاج الورقة «{sheet}» إلى أكثر من {most:,} سطرًا، وهو حدّ Excel: ضيّق عامل التصفية (فترة أقصر) أو صدّر بصيغة CSV بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>is not the built-in gazetteer; reinstall Sahel Desk</source>
        <translation>ليس المعجم الجغرافي المدمج؛ أعد تثبيت Sahel Desk</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); reinstall Sahel Desk</source>
        <translation>تتعذّر قراءته ({reason})؛ أعد تثبيت Sahel Desk</translation>
    </message>
    <message>
        <source>expected {expected} columns, found {count}; reinstall Sahel Desk</source>
        <translation>كان المتوقع {expected} عمودًا، ووُجد {count}؛ أعد تثبيت Sahel Desk</translation>
    </message>
    <message>
        <source>contains no GeoNames rows</source>
        <translation>لا يحتوي على أي سطر من GeoNames</translation>
    </message>
    <message>
        <source>the last row is cut short ({reason}); the file looks incomplete, download it again</source>
        <translation>السطر الأخير مبتور ({reason})؛ يبدو الملف ناقصًا، نزّله مرة أخرى</translation>
    </message>
    <message>
        <source>{reason} (GeoNames dumps have no header row; is this another format?)</source>
        <translation>{reason} (ملفات GeoNames لا تحوي سطر ترويسة؛ هل هذه صيغة أخرى؟)</translation>
    </message>
    <message>
        <source>cannot be read to the end ({reason}); the file looks damaged, download it again</source>
        <translation>تتعذّر قراءته حتى النهاية ({reason})؛ يبدو الملف تالفًا، نزّله مرة أخرى</translation>
    </message>
    <message>
        <source>is longer than {most:,} bytes: not a GeoNames row</source>
        <translation>أطول من {most:,} بايت: ليس سطرًا من GeoNames</translation>
    </message>
    <message>
        <source>is a damaged ZIP archive ({reason}); download it again</source>
        <translation>أرشيف ZIP تالف ({reason})؛ نزّله مرة أخرى</translation>
    </message>
    <message>
        <source>is a ZIP archive without a GeoNames .txt dump inside (it holds {held})</source>
        <translation>أرشيف ZIP لا يحوي ملف GeoNames بصيغة ‎.txt (يحوي {held})</translation>
    </message>
    <message>
        <source>is a ZIP archive whose dump cannot be read ({reason})</source>
        <translation>أرشيف ZIP تتعذّر قراءة الملف الذي فيه ({reason})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>is a folder, not a GeoNames file; choose the .txt file inside it</source>
        <translation>مجلد وليس ملف GeoNames؛ اختر ملف ‎.txt الذي بداخله</translation>
    </message>
    <message>
        <source>is a ZIP archive; unzip it and choose the .txt file inside</source>
        <translation>أرشيف ZIP؛ فكّ ضغطه واختر ملف ‎.txt الذي بداخله</translation>
    </message>
    <message>
        <source>is gzip-compressed; decompress it first</source>
        <translation>مضغوط بصيغة gzip؛ فكّ ضغطه أولًا</translation>
    </message>
    <message>
        <source>is a binary file (NUL byte found), not a GeoNames text dump</source>
        <translation>ملف ثنائي (وُجد بايت NUL)، وليس ملفًا نصيًا من GeoNames</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at column {value}); GeoNames dumps are UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8 (بايت غير صالح في العمود {value})؛ ملفات GeoNames بترميز UTF-8</translation>
    </message>
    <message>
        <source>expected {expected} tab-separated columns, found {count}</source>
        <translation>كان المتوقع {expected} عمودًا مفصولة بعلامات جدولة، ووُجد {count}</translation>
    </message>
    <message>
        <source>geonameid {geonameid} is not a number</source>
        <translation>geonameid ‏{geonameid} ليس عددًا</translation>
    </message>
    <message>
        <source>geonameid {geonameid} is out of range (1 to {most:,})</source>
        <translation>geonameid ‏{geonameid} خارج النطاق (من 1 إلى {most:,})</translation>
    </message>
    <message>
        <source>place {geonameid} has no name</source>
        <translation>المكان {geonameid} بلا اسم</translation>
    </message>
    <message>
        <source>population {population} is out of range (0 to {most:,})</source>
        <translation>عدد السكان {population} خارج النطاق (من 0 إلى {most:,})</translation>
    </message>
    <message>
        <source>{what} is {count:,} characters long ({text}); GeoNames allows at most {most:,}</source>
        <translation>طول {what} هو {count:,} حرفًا ({text})؛ ويسمح GeoNames بـ{most:,} على الأكثر</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} ‏{value} ليس عددًا</translation>
    </message>
    <message>
        <source>{what} {value} is outside -{limit:g}..{limit:g}</source>
        <translation>{what} ‏{value} خارج المجال -{limit:g}..{limit:g}</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number</source>
        <translation>{what} ‏{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>modification date {value} is not a YYYY-MM-DD date</source>
        <translation>تاريخ التعديل {value} ليس تاريخًا بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>'{word}' counts as {number} (the codebook's rule)</source>
        <translation>«{word}» تُحسب {number} (قاعدة دليل الترميز)</translation>
    </message>
    <message>
        <source>the lowest figure given</source>
        <translation>أدنى رقم مذكور</translation>
    </message>
    <message>
        <source>an approximate figure</source>
        <translation>رقم تقريبي</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>لم يُبلَّغ عن أي منها</translation>
    </message>
    <message>
        <source>one, in the singular</source>
        <translation>واحد، بصيغة المفرد</translation>
    </message>
    <message>
        <source>victims listed together are added</source>
        <translation>يُجمع الضحايا المذكورون معًا</translation>
    </message>
    <message>
        <source>the entry gives no year and the report's date is not known</source>
        <translation>لا يذكر المُدخل سنة، وتاريخ التقرير غير معروف</translation>
    </message>
    <message>
        <source>year {year} taken from the report's date</source>
        <translation>السنة {year} مأخوذة من تاريخ التقرير</translation>
    </message>
    <message>
        <source>{date} is not a date of the calendar</source>
        <translation>{date} ليس تاريخًا في التقويم</translation>
    </message>
    <message>
        <source>counted from the event told before</source>
        <translation>محسوب انطلاقًا من الحدث المذكور قبله</translation>
    </message>
    <message>
        <source>a span counted from the event told before</source>
        <translation>مدة محسوبة انطلاقًا من الحدث المذكور قبله</translation>
    </message>
    <message>
        <source>a night across two days, the latest before the report's date</source>
        <translation>ليلة ممتدة على يومين، آخرها قبل تاريخ التقرير</translation>
    </message>
    <message>
        <source>the latest such weekday before the report's date</source>
        <translation>آخر يوم بهذا الاسم قبل تاريخ التقرير</translation>
    </message>
    <message>
        <source>the day before the report's date</source>
        <translation>اليوم السابق لتاريخ التقرير</translation>
    </message>
    <message>
        <source>the report's date</source>
        <translation>تاريخ التقرير</translation>
    </message>
    <message>
        <source>the week before the report's date</source>
        <translation>الأسبوع السابق لتاريخ التقرير</translation>
    </message>
    <message>
        <source>the report's week</source>
        <translation>أسبوع التقرير</translation>
    </message>
    <message>
        <source>the weekend before the report's date</source>
        <translation>عطلة نهاية الأسبوع السابقة لتاريخ التقرير</translation>
    </message>
    <message>
        <source>the start of the month</source>
        <translation>بداية الشهر</translation>
    </message>
    <message>
        <source>the end of the month</source>
        <translation>نهاية الشهر</translation>
    </message>
    <message>
        <source>only the month is known: coded mid-month</source>
        <translation>الشهر وحده معروف: رُمِّز في منتصف الشهر</translation>
    </message>
    <message>
        <source>the line under the title</source>
        <translation>السطر الذي تحت العنوان</translation>
    </message>
    <message>
        <source>the end of the month the title names</source>
        <translation>نهاية الشهر الذي يذكره العنوان</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>near the named place</source>
        <translation>قرب المكان المذكور</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>المنطقة وحدها معروفة</translation>
    </message>
    <message>
        <source>{place} is not in the gazetteer; coded to the region {region}</source>
        <translation>{place} غير موجود في المعجم الجغرافي؛ رُمِّز على المنطقة {region}</translation>
    </message>
    <message>
        <source>{place} is not in the gazetteer and no town or region is named beside it: add the place, then pick it</source>
        <translation>{place} غير موجود في المعجم الجغرافي ولا تُذكر بجانبه مدينة أو منطقة: أضف المكان ثم اختره</translation>
    </message>
    <message>
        <source>no place named in the gazetteer</source>
        <translation>لا يُذكر أي مكان من المعجم الجغرافي</translation>
    </message>
    <message>
        <source>read {count:,} non-blank line</source>
        <translation>قُرئ سطر واحد غير فارغ ({count:,})</translation>
    </message>
    <message>
        <source>read {count:,} non-blank lines</source>
        <translation>عدد الأسطر غير الفارغة المقروءة: {count:,}</translation>
    </message>
    <message>
        <source>{read} and {count} Arabic claim statement</source>
        <translation>{read} وبيان تبنٍّ عربي واحد ({count})</translation>
    </message>
    <message>
        <source>{read} and {count} Arabic claim statements</source>
        <translation>{read} وعدد بيانات التبني العربية: {count}</translation>
    </message>
    <message>
        <source>no dated entry found: {what}, but no line starts with a date (such as '05 MAR 17:' or '5 mars 2017 :') and no sentence tells an event's date</source>
        <translation>لم يُعثر على أي مُدخل مؤرَّخ: {what}، لكن لا يبدأ أي سطر بتاريخ (مثل '05 MAR 17:' أو '5 mars 2017 :') ولا تذكر أي جملة تاريخ حدث</translation>
    </message>
    <message>
        <source>no dated entry found: {what}, but no line starts with a date (such as '05 MAR 17:' or '5 mars 2017 :') and no sentence tells an event's date (relative dates such as 'two days later' need the report's date: give it with --date)</source>
        <translation>لم يُعثر على أي مُدخل مؤرَّخ: {what}، لكن لا يبدأ أي سطر بتاريخ (مثل '05 MAR 17:' أو '5 mars 2017 :') ولا تذكر أي جملة تاريخ حدث (تحتاج التواريخ النسبية مثل «بعد يومين» إلى تاريخ التقرير: أدخله بالخيار ‎--date)</translation>
    </message>
    <message>
        <source>the Arabic statement of the same day and place</source>
        <translation>البيان العربي لليوم نفسه والمكان نفسه</translation>
    </message>
    <message>
        <source>claimed in the Arabic statement; kept apart from the coded toll</source>
        <translation>مُعلَن في البيان العربي؛ يُحفظ منفصلًا عن الحصيلة المرمَّزة</translation>
    </message>
    <message>
        <source>claimed in the Arabic statement; kept apart from the coded toll (the statement may cover several entries)</source>
        <translation>مُعلَن في البيان العربي؛ يُحفظ منفصلًا عن الحصيلة المرمَّزة (قد يغطي البيان عدة مُدخلات)</translation>
    </message>
    <message>
        <source>the end of the span</source>
        <translation>نهاية المدة</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>لا تاريخ</translation>
    </message>
    <message>
        <source>the report says no one claimed it</source>
        <translation>يذكر التقرير أن أحدًا لم يتبنَّه</translation>
    </message>
    <message>
        <source>the named place</source>
        <translation>المكان المذكور</translation>
    </message>
    <message>
        <source>only the region</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <source>the force doing the act</source>
        <translation>القوة التي قامت بالفعل</translation>
    </message>
    <message>
        <source>named as the attacker ('by ...')</source>
        <translation>مذكور بوصفه المهاجم («من قِبل ...»)</translation>
    </message>
    <message>
        <source>the group that claimed it</source>
        <translation>الجماعة التي تبنّته</translation>
    </message>
    <message>
        <source>unnamed armed men: the country's unidentified armed group</source>
        <translation>مسلحون غير مسمَّين: الجماعة المسلحة مجهولة الهوية في البلد</translation>
    </message>
    <message>
        <source>no attacker named: the country's unidentified armed group</source>
        <translation>لم يُذكر مهاجم: الجماعة المسلحة مجهولة الهوية في البلد</translation>
    </message>
    <message>
        <source>no actor named</source>
        <translation>لم يُذكر أي فاعل</translation>
    </message>
    <message>
        <source>weapons or explosives found, defused or destroyed</source>
        <translation>أسلحة أو متفجرات عُثر عليها أو فُكِّكت أو دُمِّرت</translation>
    </message>
    <message>
        <source>an arrest by forces</source>
        <translation>اعتقال من قِبل القوات</translation>
    </message>
    <message>
        <source>an armed attack on armed forces or a group</source>
        <translation>هجوم مسلح على قوات مسلحة أو جماعة</translation>
    </message>
    <message>
        <source>property taken or destroyed, no one hurt</source>
        <translation>ممتلكات نُهبت أو دُمِّرت، دون إصابات</translation>
    </message>
    <message>
        <source>armed violence against civilians</source>
        <translation>عنف مسلح ضد المدنيين</translation>
    </message>
    <message>
        <source>no tactic the codebook defines was recognised</source>
        <translation>لم يُتعرَّف على أي أسلوب يحدده دليل الترميز</translation>
    </message>
    <message>
        <source>no tactic recognised</source>
        <translation>لم يُتعرَّف على أي أسلوب</translation>
    </message>
    <message>
        <source>territory taken: code a territory change only if it lasted over a day</source>
        <translation>استيلاء على أرض: لا يُرمَّز تغيّر السيطرة على الأرض إلا إذا دام أكثر من يوم</translation>
    </message>
    <message>
        <source>; territory taken: code a territory change only if it lasted over a day</source>
        <translation>؛ استيلاء على أرض: لا يُرمَّز تغيّر السيطرة على الأرض إلا إذا دام أكثر من يوم</translation>
    </message>
    <message>
        <source>figures of the entry added</source>
        <translation>جُمعت أرقام المُدخل</translation>
    </message>
    <message>
        <source>the text gives one toll for {count} events told together</source>
        <translation>يعطي النص حصيلة واحدة لـ{count} من الأحداث المروية معًا</translation>
    </message>
    <message>
        <source>no death reported: 0, as the codebook says</source>
        <translation>لم يُبلَّغ عن قتلى: 0، كما ينص دليل الترميز</translation>
    </message>
    <message>
        <source>a claimed number, kept apart from the coded toll</source>
        <translation>رقم مُعلَن، يُحفظ منفصلًا عن الحصيلة المرمَّزة</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>a zip archive (a .docx, .xlsx or .odt file is one)</source>
        <translation>أرشيف zip (ملفات ‎.docx و‎.xlsx و‎.odt منها)</translation>
    </message>
    <message>
        <source>an old Word or Excel file</source>
        <translation>ملف Word أو Excel قديم</translation>
    </message>
    <message>
        <source>an RTF file</source>
        <translation>ملف RTF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>the file is empty: there is no text to read</source>
        <translation>الملف فارغ: لا يوجد نص للقراءة</translation>
    </message>
    <message>
        <source>the file holds {count:,} bytes; a report is read up to {most:,} bytes. Split it into monthly parts.</source>
        <translation>حجم الملف {count:,} بايت؛ ويُقرأ التقرير حتى {most:,} بايت. قسّمه إلى أجزاء شهرية.</translation>
    </message>
    <message>
        <source>this is {what}, not text; save it as plain text (.txt or .md) and read that</source>
        <translation>هذا {what} وليس نصًا؛ احفظه نصًا عاديًا (‎.txt أو ‎.md) واقرأ ذلك الملف</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data); give a plain-text or Markdown report</source>
        <translation>الملف ليس نصًا (يحتوي على بيانات ثنائية)؛ قدّم تقريرًا نصيًا عاديًا أو بصيغة Markdown</translation>
    </message>
    <message>
        <source>the file holds only blank space: there is no text to read</source>
        <translation>لا يحتوي الملف إلا على فراغات: لا يوجد نص للقراءة</translation>
    </message>
    <message>
        <source>  line {line}: {reason}</source>
        <translation>  السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... و{count} غيرها</translation>
    </message>
    <message>
        <source>1 bad row(s); nothing was imported (fix them, or choose to skip bad rows):
{lines}</source>
        <translation>سطر خاطئ واحد؛ لم يُستورد شيء (صحّحه، أو اختر تخطي الأسطر الخاطئة):
{lines}</translation>
    </message>
    <message>
        <source>{count} bad row(s); nothing was imported (fix them, or choose to skip bad rows):
{lines}</source>
        <translation>عدد الأسطر الخاطئة: {count}؛ لم يُستورد شيء (صحّحها، أو اختر تخطي الأسطر الخاطئة):
{lines}</translation>
    </message>
    <message>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <source>'{state}' is not a review state (use {names})</source>
        <translation>«{state}» ليست حالة مراجعة (استخدم {names})</translation>
    </message>
    <message>
        <source>ACLED import of {file}</source>
        <translation>استيراد ACLED من {file}</translation>
    </message>
    <message>
        <source>is empty and '{name}' is not in the actor registry, so its actor type is unknown</source>
        <translation>فارغ و«{name}» غير موجود في سجل الفاعلين، فنوع الفاعل مجهول</translation>
    </message>
    <message>
        <source>'{shown}' is not a known country</source>
        <translation>«{shown}» ليس بلدًا معروفًا</translation>
    </message>
    <message>
        <source>There is no actor '{ref}'.</source>
        <translation>لا يوجد فاعل «{ref}».</translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself</source>
        <translation>لا يمكن دمج فاعل في نفسه</translation>
    </message>
    <message>
        <source>merge {actor} into {target}</source>
        <translation>دمج {actor} في {target}</translation>
    </message>
    <message>
        <source>is not a field of an actor</source>
        <translation>ليس حقلًا من حقول الفاعل</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>{end} is before valid_from {start}</source>
        <translation>{end} يسبق valid_from ‏{start}</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>لا يمكن أن يكون فارغًا</translation>
    </message>
    <message>
        <source>an actor called '{name}' already exists</source>
        <translation>يوجد فاعل باسم «{name}» بالفعل</translation>
    </message>
    <message>
        <source>{value!r} is not an actor type (1-8)</source>
        <translation>{value!r} ليس نوع فاعل (من 1 إلى 8)</translation>
    </message>
    <message>
        <source>an actor cannot be its own parent</source>
        <translation>لا يمكن أن يكون الفاعل أصلًا لنفسه</translation>
    </message>
    <message>
        <source>edit {actor}, which approved incidents use</source>
        <translation>تعديل {actor}، الذي تستخدمه حوادث موافق عليها</translation>
    </message>
    <message>
        <source>edit {actor}</source>
        <translation>تعديل {actor}</translation>
    </message>
    <message>
        <source>add the actor {actor}</source>
        <translation>إضافة الفاعل {actor}</translation>
    </message>
    <message>
        <source>add the actor</source>
        <translation>إضافة الفاعل</translation>
    </message>
    <message>
        <source>The incident has no source '{id}'.</source>
        <translation>ليس للحادث مصدر «{id}».</translation>
    </message>
    <message>
        <source>The incident has no claim '{id}'.</source>
        <translation>ليس للحادث بيان تبنٍّ «{id}».</translation>
    </message>
    <message>
        <source>edit approved incident {incident}</source>
        <translation>تعديل الحادث الموافق عليه {incident}</translation>
    </message>
    <message>
        <source>change approved incident {incident} directly</source>
        <translation>تغيير الحادث الموافق عليه {incident} مباشرة</translation>
    </message>
    <message>
        <source>edit {incident}</source>
        <translation>تعديل {incident}</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>There is no gazetteer called '{places}' for a new desk; use {names} (SAHEL_DESK_GAZETTEER).</source>
        <translation>لا يوجد معجم جغرافي باسم «{places}» لمكتب جديد؛ استخدم {names} (SAHEL_DESK_GAZETTEER).</translation>
    </message>
    <message>
        <source>A user name is needed to record who changes what.</source>
        <translation>يلزم اسم مستخدم لتسجيل من يغيّر ماذا.</translation>
    </message>
    <message>
        <source>There is no profile called '{name}'.</source>
        <translation>لا يوجد ملف مستخدم باسم «{name}».</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump).</source>
        <translation>تُنشأ النسخ الاحتياطية لقاعدة بيانات PostgreSQL على الخادم (pg_dump).</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore).</source>
        <translation>تُستعاد قاعدة بيانات PostgreSQL على الخادم (pg_restore).</translation>
    </message>
    <message>
        <source>desk {desk} (user {user}), key {key}</source>
        <translation>المكتب {desk} (المستخدم {user})، المفتاح {key}</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which was revoked on this desk by {admin}. It was refused; nothing was brought in.</source>
        <translation>{source} وارد من {who}، وقد ألغى {admin} الثقة به في هذا المكتب. رُفض؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which was revoked on this desk. It was refused; nothing was brought in.</source>
        <translation>{source} وارد من {who}، وقد أُلغيت الثقة به في هذا المكتب. رُفض؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which this desk does not trust yet. Nothing was brought in. Compare the fingerprint with the one `sahel-desk desks list` shows on that desk; then an administrator trusts it with `sahel-desk desks trust {key} --as researcher` (or --as reviewer, to let its review decisions count).</source>
        <translation>{source} وارد من {who}، الذي لا يثق به هذا المكتب بعد. لم يُستورد شيء. قارن البصمة بالتي يعرضها `sahel-desk desks list` في ذلك المكتب؛ ثم يمنحه مسؤول الثقة بالأمر `sahel-desk desks trust {key} --as researcher` (أو ‎--as reviewer، لتُعتمد قرارات المراجعة الصادرة منه).</translation>
    </message>
    <message>
        <source>A desk is trusted as {names}, not '{level}'.</source>
        <translation>يُوثَق بالمكتب بصفة {names}، لا «{level}».</translation>
    </message>
    <message>
        <source>trust the desk key {key}</source>
        <translation>الوثوق بمفتاح المكتب {key}</translation>
    </message>
    <message>
        <source>revoke the desk key {key}</source>
        <translation>إلغاء الثقة بمفتاح المكتب {key}</translation>
    </message>
    <message>
        <source>'{key}' is too short to name a desk key: give its fingerprint as `desks list` shows it (at least 8 characters after SHA256:).</source>
        <translation>«{key}» أقصر من أن يدل على مفتاح مكتب: أعطِ بصمته كما يعرضها `desks list` (8 أحرف على الأقل بعد SHA256:).</translation>
    </message>
    <message>
        <source>No desk key {key} is known here: a key is known once a bundle or a sync from it was refused (see `desks list`).</source>
        <translation>لا يُعرف هنا مفتاح مكتب {key}: يصبح المفتاح معروفًا بعد رفض حزمة أو مزامنة واردة منه (انظر `desks list`).</translation>
    </message>
    <message>
        <source>{key} begins {count} desk keys' fingerprints: give more of it.</source>
        <translation>{key} بداية بصمات {count} من مفاتيح المكاتب: أعطِ جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>{source} claims to come from desk {peer} but is signed with another key than its earlier bundles. It was refused; nothing was changed.</source>
        <translation>يدّعي {source} أنه من المكتب {peer} لكنه موقَّع بمفتاح غير مفتاح حزمه السابقة. رُفض؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} is signed with the key of desk {other} but claims another desk id. It was refused; nothing was changed.</source>
        <translation>{source} موقَّع بمفتاح المكتب {other} لكنه يدّعي معرّف مكتب آخر. رُفض؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>write a bundle for {desk}</source>
        <translation>كتابة حزمة لـ{desk}</translation>
    </message>
    <message>
        <source>Could not write {dest}: {reason}.</source>
        <translation>تعذّرت كتابة {dest}: {reason}.</translation>
    </message>
    <message>
        <source>{source} is larger than a bundle may be ({value:g} GiB); it was refused. Nothing was changed.</source>
        <translation>{source} أكبر من الحجم المسموح للحزمة ({value:g} غيبيبايت)؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Could not read {source}: {reason}.</source>
        <translation>تعذّرت قراءة {source}: {reason}.</translation>
    </message>
    <message>
        <source>{source} was written by this desk; nothing to bring in.</source>
        <translation>كُتب {source} في هذا المكتب؛ لا شيء لاستيراده.</translation>
    </message>
    <message>
        <source>{source} does not say plainly which desk and user wrote it (its header is damaged). Nothing was changed.</source>
        <translation>لا يذكر {source} بوضوح أي مكتب وأي مستخدم كتبه (ترويسته تالفة). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The trust in desk {peer} changed while {source} was read; import it again.</source>
        <translation>تغيّرت الثقة بالمكتب {peer} أثناء قراءة {source}؛ استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>A conflict is resolved with local, remote or value, not '{choice}'.</source>
        <translation>يُحسم التعارض بـlocal أو remote أو value، لا «{choice}».</translation>
    </message>
    <message>
        <source>There is no conflict '{conflict_id}'.</source>
        <translation>لا يوجد تعارض «{conflict_id}».</translation>
    </message>
    <message>
        <source>This conflict was already resolved by {resolved_by}.</source>
        <translation>سبق أن حسم {resolved_by} هذا التعارض.</translation>
    </message>
    <message>
        <source>resolve an exchange conflict from another desk</source>
        <translation>حسم تعارض تبادل وارد من مكتب آخر</translation>
    </message>
    <message>
        <source>resolve a conflict on your own save</source>
        <translation>حسم تعارض في حفظ أجريته بنفسك</translation>
    </message>
    <message>
        <source>Unknown review state {states} (use {allowed}).</source>
        <translation>حالة مراجعة مجهولة {states} (استخدم {allowed}).</translation>
    </message>
    <message>
        <source>export incidents to {format}</source>
        <translation>تصدير الحوادث بصيغة {format}</translation>
    </message>
    <message>
        <source>Name at least one GeoNames file to import.</source>
        <translation>حدّد ملفًا واحدًا على الأقل من GeoNames لاستيراده.</translation>
    </message>
    <message>
        <source>import GeoNames places</source>
        <translation>استيراد أماكن GeoNames</translation>
    </message>
    <message>
        <source>import GeoNames changes to {count} place approved incidents use ({shown})</source>
        <translation>استيراد تعديلات GeoNames على {count} مكان تستخدمه حوادث موافق عليها ({shown})</translation>
    </message>
    <message>
        <source>import GeoNames changes to {count} places approved incidents use ({shown})</source>
        <translation>استيراد تعديلات GeoNames على {count} أماكن تستخدمها حوادث موافق عليها ({shown})</translation>
    </message>
    <message>
        <source>'{field}' cannot be reverted (use a field of the incident; the status changes through the review steps)</source>
        <translation>لا يمكن استرجاع قيمة سابقة لـ«{field}» (استخدم حقلًا من حقول الحادث؛ تتغير الحالة عبر خطوات المراجعة)</translation>
    </message>
    <message>
        <source>a comment cannot be empty</source>
        <translation>لا يمكن أن يكون التعليق فارغًا</translation>
    </message>
    <message>
        <source>comment on {incident}</source>
        <translation>التعليق على {incident}</translation>
    </message>
    <message>
        <source>there is no comment '{comment}' on {incident} to answer</source>
        <translation>لا يوجد تعليق «{comment}» على {incident} للرد عليه</translation>
    </message>
    <message>
        <source>There is no comment '{comment_id}'.</source>
        <translation>لا يوجد تعليق «{comment_id}».</translation>
    </message>
    <message>
        <source>resolve a comment by {user}</source>
        <translation>إغلاق تعليق كتبه {user}</translation>
    </message>
    <message>
        <source>reopen a comment by {user}</source>
        <translation>إعادة فتح تعليق كتبه {user}</translation>
    </message>
    <message>
        <source>resolve your comment</source>
        <translation>إغلاق تعليقك</translation>
    </message>
    <message>
        <source>reopen your comment</source>
        <translation>إعادة فتح تعليقك</translation>
    </message>
    <message>
        <source>There is no incident '{ref}'.</source>
        <translation>لا يوجد حادث «{ref}».</translation>
    </message>
    <message>
        <source>Unknown country '{country}' (use a code like ML).</source>
        <translation>بلد مجهول «{country}» (استخدم رمزًا مثل ML).</translation>
    </message>
    <message>
        <source>No actor is called '{actor}'.</source>
        <translation>لا يوجد فاعل باسم «{actor}».</translation>
    </message>
    <message>
        <source>Cannot sort by '{sort}' (use {names}).</source>
        <translation>يتعذّر الترتيب حسب «{sort}» (استخدم {names}).</translation>
    </message>
    <message>
        <source>'{country_code}' is not a country code</source>
        <translation>«{country_code}» ليس رمز بلد</translation>
    </message>
    <message>
        <source>is needed: no known place is near enough to tell the country</source>
        <translation>مطلوب: لا يوجد مكان معروف قريب بما يكفي لمعرفة البلد</translation>
    </message>
    <message>
        <source>add the place {place}</source>
        <translation>إضافة المكان {place}</translation>
    </message>
    <message>
        <source>edit {place}, which approved incidents use</source>
        <translation>تعديل {place}، الذي تستخدمه حوادث موافق عليها</translation>
    </message>
    <message>
        <source>edit {place}</source>
        <translation>تعديل {place}</translation>
    </message>
    <message>
        <source>There is no place '{ref}'.</source>
        <translation>لا يوجد مكان «{ref}».</translation>
    </message>
    <message>
        <source>is not a field of a place (use {names})</source>
        <translation>ليس حقلًا من حقول المكان (استخدم {names})</translation>
    </message>
    <message>
        <source>'{value}' is not a country code</source>
        <translation>«{value}» ليس رمز بلد</translation>
    </message>
    <message>
        <source>'{role}' is not a role (use {roles})</source>
        <translation>«{role}» ليس دورًا (استخدم {roles})</translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation>يلزم اسم لملف المستخدم</translation>
    </message>
    <message>
        <source>add profiles</source>
        <translation>إضافة ملفات المستخدمين</translation>
    </message>
    <message>
        <source>add the first profile of this desk</source>
        <translation>إضافة أول ملف مستخدم لهذا المكتب</translation>
    </message>
    <message>
        <source>There is already a profile called '{name}'.</source>
        <translation>يوجد بالفعل ملف مستخدم باسم «{name}».</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>تغيير الأدوار</translation>
    </message>
    <message>
        <source>{name} is the last administrator; make someone else administrator first.</source>
        <translation>{name} هو آخر مسؤول؛ اجعل شخصًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>{incident} has no history entry {entry_id}.</source>
        <translation>ليس لـ{incident} إدخال في السجل التاريخي {entry_id}.</translation>
    </message>
    <message>
        <source>this is a folder, not a report file</source>
        <translation>هذا مجلد، وليس ملف تقرير</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <source>'{reason_code}' is not a reason to reject (use {names})</source>
        <translation>«{reason_code}» ليس سببًا للرفض (استخدم {names})</translation>
    </message>
    <message>
        <source>only a duplicate names the record it duplicates</source>
        <translation>لا يذكر السجلَّ المكرَّر إلا التكرار</translation>
    </message>
    <message>
        <source>{incident} has no pending revision to discard.</source>
        <translation>ليس لـ{incident} مراجعة معلّقة لإلغائها.</translation>
    </message>
    <message>
        <source>discard another person's revision</source>
        <translation>إلغاء مراجعة شخص آخر</translation>
    </message>
    <message>
        <source>discard your revision of {incident}</source>
        <translation>إلغاء مراجعتك لـ{incident}</translation>
    </message>
    <message>
        <source>The revision of {incident}</source>
        <translation>مراجعة {incident}</translation>
    </message>
    <message>
        <source>submit {incident}</source>
        <translation>تقديم {incident}</translation>
    </message>
    <message>
        <source>start the review of {incident}</source>
        <translation>بدء مراجعة {incident}</translation>
    </message>
    <message>
        <source>request changes to {incident}</source>
        <translation>طلب تعديلات على {incident}</translation>
    </message>
    <message>
        <source>approve {incident}</source>
        <translation>الموافقة على {incident}</translation>
    </message>
    <message>
        <source>reject {incident}</source>
        <translation>رفض {incident}</translation>
    </message>
    <message>
        <source>reopen {incident}</source>
        <translation>إعادة فتح {incident}</translation>
    </message>
    <message>
        <source>a reason is needed to submit a record</source>
        <translation>يلزم سبب لتقديم سجل</translation>
    </message>
    <message>
        <source>a reason is needed to start the review of a record</source>
        <translation>يلزم سبب لبدء مراجعة سجل</translation>
    </message>
    <message>
        <source>a reason is needed to request changes to a record</source>
        <translation>يلزم سبب لطلب تعديلات على سجل</translation>
    </message>
    <message>
        <source>a reason is needed to approve a record</source>
        <translation>يلزم سبب للموافقة على سجل</translation>
    </message>
    <message>
        <source>a reason is needed to reject a record</source>
        <translation>يلزم سبب لرفض سجل</translation>
    </message>
    <message>
        <source>a reason is needed to reopen a record</source>
        <translation>يلزم سبب لإعادة فتح سجل</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then submit the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم قدّم المراجعة.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then start the review of the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم ابدأ مراجعة التعديل.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then request changes to the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم اطلب تعديلات على المراجعة.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then approve the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم وافق على المراجعة.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then reject the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم ارفض المراجعة.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then reopen the revision.</source>
        <translation>{incident} موافق عليه وليست له مراجعة معلّقة: عدّله أولًا، ثم أعد فتح المراجعة.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is draft or changes requested can be submitted.</source>
        <translation>{record} بحالة «{status}»: لا يُقدَّم إلا سجل مسودة أو مطلوب تعديله.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted can be taken into review.</source>
        <translation>{record} بحالة «{status}»: لا يؤخذ للمراجعة إلا سجل مُقدَّم.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted or in review can be sent back.</source>
        <translation>{record} بحالة «{status}»: لا يُعاد إلا سجل مُقدَّم أو قيد المراجعة.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted or in review can be approved.</source>
        <translation>{record} بحالة «{status}»: لا يُوافق إلا على سجل مُقدَّم أو قيد المراجعة.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is draft or submitted or in review or changes requested or approved can be rejected.</source>
        <translation>{record} بحالة «{status}»: لا يُرفض إلا سجل مسودة أو مُقدَّم أو قيد المراجعة أو مطلوب تعديله أو موافق عليه.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is rejected can be reopened.</source>
        <translation>{record} بحالة «{status}»: لا يُعاد فتح إلا سجل مرفوض.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>مطلوب تعديله</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>a record cannot duplicate itself</source>
        <translation>لا يمكن أن يكون السجل تكرارًا لنفسه</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up.</source>
        <translation>لا توجد قاعدة بيانات في {source} لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>لا يجوز أن يكون ملف النسخة الاحتياطية هو قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>No backup was made (a damaged copy could be taken for a good one); `db backup --force` copies it anyway, named as damaged.</source>
        <translation>لم تُنشأ أي نسخة احتياطية (قد تُحسب نسخة تالفة سليمة)؛ الأمر `db backup --force` ينسخها رغم ذلك باسم يدل على أنها تالفة.</translation>
    </message>
    <message>
        <source>Not enough free space in {parent} for a backup of {source}.</source>
        <translation>لا توجد مساحة فارغة كافية في {parent} لنسخة احتياطية من {source}.</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; no backup was made.</source>
        <translation>القرص الذي يحوي {dest} ممتلئ؛ لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Backup of {source} to {dest} failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي لـ{source} إلى {dest}: {reason}</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>لم تُنشأ أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; {done}.</source>
        <translation>القرص الذي يحوي {dest} ممتلئ؛ {done}.</translation>
    </message>
    <message>
        <source>Writing {dest} failed ({reason}); {done}.</source>
        <translation>فشلت كتابة {dest} ({reason})؛ {done}.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>لا يوجد ملف نسخة احتياطية في {backup}.</translation>
    </message>
    <message>
        <source>The backup to restore is the desk file itself.</source>
        <translation>النسخة الاحتياطية المراد استعادتها هي ملف المكتب نفسه.</translation>
    </message>
    <message>
        <source>{dest} is a folder: move it away first, then restore.</source>
        <translation>{dest} مجلد: انقله أولًا، ثم استعد.</translation>
    </message>
    <message>
        <source>It was not restored; choose another copy.</source>
        <translation>لم تُستعد؛ اختر نسخة أخرى.</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>لم يُستعد شيء</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; nothing was restored.</source>
        <translation>القرص الذي يحوي {dest} ممتلئ؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>Restoring {backup} to {dest} failed ({reason}); nothing was changed.</source>
        <translation>فشلت استعادة {backup} إلى {dest} ({reason})؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold a desk; give a file.</source>
        <translation>لا يمكن لقاعدة بيانات SQLite في الذاكرة أن تحوي مكتبًا؛ أعطِ ملفًا.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>لم يُكتب فيه شيء.</translation>
    </message>
    <message>
        <source>{label} is open read-only; nothing can be saved.</source>
        <translation>{label} مفتوح للقراءة فقط؛ لا يمكن حفظ شيء.</translation>
    </message>
    <message>
        <source>The disk is full: the folder {folder} cannot be made; nothing was changed.</source>
        <translation>القرص ممتلئ: يتعذّر إنشاء المجلد {folder}؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}.</source>
        <translation>يتعذّر إنشاء المجلد {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Opening {url} needs the PostgreSQL driver ({module}): pip install 'sahel-desk[postgres]'.</source>
        <translation>يتطلب فتح {url} مشغّل PostgreSQL ‏({module}): pip install 'sahel-desk[postgres]'.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and retry.</source>
        <translation>القرص الذي يحوي {where} ممتلئ؛ لم يُحفظ شيء. أفرغ بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>{where} is locked by another program that is writing; nothing was saved. Retry in a moment.</source>
        <translation>{where} مقفل من برنامج آخر يكتب فيه؛ لم يُحفظ شيء. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The desk file {where} is damaged: {problem}. Nothing was written to it.</source>
        <translation>ملف المكتب {where} تالف: {problem}. لم يُكتب فيه شيء.</translation>
    </message>
    <message>
        <source>{where} is read-only here; nothing was saved.</source>
        <translation>{where} للقراءة فقط هنا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing {where}; nothing was saved.</source>
        <translation>أبلغ القرص عن خطأ أثناء كتابة {where}؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{where} cannot be opened (missing folder or no permission).</source>
        <translation>يتعذّر فتح {where} (مجلد مفقود أو لا إذن).</translation>
    </message>
    <message>
        <source>A value does not fit in {where} ({error}); nothing was saved.</source>
        <translation>قيمة لا تتسع في {where} ({error})؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{where}: {error}. Create it on the server first (createdb), then open it again.</source>
        <translation>{where}: {error}. أنشئها على الخادم أولًا (createdb)، ثم افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the login to {where}: {error}.</source>
        <translation>رفض الخادم تسجيل الدخول إلى {where}: {error}.</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {error}.</source>
        <translation>يتعذّر الاتصال بـ{where}: {error}.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in {where}: {error}</source>
        <translation>يتعارض التغيير مع بيانات موجودة بالفعل في {where}: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>تتعذّر قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <source>Only indexes are damaged; they can be rebuilt from the tables (with no Sahel Desk open): `sqlite3 "{db_path}" "REINDEX;"`, then `sahel-desk {where} db check`.</source>
        <translation>الفهارس وحدها تالفة؛ يمكن إعادة بنائها من الجداول (دون أن يكون Sahel Desk مفتوحًا): `sqlite3 "{db_path}" "REINDEX;"`، ثم `sahel-desk {where} db check`.</translation>
    </message>
    <message>
        <source>{listed} and {more} older</source>
        <translation>{listed} و{more} من النسخ الأقدم</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>نسخة واحدة</translation>
    </message>
    <message>
        <source>{count} copies</source>
        <translation>{count} من النسخ</translation>
    </message>
    <message>
        <source>To recover, put a good copy back: the backups folder {folder} holds {copies}: {listed}. `sahel-desk {where} db restore "{newest}"` restores the newest (the damaged file is kept beside it), then `sahel-desk {where} db check` checks the result.</source>
        <translation>للاسترداد، أعد نسخة سليمة: يحوي مجلد النسخ الاحتياطية {folder} ‏{copies}: {listed}. الأمر `sahel-desk {where} db restore "{newest}"` يستعيد أحدثها (ويُحفظ الملف التالف بجانبه)، ثم يتحقق `sahel-desk {where} db check` من النتيجة.</translation>
    </message>
    <message>
        <source>There is no backup of it in {folder}, and nothing in this file can be read back. A copy from elsewhere (another computer, an older backup) can be put in its place with `sahel-desk {where} db restore "COPY.sqlite"`.</source>
        <translation>لا توجد نسخة احتياطية منه في {folder}، ولا يمكن قراءة شيء من هذا الملف. يمكن وضع نسخة من مكان آخر (حاسوب آخر، نسخة احتياطية أقدم) مكانه بالأمر `sahel-desk {where} db restore "COPY.sqlite"`.</translation>
    </message>
    <message>
        <source>There is no backup of it in {folder}. SQLite's own tool can often save what is still readable: `sqlite3 "{db_path}" .recover | sqlite3 "{rescued}"`, then `sahel-desk --db "{rescued}" db check`. Keep the damaged file until then.</source>
        <translation>لا توجد نسخة احتياطية منه في {folder}. كثيرًا ما تنقذ أداة SQLite نفسها ما بقي مقروءًا: `sqlite3 "{db_path}" .recover | sqlite3 "{rescued}"`، ثم `sahel-desk --db "{rescued}" db check`. احتفظ بالملف التالف حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>The desk file {db_path} is damaged: {problems}. {done} {advice}</source>
        <translation>ملف المكتب {db_path} تالف: {problems}. {done} {advice}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Sahel Desk database. {done} If your desk file should be there, move the folder away first. {advice}</source>
        <translation>{path} مجلد، وليس قاعدة بيانات Sahel Desk. {done} إن كان ملف مكتبك يجب أن يكون هناك، فانقل المجلد أولًا. {advice}</translation>
    </message>
    <message>
        <source>{path} is not a Sahel Desk database (it is not a SQLite file). Nothing was changed.</source>
        <translation>{path} ليس قاعدة بيانات Sahel Desk (ليس ملف SQLite). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{error} To start a new desk there instead, delete the empty file first.</source>
        <translation>{error} لبدء مكتب جديد هناك بدلًا من ذلك، احذف الملف الفارغ أولًا.</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>يتعذّر إنشاء ملف القفل {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another Sahel Desk ({holder}). Close it there first, or open this one read-only.</source>
        <translation>قاعدة البيانات {db_path} مستخدمة في نسخة أخرى من Sahel Desk ‏({holder}). أغلقها هناك أولًا، أو افتح هذه للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot write the lock file {path}: {reason}.</source>
        <translation>تتعذّر كتابة ملف القفل {path}: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding {db_path} is full: Sahel Desk cannot even write its lock file {file} there. Free some space, then open the desk again; nothing was changed.</source>
        <translation>القرص الذي يحوي {db_path} ممتلئ: لا يستطيع Sahel Desk حتى كتابة ملف القفل {file} فيه. أفرغ بعض المساحة، ثم افتح المكتب مرة أخرى؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{label} is a database, but not a Sahel Desk one (tables: {names}). Nothing was changed.</source>
        <translation>{label} قاعدة بيانات، لكنها ليست من Sahel Desk (الجداول: {names}). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{label} was written by a newer version of Sahel Desk (schema {current}). Install the newer version to open it; nothing was changed.</source>
        <translation>كُتب {label} بإصدار أحدث من Sahel Desk (المخطط {current}). ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{label} needs setting up before it can be read; open it once for writing.</source>
        <translation>يحتاج {label} إلى تهيئة قبل قراءته؛ افتحه مرة واحدة للكتابة.</translation>
    </message>
    <message>
        <source>{label} needs an upgrade before it can be read; open it once for writing.</source>
        <translation>يحتاج {label} إلى ترقية قبل قراءته؛ افتحه مرة واحدة للكتابة.</translation>
    </message>
    <message>
        <source>'{user}' {problem}</source>
        <translation>«{user}» {problem}</translation>
    </message>
    <message>
        <source>{incident} is one incident: name two to mark them as not the same event.</source>
        <translation>{incident} حادث واحد: سمِّ حادثين لتعليمهما بأنهما ليسا الحدث نفسه.</translation>
    </message>
    <message>
        <source>mark {a} and {b} as not the same event</source>
        <translation>تعليم {a} و{b} بأنهما ليسا الحدث نفسه</translation>
    </message>
    <message>
        <source>create an incident</source>
        <translation>إنشاء حادث</translation>
    </message>
    <message>
        <source>{incident} is not linked to a gazetteer place.</source>
        <translation>{incident} غير مرتبط بمكان من المعجم الجغرافي.</translation>
    </message>
    <message>
        <source>keep the location of {incident}</source>
        <translation>الإبقاء على موقع {incident}</translation>
    </message>
    <message>
        <source>delete approved incident {incident}</source>
        <translation>حذف الحادث الموافق عليه {incident}</translation>
    </message>
    <message>
        <source>delete {incident}, which {user} created</source>
        <translation>حذف {incident}، الذي أنشأه {user}</translation>
    </message>
    <message>
        <source>delete {incident}</source>
        <translation>حذف {incident}</translation>
    </message>
    <message>
        <source>{incident} is one incident: name the one to keep and the one to merge into it.</source>
        <translation>{incident} حادث واحد: سمِّ الحادث الذي يُحتفظ به والحادث الذي يُدمج فيه.</translation>
    </message>
    <message>
        <source>{incident} is rejected: reopen it to merge it.</source>
        <translation>{incident} مرفوض: أعد فتحه لدمجه.</translation>
    </message>
    <message>
        <source>merge {other} into {keep}</source>
        <translation>دمج {other} في {keep}</translation>
    </message>
    <message>
        <source>{incident} has a pending revision: approve or discard it before merging.</source>
        <translation>لـ{incident} مراجعة معلّقة: وافق عليها أو تخلَّ عنها قبل الدمج.</translation>
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
        <source>changes_requested</source>
        <translation>مطلوب تعديله</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; only administrators may.</source>
        <translation>{user} {role}، ولا يحق له {doing}؛ هذا للمسؤولين وحدهم.</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; reviewers and administrators may. This desk has no profiles yet: add one with the reviewer or administrator role.</source>
        <translation>{user} {role}، ولا يحق له {doing}؛ هذا للمراجِعين والمسؤولين. لا توجد بعد ملفات مستخدمين في هذا المكتب: أضف ملفًا بدور مراجِع أو مسؤول.</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; reviewers and administrators may.</source>
        <translation>{user} {role}، ولا يحق له {doing}؛ هذا للمراجِعين والمسؤولين.</translation>
    </message>
    <message>
        <source>save a new record as {new} (use the review steps)</source>
        <translation>حفظ سجل جديد بحالة «{new}» (استخدم خطوات المراجعة)</translation>
    </message>
    <message>
        <source>save a record from {old} as {new} (use the review steps)</source>
        <translation>حفظ سجل من حالة «{old}» إلى حالة «{new}» (استخدم خطوات المراجعة)</translation>
    </message>
    <message>
        <source>a revision of an approved incident cannot be saved as '{wanted}' (use {names}; approve through the review)</source>
        <translation>لا يمكن حفظ مراجعة حادث موافق عليه بحالة «{wanted}» (استخدم {names}؛ والموافقة تمر عبر المراجعة)</translation>
    </message>
    <message>
        <source>'{ref}' could mean {names}</source>
        <translation>«{ref}» قد يعني {names}</translation>
    </message>
    <message>
        <source>no actor is called '{ref}'</source>
        <translation>لا يوجد فاعل اسمه «{ref}»</translation>
    </message>
    <message>
        <source>no place has the id '{ref}'</source>
        <translation>لا يوجد مكان معرّفه «{ref}»</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>nothing is written</source>
        <translation>لم يُكتب شيء</translation>
    </message>
    <message>
        <source>{length:,} characters are too many for a date</source>
        <translation>{length:,} حرفًا أكثر مما يحتمله تاريخ</translation>
    </message>
    <message>
        <source>"{word}" is not a date (write it like 07/05/2017 or 7 May 2017)</source>
        <translation>«{word}» ليس تاريخًا (اكتبه مثل 07/05/2017 أو 7 مايو 2017)</translation>
    </message>
    <message>
        <source>"{word}" has no place in a date</source>
        <translation>«{word}» لا مكان له في التاريخ</translation>
    </message>
    <message>
        <source>"{word}" is not a month</source>
        <translation>«{word}» ليس اسم شهر</translation>
    </message>
    <message>
        <source>"{word}": separate the day, the month and the year (07/05/2017 or 2017-05-07)</source>
        <translation>«{word}»: افصل بين اليوم والشهر والسنة (07/05/2017 أو 2017-05-07)</translation>
    </message>
    <message>
        <source>day {day} does not exist</source>
        <translation>لا يوجد يوم {day}</translation>
    </message>
    <message>
        <source>month {month} does not exist (the day comes first: {example})</source>
        <translation>لا يوجد شهر {month} (يُكتب اليوم أولًا: {example})</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>لا يوجد شهر {month}</translation>
    </message>
    <message>
        <source>the year "{year}" needs four digits</source>
        <translation>السنة «{year}» تُكتب بأربعة أرقام</translation>
    </message>
    <message>
        <source>year {year} does not exist</source>
        <translation>لا توجد سنة {year}</translation>
    </message>
    <message>
        <source>{day} {month} does not exist</source>
        <translation>لا يوجد يوم {day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} does not exist ({month} has {count} days)</source>
        <translation>لا يوجد يوم {day} {month} (عدد أيام {month} {count} يومًا)</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist ({year} is not a leap year)</source>
        <translation>لا يوجد يوم {day} {month} {year} (سنة {year} ليست كبيسة)</translation>
    </message>
    <message>
        <source>{day} {month} {year} is a {weekday}, not a {written}</source>
        <translation>يوافق {day} {month} {year} يوم {weekday}، لا يوم {written}</translation>
    </message>
    <message>
        <source>a Hijri date (هـ): write the Gregorian date</source>
        <translation>تاريخ هجري (هـ): اكتب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>السنة ناقصة</translation>
    </message>
    <message>
        <source>the day is missing</source>
        <translation>اليوم ناقص</translation>
    </message>
    <message>
        <source>the month is missing</source>
        <translation>الشهر ناقص</translation>
    </message>
    <message>
        <source>the month and the year are missing</source>
        <translation>الشهر والسنة ناقصان</translation>
    </message>
    <message>
        <source>the day and the month are missing</source>
        <translation>اليوم والشهر ناقصان</translation>
    </message>
    <message>
        <source>the day and the year are missing</source>
        <translation>اليوم والسنة ناقصان</translation>
    </message>
    <message>
        <source>'{start}…' ({length:,} characters)</source>
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
    <message>
        <source>create an incident as a draft or submitted</source>
        <translation>إنشاء حادث مسودةً أو مُقدَّمًا</translation>
    </message>
    <message>
        <source>create an incident in a reviewed state (in review, approved, rejected)</source>
        <translation>إنشاء حادث في حالة مراجعة (قيد المراجعة، موافق عليه، مرفوض)</translation>
    </message>
    <message>
        <source>edit an incident that is not approved</source>
        <translation>تعديل حادث غير موافق عليه</translation>
    </message>
    <message>
        <source>edit an approved incident (the edit waits as a pending revision)</source>
        <translation>تعديل حادث موافق عليه (ينتظر التعديل بوصفه مراجعة معلّقة)</translation>
    </message>
    <message>
        <source>change an approved incident directly, without a revision</source>
        <translation>تغيير حادث موافق عليه مباشرة، دون مراجعة</translation>
    </message>
    <message>
        <source>delete an incident you created that is not approved</source>
        <translation>حذف حادث أنشأته وغير موافق عليه</translation>
    </message>
    <message>
        <source>delete another person's incident that is not approved</source>
        <translation>حذف حادث غير موافق عليه أنشأه شخص آخر</translation>
    </message>
    <message>
        <source>delete an approved incident</source>
        <translation>حذف حادث موافق عليه</translation>
    </message>
    <message>
        <source>submit a record for review</source>
        <translation>تقديم سجل للمراجعة</translation>
    </message>
    <message>
        <source>start a review, request changes, approve, reject, reopen, discard another person's revision</source>
        <translation>بدء مراجعة، أو طلب تعديلات، أو الموافقة، أو الرفض، أو إعادة الفتح، أو إلغاء مراجعة شخص آخر</translation>
    </message>
    <message>
        <source>discard your own pending revision of an approved incident</source>
        <translation>إلغاء مراجعتك المعلّقة لحادث موافق عليه</translation>
    </message>
    <message>
        <source>comment on an incident</source>
        <translation>التعليق على حادث</translation>
    </message>
    <message>
        <source>resolve or reopen a comment thread you started</source>
        <translation>إغلاق سلسلة تعليقات بدأتها أو إعادة فتحها</translation>
    </message>
    <message>
        <source>resolve or reopen another person's comment thread</source>
        <translation>إغلاق سلسلة تعليقات شخص آخر أو إعادة فتحها</translation>
    </message>
    <message>
        <source>add an actor</source>
        <translation>إضافة فاعل</translation>
    </message>
    <message>
        <source>rename or edit an actor that no approved incident uses</source>
        <translation>إعادة تسمية فاعل لا يستخدمه أي حادث موافق عليه أو تعديله</translation>
    </message>
    <message>
        <source>rename or edit an actor that approved incidents use</source>
        <translation>إعادة تسمية فاعل تستخدمه حوادث موافق عليها أو تعديله</translation>
    </message>
    <message>
        <source>merge two actors (repoints every incident, approved ones too)</source>
        <translation>دمج فاعلَين (يعيد ربط كل الحوادث، بما فيها الموافق عليها)</translation>
    </message>
    <message>
        <source>add a place to the gazetteer</source>
        <translation>إضافة مكان إلى المعجم الجغرافي</translation>
    </message>
    <message>
        <source>edit a place that no approved incident uses</source>
        <translation>تعديل مكان لا يستخدمه أي حادث موافق عليه</translation>
    </message>
    <message>
        <source>edit a place that approved incidents use</source>
        <translation>تعديل مكان تستخدمه حوادث موافق عليها</translation>
    </message>
    <message>
        <source>import GeoNames places that no approved incident uses</source>
        <translation>استيراد أماكن GeoNames لا يستخدمها أي حادث موافق عليه</translation>
    </message>
    <message>
        <source>import GeoNames changes to places approved incidents use</source>
        <translation>استيراد تعديلات GeoNames على أماكن تستخدمها حوادث موافق عليها</translation>
    </message>
    <message>
        <source>import ACLED events as drafts or submitted records</source>
        <translation>استيراد أحداث ACLED مسوداتٍ أو سجلاتٍ مُقدَّمة</translation>
    </message>
    <message>
        <source>import ACLED events in a reviewed state (in review, approved, rejected), or update approved ones</source>
        <translation>استيراد أحداث ACLED في حالة مراجعة (قيد المراجعة، موافق عليه، مرفوض)، أو تحديث الموافق عليها</translation>
    </message>
    <message>
        <source>import a bundle that changes no approved incident</source>
        <translation>استيراد حزمة لا تغيّر أي حادث موافق عليه</translation>
    </message>
    <message>
        <source>import a bundle that adds or changes approved incidents</source>
        <translation>استيراد حزمة تضيف حوادث موافق عليها أو تغيّرها</translation>
    </message>
    <message>
        <source>resolve an exchange conflict on your own stale save</source>
        <translation>حسم تعارض تبادل في حفظ قديم أجريته بنفسك</translation>
    </message>
    <message>
        <source>resolve another desk's exchange conflict</source>
        <translation>حسم تعارض تبادل لمكتب آخر</translation>
    </message>
    <message>
        <source>fill the desk with demo incidents (approved ones among them)</source>
        <translation>ملء المكتب بحوادث تجريبية (بعضها موافق عليه)</translation>
    </message>
    <message>
        <source>add the first profile of a desk</source>
        <translation>إضافة أول ملف مستخدم لمكتب</translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation>إضافة ملف مستخدم</translation>
    </message>
    <message>
        <source>change someone's role</source>
        <translation>تغيير دور شخص ما</translation>
    </message>
    <message>
        <source>mark two incidents as not the same event (no longer proposed as duplicates)</source>
        <translation>وسم حادثين بأنهما ليسا الحدث نفسه (فلا يُقترحان بعد ذلك كتكرار)</translation>
    </message>
    <message>
        <source>merge two records of one event, neither approved (the other is rejected as a duplicate)</source>
        <translation>دمج سجلين لحدث واحد لم يُوافَق على أي منهما (ويُرفض الآخر بوصفه مكررًا)</translation>
    </message>
    <message>
        <source>merge two records of one event when either is approved</source>
        <translation>دمج سجلين لحدث واحد إذا كان أحدهما موافقًا عليه</translation>
    </message>
    <message>
        <source>export to Excel or CSV, back up the database</source>
        <translation>التصدير إلى Excel أو CSV، ونسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>trust another desk's key (as a researcher's or a reviewer's desk) or revoke it</source>
        <translation>الوثوق بمفتاح مكتب آخر (بوصفه مكتب باحث أو مراجِع) أو إلغاء الثقة به</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
</context>
</TS>