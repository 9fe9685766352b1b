"""One undo history for the window over a real seeded collection file: Edit → Undo/Redo name
the step they take back or do again, and serve Library deletions and gloss edits, review answers
and list edits in the Term lists window, in the order they were made. Also: views refresh only
for the kinds of data they show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import call, count, open_main_window, query
from PySide6.QtCore import Qt

from vocab_app.gui.lists_dialog import ListsDialog
from vocab_app.gui.main_window import MainWindow


def menu_text(action: Any) -> str:
    return action.text().replace("&", "")


def wait_idle(qtbot: Any, ops: Any) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=20000)


def library_ready(qtbot: Any, window: MainWindow) -> Any:
    library = window.view("library")
    # rows, then the filter choices (which may reload the rows) are in
    qtbot.waitUntil(lambda: library.model.rowCount() > 0 and not library.model.is_loading
                    and not window.ops.busy, timeout=20000)
    return library


def rows_of(path: Path, ids: tuple[int, ...]) -> tuple[list[tuple], ...]:
    marks = ",".join("?" * len(ids))
    return tuple(query(path, f"SELECT * FROM {table} WHERE term_id IN ({marks}) ORDER BY id", ids)
                 for table in ("senses", "occurrences", "cards")) + (
        query(path, f"SELECT * FROM terms WHERE id IN ({marks}) ORDER BY id", ids),)


def test_deleting_terms_is_undone_and_redone_from_the_edit_menu(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    library = library_ready(qtbot, window)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    before = count(path, "terms")
    library.table.selectRow(0)
    library.table.selectionModel().select(
        library.model.index(2, 0), library.table.selectionModel().SelectionFlag.Select
        | library.table.selectionModel().SelectionFlag.Rows)
    library.table.selectionModel().select(
        library.model.index(1, 0), library.table.selectionModel().SelectionFlag.Select
        | library.table.selectionModel().SelectionFlag.Rows)
    ids = tuple(library.model.term_id(r) for r in library.selected_rows())
    assert len(ids) == 3
    stored = rows_of(path, ids)
    assert all(stored)

    library.table.setFocus()
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: count(path, "terms") == before - 3, timeout=20000)
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == "Undo Delete 3 terms"
    assert library.infobar.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit → Undo
    qtbot.waitUntil(lambda: count(path, "terms") == before, timeout=20000)
    wait_idle(qtbot, ops)
    assert rows_of(path, ids) == stored  # every row back with its ids and scheduling
    assert not window.undo_action.isEnabled() and not library.infobar.isVisible()
    assert menu_text(window.redo_action) == "Redo Delete 3 terms"
    qtbot.waitUntil(lambda: set(ids) <= {library.model.term_id(r)
                                         for r in range(library.model.rowCount())},
                    timeout=20000)

    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Edit → Redo
    qtbot.waitUntil(lambda: count(path, "terms") == before - 3, timeout=20000)
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == "Undo Delete 3 terms"
    window.undo_action.trigger()  # and back again: the redo kept what undo needs
    qtbot.waitUntil(lambda: count(path, "terms") == before, timeout=20000)
    wait_idle(qtbot, ops)
    assert rows_of(path, ids) == stored


def test_a_gloss_edit_is_undone_from_the_edit_menu(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    library = library_ready(qtbot, window)
    row = next(r for r in range(library.model.rowCount()) if "; " not in
               library.model.row_data(r).gloss)
    data = library.model.row_data(row)
    old = query(path, "SELECT gloss FROM senses WHERE term_id = ?", (data.id,))
    assert library.model.setData(library.model.index(row, 1), "a better gloss")
    qtbot.waitUntil(lambda: query(path, "SELECT gloss FROM senses WHERE term_id = ?",
                                  (data.id,)) == [("a better gloss",)], timeout=20000)
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == f"Undo Edit gloss of “{data.term}”"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: query(path, "SELECT gloss FROM senses WHERE term_id = ?",
                                  (data.id,)) == old, timeout=20000)


def test_a_review_answer_is_undone_and_redone_and_its_card_comes_back(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=20000):
        window.show_view("review")
    card = review.current_card
    state = query(path, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                  (card.card_id,))
    qtbot.keyClick(review, Qt.Key.Key_Space)
    with qtbot.waitSignal(review.card_shown, timeout=20000):
        qtbot.keyClick(review, Qt.Key.Key_4)  # Easy
    assert query(path, "SELECT card_id, grade FROM reviews") == [(card.card_id, 5)]
    answered = query(path, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                     (card.card_id,))
    assert answered != state and review.current_card.card_id != card.card_id
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == f"Undo Answer “{card.front}”"

    with qtbot.waitSignal(review.card_shown, timeout=20000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == [card.card_id] and review.state == "front"  # the card is back
    assert query(path, "SELECT count(*) FROM reviews") == [(0,)]
    assert query(path, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                 (card.card_id,)) == state
    wait_idle(qtbot, ops)
    assert menu_text(window.redo_action) == f"Redo Answer “{card.front}”"

    with qtbot.waitSignal(review.card_shown, timeout=20000):
        window.redo_action.trigger()
    assert query(path, "SELECT card_id, grade FROM reviews") == [(card.card_id, 5)]
    assert query(path, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                 (card.card_id,)) == answered
    assert review.summary["answers"] == 1


def test_steps_of_different_views_are_undone_newest_first(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=20000):
        window.show_view("review")
    qtbot.keyClick(review, Qt.Key.Key_Space)
    with qtbot.waitSignal(review.card_shown, timeout=20000):
        qtbot.keyClick(review, Qt.Key.Key_3)
    window.show_view("library")
    library = library_ready(qtbot, window)
    before = count(path, "terms")
    library.table.selectRow(5)
    library.delete_selected()
    qtbot.waitUntil(lambda: count(path, "terms") == before - 1, timeout=20000)
    wait_idle(qtbot, ops)

    window.undo_action.trigger()  # the deletion first
    qtbot.waitUntil(lambda: count(path, "terms") == before, timeout=20000)
    assert count(path, "reviews") == 1
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action).startswith("Undo Answer “")
    window.undo_action.trigger()  # then the answer, from the Library
    qtbot.waitUntil(lambda: count(path, "reviews") == 0, timeout=20000)


def test_list_edits_in_the_lists_window_share_the_window_history(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    terms = query(path, "SELECT id FROM terms ORDER BY position LIMIT 3")

    def make(lib: Any) -> int:
        list_id = lib.lists.create("Week 1")
        lib.lists.add_terms(list_id, [t for (t,) in terms])
        return list_id

    call(qtbot, ops, make)
    dialog = window.open_lists()
    assert isinstance(dialog, ListsDialog)
    qtbot.waitUntil(lambda: dialog.idle and dialog.list_names() == ["Week 1"], timeout=20000)
    dialog.editing.delete_current_list()
    qtbot.waitUntil(lambda: dialog.idle and dialog.list_names() == [], timeout=20000)
    assert menu_text(window.undo_action) == "Undo Delete list “Week 1”"
    assert dialog.undo_button.isVisible()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: dialog.idle and dialog.list_names() == ["Week 1"], timeout=20000)
    assert [t for (t,) in query(path, "SELECT term_id FROM list_terms ORDER BY position")] == \
        [t for (t,) in terms]
    window.redo_action.trigger()  # deletes the restored list (under its new id)
    qtbot.waitUntil(lambda: dialog.idle and dialog.list_names() == [], timeout=20000)
    assert count(path, "lists") == 0


def test_views_refresh_only_for_the_kinds_of_data_they_show(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    stats = window.view("stats")
    with qtbot.waitSignal(stats.updated, timeout=20000):
        window.show_view("stats")
    window.show_view("library")
    refreshed: list[int] = []
    stats.updated.connect(lambda: refreshed.append(1))

    list_id = call(qtbot, ops, lambda lib: lib.lists.create("Week 1"))
    window.show_view("stats")  # a list changed: the figures are not read again
    window.show_view("library")
    wait_idle(qtbot, ops)
    assert refreshed == []

    call(qtbot, ops, lambda lib: lib.lists.rename(list_id, "Week 2"))  # the Library reloads
    library = window.view("library")
    qtbot.waitUntil(lambda: "Week 2" in [library.list_combo.itemText(i)
                                         for i in range(library.list_combo.count())],
                    timeout=20000)

    call(qtbot, ops, lambda lib: lib.review.bury([1]))  # scheduling changed
    with qtbot.waitSignal(stats.updated, timeout=20000):
        window.show_view("stats")


def test_tags_and_suspension_are_undone_term_by_term(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    library = library_ready(qtbot, window)
    ids = tuple(library.model.term_id(r) for r in (0, 1))
    call(qtbot, ops, lambda lib: lib.set_tags(ids[:1], ["week1"]))  # one already tagged
    call(qtbot, ops, lambda lib: lib.set_suspended(ids[1:], True))  # one already suspended
    marks = ",".join("?" * len(ids))

    def tags() -> list[tuple]:
        return query(path, f"SELECT id, tags FROM terms WHERE id IN ({marks}) ORDER BY id", ids)

    def suspended() -> list[tuple]:
        return query(path, f"SELECT id, suspended FROM cards WHERE term_id IN ({marks})"
                     " ORDER BY id", ids)

    tags_before, suspended_before = tags(), suspended()
    wait_idle(qtbot, ops)
    sel = library.table.selectionModel()
    sel.select(library.model.index(0, 0), sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
    sel.select(library.model.index(1, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    library.add_tag("exam")
    qtbot.waitUntil(lambda: all("exam" in t.split() for _, t in tags()), timeout=20000)
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == "Undo Tag 2 terms “exam”"
    library.toggle_suspended()
    qtbot.waitUntil(lambda: all(flag == 1 for _, flag in suspended()), timeout=20000)
    wait_idle(qtbot, ops)
    assert menu_text(window.undo_action) == "Undo Suspend 2 terms"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: suspended() == suspended_before, timeout=20000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: tags() == tags_before, timeout=20000)
    wait_idle(qtbot, ops)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: all("exam" in t.split() for _, t in tags()), timeout=20000)
    assert suspended() == suspended_before
