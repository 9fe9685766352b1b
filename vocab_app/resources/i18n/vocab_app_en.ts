<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <extracomment>The languages with a catalogue; English is the source language.</extracomment>
        <translation><numerusform>%Ln term</numerusform><numerusform>%Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation><numerusform>%Ln card</numerusform><numerusform>%Ln cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new term(s)</source>
        <translation><numerusform>%Ln new term</numerusform><numerusform>%Ln new terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>{title} (%Ln term(s))</source>
        <translation><numerusform>{title} (%Ln term)</numerusform><numerusform>{title} (%Ln terms)</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation><numerusform>%Ln term</numerusform><numerusform>%Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ term(s)</source>
        <translation><numerusform>%Ln+ term</numerusform><numerusform>%Ln+ terms</numerusform></translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation><numerusform>%Ln term</numerusform><numerusform>%Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new term(s)</source>
        <translation><numerusform>%Ln new term</numerusform><numerusform>%Ln new terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s):</source>
        <translation><numerusform>%Ln warning:</numerusform><numerusform>%Ln warnings:</numerusform></translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation><numerusform>%Ln term</numerusform><numerusform>%Ln terms</numerusform></translation>
    </message>
</context>
<context>
    <name>MineView</name>
    <message numerus="yes">
        <source>{names} and %Ln more file(s)</source>
        <translation><numerusform>{names} and %Ln more file</numerusform><numerusform>{names} and %Ln more files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mining %Ln file(s)…</source>
        <translation><numerusform>Mining %Ln file…</numerusform><numerusform>Mining %Ln files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln term(s), {new} new.</source>
        <translation><numerusform>Found %Ln term, {new} new.</numerusform><numerusform>Found %Ln terms, {new} new.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new term(s)</source>
        <translation><numerusform>%Ln new term</numerusform><numerusform>%Ln new terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new gloss(es)</source>
        <translation><numerusform>%Ln new gloss</numerusform><numerusform>%Ln new glosses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new occurrence(s)</source>
        <translation><numerusform>%Ln new occurrence</numerusform><numerusform>%Ln new occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln term(s)</source>
        <translation><numerusform>Add %Ln term</numerusform><numerusform>Add %Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s), {new} new, {checked} checked.</source>
        <translation><numerusform>%Ln candidate, {new} new, {checked} checked.</numerusform><numerusform>%Ln candidates, {new} new, {checked} checked.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <source>Due in the next %n day(s)</source>
        <translation><numerusform>Due in the next %n day</numerusform><numerusform>Due in the next %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation><numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reviews per day, last %n day(s)</source>
        <translation><numerusform>Reviews per day, last %n day</numerusform><numerusform>Reviews per day, last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Retention, last %n day(s)</source>
        <translation><numerusform>Retention, last %n day</numerusform><numerusform>Retention, last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no answers on review cards
in the last %n day(s)</source>
        <translation><numerusform>no answers on review cards
in the last %n day</numerusform><numerusform>no answers on review cards
in the last %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>Added %Ln term(s) from the sample transcripts.</source>
        <translation><numerusform>Added %Ln term from the sample transcripts.</numerusform><numerusform>Added %Ln terms from the sample transcripts.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReaderLegend</name>
    <message numerus="yes">
        <source>%Ln term(s): {states}</source>
        <translation><numerusform>%Ln term: {states}</numerusform><numerusform>%Ln terms: {states}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln leech(es)</source>
        <translation><numerusform>%Ln leech</numerusform><numerusform>%Ln leeches</numerusform></translation>
    </message>
</context>
<context>
    <name>MarkTexts</name>
    <message numerus="yes">
        <source>Tag %Ln term(s) “{tag}”</source>
        <translation><numerusform>Tag %Ln term “{tag}”</numerusform><numerusform>Tag %Ln terms “{tag}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln term(s) “{tag}”.</source>
        <translation><numerusform>Tagged %Ln term “{tag}”.</numerusform><numerusform>Tagged %Ln terms “{tag}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln term(s)</source>
        <translation><numerusform>Suspend %Ln term</numerusform><numerusform>Suspend %Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suspended %Ln term(s).</source>
        <translation><numerusform>Suspended %Ln term.</numerusform><numerusform>Suspended %Ln terms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %Ln term(s)</source>
        <translation><numerusform>Unsuspend %Ln term</numerusform><numerusform>Unsuspend %Ln terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unsuspended %Ln term(s).</source>
        <translation><numerusform>Unsuspended %Ln term.</numerusform><numerusform>Unsuspended %Ln terms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln term(s) known</source>
        <translation><numerusform>Mark %Ln term known</numerusform><numerusform>Mark %Ln terms known</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln term(s) known: never scheduled.</source>
        <translation><numerusform>Marked %Ln term known: never scheduled.</numerusform><numerusform>Marked %Ln terms known: never scheduled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln term(s) not known</source>
        <translation><numerusform>Mark %Ln term not known</numerusform><numerusform>Mark %Ln terms not known</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) scheduled again.</source>
        <translation><numerusform>%Ln term scheduled again.</numerusform><numerusform>%Ln terms scheduled again.</numerusform></translation>
    </message>
</context>
</TS>