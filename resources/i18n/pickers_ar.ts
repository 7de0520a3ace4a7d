<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActorPicker</name>
    <message>
        <source>since {date}</source>
        <translation>منذ {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>type {code}</source>
        <translation>النوع {code}</translation>
    </message>
    <message>
        <source>part of {group}</source>
        <translation>جزء من {group}</translation>
    </message>
    <message>
        <source>matched “{name}”</source>
        <translation>مطابقة «{name}»</translation>
    </message>
    <message>
        <source>Type a name, acronym or alias…</source>
        <translation>اكتب اسمًا أو اختصارًا أو اسمًا بديلًا…</translation>
    </message>
    <message>
        <source>Create actor “{name}”…</source>
        <translation>إنشاء الفاعل «{name}»…</translation>
    </message>
    <message>
        <source>Not in the list: add it to the actor registry</source>
        <translation>غير موجود في القائمة: أضِفه إلى سجل الفاعلين</translation>
    </message>
</context>
<context>
    <name>AssociatedActorsEditor</name>
    <message>
        <source>Add an associated actor…</source>
        <translation>إضافة فاعل مرتبط…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Mali</source>
        <extracomment>Country names of the starter gazetteer and the search filter, shown translated.</extracomment>
        <translation>مالي</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>بوركينا فاسو</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>النيجر</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>السنغال</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>غينيا</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>كوت ديفوار</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: حقل إلزامي.</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
</context>
<context>
    <name>NewActorDialog</name>
    <message>
        <source>New actor</source>
        <translation>فاعل جديد</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>اختر نوعًا…</translation>
    </message>
    <message>
        <source>Optional: the group it belongs to</source>
        <translation>اختياري: الجماعة التي ينتمي إليها</translation>
    </message>
    <message>
        <source>Other names, one per line (acronyms, French, Arabic…)</source>
        <translation>أسماء أخرى، اسم في كل سطر (اختصارات، بالفرنسية، بالعربية…)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Actor &amp;type</source>
        <translation>نوع الفاعل</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>نوع الفاعل</translation>
    </message>
    <message>
        <source>&amp;Parent group</source>
        <translation>الجماعة الأم</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>الجماعة الأم</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>NewPlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Other spellings, one per line (French, Arabic…)</source>
        <translation>كتابات أخرى للاسم، واحدة في كل سطر (بالفرنسية، بالعربية…)</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive, e.g. 14.4843</source>
        <translation>درجات عشرية، موجبة شمالًا، مثلًا 14.4843</translation>
    </message>
    <message>
        <source>Decimal degrees, west negative, e.g. -4.1830</source>
        <translation>درجات عشرية، سالبة غربًا، مثلًا ‎-4.1830</translation>
    </message>
    <message>
        <source>Work it out from the coordinates</source>
        <translation>استنتاجه من الإحداثيات</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>كتابات أخرى</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>كتابات أخرى</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>إضافة المكان</translation>
    </message>
</context>
<context>
    <name>PlaceKinds</name>
    <message>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>regional capital</source>
        <translation>عاصمة منطقة</translation>
    </message>
    <message>
        <source>district capital</source>
        <translation>عاصمة دائرة</translation>
    </message>
    <message>
        <source>local capital</source>
        <translation>مركز محلي</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>عاصمة</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>farm village</source>
        <translation>قرية زراعية</translation>
    </message>
    <message>
        <source>part of a town</source>
        <translation>حيّ</translation>
    </message>
    <message>
        <source>abandoned place</source>
        <translation>مكان مهجور</translation>
    </message>
    <message>
        <source>destroyed place</source>
        <translation>مكان مدمَّر</translation>
    </message>
    <message>
        <source>places</source>
        <translation>أماكن مأهولة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>district</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <source>subdivision</source>
        <translation>تقسيم فرعي</translation>
    </message>
    <message>
        <source>well</source>
        <translation>بئر</translation>
    </message>
    <message>
        <source>wells</source>
        <translation>آبار</translation>
    </message>
    <message>
        <source>abandoned well</source>
        <translation>بئر مهجورة</translation>
    </message>
    <message>
        <source>waterhole</source>
        <translation>نقطة ماء</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>عين ماء</translation>
    </message>
    <message>
        <source>oasis</source>
        <translation>واحة</translation>
    </message>
    <message>
        <source>wadi</source>
        <translation>وادٍ</translation>
    </message>
    <message>
        <source>wadi bend</source>
        <translation>منعطف وادٍ</translation>
    </message>
    <message>
        <source>wadis</source>
        <translation>أودية</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>مجرى مائي</translation>
    </message>
    <message>
        <source>lake</source>
        <translation>بحيرة</translation>
    </message>
    <message>
        <source>seasonal lake</source>
        <translation>بحيرة موسمية</translation>
    </message>
    <message>
        <source>pond</source>
        <translation>بركة</translation>
    </message>
    <message>
        <source>marsh</source>
        <translation>مستنقع</translation>
    </message>
    <message>
        <source>swamp</source>
        <translation>سبخة</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>خزان مياه</translation>
    </message>
    <message>
        <source>area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>salt area</source>
        <translation>منطقة ملحية</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>محمية</translation>
    </message>
    <message>
        <source>forest reserve</source>
        <translation>محمية غابية</translation>
    </message>
    <message>
        <source>wildlife reserve</source>
        <translation>محمية حيوانات برية</translation>
    </message>
    <message>
        <source>park</source>
        <translation>منتزه</translation>
    </message>
    <message>
        <source>road</source>
        <translation>طريق</translation>
    </message>
    <message>
        <source>camp</source>
        <translation>مخيم</translation>
    </message>
    <message>
        <source>refugee camp</source>
        <translation>مخيم لاجئين</translation>
    </message>
    <message>
        <source>mining camp</source>
        <translation>مخيم تعدين</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>مطار</translation>
    </message>
    <message>
        <source>airfield</source>
        <translation>مهبط طائرات</translation>
    </message>
    <message>
        <source>abandoned airfield</source>
        <translation>مهبط طائرات مهجور</translation>
    </message>
    <message>
        <source>air base</source>
        <translation>قاعدة جوية</translation>
    </message>
    <message>
        <source>military base</source>
        <translation>قاعدة عسكرية</translation>
    </message>
    <message>
        <source>military installation</source>
        <translation>منشأة عسكرية</translation>
    </message>
    <message>
        <source>fort</source>
        <translation>حصن</translation>
    </message>
    <message>
        <source>police post</source>
        <translation>مركز شرطة</translation>
    </message>
    <message>
        <source>customs post</source>
        <translation>مركز جمارك</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>سجن</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>جسر</translation>
    </message>
    <message>
        <source>dam</source>
        <translation>سد</translation>
    </message>
    <message>
        <source>market</source>
        <translation>سوق</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>منجم</translation>
    </message>
    <message>
        <source>gold mine</source>
        <translation>منجم ذهب</translation>
    </message>
    <message>
        <source>mosque</source>
        <translation>مسجد</translation>
    </message>
    <message>
        <source>tomb</source>
        <translation>ضريح</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <source>school</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>university</source>
        <translation>جامعة</translation>
    </message>
    <message>
        <source>ruin</source>
        <translation>أطلال</translation>
    </message>
    <message>
        <source>populated place</source>
        <translation>مكان مأهول</translation>
    </message>
    <message>
        <source>administrative area</source>
        <translation>وحدة إدارية</translation>
    </message>
    <message>
        <source>water feature</source>
        <translation>معلم مائي</translation>
    </message>
    <message>
        <source>site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>terrain feature</source>
        <translation>معلم تضاريسي</translation>
    </message>
    <message>
        <source>vegetation</source>
        <translation>غطاء نباتي</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>{kind}, added by hand</source>
        <translation>{kind}، أُضيف يدويًا</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>matched “{name}”</source>
        <translation>مطابقة «{name}»</translation>
    </message>
    <message>
        <source>Type a place name in any spelling…</source>
        <translation>اكتب اسم مكان بأي كتابة…</translation>
    </message>
    <message>
        <source>Only search places in this country</source>
        <translation>البحث في هذا البلد فقط</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Add place “{name}”…</source>
        <translation>إضافة المكان «{name}»…</translation>
    </message>
    <message>
        <source>Not in the gazetteer: add it with its coordinates</source>
        <translation>غير موجود في المعجم الجغرافي: أضِفه مع إحداثياته</translation>
    </message>
</context>
</TS>
