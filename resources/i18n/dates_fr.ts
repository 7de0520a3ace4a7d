<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>A day, the day first: 07/05/2017, 7/5/17, 7 May 2017 or 2017-05-07. Alt+Down opens a calendar.</source>
        <translation>Une date, le jour en premier : 07/05/2017, 7/5/17, 7 mai 2017 ou 2017-05-07. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Choose the day in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>The year is missing</source>
        <translation>Il manque l&apos;année</translation>
    </message>
    <message>
        <source>The day is missing</source>
        <translation>Il manque le jour</translation>
    </message>
    <message>
        <source>The month is missing</source>
        <translation>Il manque le mois</translation>
    </message>
    <message>
        <source>The month and the year are missing</source>
        <translation>Il manque le mois et l&apos;année</translation>
    </message>
    <message>
        <source>The day and the month are missing</source>
        <translation>Il manque le jour et le mois</translation>
    </message>
    <message>
        <source>The day and the year are missing</source>
        <translation>Il manque le jour et l&apos;année</translation>
    </message>
    <message>
        <source>Nothing is written</source>
        <translation>Rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Too long to be a date</source>
        <translation>Trop long pour une date</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it like 07/05/2017 or 7 May 2017</source>
        <translation>« {text} » n&apos;est pas une date : écrivez-la comme 07/05/2017 ou 7 mai 2017</translation>
    </message>
    <message>
        <source>“{part}” has no place in a date</source>
        <translation>« {part} » n&apos;a pas sa place dans une date</translation>
    </message>
    <message>
        <source>“{word}” is not a month</source>
        <translation>« {word} » n&apos;est pas un mois</translation>
    </message>
    <message>
        <source>Separate the day, the month and the year: 07/05/2017</source>
        <translation>Séparez le jour, le mois et l&apos;année : 07/05/2017</translation>
    </message>
    <message>
        <source>Day {day} does not exist</source>
        <translation>Le jour {day} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Month {month} does not exist: the day comes first ({example})</source>
        <translation>Le mois {month} n&apos;existe pas : le jour s&apos;écrit en premier ({example})</translation>
    </message>
    <message>
        <source>Month {month} does not exist</source>
        <translation>Le mois {month} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Write the year with four digits, not “{year}”</source>
        <translation>Écrivez l&apos;année avec quatre chiffres, pas « {year} »</translation>
    </message>
    <message>
        <source>Year {year} does not exist</source>
        <translation>L&apos;année {year} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{day} {month} does not exist</source>
        <translation>Le {day} {month} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{day} {month} does not exist: {month} has {count} days</source>
        <translation>Le {day} {month} n&apos;existe pas : {month} compte {count} jours</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist: {year} is not a leap year</source>
        <translation>Le {day} {month} {year} n&apos;existe pas : {year} n&apos;est pas bissextile</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {written}</source>
        <translation>Le {date} tombe un {weekday}, pas un {written}</translation>
    </message>
    <message>
        <source>This is a Hijri date: write its Gregorian date</source>
        <translation>C&apos;est une date de l&apos;hégire : écrivez la date grégorienne</translation>
    </message>
</context>
</TS>
