<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <source>Code from a &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
