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
<context>
    <name>DateProblem</name>
    <message>
        <source>The year is missing</source>
        <translation>السنة ناقصة</translation>
    </message>
    <message>
        <source>The day is missing</source>
        <translation>اليوم ناقص</translation>
    </message>
    <message>
        <source>The month is missing</source>
        <translation>الشهر ناقص</translation>
    </message>
    <message>
        <source>The month and the year are missing</source>
        <translation>الشهر والسنة ناقصان</translation>
    </message>
    <message>
        <source>The day and the month are missing</source>
        <translation>اليوم والشهر ناقصان</translation>
    </message>
    <message>
        <source>The day and the year are missing</source>
        <translation>اليوم والسنة ناقصان</translation>
    </message>
    <message>
        <source>Nothing is written</source>
        <translation>لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Too long to be a date</source>
        <translation>أطول من أن يكون تاريخًا</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it like 07/05/2017 or 7 May 2017</source>
        <translation>«{text}» ليس تاريخًا: اكتبه مثل 07/05/2017 أو 7 مايو 2017</translation>
    </message>
    <message>
        <source>“{part}” has no place in a date</source>
        <translation>«{part}» لا مكان له في التاريخ</translation>
    </message>
    <message>
        <source>“{word}” is not a month</source>
        <translation>«{word}» ليس اسم شهر</translation>
    </message>
    <message>
        <source>Separate the day, the month and the year: 07/05/2017</source>
        <translation>افصل بين اليوم والشهر والسنة: 07/05/2017</translation>
    </message>
    <message>
        <source>Day {day} does not exist</source>
        <translation>لا يوجد يوم {day}</translation>
    </message>
    <message>
        <source>Month {month} does not exist: the day comes first ({example})</source>
        <translation>لا يوجد شهر {month}: يُكتب اليوم أولًا ({example})</translation>
    </message>
    <message>
        <source>Month {month} does not exist</source>
        <translation>لا يوجد شهر {month}</translation>
    </message>
    <message>
        <source>Write the year with four digits, not “{year}”</source>
        <translation>اكتب السنة بأربعة أرقام، لا «{year}»</translation>
    </message>
    <message>
        <source>Year {year} does not exist</source>
        <translation>لا توجد سنة {year}</translation>
    </message>
    <message>
        <source>{day} {month} does not exist</source>
        <translation>لا يوجد {day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} does not exist: {month} has {count} days</source>
        <translation>لا يوجد {day} {month}: عدد أيام {month} {count} يومًا</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist: {year} is not a leap year</source>
        <translation>لا يوجد {day} {month} {year}: سنة {year} ليست كبيسة</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {written}</source>
        <translation>يوافق {date} يوم {weekday}، لا يوم {written}</translation>
    </message>
    <message>
        <source>This is a Hijri date: write its Gregorian date</source>
        <translation>هذا تاريخ هجري: اكتب التاريخ الميلادي</translation>
    </message>
</context>
</TS>
