<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CodebookPage</name>
    <message>
        <source>The types are ranked: when tactics co-occur in one event, the higher-listed type wins.</source>
        <translation>الأنواع مرتبة: إذا اجتمعت عدة أساليب في حدث واحد، يُعتمد النوع الأعلى في القائمة.</translation>
    </message>
    <message>
        <source>A territory change must last more than a day; otherwise it is an armed clash.</source>
        <translation>يجب أن تدوم السيطرة على الأرض أكثر من يوم، وإلا فهي اشتباك مسلح.</translation>
    </message>
    <message>
        <source>A suicide car bomb (VBIED) is a suicide bomb.</source>
        <translation>السيارة المفخخة التي يقودها انتحاري هي تفجير انتحاري.</translation>
    </message>
    <message>
        <source>An “arrest” by a non-state group is an abduction or forced disappearance.</source>
        <translation>«الاعتقال» من قِبل جماعة غير حكومية هو اختطاف أو إخفاء قسري.</translation>
    </message>
    <message>
        <source>An IED found and defused is disrupted weapons use.</source>
        <translation>العبوة الناسفة التي عُثر عليها وفُككت تُصنَّف إحباطًا لاستخدام السلاح.</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>نوع الاضطراب</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Sub-event types</source>
        <translation>الأنواع الفرعية للحدث</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>قواعد</translation>
    </message>
    <message>
        <source>There is no “terrorist” actor type.</source>
        <translation>لا يوجد نوع فاعل باسم «إرهابي».</translation>
    </message>
    <message>
        <source>A group that belongs to another goes in the associated actor: actor 1 Katiba Macina, associated actor JNIM.</source>
        <translation>الجماعة التابعة لأخرى تُرمَّز فاعلًا مرتبطًا: الفاعل 1 كتيبة ماسينا، والفاعل المرتبط جماعة نصرة الإسلام والمسلمين.</translation>
    </message>
    <message>
        <source>When the attribution is uncertain, code the combined actor the sources give.</source>
        <translation>إذا لم تكن نسبة الفعل مؤكدة، يُرمَّز الفاعل المركّب الذي تذكره المصادر.</translation>
    </message>
    <message>
        <source>State forces carry the regime period in their name, e.g. Military Forces of Mali (2020-2021).</source>
        <translation>تحمل القوات الحكومية فترة النظام في اسمها، مثل Military Forces of Mali (2020-2021).</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>أنواع الفاعلين</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>نوع الفاعل</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Less precise than a month is not coded. A date range is kept as a range; the export writes one event per day and splits the totals evenly, the odd remainder going to the first day.</source>
        <translation>لا يُرمَّز تاريخ أقل دقة من الشهر. تبقى الفترة الزمنية فترة؛ ويكتب التصدير حدثًا لكل يوم ويقسم المجاميع بالتساوي، ويذهب الباقي إلى اليوم الأول.</translation>
    </message>
    <message>
        <source>Precision codes</source>
        <translation>رموز الدقة</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>الدقة الزمنية</translation>
    </message>
    <message>
        <source>Geographic precision</source>
        <translation>الدقة الجغرافية</translation>
    </message>
    <message>
        <source>Code the lowest, most conservative reported figure; revise it later, and say in the notes that the figure is disputed.</source>
        <translation>يُرمَّز أدنى رقم مُبلَّغ عنه وأكثره تحفظًا، ثم يُراجَع لاحقًا، ويُذكر في الملاحظات أن الحصيلة موضع خلاف.</translation>
    </message>
    <message>
        <source>Vague words: “several”, “many”, “few”: 3 or 10 depending on scale; “dozens”: 12; “hundreds”: 100; only “casualties”: 0. No information: 0.</source>
        <translation>العبارات المبهمة: «عدة» و«كثير» و«قليل»: 3 أو 10 حسب الحجم؛ «عشرات»: 12؛ «مئات»: 100؛ «إصابات» فقط: 0. لا معلومات: 0.</translation>
    </message>
    <message>
        <source>Each source keeps the number it reported, and each claim the number the claimant asserted: a claim never sets the coded fatalities.</source>
        <translation>يحتفظ كل مصدر بالرقم الذي أورده، وكل بيان تبنٍّ بالرقم الذي أعلنه صاحبه: بيان التبني لا يحدد أبدًا عدد الضحايا المرمَّز.</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>A claim is a statement by an armed group taking responsibility. Keep the claimant, the channel, the original text (often Arabic), a translation, the date as written (often Hijri) and its Gregorian date, the numbers it asserts, and whether another group claims the same event.</source>
        <translation>بيان التبني إعلان من جماعة مسلحة تتبنى فيه العملية. يُحفظ صاحب البيان، والقناة، والنص الأصلي (غالبًا بالعربية)، وترجمة له، والتاريخ كما كُتب (غالبًا هجريًا) وما يقابله ميلاديًا، والأرقام المعلنة، وهل تتبنى جماعة أخرى الحدث نفسه.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>بيانات التبني</translation>
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
        <source>Optional detail</source>
        <translation>تفاصيل اختيارية</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>Coding scheme</source>
        <translation>نظام الترميز</translation>
    </message>
</context>
<context>
    <name>CodebookWindow</name>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <extracomment>where the choice "show the welcome at every start" is kept; absent at the first start</extracomment>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>&amp;دليل الترميز</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Incident form</source>
        <translation>استمارة الحادث</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>الانتقال إلى حقل</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + الحرف المسطَّر</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>الحقل التالي أو السابق</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Open a list of choices</source>
        <translation>فتح قائمة الخيارات</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+سهم لأسفل</translation>
    </message>
    <message>
        <source>Open a date's calendar</source>
        <translation>فتح تقويم حقل التاريخ</translation>
    </message>
    <message>
        <source>Alt+Down or F4</source>
        <translation>Alt+سهم لأسفل أو F4</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Getting started with Sahel Desk</source>
        <extracomment>a way to begin: the button's text and what it does</extracomment>
        <translation>البدء مع Sahel Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Sahel Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في Sahel Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sahel Desk keeps a dataset of conflict incidents in Mali and the Sahel, coded to the ACLED codebook: attacks, ambushes, IEDs, abductions, clashes, arrests. Each incident keeps its sources and any claim, and a reviewer approves it before it is published or exported.</source>
        <translation>يحفظ Sahel Desk قاعدة بيانات لحوادث النزاع في مالي والساحل، مرمَّزة وفق دليل ACLED: هجمات، كمائن، عبوات ناسفة، اختطافات، اشتباكات، اعتقالات. يحتفظ كل حادث بمصادره وبأي بيان تبنٍّ، ويوافق عليه مراجِع قبل نشره أو تصديره.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Places.&lt;/b&gt; The desk knows the places of Mali, Burkina Faso and Niger. Import a GeoNames file for other countries or newer names.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Existing data.&lt;/b&gt; Bring in an ACLED export to start from what is already coded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Code.&lt;/b&gt; Start a new incident (Ctrl+N), or read a report and accept the incidents it finds. Save as you go; submit for review when done.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review and share.&lt;/b&gt; A reviewer approves or returns each incident; File &amp;gt; Send changes carries your work to the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;الأماكن.&lt;/b&gt; يعرف البرنامج أماكن مالي وبوركينا فاسو والنيجر. استورد ملف GeoNames لبلدان أخرى أو لأسماء أحدث.&lt;/li&gt;&lt;li&gt;&lt;b&gt;البيانات الموجودة.&lt;/b&gt; استورد ملف تصدير من ACLED للبدء مما رُمِّز من قبل.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الترميز.&lt;/b&gt; أنشئ حادثًا جديدًا (Ctrl+N)، أو اقرأ تقريرًا واقبل الحوادث التي يجدها. احفظ أولًا بأول، وأرسل للمراجعة عند الانتهاء.&lt;/li&gt;&lt;li&gt;&lt;b&gt;المراجعة والمشاركة.&lt;/b&gt; يوافق المراجِع على كل حادث أو يعيده؛ وإرسال التغييرات من قائمة «ملف» ينقل عملك إلى الفريق.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Show this at every start</source>
        <translation>إ&amp;ظهار هذه النافذة عند كل تشغيل</translation>
    </message>
</context>
</TS>