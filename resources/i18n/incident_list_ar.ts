<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <extracomment>(code, English name) of the countries the list filters on; &quot;&quot; is all of them. The names are shown translated (pickers.place_picker.country_name).</extracomment>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Search notes, sources and claims (any script)  Ctrl+F</source>
        <translation>البحث في الملاحظات والمصادر وبيانات التبني (بأي كتابة)  Ctrl+F</translation>
    </message>
    <message>
        <source>Incidents on or after this date</source>
        <translation>الحوادث في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <source>Incidents on or before this date</source>
        <translation>الحوادث في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>Actor (includes its groups)</source>
        <translation>الفاعل (مع جماعاته)</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>كل أنواع الحوادث</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>ID</source>
        <extracomment>(row attribute, header, sort key understood by the service); headers are English, shown translated (context ``IncidentListModel``)</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>آخر من عدّله</translation>
    </message>
</context>
</TS>
