"""The Term lists window over a real collection mined from the seeds: create, rename, reorder and
delete lists (with undo), reorder and remove terms by keyboard, a list's own gloss (seen by
lib.lists and a CSV export), CSV/TSV import, bad files refused with one sentence, plain text,
and the main window's Ctrl+L with the Library's list filter following."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import call, count, import_preview, open_main_window, query
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from vocab_app.gui.lists_dialog import ListsDialog

ALT = Qt.KeyboardModifier.AltModifier


def wait_idle(qtbot: Any, dialog: ListsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.idle, timeout=20000)


def import_accepted(qtbot: Any, dialog: ListsDialog, path: Any, name: str | None = None) -> None:
    """Import `path` as the user does: the preview opens, then Import (OK)."""
    from PySide6.QtWidgets import QDialogButtonBox

    preview = import_preview(qtbot, dialog, path, name)
    ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)


@pytest.fixture
def dialog(qtbot: Any, ops: Any) -> ListsDialog:
    dlg = ListsDialog(ops)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitActive(dlg)  # Del and Alt+Up reach only the active window
    wait_idle(qtbot, dlg)
    return dlg


@pytest.fixture
def seed_terms(collection: Path) -> list[tuple[int, str]]:
    """The first four seed terms (id, term) in collection order."""
    return query(collection, "SELECT id, term FROM terms ORDER BY position LIMIT 4")


@pytest.fixture
def week(qtbot: Any, ops: Any, dialog: ListsDialog, seed_terms: list[tuple[int, str]]) -> int:
    """A list "Week 1" holding the four seed terms, shown in the dialog."""
    def make(lib: Any) -> int:
        list_id = lib.lists.create("Week 1")
        lib.lists.add_terms(list_id, [t for t, _ in seed_terms])
        return list_id

    list_id = call(qtbot, ops, make)
    dialog.reload()
    wait_idle(qtbot, dialog)
    dialog.select_list(list_id)
    wait_idle(qtbot, dialog)
    assert dialog.shown_terms() == [term for _, term in seed_terms]
    return list_id


def file_order(path: Path, list_id: int) -> list[str]:
    return [r[0] for r in query(path, "SELECT t.term FROM list_terms lt JOIN terms t"
                                " ON t.id = lt.term_id WHERE lt.list_id = ?"
                                " ORDER BY lt.position", (list_id,))]


def file_lists(path: Path) -> list[str]:
    return [r[0] for r in query(path, "SELECT name FROM lists ORDER BY position, id")]


def type_into_editor(qtbot: Any, view: Any, text: str) -> None:
    """Replace the text of the open in-place editor of `view` and press Return."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    editor.insert(text)  # QTest types Latin-1 only; inserting is what an input method does
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=5000)


def test_create_rename_and_reorder_lists(qtbot, dialog, collection):
    assert dialog.list_names() == []
    assert "No lists yet" in dialog.title.text()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    ask = dialog.findChild(QInputDialog)
    ask.setTextValue("Week 1")
    ask.accept()
    wait_idle(qtbot, dialog)
    dialog.activateWindow()  # offscreen has no window manager to hand it back
    qtbot.waitActive(dialog)
    dialog.editing.create_list("Week 2")
    wait_idle(qtbot, dialog)
    dialog.editing.create_list("Exam")
    wait_idle(qtbot, dialog)
    assert dialog.list_names() == ["Week 1", "Week 2", "Exam"]
    assert dialog.list_widget.currentItem().text() == "Exam"  # a new list is shown at once
    assert file_lists(collection) == ["Week 1", "Week 2", "Exam"]

    dialog.select_list(query(collection, "SELECT id FROM lists WHERE name = 'Week 2'")[0][0])
    dialog.list_widget.setFocus()
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_F2)
    type_into_editor(qtbot, dialog.list_widget, "Week two")
    wait_idle(qtbot, dialog)
    assert file_lists(collection) == ["Week 1", "Week two", "Exam"]
    assert dialog.message.text() == "Renamed the list to “Week two”."

    dialog.select_list(query(collection, "SELECT id FROM lists WHERE name = 'Exam'")[0][0])
    dialog.list_widget.setFocus()
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Up, ALT)
    wait_idle(qtbot, dialog)
    assert dialog.list_names() == ["Exam", "Week 1", "Week two"]
    assert file_lists(collection) == ["Exam", "Week 1", "Week two"]
    assert dialog.list_widget.currentItem().text() == "Exam"
    qtbot.mouseClick(dialog.list_down_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert file_lists(collection) == ["Week 1", "Exam", "Week two"]


def test_a_taken_or_empty_name_is_refused_and_the_old_name_stays(qtbot, dialog, collection):
    for name in ("Week 1", "Week 2"):
        dialog.editing.create_list(name)
        wait_idle(qtbot, dialog)
    dialog.list_widget.setFocus()
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_F2)
    type_into_editor(qtbot, dialog.list_widget, "week 1")
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == "A list called 'week 1' already exists; choose another name."
    assert dialog.message.objectName() == "errorText"
    assert dialog.list_names() == ["Week 1", "Week 2"] == file_lists(collection)
    dialog.editing.rename_list(dialog.current_list_id, "   ")
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == "A list needs a name; the name given is empty."
    assert dialog.list_names() == ["Week 1", "Week 2"]


def test_reorder_terms_by_keyboard_and_buttons(qtbot, dialog, week, collection, seed_terms):
    a, b, c, d = (term for _, term in seed_terms)
    dialog.select_term(seed_terms[0][0])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, ALT)
    assert dialog.shown_terms() == [b, c, a, d]  # shown before the store answers
    wait_idle(qtbot, dialog)
    assert file_order(collection, week) == [b, c, a, d] == dialog.shown_terms()
    assert dialog.model.index(2, 0).data() == "3"
    assert dialog.model.term_at(dialog.table.currentIndex().row()).term == a  # still selected

    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, ALT)
    wait_idle(qtbot, dialog)
    assert file_order(collection, week) == [b, a, c, d]
    dialog.select_term(seed_terms[3][0])
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert file_order(collection, week) == [b, a, d, c]
    dialog.select_term(seed_terms[1][0])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, ALT)  # already first: nothing happens
    wait_idle(qtbot, dialog)
    assert file_order(collection, week) == [b, a, d, c]


def test_list_gloss_edited_in_place_reaches_lists_and_csv_export(
        qtbot, ops, dialog, week, seed_terms, tmp_path):
    term_id, term = seed_terms[1]
    senses = next(t.gloss for t in call(qtbot, ops, lambda lib: lib.lists.terms(week))
                  if t.term_id == term_id)
    dialog.select_term(term_id)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    type_into_editor(qtbot, dialog.table, "课堂用语 (class gloss)")
    wait_idle(qtbot, dialog)
    shown = call(qtbot, ops, lambda lib: lib.lists.terms(week))
    mine = next(t for t in shown if t.term_id == term_id)
    assert (mine.gloss, mine.gloss_override) == ("课堂用语 (class gloss)",) * 2
    row = dialog.model.row_of(term_id)
    assert dialog.model.index(row, 2).data() == "课堂用语 (class gloss)"
    assert dialog.model.index(row, 2).data(Qt.ItemDataRole.FontRole).italic()

    out = tmp_path / "week.csv"
    call(qtbot, ops, lambda lib: lib.export.csv(out, list_id=week))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [term, "课堂用语 (class gloss)"] in [r[:2] for r in rows]

    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)  # an empty gloss: back to the term's senses
    type_into_editor(qtbot, dialog.table, "")
    wait_idle(qtbot, dialog)
    mine = next(t for t in call(qtbot, ops, lambda lib: lib.lists.terms(week))
                if t.term_id == term_id)
    assert (mine.gloss, mine.gloss_override) == (senses, None)
    assert dialog.message.text() == "The list shows the term's senses again."


def test_remove_terms_with_del_then_undo_puts_them_back(qtbot, dialog, week, collection,
                                                        seed_terms):
    a, b, c, d = (term for _, term in seed_terms)
    before = count(collection, "terms")
    dialog.select_term(seed_terms[1][0])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, dialog)
    assert dialog.shown_terms() == [a, c, d] == file_order(collection, week)
    assert count(collection, "terms") == before  # the term stays in the collection
    assert dialog.message.text() == f"Removed “{b}” from the list. Undo with Ctrl+Z."
    assert dialog.undo_button.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, dialog)
    assert file_order(collection, week) == [a, b, c, d] == dialog.shown_terms()
    assert not dialog.undo_button.isVisible()


def test_delete_a_list_then_undo_restores_place_terms_and_glosses(
        qtbot, ops, dialog, week, collection, seed_terms):
    call(qtbot, ops, lambda lib: lib.lists.set_gloss(week, seed_terms[2][0], "list gloss"))
    call(qtbot, ops, lambda lib: lib.lists.create("Week 2"))
    dialog.reload()
    wait_idle(qtbot, dialog)
    dialog.select_list(week)
    wait_idle(qtbot, dialog)
    dialog.list_widget.setFocus()
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Delete)
    wait_idle(qtbot, dialog)
    assert dialog.list_names() == ["Week 2"] == file_lists(collection)
    assert dialog.message.text() == "Deleted list “Week 1” (4 terms). Undo with Ctrl+Z."
    assert count(collection, "list_terms") == 0

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.list_names() == ["Week 1", "Week 2"] == file_lists(collection)
    assert dialog.list_widget.currentItem().text() == "Week 1"
    assert dialog.shown_terms() == [term for _, term in seed_terms]
    assert query(collection, "SELECT gloss_override FROM list_terms WHERE term_id = ?",
                 (seed_terms[2][0],)) == [("list gloss",)]


def test_import_csv_links_known_terms_and_creates_unknown_ones(qtbot, dialog, collection,
                                                              seed_terms, tmp_path):
    known = seed_terms[0][1]
    before = count(collection, "terms")
    f = tmp_path / "ana's list.csv"
    f.write_text(f"term,gloss\n{known},colleague's gloss\nzero-shot prompt,零样本提示\n",
                 encoding="utf-8")
    import_accepted(qtbot, dialog, f)
    assert dialog.list_names() == ["ana's list"]
    assert dialog.list_widget.currentItem().text() == "ana's list"
    assert dialog.shown_terms() == [known, "zero-shot prompt"]
    assert dialog.model.index(0, 2).data() == "colleague's gloss"
    assert dialog.message.text() == ("Imported “ana's list”: 1 term already in the collection,"
                                     " 1 new term.")
    assert count(collection, "terms") == before + 1
    import_accepted(qtbot, dialog, f)  # the same file again: a second list, named apart
    assert dialog.list_names() == ["ana's list", "ana's list (2)"]


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe" * 200, b"#separator:tab\n"],
                         ids=["empty", "binary", "only-comments"])
def test_a_bad_list_file_shows_one_sentence_and_changes_nothing(qtbot, dialog, collection,
                                                               tmp_path, content):
    tables = ("lists", "list_terms", "terms", "senses", "cards")
    before = {t: count(collection, t) for t in tables}
    f = tmp_path / "bad.csv"
    f.write_bytes(content)
    dialog.editing.import_file(str(f))
    wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert text and "\n" not in text and text.endswith(".") and "Traceback" not in text
    assert "bad.csv" in text
    assert dialog.message.objectName() == "errorText"
    assert {t: count(collection, t) for t in tables} == before
    assert dialog.list_names() == []


def test_markup_in_terms_and_names_shows_literally(qtbot, dialog, tmp_path):
    f = tmp_path / "tags.tsv"
    f.write_text("<b>bold</b>\t<i>斜体</i>\n", encoding="utf-8")
    import_accepted(qtbot, dialog, f, name="<b>Week<i>")
    assert dialog.list_names() == ["<b>Week<i>"]
    assert dialog.title.textFormat() == Qt.TextFormat.PlainText
    assert dialog.title.text() == "<b>Week<i> · 1 term"
    assert dialog.model.index(0, 1).data() == "<b>bold</b>"
    assert dialog.model.index(0, 2).data() == "<i>斜体</i>"
    assert "&lt;i&gt;" in dialog.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText


def test_ctrl_l_opens_lists_and_the_library_filter_follows(qtbot, shell_seeded):
    path, ops = shell_seeded
    window = open_main_window(qtbot, ops, path)
    library = window.current_view()
    qtbot.waitUntil(lambda: library.model.rowCount() > 0, timeout=20000)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ListsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    wait_idle(qtbot, dialog)
    dialog.editing.create_list("Week 1")
    wait_idle(qtbot, dialog)

    def combo_names() -> list[str]:
        combo = library.list_combo
        return [combo.itemText(i) for i in range(1, combo.count())]

    qtbot.waitUntil(lambda: combo_names() == ["Week 1"], timeout=20000)
    dialog.editing.rename_list(dialog.current_list_id, "第一周")
    qtbot.waitUntil(lambda: combo_names() == ["第一周"], timeout=20000)

    qtbot.waitUntil(lambda: not library.model.is_loading, timeout=20000)
    library.table.selectionModel().select(  # a list filled from the Library shows here too
        library.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert library.selected_rows() == [0]
    library.add_to_list("From the library")
    qtbot.waitUntil(lambda: "From the library" in dialog.list_names(), timeout=20000)
    assert window.open_lists() is dialog  # one window, raised again


def test_dragging_a_list_reorders_the_lists(qtbot, dialog, collection):
    for name in ("Week 1", "Week 2", "Exam"):
        dialog.editing.create_list(name)
        wait_idle(qtbot, dialog)
    # what QListWidget's internal-move drop does with the dragged row
    assert dialog.list_widget.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    wait_idle(qtbot, dialog)
    assert file_lists(collection) == ["Exam", "Week 1", "Week 2"] == dialog.list_names()


def test_import_shows_a_preview_with_warnings_and_cancel_stores_nothing(qtbot, dialog,
                                                                       collection, tmp_path):
    tables = ("lists", "list_terms", "terms", "senses", "cards")
    before = {t: count(collection, t) for t in tables}
    f = tmp_path / "ana.csv"
    f.write_text("term,gloss\nbackpropagation，反向传播\nnew idea\n,orphan\n"
                 "backpropagation,dup\n", encoding="utf-8")
    preview = import_preview(qtbot, dialog, f)
    assert preview.shown_rows() == [
        ["2", "backpropagation", "反向传播", "", "new term"],
        ["3", "new idea", "", "", "skipped"],
        ["4", "", "orphan", "", "skipped"],
        ["5", "backpropagation", "dup", "", "skipped"]]
    warnings = [preview.warnings.item(i).text() for i in range(preview.warnings.count())]
    assert [w.split(":")[0] for w in warnings] == ["line 3", "line 4", "line 5"]
    assert {t: count(collection, t) for t in tables} == before  # nothing stored yet
    preview.reject()
    assert dialog.message.text() == "Import cancelled; nothing was stored."
    assert {t: count(collection, t) for t in tables} == before

    import_accepted(qtbot, dialog, f)
    assert dialog.list_names() == ["ana"]
    assert dialog.shown_terms() == ["backpropagation"]
    assert query(collection, "SELECT s.gloss FROM senses s JOIN terms t ON t.id = s.term_id"
                             " WHERE t.term = 'backpropagation'") == [("反向传播",)]


def test_an_unbalanced_quote_shows_in_the_preview_with_its_line_and_the_rest_imports(
        qtbot, dialog, collection, tmp_path):
    """Issue 12, case 7: a stray quote on line 3 used to swallow every row after it into one
    cell, silently; the preview now names the line and the rows after it import."""
    f = tmp_path / "week.csv"
    f.write_text('term,gloss\napple,苹果\n"pear,梨\nplum,李子\nfig,"无花果\n\n# 一种\n"\n',
                 encoding="utf-8")
    preview = import_preview(qtbot, dialog, f)
    assert preview.shown_rows() == [
        ["2", "apple", "苹果", "", "new term"],
        ["3", "", "", "", "skipped"],
        ["4", "plum", "李子", "", "new term"],
        ["5", "fig", "无花果\n\n# 一种", "", "new term"]]
    (warning,) = [preview.warnings.item(i).text() for i in range(preview.warnings.count())]
    assert warning.startswith("line 3: a quote") and "skipped" in warning
    import_accepted(qtbot, dialog, f)
    assert dialog.shown_terms() == ["apple", "plum", "fig"]


def test_typing_a_term_into_a_list_adds_it_and_undo_takes_it_out(qtbot, dialog, week,
                                                                 collection, seed_terms):
    pane = dialog.terms_pane
    terms_before = count(collection, "terms")
    pane.term_edit.setFocus()
    pane.term_edit.insert("mixture of experts")  # what an input method does
    pane.gloss_edit.insert("专家混合模型")
    qtbot.keyClick(pane.gloss_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    wanted = [t for _, t in seed_terms] + ["mixture of experts"]
    assert dialog.shown_terms() == wanted == file_order(collection, week)
    assert count(collection, "terms") == terms_before + 1  # a note in the collection too
    assert query(collection, "SELECT s.gloss FROM senses s JOIN terms t ON t.id = s.term_id"
                 " WHERE t.term = 'mixture of experts'") == [("专家混合模型",)]
    assert "to the collection" in dialog.message.text()
    assert pane.term_edit.text() == "" == pane.gloss_edit.text()  # ready for the next one
    # a known term needs no gloss; an unknown one without a gloss is refused, text kept
    pane.term_edit.insert(seed_terms[0][1])
    pane.request_add()
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == f"“{seed_terms[0][1]}” is already in this list."
    assert dialog.message.objectName() == "errorText"
    pane.term_edit.clear()
    pane.term_edit.insert("speculative decoding")
    pane.request_add()
    wait_idle(qtbot, dialog)
    assert "give it a gloss" in dialog.message.text()
    assert pane.term_edit.text() == "speculative decoding"
    assert count(collection, "terms") == terms_before + 1

    assert dialog.undo_stack.undoText() == "Add “mixture of experts” to the list"
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, dialog)
    assert dialog.shown_terms() == wanted[:-1] == file_order(collection, week)
    assert count(collection, "terms") == terms_before
    dialog.undo_stack.redo()
    wait_idle(qtbot, dialog)
    assert dialog.shown_terms() == wanted == file_order(collection, week)


@pytest.mark.parametrize("name", ["Week 1/2", "Exam\tre-sit", "   "])
def test_a_list_name_with_a_slash_or_control_character_is_refused(qtbot, dialog, collection,
                                                                  name):
    dialog.editing.create_list(name)
    wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert dialog.message.objectName() == "errorText" and text.endswith(".")
    assert ("'/'" in text) if "/" in name else ("control" in text or "empty" in text)
    assert file_lists(collection) == [] and dialog.list_names() == []
