"""Term lists as spreadsheet CSV and as a TSV that Anki's text importer reads directly.

- CSV (a teacher's list): header `term,gloss,style,example sentence,source,pronunciation,pinyin`
  (pinyin of the Chinese side, the learner's correction winning), plain text, UTF-8
  with a BOM so Excel opens Chinese text correctly. A cell a spreadsheet would run as a formula
  (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe, the usual defence
  (OWASP "CSV injection"); the apostrophe is shown by no spreadsheet.
- Anki TSV: Anki's header lines `#separator:tab`, `#html:true`, `#columns:…`, `#tags column:N`,
  then one note per line with HTML-escaped fields (the same fields as the .apkg's note type,
  without the card switches) and the note's tags space-separated. A leading formula character
  is written as an HTML entity there: Anki shows the character, a spreadsheet sees text.

Both are written to a temporary file in the target folder and moved into place (no partial file).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from vocab_app.export.collect import ExportNote
from vocab_app.export.files import os_error, replace, temp_path
from vocab_app.export.note_html import context_html, escape, source_html

CSV_HEADER = ("term", "gloss", "style", "example sentence", "source", "pronunciation",
              "pinyin")
TSV_COLUMNS = ("Term", "Gloss", "Style", "Context", "Translation", "Source", "Speaker",
               "Pronunciation", "Pinyin", "Tags")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ENTITY = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;", "\t": " ", "\r": " "}


def neutralise(cell: str) -> str:
    """`cell` made inert for spreadsheets: a leading formula character gets an apostrophe."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def _neutralise_html(cell: str) -> str:
    return _ENTITY[cell[0]] + cell[1:] if cell.startswith(_FORMULA_START) else cell


def csv_rows(notes: Iterable[ExportNote]) -> Iterable[tuple[str, ...]]:
    """The teacher-list rows (plain text, not yet neutralised) in CSV_HEADER order."""
    for note in notes:
        source = note.source_title
        if note.link:
            source = f"{source} ({note.link})" if source else note.link
        yield (note.term, note.gloss, note.style, note.sentence, source, note.pronunciation,
               note.pinyin)


def tsv_rows(notes: Iterable[ExportNote]) -> Iterable[tuple[str, ...]]:
    """Anki TSV rows in TSV_COLUMNS order: HTML fields and space-separated tags."""
    for note in notes:
        yield (escape(note.term), escape(note.gloss), escape(note.style), context_html(note),
               escape(note.translation), source_html(note), escape(note.speaker),
               escape(note.pronunciation), escape(note.pinyin), " ".join(note.tags))


def write_csv(notes: Sequence[ExportNote], out_path: str | os.PathLike[str]) -> int:
    """Write the teacher-list CSV; returns the number of terms written."""
    rows = ([neutralise(_one_line(c)) for c in row] for row in csv_rows(notes))
    return _write(Path(out_path), "utf-8-sig", CSV_HEADER, rows, header_lines=())


def write_anki_tsv(notes: Sequence[ExportNote], out_path: str | os.PathLike[str]) -> int:
    """Write the Anki-importable TSV; returns the number of notes written."""
    header_lines = ("#separator:tab", "#html:true",
                    "#columns:" + "\t".join(TSV_COLUMNS),
                    f"#tags column:{len(TSV_COLUMNS)}")
    rows = ([_neutralise_html(_html_line(c)) for c in row] for row in tsv_rows(notes))
    return _write(Path(out_path), "utf-8", None, rows, header_lines=header_lines,
                  delimiter="\t")


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


def _html_line(text: str) -> str:
    return text.replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>").replace(
        "\t", " ")


def _write(out: Path, encoding: str, header: Sequence[str] | None,
           rows: Iterable[list[str]], *, header_lines: Sequence[str],
           delimiter: str = ",") -> int:
    count = 0
    with temp_path(out) as part:
        try:
            with open(part, "w", encoding=encoding, newline="") as fh:
                for line in header_lines:
                    fh.write(line + "\n")
                writer = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
                if header is not None:
                    writer.writerow(header)
                for row in rows:
                    writer.writerow(row)
                    count += 1
        except OSError as err:
            raise os_error(err, out) from err
        replace(part, out)
    return count
