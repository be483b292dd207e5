<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Bridge Inspector</source>
        <translation>AI-Bridge-Inspektor</translation>
    </message>
</context>
</TS>
