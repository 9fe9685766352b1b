"""Every teacher-list edit is a named step of the main window's one undo history: New list,
Rename, Reorder (move and drag), Move a term, Set/Clear a list's gloss, the Library's Add to
list, Import CSV/TSV. For each, on a real collection file: do → Edit → Undo gives back the
lists as they were (names, ids, order, terms, glosses, read through `lib.lists`) → Edit → Redo
gives the edited lists again, and the Edit menu names the step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import call, count, import_preview, open_main_window, query
from PySide6.QtCore import QItemSelectionModel, QModelIndex

from vocab_app.gui.lists_dialog import ListsDialog
from vocab_app.gui.main_window import MainWindow

State = list[tuple[int, str, list[tuple[str, str | None]]]]


def lists_state(qtbot: Any, ops: Any) -> State:
    """Every list (id, name) in order, with its terms in order and their list glosses."""
    def read(lib: Any) -> State:
        return [(lst.id, lst.name, [(t.term, t.gloss_override) for t in lib.lists.terms(lst.id)])
                for lst in lib.lists.all()]

    return call(qtbot, ops, read)


def menu_text(action: Any) -> str:
    return action.text().replace("&", "")


class Lists:
    """The main window, its Term lists window, and a list "Week 1" of three seed terms and an
    empty list "Exam" after it."""

    def __init__(self, qtbot: Any, path: Path, ops: Any) -> None:
        self.qtbot, self.path, self.ops = qtbot, path, ops
        self.terms = query(path, "SELECT id, term FROM terms ORDER BY position LIMIT 5")

        def make(lib: Any) -> int:
            list_id = lib.lists.create("Week 1")
            lib.lists.add_terms(list_id, [t for t, _ in self.terms[:3]])
            lib.lists.create("Exam")
            return list_id

        self.week = call(qtbot, ops, make)
        self.window = open_main_window(qtbot, ops, path)
        dialog = self.window.open_lists()
        assert isinstance(dialog, ListsDialog)
        self.dialog = dialog
        qtbot.waitUntil(lambda: dialog.idle and dialog.list_names() == ["Week 1", "Exam"],
                        timeout=20000)
        dialog.select_list(self.week)
        self.wait()

    def wait(self) -> None:
        self.qtbot.waitUntil(lambda: self.dialog.idle and not self.ops.busy, timeout=20000)

    def state(self) -> State:
        return lists_state(self.qtbot, self.ops)

    def check_step(self, do: Callable[[], None], name: str) -> tuple[State, State]:
        """Run `do`; check the Edit menu names the step, Undo restores the state before and
        Redo the state after (twice over); returns (before, after)."""
        before = self.state()
        do()
        self.wait()
        after = self.state()
        assert after != before
        undo, redo = self.window.undo_action, self.window.redo_action
        assert menu_text(undo) == f"Undo {name}"
        for _ in range(2):
            undo.trigger()
            self.wait()
            assert self.state() == before
            assert menu_text(redo) == f"Redo {name}"
            redo.trigger()
            self.wait()
            assert self.state() == after
            assert menu_text(undo) == f"Undo {name}"
        return before, after


@pytest.fixture
def lists(qtbot: Any, shell_seeded: tuple[Path, Any]) -> Lists:
    path, ops = shell_seeded
    return Lists(qtbot, path, ops)


def test_a_new_list_is_undone_and_made_again_under_its_id(lists):
    _before, after = lists.check_step(lambda: lists.dialog.editing.create_list("Week  2"),
                                      "New list “Week 2”")
    assert [name for _id, name, _t in after] == ["Week 1", "Exam", "Week 2"]
    lists.qtbot.waitUntil(lambda: lists.dialog.list_names()[-1] == "Week 2", timeout=20000)
    assert lists.dialog.message.text() == "Created list “Week 2”."


def test_a_rename_is_undone_and_redone(lists):
    lists.check_step(lambda: lists.dialog.editing.rename_list(lists.week, "Week one"),
                     "Rename list “Week 1” to “Week one”")
    lists.qtbot.waitUntil(lambda: lists.dialog.list_names() == ["Week one", "Exam"],
                          timeout=20000)


def test_a_refused_rename_leaves_no_step(lists):
    lists.dialog.editing.rename_list(lists.week, "exam")
    lists.wait()
    assert lists.dialog.message.text() == ("A list called 'exam' already exists; choose"
                                           " another name.")
    assert not lists.window.undo_action.isEnabled()
    assert [name for _id, name, _t in lists.state()] == ["Week 1", "Exam"]


def test_moving_a_list_down_is_undone_and_redone(lists):
    _before, after = lists.check_step(lambda: lists.dialog.lists_pane.move_list(1),
                                      "Reorder lists")
    assert [name for _id, name, _t in after] == ["Exam", "Week 1"]
    lists.qtbot.waitUntil(lambda: lists.dialog.list_names() == ["Exam", "Week 1"],
                          timeout=20000)


def test_dragging_a_list_is_undone_and_redone(lists):
    lists.dialog.editing.create_list("Final")
    lists.wait()

    def drag() -> None:  # what QListWidget's internal-move drop does with the dragged row
        assert lists.dialog.list_widget.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)

    before, after = lists.check_step(drag, "Reorder lists")
    assert [name for _id, name, _t in before] == ["Week 1", "Exam", "Final"]
    assert [name for _id, name, _t in after] == ["Final", "Week 1", "Exam"]


def test_moving_a_term_in_a_list_is_undone_and_redone(lists):
    first = lists.terms[0][0]
    lists.dialog.select_term(first)

    before, after = lists.check_step(lambda: lists.dialog.terms_pane.move_term(1),
                                     f"Move “{lists.terms[0][1]}” in the list")
    names = [t for t, _g in before[0][2]]
    assert [t for t, _g in after[0][2]] == [names[1], names[0], names[2]]
    lists.qtbot.waitUntil(lambda: lists.dialog.shown_terms() == [names[1], names[0], names[2]],
                          timeout=20000)


def test_setting_and_clearing_a_list_gloss_are_undone_and_redone(lists):
    term_id, term = lists.terms[1]
    _before, after = lists.check_step(lambda: lists.dialog.editing.set_gloss(term_id, "list gloss"),
                                      f"Set the list's gloss of “{term}”")
    assert after[0][2][1] == (term, "list gloss")
    before, after = lists.check_step(lambda: lists.dialog.editing.set_gloss(term_id, None),
                                     f"Clear the list's gloss of “{term}”")
    assert before[0][2][1] == (term, "list gloss") and after[0][2][1] == (term, None)
    assert lists.dialog.message.text() == "The list shows the term's senses again."


def select_library_terms(qtbot: Any, window: MainWindow, term_ids: list[int]) -> Any:
    library = window.view("library")
    qtbot.waitUntil(lambda: library.model.rowCount() > 0 and not library.model.is_loading
                    and not window.ops.busy, timeout=20000)
    sel = library.table.selectionModel()
    sel.clearSelection()
    model = library.model
    rows = []
    for row in range(model.rowCount()):
        qtbot.waitUntil(lambda r=row: model.row_data(r) is not None, timeout=10000)
        if model.term_id(row) in term_ids:
            rows.append(row)
    for row in rows:
        sel.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    assert len(library.selected_rows()) == len(term_ids)
    return library


def test_adding_terms_from_the_library_to_a_list_is_undone_and_redone(lists):
    # one term already in "Week 1", two not: undo takes out only the two
    ids = [lists.terms[2][0], lists.terms[3][0], lists.terms[4][0]]
    library = select_library_terms(lists.qtbot, lists.window, ids)
    before, after = lists.check_step(lambda: library.add_to_list("Week 1"),
                                     "Add 3 terms to list “Week 1”")
    assert len(before[0][2]) == 3 and len(after[0][2]) == 5
    assert after[0][2][:3] == before[0][2]


def test_adding_terms_to_a_new_list_is_undone_with_the_list(lists):
    ids = [lists.terms[3][0]]
    library = select_library_terms(lists.qtbot, lists.window, ids)
    before, after = lists.check_step(lambda: library.add_to_list("Review"),
                                     "Add 1 term to list “Review”")
    assert [name for _id, name, _t in before] == ["Week 1", "Exam"]
    assert [name for _id, name, _t in after] == ["Week 1", "Exam", "Review"]
    assert after[2][2] == [(lists.terms[3][1], None)]


def test_an_import_is_undone_without_its_list_and_redone_as_it_was(lists, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    known = lists.terms[0][1]
    f = tmp_path / "ana.csv"
    f.write_text(f"term,gloss\n{known},colleague's gloss\nzero-shot prompt,零样本提示\n",
                 encoding="utf-8")
    dialog = lists.dialog
    terms_before = count(lists.path, "terms")
    told: list[Any] = []
    lists.ops.collection_changed.connect(lambda event: told.append(event.changes))

    def do_import() -> None:
        preview = import_preview(lists.qtbot, dialog, f)
        ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
        lists.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    before, after = lists.check_step(do_import, "Import list “ana” (its new term stays)")
    assert [name for _id, name, _t in after] == ["Week 1", "Exam", "ana"]
    assert after[2][2] == [(known, "colleague's gloss"), ("zero-shot prompt", None)]
    assert told[0].terms and told[0].lists  # the views showing terms hear of the new note
    lists.window.undo_action.trigger()
    lists.wait()
    assert lists.state() == before
    # the note the import made stays in the collection, as the step's name says
    assert count(lists.path, "terms") == terms_before + 1
    assert query(lists.path, "SELECT count(*) FROM terms WHERE term = 'zero-shot prompt'") \
        == [(1,)]


def test_steps_after_a_new_list_still_find_it_after_undo_and_redo(lists):
    dialog = lists.dialog
    dialog.editing.create_list("Week 2")
    lists.wait()
    new_id = lists.state()[-1][0]
    dialog.editing.rename_list(new_id, "Week two")
    lists.wait()
    after = lists.state()
    undo, redo = lists.window.undo_action, lists.window.redo_action
    for action in (undo, undo):
        action.trigger()
        lists.wait()
    assert [name for _id, name, _t in lists.state()] == ["Week 1", "Exam"]
    for action in (redo, redo):
        action.trigger()
        lists.wait()
    assert lists.state() == after
    assert menu_text(undo) == "Undo Rename list “Week 2” to “Week two”"
