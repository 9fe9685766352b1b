"""CSV and Anki TSV: what a spreadsheet or Anki's text importer will see."""

from __future__ import annotations

import csv

import pytest
from helpers.collection_factory import Collection

from vocab_app.errors import ExportError
from vocab_app.export.collect import collect_notes
from vocab_app.export.tabular import CSV_HEADER, neutralise, write_anki_tsv, write_csv


@pytest.fixture
def notes(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    src = c.add_source("Talk", url="https://example.org/t")
    evil = '=HYPERLINK("http://evil")'
    c.term_in_source(src, evil, "+1 gloss", f"We saw {evil} here.")
    c.add_term("-negative", ("@at",))
    c.add_term("plain, with comma", ("多模态\n模型",))
    yield collect_notes(c.db)
    c.close()


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_get_an_apostrophe(cell):
    assert neutralise(cell) == "'" + cell


def test_ordinary_cells_are_untouched():
    assert neutralise("multimodal 模型 = x") == "multimodal 模型 = x"


def test_csv_reads_back_with_header_and_no_live_formula(notes, tmp_path):
    out = tmp_path / "list.csv"
    assert write_csv(notes, out) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens Chinese correctly
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_HEADER
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))
    assert rows[1][:2] == ["'=HYPERLINK(\"http://evil\")", "'+1 gloss"]
    assert rows[1][4] == "Talk (https://example.org/t)"
    assert rows[2][:2] == ["'-negative", "'@at"]
    assert rows[3][:2] == ["plain, with comma", "多模态 模型"]


def test_anki_tsv_has_header_lines_html_fields_and_inert_formulas(notes, tmp_path):
    out = tmp_path / "list.tsv"
    write_anki_tsv(notes, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["#separator:tab", "#html:true"]
    assert lines[3] == "#tags column:10"
    first = next(csv.reader([lines[4]], delimiter="\t"))
    assert first[0] == "&#61;HYPERLINK(&quot;http://evil&quot;)"
    assert first[1] == "&#43;1 gloss"
    assert first[7] == ""  # no pronunciation
    assert first[9] == "source::Talk style::en-zh"
    assert "多模态<br>模型" in lines[6]


def test_unwritable_folder_is_one_sentence_and_nothing_is_written(notes, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_csv(notes, tmp_path / "missing" / "x.csv")
    assert not (tmp_path / "missing").exists()


def test_the_pronunciation_is_a_column_of_both_tables(tmp_path):
    c = Collection.create(tmp_path / "p.sqlite")
    term_id = c.add_term("agent", ("智能体",))
    c.db.execute("UPDATE terms SET pronunciation = '/ˈeɪ.dʒənt/ <x>' WHERE id = ?", [term_id])
    notes = collect_notes(c.db)
    c.close()
    write_csv(notes, tmp_path / "l.csv")
    with open(tmp_path / "l.csv", encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert dict(zip(header, row, strict=True))["pronunciation"] == "/ˈeɪ.dʒənt/ <x>"
    write_anki_tsv(notes, tmp_path / "l.tsv")
    lines = (tmp_path / "l.tsv").read_text(encoding="utf-8").splitlines()
    columns = lines[2].removeprefix("#columns:").split("\t")
    row = next(csv.reader([lines[4]], delimiter="\t"))
    assert dict(zip(columns, row, strict=True))["Pronunciation"] == "/ˈeɪ.dʒənt/ &lt;x&gt;"


def test_pinyin_is_a_column_of_both_tables_and_the_learners_reading_wins(tmp_path):
    from vocab_app.store.pinyin import set_reading

    c = Collection.create(tmp_path / "p.sqlite")
    c.add_term("bank", ("银行",))
    c.add_term("row of seats", ("一行座位",))
    c.add_term("data", ("data",))
    set_reading(c.db, "一行座位", "yī háng zuòwèi")
    notes = collect_notes(c.db)
    c.close()
    write_csv(notes, tmp_path / "l.csv")
    with open(tmp_path / "l.csv", encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    pinyin = {row[0]: dict(zip(header, row, strict=True))["pinyin"] for row in rows}
    assert pinyin == {"bank": "yínháng", "row of seats": "yī háng zuòwèi", "data": ""}
    write_anki_tsv(notes, tmp_path / "l.tsv")
    lines = (tmp_path / "l.tsv").read_text(encoding="utf-8").splitlines()
    columns = lines[2].removeprefix("#columns:").split("\t")
    row = next(csv.reader([lines[4]], delimiter="\t"))
    assert dict(zip(columns, row, strict=True))["Pinyin"] == "yínháng"
