<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="49" />
        <source>%Ln term(s)</source>
        <extracomment>The languages with a catalogue; English is the source language.</extracomment>
        <translation>
            <numerusform>%Ln term</numerusform>
            <numerusform>%Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="53" />
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="57" />
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln new term</numerusform>
            <numerusform>%Ln new terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="61" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/export_dialog.py" line="278" />
        <location filename="../../gui/export_dialog.py" line="283" />
        <source>{title} (%Ln term(s))</source>
        <translation>
            <numerusform>{title} (%Ln term)</numerusform>
            <numerusform>{title} (%Ln terms)</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../gui/library_filters.py" line="81" />
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln term</numerusform>
            <numerusform>%Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_filters.py" line="82" />
        <source>%Ln+ term(s)</source>
        <translation>
            <numerusform>%Ln+ term</numerusform>
            <numerusform>%Ln+ terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditing</name>
    <message numerus="yes">
        <location filename="../../gui/list_editing.py" line="126" />
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln term</numerusform>
            <numerusform>%Ln terms</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ListImportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="54" />
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln term</numerusform>
            <numerusform>%Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="56" />
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln new term</numerusform>
            <numerusform>%Ln new terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="57" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="79" />
        <source>%Ln warning(s):</source>
        <translation>
            <numerusform>%Ln warning:</numerusform>
            <numerusform>%Ln warnings:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ListsDialog</name>
    <message numerus="yes">
        <location filename="../../gui/lists_dialog.py" line="219" />
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln term</numerusform>
            <numerusform>%Ln terms</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>MarkTexts</name>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="32" />
        <source>Tag %Ln term(s) “{tag}”</source>
        <translation>
            <numerusform>Tag %Ln term “{tag}”</numerusform>
            <numerusform>Tag %Ln terms “{tag}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="35" />
        <source>Tagged %Ln term(s) “{tag}”.</source>
        <translation>
            <numerusform>Tagged %Ln term “{tag}”.</numerusform>
            <numerusform>Tagged %Ln terms “{tag}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="38" />
        <source>Suspend %Ln term(s)</source>
        <translation>
            <numerusform>Suspend %Ln term</numerusform>
            <numerusform>Suspend %Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="41" />
        <source>Suspended %Ln term(s).</source>
        <translation>
            <numerusform>Suspended %Ln term.</numerusform>
            <numerusform>Suspended %Ln terms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="44" />
        <source>Unsuspend %Ln term(s)</source>
        <translation>
            <numerusform>Unsuspend %Ln term</numerusform>
            <numerusform>Unsuspend %Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="47" />
        <source>Unsuspended %Ln term(s).</source>
        <translation>
            <numerusform>Unsuspended %Ln term.</numerusform>
            <numerusform>Unsuspended %Ln terms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="50" />
        <source>Mark %Ln term(s) known</source>
        <translation>
            <numerusform>Mark %Ln term known</numerusform>
            <numerusform>Mark %Ln terms known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="53" />
        <source>Marked %Ln term(s) known: never scheduled.</source>
        <translation>
            <numerusform>Marked %Ln term known: never scheduled.</numerusform>
            <numerusform>Marked %Ln terms known: never scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="56" />
        <source>Mark %Ln term(s) not known</source>
        <translation>
            <numerusform>Mark %Ln term not known</numerusform>
            <numerusform>Mark %Ln terms not known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="59" />
        <source>%Ln term(s) scheduled again.</source>
        <translation>
            <numerusform>%Ln term scheduled again.</numerusform>
            <numerusform>%Ln terms scheduled again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MineView</name>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="240" />
        <source>{names} and %Ln more file(s)</source>
        <translation>
            <numerusform>{names} and %Ln more file</numerusform>
            <numerusform>{names} and %Ln more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="255" />
        <source>Mining %Ln file(s)…</source>
        <translation>
            <numerusform>Mining %Ln file…</numerusform>
            <numerusform>Mining %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="323" />
        <source>Found %Ln term(s), {new} new.</source>
        <translation>
            <numerusform>Found %Ln term, {new} new.</numerusform>
            <numerusform>Found %Ln terms, {new} new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="353" />
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln new term</numerusform>
            <numerusform>%Ln new terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="354" />
        <source>%Ln new gloss(es)</source>
        <translation>
            <numerusform>%Ln new gloss</numerusform>
            <numerusform>%Ln new glosses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="355" />
        <source>%Ln new occurrence(s)</source>
        <translation>
            <numerusform>%Ln new occurrence</numerusform>
            <numerusform>%Ln new occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="386" />
        <source>Add %Ln term(s)</source>
        <translation>
            <numerusform>Add %Ln term</numerusform>
            <numerusform>Add %Ln terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="392" />
        <source>%Ln candidate(s), {new} new, {checked} checked.</source>
        <translation>
            <numerusform>%Ln candidate, {new} new, {checked} checked.</numerusform>
            <numerusform>%Ln candidates, {new} new, {checked} checked.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ReaderLegend</name>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="36" />
        <source>%Ln leech(es)</source>
        <translation>
            <numerusform>%Ln leech</numerusform>
            <numerusform>%Ln leeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="43" />
        <source>%Ln term(s): {states}</source>
        <translation>
            <numerusform>%Ln term: {states}</numerusform>
            <numerusform>%Ln terms: {states}</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="74" />
        <source>Due in the next %n day(s)</source>
        <translation>
            <numerusform>Due in the next %n day</numerusform>
            <numerusform>Due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="81" />
        <location filename="../../gui/stats_view.py" line="82" />
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="185" />
        <source>Reviews per day, last %n day(s)</source>
        <translation>
            <numerusform>Reviews per day, last %n day</numerusform>
            <numerusform>Reviews per day, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="208" />
        <source>Retention, last %n day(s)</source>
        <translation>
            <numerusform>Retention, last %n day</numerusform>
            <numerusform>Retention, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="211" />
        <source>no answers on review cards
in the last %n day(s)</source>
        <translation>
            <numerusform>no answers on review cards
in the last %n day</numerusform>
            <numerusform>no answers on review cards
in the last %n days</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../../gui/first_run.py" line="145" />
        <source>Added %Ln term(s) from the sample transcripts.</source>
        <translation>
            <numerusform>Added %Ln term from the sample transcripts.</numerusform>
            <numerusform>Added %Ln terms from the sample transcripts.</numerusform>
        </translation>
    </message>
    </context>
</TS>