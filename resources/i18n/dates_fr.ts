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
</TS>
