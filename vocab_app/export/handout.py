"""A printable handout of a term list: what goes on the page, as tables of plain-text cells.

Layouts (LAYOUTS):
- *glossary*: term, pinyin, gloss, one entry a row;
- *compact*: the glossary in two panels of entries side by side on each page, in smaller type;
- *examples*: the glossary plus the context sentence, shortened around the term (in bold);
- *quiz*: numbered terms (with the pinyin of a Chinese term) and an empty column to write the
  gloss in, then the answer key (number, term, gloss) on a page of its own at the end.

The pinyin column reads the Chinese side of an entry (the term, else the gloss: mining/pinyin.py)
and is left out when no entry has Chinese. `build` gives a `Handout`; vocab_app/pdf.py lays it
out on A4 or Letter pages (rows never split, the header repeats, page numbers), and `handout_html`
writes the same tables as one HTML page with print CSS for a browser. No Qt here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vocab_app.errors import ExportError
from vocab_app.export.collect import ExportNote
from vocab_app.export.files import write_text
from vocab_app.export.labels import ENGLISH, Labels
from vocab_app.export.note_html import escape
from vocab_app.i18n_text import _
from vocab_app.mining.pinyin import entry_pinyin, has_han

PAGES = ("A4", "Letter")
LAYOUTS = ("glossary", "compact", "examples", "quiz")
MARGIN_MM = 15
#: How much of a context sentence the examples layout keeps, in narrow-character widths (a
#: Chinese character counts two): about two lines of the example column.
EXAMPLE_WIDTH = 110


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's text, with the part shown in bold (`bold` = start, end) if any."""

    text: str
    bold: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its header, and how its cells look."""

    header: str
    bold: bool = False  # the term column
    small: bool = False  # examples, the number column
    blank: bool = False  # a quiz's column to write in: no text, a line to write on


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells under a header row. `panels` = 2 puts two runs of rows side by side on a
    page (compact); `row_min_mm` leaves room to write; `new_page` starts the table on a page of
    its own, under `heading`."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    heading: str = ""
    new_page: bool = False
    panels: int = 1
    row_min_mm: float = 0.0
    font_pt: float = 10.5


@dataclass(frozen=True, slots=True)
class Handout:
    """A title, the line under it (count and date), and the tables in order."""

    title: str
    subtitle: str
    tables: tuple[Table, ...] = field(default_factory=tuple)
    words: Labels = ENGLISH  # the footer's "Page N of M", "(continued)" (export/labels.py)


def build(notes: Sequence[ExportNote], *, title: str, layout: str = "glossary",
          today: date | None = None, words: Labels = ENGLISH) -> Handout:
    """The handout of `notes` (in their order) in `layout`, its headers and subtitle in
    `words`' language; ExportError for an unknown layout."""
    if layout not in LAYOUTS:
        raise ExportError(_("The handout layout {layout!r} is not one of {choices}.").format(
                              layout=layout, choices=', '.join(LAYOUTS)))
    count = words.terms(len(notes))
    kind = {"quiz": words.quiz, "examples": words.with_examples}.get(layout, words.glossary)
    subtitle = " · ".join(x for x in (words.count_kind.format(count=count, kind=kind),
                                      words.day(today) if today else "") if x)
    if layout == "quiz":
        return Handout(title, subtitle, _quiz(notes, words), words)
    with_pinyin = any(has_han(n.term) or has_han(n.gloss) for n in notes)
    columns = [Column(words.term, bold=True)]
    if with_pinyin:
        columns.append(Column(words.pinyin))
    columns.append(Column(words.gloss))
    if layout == "examples":
        columns.append(Column(words.example, small=True))
    rows = []
    for note in notes:
        row = [Cell(note.term)]
        if with_pinyin:
            row.append(Cell(reading(note)))
        row.append(Cell(note.gloss))
        if layout == "examples":
            row.append(example(note))
        rows.append(tuple(row))
    compact = layout == "compact"
    return Handout(title, subtitle, (Table(tuple(columns), tuple(rows),
                                           panels=2 if compact else 1,
                                           font_pt=8.5 if compact else 10.5),), words)


def _quiz(notes: Sequence[ExportNote], words: Labels) -> tuple[Table, Table]:
    with_pinyin = any(has_han(n.term) for n in notes)
    columns = [Column("#", small=True), Column(words.term, bold=True)]
    if with_pinyin:
        columns.append(Column(words.pinyin))
    columns.append(Column(words.gloss, blank=True))
    rows = []
    for i, note in enumerate(notes, 1):
        row = [Cell(str(i)), Cell(note.term)]
        if with_pinyin:
            row.append(Cell(reading(note) if has_han(note.term) else ""))
        row.append(Cell(""))
        rows.append(tuple(row))
    quiz = Table(tuple(columns), tuple(rows), row_min_mm=10.0, font_pt=11)
    key = Table((Column("#", small=True), Column(words.term, bold=True), Column(words.gloss)),
                tuple((Cell(str(i)), Cell(n.term), Cell(n.gloss))
                      for i, n in enumerate(notes, 1)),
                heading=words.answer_key, new_page=True, panels=2, font_pt=8.5)
    return quiz, key


def reading(note: ExportNote) -> str:
    """The pinyin of an entry's Chinese side (mining/pinyin.entry_pinyin): the reading the
    export read with the note (the learner's correction wins), else pypinyin's."""
    return note.pinyin or entry_pinyin(note.term, note.gloss)


_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   r"\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def _width(text: str) -> int:
    return len(text) + len(_WIDE.findall(text))


def example(note: ExportNote, width: int = EXAMPLE_WIDTH) -> Cell:
    """The note's context sentence, the term in bold, shortened to about `width` narrow
    characters around the term: cut at a space between English words (between characters in
    Chinese), with `…` where text was left out."""
    text = re.sub(r"\s", " ", note.sentence).strip() if note.sentence else ""
    span = note.span
    lead = len(note.sentence) - len(note.sentence.lstrip()) if note.sentence else 0
    if not text or span is None or not (lead <= span[0] < span[1] <= lead + len(text)):
        return Cell(_cut_right(text, width))
    start = span[0] - lead  # one space per whitespace character: the offsets still hold
    term = text[start:span[1] - lead]
    end = start + len(term)
    if _width(text) <= width:
        return Cell(text, (start, end))
    room = max(width - _width(term), 0)
    left = _cut_left(text[:start], room // 3)
    right = _cut_right(text[end:], room - _width(left))
    return Cell(left + term + right, (len(left), len(left) + len(term)))


def _cut_left(text: str, width: int) -> str:
    """The end of `text` within `width`, starting at a word boundary, `…` before it if cut."""
    if _width(text) <= width:
        return text
    kept = ""
    for i in range(len(text) - 1, -1, -1):
        if _width(text[i:]) > width - 1:
            break
        kept = text[i:]
    return "…" + _from_boundary(kept) if kept else "…"


def _cut_right(text: str, width: int) -> str:
    """The start of `text` within `width`, ending at a word boundary, `…` after it if cut."""
    if _width(text) <= width:
        return text
    kept = ""
    for i in range(1, len(text) + 1):
        if _width(text[:i]) > width - 1:
            break
        kept = text[:i]
    return _to_boundary(kept, text[len(kept):len(kept) + 1]) + "…"


def _latin(ch: str) -> bool:
    return ch.isalnum() and not _WIDE.match(ch)


def _from_boundary(kept: str) -> str:
    """`kept` (the end of a longer text) without a leading part-word."""
    if kept and _latin(kept[0]):
        cut = re.search(r"[^\w]|[\u2e80-\ua4cf]", kept)
        kept = kept[cut.start():] if cut else ""
    return kept.lstrip()


def _to_boundary(kept: str, after: str) -> str:
    """`kept` (the start of a longer text, `after` its next character) without a trailing
    part-word."""
    if kept and after and _latin(kept[-1]) and _latin(after):
        cut = max(kept.rfind(" "), max((m.end() for m in re.finditer(r"[^\w\s]|[\u2e80-\ua4cf]",
                                                                      kept)), default=-1))
        kept = kept[:cut] if cut > 0 else ""
    return kept.rstrip()


# --- HTML -----------------------------------------------------------------------------------

_STYLE = """
@page {{ size: {page}; margin: {margin}mm; }}
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; color: #111; }}
h1 {{ font-size: 16pt; margin: 0 0 2mm; }}
h2 {{ font-size: 13pt; margin: 0 0 3mm; break-before: page; page-break-before: always; }}
p.meta {{ color: #555; font-size: 9pt; margin: 0 0 4mm; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6mm; }}
div.panels {{ column-count: 2; column-gap: 8mm; }}
th {{ text-align: left; font-size: 9pt; color: #555; border-bottom: 1.2pt solid #333;
  padding: 2pt 6pt 2pt 0; }}
td {{ vertical-align: top; border-bottom: 0.5pt solid #bbb; padding: 3pt 6pt 3pt 0; }}
td.bold {{ font-weight: bold; }}
td.small {{ font-size: 9pt; color: #333; }}
td.blank {{ width: 40%; border-bottom: 0.8pt solid #888; }}
tr {{ page-break-inside: avoid; break-inside: avoid; }}
thead {{ display: table-header-group; }}
@media screen {{ body {{ max-width: 190mm; margin: 10mm auto; }} }}
"""


def handout_html(notes: Sequence[ExportNote], *, title: str = "Vocabulary",
                 page: str = "A4", layout: str = "glossary", today: date | None = None,
                 words: Labels = ENGLISH) -> str:
    """The handout as one self-contained HTML page (all text escaped)."""
    check_page(page)
    doc = build(notes, title=title, layout=layout, today=today, words=words)
    parts = [f"<h1>{escape(doc.title)}</h1><p class=\"meta\">{escape(doc.subtitle)}</p>"]
    for table in doc.tables:
        if table.heading:
            parts.append(f"<h2>{escape(table.heading)}</h2>")
        head = "".join(f"<th>{escape(c.header)}</th>" for c in table.columns)
        body = "\n".join(
            "<tr>" + "".join(_td(col, cell) for col, cell in zip(table.columns, row, strict=True))
            + "</tr>" for row in table.rows)
        style = f' style="font-size: {table.font_pt}pt"' if table.font_pt != 10.5 else ""
        html_table = (f'<table{style}><thead><tr>{head}</tr></thead><tbody>\n{body}\n'
                      "</tbody></table>")
        parts.append(f'<div class="panels">{html_table}</div>' if table.panels > 1
                     else html_table)
    css = _STYLE.format(page=page, margin=MARGIN_MM)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{escape(doc.title)}</title><style>{css}</style></head><body>"
            + "".join(parts) + "</body></html>\n")


def _td(column: Column, cell: Cell) -> str:
    kind = "bold" if column.bold else "small" if column.small else "blank" if column.blank else ""
    text = cell.text
    if cell.bold is not None:
        a, b = cell.bold
        inner = f"{escape(text[:a])}<b>{escape(text[a:b])}</b>{escape(text[b:])}"
    else:
        inner = escape(text)
    return f'<td class="{kind}">{inner}</td>' if kind else f"<td>{inner}</td>"


def check_page(page: str) -> None:
    """ExportError (one sentence) unless `page` is a paper size the handout knows."""
    if page not in PAGES:
        raise ExportError(_("The paper size {page!r} is not one of {choices}.").format(
                              page=page, choices=', '.join(PAGES)))


def write_html(notes: Sequence[ExportNote], out_path: str | os.PathLike[str], *,
               title: str = "Vocabulary", page: str = "A4", layout: str = "glossary",
               today: date | None = None, words: Labels = ENGLISH) -> int:
    """Write the HTML handout (atomically); returns the number of terms."""
    write_text(Path(out_path), handout_html(notes, title=title, page=page, layout=layout,
                                            today=today, words=words))
    return len(notes)
