"""A review session driven by the keyboard only, over a real seeded collection: Space shows the
answer, digits grade, Ctrl+Z takes the last answer back (and its log row leaves the file), the
buttons show the engine's previewed intervals, and the session ends with a summary."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from gui_helpers import call, query, scalar
from PySide6.QtCore import Qt

from vocab_app.gui.review_view import ReviewView, format_interval


@pytest.fixture
def view(qtbot: Any, ops: Any) -> ReviewView:
    widget = ReviewView(ops)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.activateWindow()
    with qtbot.waitSignal(widget.card_shown, timeout=20000):
        widget.refresh()
    return widget


def labels(view: ReviewView) -> dict[str, str]:
    """Button name → its second line (the previewed interval)."""
    return {spec.name: button.text().split("\n")[1] for spec, button in view.buttons}


def press(qtbot: Any, view: ReviewView, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier,
          until: Any = None) -> None:
    if until is None:
        qtbot.keyClick(view, key, modifier)
        return
    with qtbot.waitSignal(until, timeout=10000):
        qtbot.keyClick(view, key, modifier)


def answer_good(qtbot: Any, view: ReviewView) -> int:
    """Space, then 3 (Good); waits until the next card or the summary is on screen."""
    card_id = view.current_card.card_id
    answers = view.summary["answers"]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.state == "back"
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: view.summary["answers"] == answers + 1
                    and view.state in ("front", "summary"), timeout=10000)
    return card_id


def test_format_interval_matches_button_captions():
    assert [format_interval(d) for d in (0, 1, 6, 29, 63, 400)] == \
        ["today", "1d", "6d", "29d", "2.1mo", "1.1y"]


def test_keyboard_session_with_undo_ends_in_a_summary(qtbot, view, collection):
    due_new = scalar(collection, "SELECT min(20, count(*)) FROM cards"
                     " WHERE state = 'new' AND direction = 'forward'")
    assert view.state == "front"
    assert view.progress.text() == f"{due_new} left · 0 done"
    # grading needs the answer first
    first = view.current_card.card_id
    press(qtbot, view, Qt.Key.Key_3)
    assert view.state == "front" and scalar(collection, "SELECT count(*) FROM reviews") == 0

    press(qtbot, view, Qt.Key.Key_Space)
    assert view.state == "back"
    assert view.current_card.front in view.card_view.toPlainText()
    # a new card: Again and Hard bring it back in this session; Good and Easy give I(1) = 1 day
    assert labels(view) == {"Again": "again today", "Hard": "again today", "Good": "1d",
                            "Easy": "1d"}
    qtbot.waitUntil(lambda: view.answer_elapsed_ms >= 40, timeout=5000)
    press(qtbot, view, Qt.Key.Key_3, until=view.card_shown)
    row = query(collection, "SELECT card_id, grade, answer_ms FROM reviews")
    assert len(row) == 1 and row[0][:2] == (first, 4) and row[0][2] >= 40
    assert view.progress.text() == f"{due_new - 1} left · 1 done"

    second = view.current_card.card_id
    assert second != first
    press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view, Qt.Key.Key_1, until=view.card_shown)  # Again: comes back this session
    assert query(collection, "SELECT card_id, grade FROM reviews ORDER BY id")[-1] == (second, 1)
    assert query(collection, "SELECT state, due FROM cards WHERE id = ?", (second,)) == \
        [("learning", "2026-11-23")]

    # Ctrl+Z: the same card again, front first; its log row is gone and its state restored
    with qtbot.waitSignal(view.card_shown, timeout=10000) as shown:
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == [second] and view.state == "front"
    assert query(collection, "SELECT card_id FROM reviews") == [(first,)]
    assert query(collection, "SELECT state, due FROM cards WHERE id = ?", (second,)) == \
        [("new", None)]

    press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view, Qt.Key.Key_1, until=view.card_shown)  # Again, for real this time
    while view.state == "front":
        answer_good(qtbot, view)
    assert view.state == "summary"
    summary = view.summary
    assert summary["cards"] == due_new
    assert summary["answers"] == due_new + 1 == scalar(collection, "SELECT count(*) FROM reviews")
    assert summary["again"] == 1
    assert summary["answer_ms"] == scalar(collection, "SELECT sum(answer_ms) FROM reviews")
    assert str(summary["next_due"]) == "2026-11-23"
    text = view.card_view.toPlainText()
    assert "Session complete" in text and "Cards reviewed" in text and "11/23/2026" in text  # en_US


def test_second_day_buttons_preview_six_days(qtbot, view, clock, ops):
    answered = answer_good(qtbot, view)
    clock.advance(days=1)
    with qtbot.waitSignal(view.card_shown, timeout=20000) as shown:
        view.start_session()
    assert shown.args == [answered]  # due cards come before new ones
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert labels(view) == {"Again": "again today", "Hard": "again today", "Good": "6d",
                            "Easy": "6d"}


def test_six_grade_mode_grades_with_keys_0_to_5(qtbot, view, ops, collection):
    def six(lib):
        lib.save_settings(replace(lib.settings, six_grade_mode=True))

    call(qtbot, ops, six)
    with qtbot.waitSignal(view.card_shown, timeout=20000):
        view.start_session()
    assert [spec.key for spec, _ in view.buttons] == ["0", "1", "2", "3", "4", "5"]
    card = view.current_card.card_id
    qtbot.keyClick(view, Qt.Key.Key_Space)
    with qtbot.waitSignal(view.card_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_0)
    assert query(collection, "SELECT card_id, grade FROM reviews") == [(card, 0)]


def test_a_card_deleted_in_the_library_mid_session_is_skipped(qtbot, view, ops, collection):
    session = view._session
    upcoming = list(session.srs.queue)[1:3]
    (gone_term,) = query(collection, "SELECT term_id FROM cards WHERE id = ?", (upcoming[0],))[0]
    call(qtbot, ops, lambda lib: lib.delete_terms([gone_term]))
    answer_good(qtbot, view)
    assert view.state == "front" and view.current_card.card_id == upcoming[1]
