"""Gloss extraction stays linear in the length of a line: a long line of unclosed or nested
brackets, or of marks, mines in well under a second (bounds are generous: the point is that
nothing is quadratic, where 100 KB would take minutes), and an unclosed bracket's gloss ends
at its sentence. Times are CPU seconds of this process, so other work on the machine does not
count."""

from __future__ import annotations

import pytest
from helpers.timing import assert_linear

from vocab_app.mining.brackets import UNCLOSED_REACH, scan_parentheticals
from vocab_app.mining.glosses import find_glosses

_SIZE = 100_000


@pytest.mark.parametrize("unit", ["word (", "(a", "模型（", "（模型（model", "a (b) ", "((",
                                  "x (KV, RL ", "术语（term，"])
def test_a_100_kb_line_of_brackets_mines_in_linear_time(unit):
    def work(size: int):
        line = unit * (size // len(unit))
        marks = tuple((i, i + 3) for i in range(0, len(line) - 3, 50))
        return lambda: find_glosses(line, marks)

    find_glosses(unit * 100)  # warm up caches and lazy imports
    assert_linear(work, _SIZE)
    line = unit * (_SIZE // len(unit))
    for hit in find_glosses(line):
        assert len(hit.gloss) <= UNCLOSED_REACH


@pytest.mark.parametrize("opener", ["(", "w(", "术语（", "x (y, "])
def test_deeply_nested_brackets_mine_in_linear_time(opener):
    def work(size: int):
        n = size // (len(opener) + 1)
        line = opener * n + "x" + ")" * n
        return lambda: find_glosses(line)

    assert_linear(work, _SIZE)


def test_unclosed_bracket_ends_at_its_sentence():
    text = "他们引入了强化学习(reinforcement learning。后面还有很长的一段话，说的是别的事情。"
    (p,) = scan_parentheticals(text)
    assert text[p.start:p.end] == "reinforcement learning"
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [
        ("强化学习", "reinforcement learning")]


def test_unclosed_bracket_in_english_ends_at_a_full_stop():
    text = "We used reinforcement learning (RL. Then we tried something else entirely."
    (p,) = scan_parentheticals(text)
    assert text[p.start:p.end] == "RL"


def test_unclosed_bracket_without_sentence_end_stops_after_its_reach():
    text = "注意 (" + "很长的说明" * 100
    (p,) = scan_parentheticals(text)
    assert p.end - p.start == UNCLOSED_REACH and not p.closed


def test_a_line_marked_whole_with_many_brackets_mines_in_linear_time():
    unit = "模型（model）与数据（data）"

    def line_and_marks(size: int):
        line = unit * (size // len(unit))
        # The whole line in italics, each term in bold as well.
        marks = ((0, len(line)),) + tuple(
            (i + k, i + k + 2) for i in range(0, len(line), len(unit)) for k in (0, 10))
        return line, marks

    def work(size: int):
        line, marks = line_and_marks(size)
        return lambda: find_glosses(line, marks)

    assert_linear(work, _SIZE)
    hits = find_glosses(*line_and_marks(_SIZE))
    assert {(h.term, h.gloss) for h in hits} == {("模型", "model"), ("数据", "data")}


@pytest.mark.parametrize("head, bracket", [("a", "/b（甲/乙）"), ("模", "/型（model/data）")])
def test_a_long_run_before_a_slash_list_bracket_mines_in_linear_time(head, bracket):
    # a slash list's items are walked back from the bracket: never once per character of a
    # long run (the first version re-matched the whole run at each step)
    def work(size: int):
        line = head * size + bracket
        return lambda: find_glosses(line)

    assert_linear(work, _SIZE)
