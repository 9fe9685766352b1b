"""A printable handout of a term list, as HTML with print CSS.

One row per term: the term, its gloss, one example sentence (the term in bold) and the source.
The HTML page carries `@page` rules for A4 or Letter, so printing it from a browser gives clean
pages (rows never split across pages, the header repeats). A PDF handout is this HTML drawn by
vocab_app/pdf.py on the same paper and margins (MARGIN_MM); no Qt here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from vocab_app.errors import ExportError
from vocab_app.export.collect import ExportNote, escape
from vocab_app.export.files import write_text

PAGES = ("A4", "Letter")
MARGIN_MM = 15

_STYLE = """
@page {{ size: {page}; margin: {margin}mm; }}
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; color: #111; }}
h1 {{ font-size: 16pt; margin: 0 0 4mm; }}
p.meta {{ color: #555; font-size: 9pt; margin: 0 0 4mm; }}
table {{ width: 100%; border-collapse: collapse; }}
th {{ text-align: left; font-size: 9pt; color: #555; border-bottom: 1.5pt solid #333;
  padding: 2pt 4pt; }}
td {{ vertical-align: top; border-bottom: 0.5pt solid #bbb; padding: 4pt; }}
td.term {{ font-weight: bold; width: 22%; }}
td.gloss {{ width: 22%; }}
td.example {{ font-size: 10pt; }}
td.source {{ font-size: 8pt; color: #555; width: 16%; }}
tr {{ page-break-inside: avoid; break-inside: avoid; }}
thead {{ display: table-header-group; }}
@media screen {{ body {{ max-width: 190mm; margin: 10mm auto; }} }}
"""


def handout_html(notes: Sequence[ExportNote], *, title: str = "Vocabulary",
                 page: str = "A4") -> str:
    """The handout as one self-contained HTML page (all text escaped)."""
    if page not in PAGES:
        raise ExportError(f"The paper size {page!r} is not one of {', '.join(PAGES)}.")
    rows = []
    for note in notes:
        rows.append(
            "<tr>"
            f'<td class="term">{escape(note.term)}</td>'
            f'<td class="gloss">{escape(note.gloss)}</td>'
            f'<td class="example">{_example(note)}</td>'
            f'<td class="source">{escape(note.source_title)}</td>'
            "</tr>")
    style = _STYLE.format(page=page, margin=MARGIN_MM)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{style}</style></head><body>"
        f"<h1>{escape(title)}</h1><p class=\"meta\">{len(notes)} terms</p>"
        '<table width="100%" cellpadding="4" cellspacing="0"><thead>'
        "<tr><th>Term</th><th>Gloss</th><th>Example</th><th>Source</th></tr>"
        "</thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></body></html>\n")


def _example(note: ExportNote) -> str:
    if not note.sentence:
        return ""
    if note.span is None or not (0 <= note.span[0] < note.span[1] <= len(note.sentence)):
        return escape(note.sentence)
    a, b = note.span
    s = note.sentence
    return f"{escape(s[:a])}<b>{escape(s[a:b])}</b>{escape(s[b:])}"


def write_html(notes: Sequence[ExportNote], out_path: str | os.PathLike[str], *,
               title: str = "Vocabulary", page: str = "A4") -> int:
    """Write the HTML handout (atomically); returns the number of terms."""
    write_text(Path(out_path), handout_html(notes, title=title, page=page))
    return len(notes)
