"""One grade table (srs/grades.py) for the Review view and `vocab review`, and captions that say
what an answer does, from the service's dry run (`outcomes`), checked against real answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vocab_app.srs.grades import Outcome, answer_keys, caption, grade_for


def test_four_button_keys_are_again_hard_good_easy_with_grades_1_3_4_5():
    assert [(s.key, s.name, s.grade) for s in answer_keys(False)] == [
        ("1", "Again", 1), ("2", "Hard", 3), ("3", "Good", 4), ("4", "Easy", 5)]
    assert [grade_for(k, False) for k in ("1", "2", "3", "4", "a", "h", "g", "e")] == [
        1, 3, 4, 5, 1, 3, 4, 5]
    assert grade_for("0", False) is None and grade_for("5", False) is None


def test_six_grade_keys_are_the_sm2_grade():
    assert [(s.key, s.grade) for s in answer_keys(True)] == [(str(q), q) for q in range(6)]
    assert [grade_for(str(q), True) for q in range(6)] == list(range(6))
    assert grade_for("g", True) == 4 and grade_for("x", True) is None


@pytest.mark.parametrize(("again", "days", "text"), [
    (True, 1, "again today"), (False, 1, "1d"), (False, 25, "25d"), (False, 63, "2.1mo")])
def test_caption(again, days, text):
    today = date(2026, 3, 10)
    assert caption(Outcome(today + timedelta(days=days), again), today) == text


@pytest.mark.parametrize(("days", "unit", "amount"), [
    (0, "today", 0), (6, "days", 6), (29, "days", 29), (60, "months", 2.0), (63, "months", 2.1),
    (400, "years", 1.1)])
def test_wait_is_a_structured_value_each_front_end_words(days, unit, amount):
    """Core words nothing in a language: the GUI (tr) and CLI (gettext) word the Wait."""
    from vocab_app.srs.grades import Wait, interval, wait

    assert interval(days) == Wait(unit, amount)
    today = date(2026, 3, 10)
    assert wait(Outcome(today + timedelta(days=days), True), today) == Wait("again today")
