"""Printable handouts: the layouts (export/handout.py), the HTML page, and the PDF pages Qt lays
out (vocab_app/pdf.py), read back page by page with pypdf."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from helpers.collection_factory import Collection
from pypdf import PdfReader

from vocab_app.errors import ExportError
from vocab_app.export.collect import ExportNote, collect_notes
from vocab_app.export.handout import build, example, handout_html, write_html
from vocab_app.mining.pinyin import pinyin
from vocab_app.pdf import write_pdf

DAY = date(2026, 12, 3)


@pytest.fixture
def notes(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    src = c.add_source("AI Talk")
    for i in range(90):
        c.term_in_source(src, f"term{i:03d} 多模态模型", f"gloss {i} 多模态的解释",
                         f"In this talk term{i:03d} 多模态模型 is explained at some length.")
    c.term_in_source(src, "<b>bold & co</b>", "x", "See <b>bold & co</b> here.")
    yield collect_notes(c.db)
    c.close()


@pytest.fixture(scope="module")
def seed_notes(seeded_template):
    """The seeds' notes plus ten more: 215 real-looking entries."""
    from vocab_app.store.db import close_db, open_db

    db = open_db(seeded_template, read_only=True)
    try:
        notes = collect_notes(db)
    finally:
        close_db(db)
    extra = [replace(notes[i], term_id=-i - 1, key=f"extra {i}", term=f"extra entry {i}",
                     gloss=f"第{i}个补充词条") for i in range(215 - len(notes))]
    return notes + extra


def _page_texts(path) -> list[str]:
    """Each page's text with all whitespace removed (a wrapped cell reads as one run)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_html_lists_every_term_escaped_with_print_css(notes, tmp_path):
    out = tmp_path / "h.html"
    assert write_html(notes, out, title="Week 1", page="Letter", layout="examples") == 91
    text = out.read_text(encoding="utf-8")
    assert "@page { size: Letter" in text and "page-break-inside: avoid" in text
    for i in (0, 45, 89):
        assert f'<td class="bold">term{i:03d} 多模态模型</td>' in text
    assert "In this talk <b>term000 多模态模型</b> is explained" in text
    assert "&lt;b&gt;bold &amp; co&lt;/b&gt;" in text and "<b>bold" not in text
    assert f"<td>{pinyin('多模态模型')}</td>" not in text  # the term's pinyin has its Latin too
    assert "term000 duō mótài móxíng" in text


def test_unknown_paper_size_or_layout_is_refused(notes):
    with pytest.raises(ExportError, match="paper size"):
        handout_html(notes, page="A5")
    with pytest.raises(ExportError, match="layout"):
        build(notes, title="T", layout="poster")


def test_pinyin_reads_the_chinese_side_word_by_word():
    assert pinyin("强化学习") == "qiánghuà xuéxí"
    assert pinyin("银行") == "yínháng" and pinyin("行走") == "xíngzǒu"  # the word decides
    assert pinyin("RLHF人类反馈") == "RLHF rénlèi fǎnkuì"
    assert pinyin("编排/封装") == "biānpái/fēngzhuāng" and pinyin("no Chinese") == "no Chinese"
    doc = build([ExportNote(1, "rl", "reinforcement learning", "RL; 强化学习", "en-zh")],
                title="T")
    assert [c.text for c in doc.tables[0].rows[0]] == ["reinforcement learning",
                                                       "qiánghuà xuéxí", "RL; 强化学习"]
    english = build([ExportNote(1, "x", "dyspnea", "shortness of breath", "def")], title="T")
    assert [c.header for c in english.tables[0].columns] == ["Term", "Gloss"]  # no pinyin


def test_example_is_shortened_around_the_term_at_word_boundaries():
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
    left = " ".join(words) + " "
    sentence = left + "gradient descent" + " and then " + " ".join(reversed(words)) + "."
    note = ExportNote(1, "g", "gradient descent", "梯度下降", "en-zh", sentence=sentence,
                      span=(len(left), len(left) + len("gradient descent")))
    cell = example(note, width=80)
    a, b = cell.bold
    assert cell.text[a:b] == "gradient descent"
    assert cell.text.startswith("…") and cell.text.endswith("…") and len(cell.text) <= 82
    kept = cell.text.strip("…").split()
    assert set(kept) - {"gradient", "descent", "and", "then"} <= set(words)  # no cut word
    zh = "我们今天要讲的是" * 6 + "强化学习" + "在很多任务上的表现" * 6
    cut = example(ExportNote(2, "z", "强化学习", "RL", "zh-en", sentence=zh,
                             span=(48, 52)), width=60)
    assert cut.text[cut.bold[0]:cut.bold[1]] == "强化学习" and len(cut.text) <= 32


@pytest.mark.gui
def test_glossary_of_215_terms_fits_8_a4_pages_with_no_row_split(seed_notes, tmp_path, qapp):
    out = tmp_path / "g.pdf"
    pages = write_pdf(build(seed_notes, title="Week 3", layout="glossary", today=DAY), out)
    texts = _page_texts(out)
    assert len(seed_notes) == 215 and pages == len(texts) <= 8
    for note in seed_notes:
        # the term and its gloss on one page: the row was placed whole
        assert any(_flat(note.term) in t and _flat(note.gloss) in t for t in texts), note.term
    assert all(f"Page{i}of{pages}" in t for i, t in enumerate(texts, 1))
    assert all(t.count("TermPinyinGloss") == 1 for t in texts)  # the header on every page
    assert "Week3" in texts[0] and "215terms,glossary·2026-12-03" in texts[0]
    # compact: two panels a page, so fewer pages again
    compact = write_pdf(build(seed_notes, title="Week 3", layout="compact"), tmp_path / "c.pdf")
    assert compact < pages and compact <= 4


@pytest.mark.gui
def test_every_term_once_whole_on_one_page_in_each_layout(notes, tmp_path, qapp):
    for layout in ("glossary", "compact", "examples"):
        out = tmp_path / f"{layout}.pdf"
        write_pdf(build(notes, title="T", layout=layout), out)
        texts = _page_texts(out)
        whole = "".join(texts)
        for i in range(90):
            term = f"term{i:03d}"
            assert whole.count(term + "多模态模型") == (2 if layout == "examples" else 1)
            assert sum(term in t for t in texts) == 1, (layout, term)  # not split over pages
        assert whole.count("<b>bold&co</b>") >= 1  # markup printed as text


@pytest.mark.gui
def test_quiz_of_20_terms_is_one_page_and_a_key(seed_notes, tmp_path, qapp):
    twenty = seed_notes[:20]
    out = tmp_path / "quiz.pdf"
    assert write_pdf(build(twenty, title="Quiz", layout="quiz"), out) == 2
    quiz, key = _page_texts(out)
    assert "Answerkey" in key and "Answerkey" not in quiz
    for note in twenty:
        assert _flat(note.term) in quiz and _flat(note.term) in key
        assert _flat(note.gloss) in key
    assert not any(_flat(n.gloss) in quiz for n in twenty if len(n.gloss) > 3 and
                   _flat(n.gloss) not in _flat(n.term))  # the glosses are left to fill in


@pytest.mark.gui
def test_a_ten_term_list_is_one_page_and_its_quiz_one_and_a_key(seed_notes, tmp_path, qapp):
    ten = seed_notes[:10]
    pages = {layout: write_pdf(build(ten, title="Week 1", layout=layout),
                               tmp_path / f"{layout}.pdf")
             for layout in ("glossary", "compact", "examples", "quiz")}
    # the first ten seed terms hold two English glosses of 10-20 lines: the gloss column takes
    # room from the sentences where that makes the table shorter (pdf_layout.shorter_table)
    assert pages == {"glossary": 1, "compact": 1, "examples": 1, "quiz": 2}


def test_compact_html_puts_the_entries_in_two_columns(notes):
    text = handout_html(notes, layout="compact")
    assert '<div class="panels"><table' in text and "column-count: 2" in text


@pytest.mark.gui
def test_pdf_paper_sizes_and_no_temporary_files(notes, tmp_path, qapp):
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    write_pdf(build(notes, title="T"), a4, page="A4")
    write_pdf(build(notes, title="T"), letter, page="Letter")
    data = a4.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/FontFile" in data  # the fonts (Chinese too) are embedded
    box = PdfReader(a4).pages[0].mediabox
    lbox = PdfReader(letter).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)  # A4 in points
    assert (round(lbox.width), round(lbox.height)) == (612, 792)  # Letter
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.gui
def test_a_long_word_is_never_broken_and_a_long_gloss_wraps(tmp_path, qapp):
    long_gloss = " ".join(["internationalisation"] * 30)
    notes = [ExportNote(1, "a", "electroencephalography", long_gloss, "def"),
             ExportNote(2, "b", "深度强化学习" * 8, "deep reinforcement learning", "zh-en")]
    out = tmp_path / "w.pdf"
    write_pdf(build(notes, title="T"), out)
    lines = [ln for p in PdfReader(out).pages for ln in p.extract_text().splitlines()]
    words = {w for ln in lines for w in ln.split()}
    assert "electroencephalography" in words and "internationalisation" in words
    assert not any(w.startswith(("electro", "internat")) and w not in
                   ("electroencephalography", "internationalisation") for w in words)
    assert sum("internationalisation" in ln for ln in lines) > 3  # wrapped over lines


def test_column_widths_fill_the_page_and_a_long_cell_gets_room_where_it_saves_lines():
    from vocab_app.pdf_layout import _lines, column_widths, shorter_table

    widths = column_widths([30, 40, 200], [20, 25, 30], 300, gap=10)
    assert round(sum(widths) + 20) == 300 and widths[2] > widths[1] > widths[0]
    short = column_widths([30, 40], [20, 25], 300, gap=10)  # room to spare: spread over both
    assert round(sum(short) + 10) == 300 and short[1] > short[0] > 30
    # one row's 2nd cell is 1,000 units long, every row's 3rd cell 150
    cells = [[20] * 10, [40] * 9 + [1000], [150] * 10]
    start = [40.0, 60.0, 180.0]
    better = shorter_table(start, [20, 25, 30], cells)
    assert _lines(better, cells) < _lines(start, cells)
    assert round(sum(better)) == 280 and all(w >= m for w, m in zip(better, [20, 25, 30],
                                                                      strict=True))


def test_a_corrected_reading_is_what_the_handout_prints(tmp_path):
    from vocab_app.store.pinyin import set_reading

    c = Collection.create(tmp_path / "c.sqlite")
    src = c.add_source("Talk")
    c.term_in_source(src, "一行代码", "a line of code", "Just 一行代码 changed it.")
    assert pinyin("一行代码") != "yì háng dàimǎ"
    set_reading(c.db, "一行代码", "yì háng dàimǎ")
    doc = build(collect_notes(c.db), title="T")
    quiz = build(collect_notes(c.db), title="T", layout="quiz")
    c.close()
    assert [cell.text for cell in doc.tables[0].rows[0]][:2] == ["一行代码", "yì háng dàimǎ"]
    assert [cell.text for cell in quiz.tables[0].rows[0]][2] == "yì háng dàimǎ"
