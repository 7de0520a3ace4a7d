<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>GeoNamesImportDialog</name>
    <message>
        <source>Im&amp;port GeoNames…</source>
        <translation>استيراد بيانات GeoNames…</translation>
    </message>
    <message>
        <source>Place names and coordinates: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, under the &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0&lt;/a&gt; licence.</source>
        <translation>أسماء الأماكن وإحداثياتها: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;، بموجب ترخيص &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/deed.ar&quot;&gt;المشاع الإبداعي - نسب المصنَّف 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Import GeoNames</source>
        <translation>استيراد بيانات GeoNames</translation>
    </message>
    <message>
        <source>Country dumps from download.geonames.org: ML.zip, BF.zip, NE.zip or the .txt file inside. Places already in the gazetteer are updated by their GeoNames id; places a researcher edited are left as they are.</source>
        <translation>ملفات البلدان من download.geonames.org: ‏ML.zip أو BF.zip أو NE.zip، أو ملف ‎.txt الذي بداخلها. تُحدَّث الأماكن الموجودة في معجم الأماكن بحسب معرّفها في GeoNames، وتبقى الأماكن التي عدّلها باحث كما هي.</translation>
    </message>
    <message>
        <source>Type a file&apos;s path and press Enter, or browse</source>
        <translation>اكتب مسار ملف واضغط Enter، أو تصفّح</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>اختيار ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The import&apos;s report will show here.</source>
        <translation>سيظهر تقرير الاستيراد هنا.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>GeoNames dumps</source>
        <translation>ملفات GeoNames</translation>
    </message>
    <message>
        <source>GeoNames dumps (*.zip *.txt);;All files (*)</source>
        <translation>ملفات GeoNames (*.zip *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose at least one GeoNames file first.</source>
        <translation>اختر ملف GeoNames واحدًا على الأقل أولًا.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>Checking places…</source>
        <translation>جارٍ التحقق من الأماكن…</translation>
    </message>
    <message>
        <source>Writing places…</source>
        <translation>جارٍ حفظ الأماكن…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>The import stopped on an internal error; see the log file.</source>
        <translation>توقف الاستيراد بسبب خطأ داخلي؛ راجع ملف السجل.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from {files}.</source>
        <translation>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
            <numerusform>الأسطر المقروءة من {files}: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) added.</source>
        <translation>
            <numerusform>الأماكن المضافة: %n.</numerusform>
            <numerusform>الأماكن المضافة: %n.</numerusform>
            <numerusform>الأماكن المضافة: %n.</numerusform>
            <numerusform>الأماكن المضافة: %n.</numerusform>
            <numerusform>الأماكن المضافة: %n.</numerusform>
            <numerusform>الأماكن المضافة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) updated.</source>
        <translation>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
            <numerusform>الأماكن المحدَّثة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) already up to date.</source>
        <translation>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
            <numerusform>أماكن كانت محدَّثة من قبل: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) edited by a researcher was/were left alone.</source>
        <translation>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
            <numerusform>أماكن عدّلها باحث فبقيت كما هي: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating a place another file gives.</source>
        <translation>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
            <numerusform>أسطر تكرّر مكانًا ورد في ملف آخر: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of kinds the gazetteer does not keep (GeoNames feature codes): {kinds}.</source>
        <translation>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
            <numerusform>أسطر من أنواع لا يحتفظ بها معجم الأماكن: %n (رموز المعالم في GeoNames: {kinds}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>ما جرى تخطّيه:</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>لم يُتخطَّ شيء.</translation>
    </message>
</context>
</TS>
