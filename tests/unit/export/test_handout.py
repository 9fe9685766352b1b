"""Printable handouts: the HTML page and the PDF Qt draws from it."""

from __future__ import annotations

import re

import pytest
from helpers.collection_factory import Collection

from vocab_app.errors import ExportError
from vocab_app.export.collect import collect_notes
from vocab_app.export.handout import handout_html, write_html
from vocab_app.pdf import write_pdf


@pytest.fixture
def notes(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    src = c.add_source("AI Talk")
    for i in range(90):
        c.term_in_source(src, f"term {i} 多模态模型", f"gloss {i}",
                         f"In this talk term {i} 多模态模型 is explained at some length.")
    c.term_in_source(src, "<b>bold & co</b>", "x", "See <b>bold & co</b> here.")
    yield collect_notes(c.db)
    c.close()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_html_lists_every_term_escaped_with_print_css(notes, tmp_path):
    out = tmp_path / "h.html"
    assert write_html(notes, out, title="Week 1", page="Letter") == 91
    text = out.read_text(encoding="utf-8")
    assert "@page { size: Letter" in text and "page-break-inside: avoid" in text
    for i in (0, 45, 89):
        assert f"<td class=\"term\">term {i} 多模态模型</td>" in text
    assert "In this talk <b>term 0 多模态模型</b> is explained" in text
    assert "&lt;b&gt;bold &amp; co&lt;/b&gt;" in text and "<b>bold" not in text


def test_unknown_paper_size_is_refused(notes):
    with pytest.raises(ExportError, match="paper size"):
        handout_html(notes, page="A5")


@pytest.mark.gui
def test_pdf_has_several_pages_and_letter_differs_from_a4(notes, tmp_path, qapp):
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    write_pdf(handout_html(notes, page="A4"), a4, title="T", page="A4")
    write_pdf(handout_html(notes, page="Letter"), letter, title="T", page="Letter")
    data = a4.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert 3 <= _pages(data) <= 12
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", data)
    lbox = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", letter.read_bytes())
    assert (round(float(box[1])), round(float(box[2]))) == (595, 842)  # A4 in points
    assert (round(float(lbox[1])), round(float(lbox[2]))) == (612, 792)  # Letter
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
