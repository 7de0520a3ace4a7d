<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcledImportDialog</name>
    <message numerus="yes">
        <source>%Ln incident(s) would be added.</source>
        <translation>
            <numerusform>سيُضاف %Ln حادث.</numerusform>
            <numerusform>سيُضاف %Ln حادث.</numerusform>
            <numerusform>سيُضاف %Ln حادثان.</numerusform>
            <numerusform>ستُضاف %Ln حوادث.</numerusform>
            <numerusform>سيُضاف %Ln حادثًا.</numerusform>
            <numerusform>سيُضاف %Ln حادث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) would be updated.</source>
        <translation>
            <numerusform>سيُحدَّث %Ln حادث.</numerusform>
            <numerusform>سيُحدَّث %Ln حادث.</numerusform>
            <numerusform>سيُحدَّث %Ln حادثان.</numerusform>
            <numerusform>ستُحدَّث %Ln حوادث.</numerusform>
            <numerusform>سيُحدَّث %Ln حادثًا.</numerusform>
            <numerusform>سيُحدَّث %Ln حادث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) would be left as they are.</source>
        <translation>
            <numerusform>سيبقى %Ln حادث دون تغيير.</numerusform>
            <numerusform>سيبقى %Ln حادث دون تغيير.</numerusform>
            <numerusform>سيبقى %Ln حادثان دون تغيير.</numerusform>
            <numerusform>ستبقى %Ln حوادث دون تغيير.</numerusform>
            <numerusform>سيبقى %Ln حادثًا دون تغيير.</numerusform>
            <numerusform>سيبقى %Ln حادث دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were added.</source>
        <translation>
            <numerusform>أُضيف %Ln حادث.</numerusform>
            <numerusform>أُضيف %Ln حادث.</numerusform>
            <numerusform>أُضيف %Ln حادثان.</numerusform>
            <numerusform>أُضيفت %Ln حوادث.</numerusform>
            <numerusform>أُضيف %Ln حادثًا.</numerusform>
            <numerusform>أُضيف %Ln حادث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were updated.</source>
        <translation>
            <numerusform>حُدِّث %Ln حادث.</numerusform>
            <numerusform>حُدِّث %Ln حادث.</numerusform>
            <numerusform>حُدِّث %Ln حادثان.</numerusform>
            <numerusform>حُدِّثت %Ln حوادث.</numerusform>
            <numerusform>حُدِّث %Ln حادثًا.</numerusform>
            <numerusform>حُدِّث %Ln حادث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were left as they are.</source>
        <translation>
            <numerusform>بقي %Ln حادث دون تغيير.</numerusform>
            <numerusform>بقي %Ln حادث دون تغيير.</numerusform>
            <numerusform>بقي %Ln حادثان دون تغيير.</numerusform>
            <numerusform>بقيت %Ln حوادث دون تغيير.</numerusform>
            <numerusform>بقي %Ln حادثًا دون تغيير.</numerusform>
            <numerusform>بقي %Ln حادث دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new actor(s) would be created.</source>
        <translation>
            <numerusform>سيُنشأ %Ln فاعل جديد.</numerusform>
            <numerusform>سيُنشأ %Ln فاعل جديد.</numerusform>
            <numerusform>سيُنشأ %Ln فاعلان جديدان.</numerusform>
            <numerusform>سيُنشأ %Ln فاعلين جدد.</numerusform>
            <numerusform>سيُنشأ %Ln فاعلًا جديدًا.</numerusform>
            <numerusform>سيُنشأ %Ln فاعل جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new actor(s) was/were created.</source>
        <translation>
            <numerusform>أُنشئ %Ln فاعل جديد.</numerusform>
            <numerusform>أُنشئ %Ln فاعل جديد.</numerusform>
            <numerusform>أُنشئ %Ln فاعلان جديدان.</numerusform>
            <numerusform>أُنشئ %Ln فاعلين جدد.</numerusform>
            <numerusform>أُنشئ %Ln فاعلًا جديدًا.</numerusform>
            <numerusform>أُنشئ %Ln فاعل جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) missing from the gazetteer would be added as custom places.</source>
        <translation>
            <numerusform>سيُضاف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
            <numerusform>سيُضاف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
            <numerusform>سيُضاف %Ln مكانان غير موجودين في معجم الأماكن بوصفهما مكانين مخصصين.</numerusform>
            <numerusform>ستُضاف %Ln أماكن غير موجودة في معجم الأماكن بوصفها أماكن مخصصة.</numerusform>
            <numerusform>سيُضاف %Ln مكانًا غير موجود في معجم الأماكن بوصفها أماكن مخصصة.</numerusform>
            <numerusform>سيُضاف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) missing from the gazetteer was/were added as custom places.</source>
        <translation>
            <numerusform>أُضيف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
            <numerusform>أُضيف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
            <numerusform>أُضيف %Ln مكانان غير موجودين في معجم الأماكن بوصفهما مكانين مخصصين.</numerusform>
            <numerusform>أُضيفت %Ln أماكن غير موجودة في معجم الأماكن بوصفها أماكن مخصصة.</numerusform>
            <numerusform>أُضيف %Ln مكانًا غير موجود في معجم الأماكن بوصفها أماكن مخصصة.</numerusform>
            <numerusform>أُضيف %Ln مكان غير موجود في معجم الأماكن بوصفه مكانًا مخصصًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) ({skipped} skipped):</source>
        <translation>
            <numerusform>%Ln سطر خاطئ (تُخطّي {skipped}):</numerusform>
            <numerusform>%Ln سطر خاطئ (تُخطّي {skipped}):</numerusform>
            <numerusform>%Ln سطران خاطئان (تُخطّي {skipped}):</numerusform>
            <numerusform>%Ln أسطر خاطئة (تُخطّي {skipped}):</numerusform>
            <numerusform>%Ln سطرًا خاطئًا (تُخطّي {skipped}):</numerusform>
            <numerusform>%Ln سطر خاطئ (تُخطّي {skipped}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s):</source>
        <translation>
            <numerusform>%Ln سطر خاطئ:</numerusform>
            <numerusform>%Ln سطر خاطئ:</numerusform>
            <numerusform>%Ln سطران خاطئان:</numerusform>
            <numerusform>%Ln أسطر خاطئة:</numerusform>
            <numerusform>%Ln سطرًا خاطئًا:</numerusform>
            <numerusform>%Ln سطر خاطئ:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {reason}</source>
        <translation>  السطر {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more</source>
        <translation>
            <numerusform>  … و%Ln غيرها</numerusform>
            <numerusform>  … و%Ln غيرها</numerusform>
            <numerusform>  … و%Ln غيرها</numerusform>
            <numerusform>  … و%Ln غيرها</numerusform>
            <numerusform>  … و%Ln غيرها</numerusform>
            <numerusform>  … و%Ln غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an ACLED file</source>
        <translation>استيراد ملف ACLED</translation>
    </message>
    <message>
        <source>An ACLED export: CSV or xlsx, current, dyadic or monadic</source>
        <translation>ملف مُصدَّر من ACLED: ‏CSV أو xlsx، بالصيغة الحالية أو الثنائية أو الأحادية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Skip bad rows (otherwise nothing is imported if any row is bad)</source>
        <translation>تخطي الصفوف الخاطئة (وإلا فلن يُستورد شيء إذا كان أي صف خاطئًا)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written.</source>
        <translation>افحص الملف أولًا: لن يُكتب شيء.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Imported incidents are</source>
        <translation>حالة الحوادث المستوردة</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>فحص الملف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>ACLED file</source>
        <translation>ملف ACLED</translation>
    </message>
    <message>
        <source>ACLED exports (*.csv *.xlsx)</source>
        <translation>ملفات ACLED المُصدَّرة (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>اختر ملفًا أولًا.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ الفحص</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>انتهى الاستيراد.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>BroughtInModel</name>
    <message>
        <source>Score</source>
        <translation>درجة التطابق</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>May be the same event as</source>
        <translation>قد يكون الحادث نفسه المسجل في</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
</context>
<context>
    <name>BroughtInPanel</name>
    <message>
        <source>{human_id} ({date}, {place})</source>
        <translation>{human_id} ({date}، {place})</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) brought in: each may be the same event as a record already here. Compare them side by side to merge or dismiss them.</source>
        <translation>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
            <numerusform>عدد التكرارات المحتملة التي جُلبت: %n. قد يكون كلٌّ منها الحادث نفسه لسجل موجود هنا من قبل؛ قارنها جنبًا إلى جنب لدمجها أو استبعادها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>قارن جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} و{second}: {reasons}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export incidents</source>
        <translation>تصدير الحوادث</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): incidents, sources, claims, summary</source>
        <translation>مصنف Excel ‏(.xlsx): الحوادث، المصادر، بيانات التبني، الملخص</translation>
    </message>
    <message>
        <source>CSV (.csv): the Incidents sheet only</source>
        <translation>CSV ‏(.csv): ورقة الحوادث فقط</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>All actors (a group includes its component groups)</source>
        <translation>كل الفاعلين (تشمل الجماعة مكوّناتها)</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>كل أنواع الحوادث</translation>
    </message>
    <message>
        <source>Split date ranges into one row per day (ACLED&apos;s rule)</source>
        <translation>تقسيم الفترات إلى صف لكل يوم (قاعدة ACLED)</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a period: from one date to another</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Review states</source>
        <translation>حالات المراجعة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحادث</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no limit on a date</comment>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>Mali</source>
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
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Choose at least one review state to export.</source>
        <translation>اختر حالة مراجعة واحدة على الأقل للتصدير.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) to {path}.</source>
        <translation>
            <numerusform>صُدِّر %Ln حادث إلى {path}.</numerusform>
            <numerusform>صُدِّر %Ln حادث إلى {path}.</numerusform>
            <numerusform>صُدِّر %Ln حادثان إلى {path}.</numerusform>
            <numerusform>صُدِّرت %Ln حوادث إلى {path}.</numerusform>
            <numerusform>صُدِّر %Ln حادثًا إلى {path}.</numerusform>
            <numerusform>صُدِّر %Ln حادث إلى {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>{task}: {done} of {total}</source>
        <translation>{task}: {done} من {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The task stopped on an internal error; see the log file.</source>
        <translation>توقفت المهمة بسبب خطأ داخلي؛ راجع ملف السجل.</translation>
    </message>
</context>
</TS>
