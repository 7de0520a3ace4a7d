<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>A day, the day first: 07/05/2017, 7/5/17, 7 May 2017 or 2017-05-07. Alt+Down opens a calendar.</source>
        <translation>تاريخ يُكتب اليوم فيه أولًا: 07/05/2017 أو 7/5/17 أو 7 مايو 2017 أو 2017-05-07. يفتح Alt+السهم السفلي التقويم.</translation>
    </message>
    <message>
        <source>Choose the day in a calendar (Alt+Down)</source>
        <translation>اختر اليوم من التقويم (Alt+السهم السفلي)</translation>
    </message>
</context>
</TS>
