"""Terms by hand, driven by the keyboard: Ctrl+N "Add term" in the Library, F2 on the Term
column (rename; merge onto another term), each undone with Ctrl+Z, and a term retyped with F2
in the Mine preview imported under its new text."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import query, scalar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from vocab_app.gui import candidate_model as cm
from vocab_app.gui.add_term_dialog import LAST_LIST_KEY, NO_LIST, AddTermDialog
from vocab_app.gui.library_view import LibraryView
from vocab_app.gui.mine_view import MineView
from vocab_app.gui.term_model import TERM_COLUMN
from vocab_app.paths import seed_files


@pytest.fixture
def view(qtbot: Any, ops: Any) -> LibraryView:
    widget = LibraryView(ops)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    with qtbot.waitSignal(widget.model.loaded, timeout=20000):
        widget.refresh()
    return widget


def closed(dialog: Any) -> bool:
    """The dialog is closed (and deleted, as it deletes itself on close)."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def activate(qtbot: Any, view: LibraryView) -> None:
    """Make the view the active window again (a closed dialog leaves none on offscreen);
    shortcuts reach only the active window."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)


def open_add_dialog(qtbot: Any, view: LibraryView) -> AddTermDialog:
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.terms.dialog is not None and not closed(view.terms.dialog),
                    timeout=5000)
    dialog = view.terms.dialog
    assert dialog is not None
    qtbot.waitActive(dialog)
    qtbot.waitUntil(dialog.term_edit.hasFocus, timeout=5000)  # typing goes to the term at once
    return dialog


def type_into(qtbot: Any, dialog: AddTermDialog, term: str, gloss: str, context: str = ""
              ) -> None:
    dialog.term_edit.setFocus()
    qtbot.keyClicks(dialog.term_edit, term)
    qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Tab)
    assert dialog.gloss_edit.hasFocus()
    dialog.gloss_edit.insert(gloss)  # what an input method commits (QTest cannot type Hanzi)
    qtbot.keyClick(dialog.gloss_edit, Qt.Key.Key_Tab)
    assert dialog.context_edit.hasFocus()
    qtbot.keyClicks(dialog.context_edit, context)


def terms_named(collection: Any, term: str) -> list[tuple]:
    return query(collection, "SELECT id, term FROM terms WHERE term = ?", (term,))


def test_ctrl_n_adds_a_term_with_context_and_list_and_ctrl_z_takes_it_back(
        qtbot, view, collection):
    QSettings().setValue(LAST_LIST_KEY, "Week 9")
    dialog = open_add_dialog(qtbot, view)
    assert dialog.list_combo.currentText() == NO_LIST  # "Week 9" is no list yet
    type_into(qtbot, dialog, "sparse autoencoder", "稀疏自编码器",
              "We train a sparse autoencoder on activations.")
    qtbot.keyClick(dialog.context_edit, Qt.Key.Key_Tab)
    dialog.list_combo.setFocus()
    dialog.list_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.list_combo.lineEdit(), "Week 9")
    qtbot.keyClick(dialog.list_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    (term_id, _), = terms_named(collection, "sparse autoencoder")
    assert query(collection, "SELECT gloss FROM senses WHERE term_id = ?", (term_id,)) == [
        ("稀疏自编码器",)]
    assert query(collection, "SELECT direction FROM cards WHERE term_id = ?", (term_id,)) == [
        ("forward",)]
    assert query(collection, "SELECT sentence FROM occurrences WHERE term_id = ?",
                 (term_id,)) == [("We train a sparse autoencoder on activations.",)]
    assert query(collection, "SELECT l.name FROM lists l JOIN list_terms lt"
                 " ON lt.list_id = l.id WHERE lt.term_id = ?", (term_id,)) == [("Week 9",)]
    assert view.undo_stack.undoText() == "Add term “sparse autoencoder”"
    # the next dialog preselects the list used last
    qtbot.waitUntil(lambda: any(lst.name == "Week 9" for lst in view._lists), timeout=10000)
    second = open_add_dialog(qtbot, view)
    assert second.list_combo.currentText() == "Week 9"
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(second), timeout=5000)

    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: terms_named(collection, "sparse autoencoder") == [], timeout=10000)
    view.undo_stack.redo()  # the window's Edit → Redo (this view stands alone here)
    qtbot.waitUntil(lambda: terms_named(collection, "sparse autoencoder") == [(term_id,
                    "sparse autoencoder")], timeout=10000)


def test_an_empty_term_is_refused_and_a_plural_of_a_stored_term_offers_it(
        qtbot, view, collection):
    dialog = open_add_dialog(qtbot, view)
    qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.text() == "A term cannot be empty: type the word or phrase to learn."
    existing = scalar(collection, "SELECT term FROM terms WHERE lang = 'en' AND term NOT LIKE"
                      " '%s' AND term GLOB '[a-z]*' AND term NOT LIKE '% %' ORDER BY id LIMIT 1")
    before = scalar(collection, "SELECT count(*) FROM terms")
    type_into(qtbot, dialog, existing.upper() + "s", "whatever")
    qtbot.keyClick(dialog.gloss_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.existing_button.isVisible(), timeout=10000)
    assert "already in your collection" in dialog.problem.text()
    assert dialog.existing_button.text() == f"Show “{existing}”"
    assert scalar(collection, "SELECT count(*) FROM terms") == before
    qtbot.keyClick(dialog.existing_button, Qt.Key.Key_Space)  # the focused button
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert view.search.text() == existing


def edit_term_cell(qtbot: Any, view: LibraryView, row: int, text: str) -> None:
    view.table.setCurrentIndex(view.model.index(row, TERM_COLUMN))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.EditingState,
                    timeout=5000)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def row_of(qtbot: Any, view: LibraryView, term_id: int) -> int:
    qtbot.waitUntil(lambda: view.model.row_of_term(term_id) is not None, timeout=10000)
    return view.model.row_of_term(term_id)


def test_f2_on_the_term_column_renames_and_ctrl_z_renames_back(qtbot, view, collection):
    term_id, old = query(collection, "SELECT id, term FROM terms ORDER BY position LIMIT 1")[0]
    edit_term_cell(qtbot, view, row_of(qtbot, view, term_id), "my renamed term")
    qtbot.waitUntil(lambda: scalar(collection, "SELECT term FROM terms WHERE id = ?",
                                   (term_id,)) == "my renamed term", timeout=10000)
    assert old in scalar(collection, "SELECT variants FROM terms WHERE id = ?", (term_id,))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scalar(collection, "SELECT term FROM terms WHERE id = ?",
                                   (term_id,)) == old, timeout=10000)


def test_renaming_onto_another_term_offers_a_merge_that_ctrl_z_undoes(qtbot, view, collection):
    (a, a_term), (b, b_term) = query(collection, "SELECT id, term FROM terms WHERE lang = 'en'"
                                     " ORDER BY position LIMIT 2")
    glosses = {g for (g,) in query(collection, "SELECT gloss FROM senses WHERE term_id IN"
                                   " (?, ?)", (a, b))}
    edit_term_cell(qtbot, view, row_of(qtbot, view, a), b_term)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=10000)
    box = QApplication.activeModalWidget()
    assert "Merge" in box.text() and b_term in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Merge is the default button
    qtbot.waitUntil(lambda: terms_named(collection, a_term) == [], timeout=10000)
    assert {g for (g,) in query(collection, "SELECT gloss FROM senses WHERE term_id = ?",
                                (b,))} == glosses
    assert view.undo_stack.undoText() == f"Merge “{a_term}” into “{b_term}”"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: terms_named(collection, a_term) == [(a, a_term)], timeout=10000)


def test_a_term_retyped_with_f2_in_the_mine_preview_is_imported_so(qtbot, shell_empty):
    path, ops = shell_empty
    view = MineView(ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    with qtbot.waitSignal(view.mined, timeout=120000):
        view.mine([seed_files()[2]])
    model = view.model
    row = next(r for r in range(model.rowCount())
               if model.candidate(r).term.isascii() and " " not in model.candidate(r).term)
    old = model.candidate(row).term
    proxy_index = view.table.model().index(0, cm.TERM)
    for r in range(view.table.model().rowCount()):
        index = view.table.model().index(r, cm.TERM)
        if index.data() == old:
            proxy_index = index
            break
    view.table.setCurrentIndex(proxy_index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == old
    editor.selectAll()
    qtbot.keyClicks(editor, "retyped " + old)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: model.index(row, cm.TERM).data() == "retyped " + old, timeout=5000)
    with qtbot.waitSignal(view.imported, timeout=60000):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    terms = {t for (t,) in query(path, "SELECT term FROM terms")}
    assert "retyped " + old in terms and old not in terms
