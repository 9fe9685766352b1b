"""A colleague's CSV/TSV list (issue 10, case 5): delimiters read robustly, including `，` and `、`
between a Latin term and a Chinese gloss, and a preview with one warning per odd line before
anything is stored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers.timing import assert_linear
from library_helpers import snapshot

from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library
from vocab_app.services.list_csv import parse_list

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
MESSY = ("term,gloss,tags\n"
         "backpropagation，反向传播\n"       # 2: a Chinese comma between term and gloss
         "gradient descent、梯度下降\n"      # 3: an enumeration comma
         "agent,\n"                         # 4: no gloss (in the collection: linked)
         "reward hacking\n"                 # 5: no gloss, unknown: not added
         "world model,世界模型,ai,extra\n"   # 6: too many columns
         "World Models,世界模型\n"          # 7: the same term again
         ",orphan gloss\n")                 # 8: no term
BAD_BYTES = b"caf\xe9 latte," + "拿铁\n".encode()  # 9: a Latin-1 byte, not UTF-8


@pytest.fixture
def lists(col):
    col.add_term("agent", ("智能体",))
    return Library(col.db, col.path, FixedClock(NOW)).lists


def test_preview_warns_per_odd_line_and_stores_nothing(lists, col, tmp_path):
    f = tmp_path / "colleague.csv"
    f.write_bytes(MESSY.encode("utf-8") + BAD_BYTES)
    col.db.conn.commit()
    before = snapshot(col.path)
    preview = lists.preview_csv(f)
    assert snapshot(col.path) == before
    shown = [(r.row.line, r.row.term, r.row.gloss, r.action) for r in preview.rows]
    assert shown == [
        (2, "backpropagation", "反向传播", "create"),
        (3, "gradient descent", "梯度下降", "create"),
        (4, "agent", "", "link"),
        (5, "reward hacking", "", "skip"),
        (6, "world model", "世界模型", "create"),
        (7, "World Models", "世界模型", "skip"),
        (8, "", "orphan gloss", "skip"),
        (9, "", "", "skip")]
    lines = [w.split(":")[0] for w in preview.warnings]
    assert lines == [f"line {n}" for n in (4, 5, 6, 7, 8, 9)]
    text = "\n".join(preview.warnings)
    assert "no gloss for 'agent'" in text and "4 columns" in text
    assert "already given on line 6" in text and "no term" in text and "UTF-8" in text

    report = lists.import_preview(preview, "From Ana")
    assert (report.linked, report.created) == (1, 3)
    glosses = dict(col.db.execute(
        "SELECT t.term, group_concat(s.gloss) FROM terms t LEFT JOIN senses s"
        " ON s.term_id = t.id GROUP BY t.id").fetchall())
    assert glosses["backpropagation"] == "反向传播" and glosses["gradient descent"] == "梯度下降"
    assert "reward hacking" not in glosses  # it would have been a card without an answer
    assert all(glosses.values())


@pytest.mark.parametrize(("text", "suffix"), [
    ("term;gloss\nbackpropagation;反向传播\nworld model;世界模型\n", ".csv"),
    ("backpropagation\t反向传播\nworld model\t世界模型\n", ".txt"),
    ('"backpropagation","反向传播"\n"world model","世界模型"\n', ".csv"),
    ("backpropagation，反向传播\nworld model，世界模型\n", ".csv"),
    ("反向传播，backpropagation\n世界模型、world model\n", ".txt"),
])
def test_delimiters(text, suffix):
    rows = parse_list(text, suffix).rows
    assert {(r.term, r.gloss) for r in rows if not r.problem} in (
        {("backpropagation", "反向传播"), ("world model", "世界模型")},
        {("反向传播", "backpropagation"), ("世界模型", "world model")})


def test_a_chinese_comma_inside_a_chinese_sentence_is_not_a_separator():
    (row,) = parse_list("我们，他们\n").rows
    assert (row.term, row.gloss) == ("我们，他们", "") and "no gloss" in row.problem


def test_long_lines_take_linear_time():
    def work(n: int):
        line = "a" * n + "，" + "中" * n + "\n" + ("x;" * n) + "\n" + "t," + "y" * n + "\n"
        return lambda: parse_list(line * 3)

    assert_linear(work, 200_000, factor=10)


@pytest.mark.parametrize("reverse", [True, False])
def test_a_list_import_makes_the_same_cards_as_a_mining_import(tmp_path, reverse):
    """Issue 11: list import and mining import create terms through one store function, so
    with reverse cards on a term first met in a colleague's list gets its reverse card too
    (it used to get only a forward card) and shows up in review in both directions."""
    from vocab_app.services.settings import Settings

    text = tmp_path / "note.txt"
    text.write_text("We trained a reward model (奖励模型) on the answers people preferred.\n",
                    encoding="utf-8")
    csv = tmp_path / "colleague.csv"
    csv.write_text("term,gloss\nknowledge distillation,知识蒸馏\n", encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=FixedClock(NOW)) as lib:
        lib.save_settings(Settings(reverse_cards=reverse, new_per_day=20))
        assert lib.import_files([text]).new_terms == 1
        report = lib.lists.import_csv(csv, "Week 1")
        assert report.created == 1
        mined, listed = (lib.term_rows()[0].id, lib.term_rows()[1].id)
        directions = [sorted(c.direction for c in lib.term_detail(t).cards)
                      for t in (mined, listed)]
        expected = ["forward", "reverse"] if reverse else ["forward"]
        assert directions == [expected, expected]
        shown = []
        for days in range(3):  # a term shows one card a day: the reverse one comes on day 3
            session = lib.review.start_session(NOW.date() + timedelta(days=days))
            while (card := session.next_card()) is not None:
                shown.append((card.front, card.direction))
                lib.review.answer(session, card.card_id, 5)
        assert ("knowledge distillation", "forward") in shown
        assert (("知识蒸馏", "reverse") in shown) == reverse
        assert (("奖励模型", "reverse") in shown) == reverse
