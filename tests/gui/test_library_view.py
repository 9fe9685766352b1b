"""The Library view over a real collection mined from the seeds: search, filters, sort, edits,
delete with undo, lists, tags, plain text and the detail pane's source links."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import call, query, scalar
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from vocab_app.gui.library_view import LibraryView
from vocab_app.gui.term_model import COLUMNS, GLOSS_COLUMN


@pytest.fixture
def view(qtbot: Any, ops: Any) -> LibraryView:
    widget = LibraryView(ops)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # shortcuts (Delete, Ctrl+J) reach only the active window
    with qtbot.waitSignal(widget.model.loaded, timeout=20000):
        widget.refresh()
    return widget


def shown_ids(view: LibraryView) -> list[int]:
    """Term ids of every row, waiting for pages that are not loaded yet."""
    from pytestqt.qtbot import QtBot

    model = view.model
    rows = range(model.rowCount())
    QtBot(view).waitUntil(lambda: all(model.row_data(r) is not None and model.is_fresh(r)
                                      for r in rows), timeout=10000)
    return [model.term_id(row) for row in rows]


def column(view: LibraryView, name: str) -> list[str]:
    col = [c[0] for c in COLUMNS].index(name)
    shown_ids(view)  # every page loaded
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


def wait_reloaded(qtbot: Any, view: LibraryView) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading and not view.filters.search_pending,
                    timeout=20000)


def select_rows(view: LibraryView, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    sel = view.table.selectionModel()
    sel.clearSelection()
    sel.setCurrentIndex(view.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    for row in rows:
        sel.select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def test_opens_with_every_term_of_the_collection(view, collection):
    total = scalar(collection, "SELECT count(*) FROM terms")
    assert total > 20
    assert view.model.rowCount() == total
    assert sorted(shown_ids(view)) == sorted(r[0] for r in query(collection,
                                                                 "SELECT id FROM terms"))
    assert view.count_label.text() == f"{total:,} terms"


def test_search_as_you_type_keeps_terms_matching_term_gloss_or_context(qtbot, view, collection):
    needle = "learning"
    expected = {r[0] for r in query(
        collection,
        "SELECT t.id FROM terms t WHERE t.term LIKE ?1"
        " OR EXISTS (SELECT 1 FROM senses s WHERE s.term_id = t.id AND s.gloss LIKE ?1)"
        " OR EXISTS (SELECT 1 FROM occurrences o WHERE o.term_id = t.id AND o.sentence LIKE ?1)",
        (f"%{needle}%",))}
    assert 0 < len(expected) < view.model.rowCount()
    view.search.setFocus()
    qtbot.keyClicks(view.search, needle)
    qtbot.waitUntil(lambda: view.model.term_filter.text == needle, timeout=5000)
    wait_reloaded(qtbot, view)
    assert set(shown_ids(view)) == expected
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)  # Escape clears the search
    assert view.search.text() == ""
    wait_reloaded(qtbot, view)
    qtbot.waitUntil(lambda: view.model.term_filter.text == "", timeout=5000)
    wait_reloaded(qtbot, view)
    assert view.model.rowCount() == scalar(collection, "SELECT count(*) FROM terms")


def test_a_broad_search_shows_its_first_rows_at_once_then_the_exact_count(
        qtbot, view, collection, monkeypatch):
    from vocab_app.gui import term_pages
    from vocab_app.store import browse, search_index

    # Scaled down to the seed collection: pages of 5, every text broad, terms tested 5 at a
    # time up to 10, so a common letter's first page comes before its hits are collected.
    monkeypatch.setattr(term_pages, "PAGE_SIZE", 5)
    monkeypatch.setattr(browse.TextSearch, "BROAD_ROWS", 0)
    monkeypatch.setattr(browse.TextSearch, "PROBE_ROWS", 10)
    monkeypatch.setattr(browse.TextSearch, "PROBE_CHUNK", 5)
    expected = {r[0] for r in query(collection, *search_index.like_match("e"))}
    assert 10 < len(expected) < view.model.rowCount()
    first: list[tuple[str, int]] = []
    view.model.loaded.connect(lambda: first.append((view.count_label.text(),
                                                    view.model.rowCount())))
    with qtbot.waitSignal(view.model.counted, timeout=20000):
        view.search.setText("e")
    label, rows = first[-1]
    assert 5 <= rows < len(expected) and label == f"{rows:,}+ terms"
    assert view.count_label.text() == f"{len(expected):,} terms" and view.model.count_exact
    assert set(shown_ids(view)) == expected


def test_style_filter_narrows_to_that_style(qtbot, view, collection):
    total = view.model.rowCount()
    combo = view.style_combo
    combo.setCurrentIndex(combo.findData("abbr"))
    wait_reloaded(qtbot, view)
    ids = shown_ids(view)
    assert 0 < len(ids) < total
    with_abbr = {r[0] for r in query(collection,
                                     "SELECT DISTINCT term_id FROM senses WHERE style='abbr'")}
    assert set(ids) <= with_abbr
    combo.setCurrentIndex(0)
    wait_reloaded(qtbot, view)
    assert view.model.rowCount() == total


def test_clicking_the_count_header_sorts_by_count(qtbot, view, collection):
    header = view.table.horizontalHeader()
    count_col = [c[0] for c in COLUMNS].index("Count")
    x = header.sectionViewportPosition(count_col) + header.sectionSize(count_col) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_reloaded(qtbot, view)
    first = [int(c) for c in column(view, "Count")]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_reloaded(qtbot, view)
    second = [int(c) for c in column(view, "Count")]
    assert first != second
    ascending, descending = (first, second) if first[0] <= first[-1] else (second, first)
    assert ascending == sorted(ascending)
    assert descending == sorted(descending, reverse=True)
    assert descending[0] == scalar(collection, "SELECT max(frequency) FROM terms")


def test_the_frequency_column_shows_each_terms_rank_and_is_not_sortable(qtbot, view):
    from vocab_app.services.frequency import term_ranks

    model = view.model
    col = [c[0] for c in COLUMNS].index("Frequency")
    shown_ids(view)
    rows = range(model.rowCount())
    terms = [model.row_data(r).term for r in rows]
    expected = ["" if rank is None else f"{rank:,}" for rank in term_ranks(terms)]
    qtbot.waitUntil(lambda: [model.index(r, col).data() for r in rows] == expected,
                    timeout=20000)
    assert sum(bool(cell) for cell in expected) > len(expected) // 3
    assert not model.is_sortable(col)


def test_f2_edits_the_gloss_and_the_file_keeps_it(qtbot, view, collection):
    term_id, old = query(collection,
                         "SELECT term_id, gloss FROM senses GROUP BY term_id"
                         " HAVING count(*) = 1 ORDER BY term_id LIMIT 1")[0]
    row = shown_ids(view).index(term_id)
    select_rows(view, [row])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Right)  # off the Term column (F2 there renames)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert editor is not view.table and editor.text() == old
    editor.selectAll()
    qtbot.keyClicks(editor, "my own gloss")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scalar(collection, "SELECT gloss FROM senses WHERE term_id = ?",
                                   (term_id,)) == "my own gloss", timeout=10000)
    qtbot.waitUntil(lambda: view.model.index(row, GLOSS_COLUMN).data() == "my own gloss",
                    timeout=10000)


def test_delete_then_ctrl_z_restores_terms_with_their_senses_and_cards(qtbot, view, collection):
    def snapshot(ids):
        marks = ",".join("?" * len(ids))
        return (query(collection, f"SELECT id, term FROM terms WHERE id IN ({marks})", ids),
                query(collection, f"SELECT term_id, gloss FROM senses WHERE term_id IN ({marks})"
                      " ORDER BY id", ids),
                query(collection, "SELECT term_id, count(*) FROM occurrences WHERE term_id IN"
                      f" ({marks}) GROUP BY term_id", ids),
                query(collection, f"SELECT term_id, direction FROM cards WHERE term_id IN"
                      f" ({marks}) ORDER BY id", ids))

    total = view.model.rowCount()
    select_rows(view, [1, 2])
    ids = tuple(shown_ids(view)[1:3])
    before = snapshot(ids)
    assert before[0] and before[1]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: scalar(collection, "SELECT count(*) FROM terms") == total - 2,
                    timeout=10000)
    assert snapshot(ids) == ([], [], [], [])
    qtbot.waitUntil(lambda: view.model.rowCount() == total - 2, timeout=10000)
    assert view.infobar.isVisible() and view.info_label.text() == "Deleted 2 terms."
    assert view.can_undo and not set(ids) & set(shown_ids(view))

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scalar(collection, "SELECT count(*) FROM terms") == total,
                    timeout=10000)
    assert snapshot(ids) == before
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=10000)
    assert set(ids) <= set(shown_ids(view))
    assert not view.can_undo and not view.infobar.isVisible()


def test_markup_in_a_gloss_is_shown_as_plain_text(qtbot, view, collection):
    term_id, sense_id = query(collection, "SELECT term_id, id FROM senses ORDER BY id LIMIT 1")[0]
    call(qtbot, view._ops, lambda lib: lib.update_gloss(sense_id, "<b>bold</b> & <i>x</i>"))
    with qtbot.waitSignal(view.model.loaded, timeout=10000):
        view.refresh()
    row = shown_ids(view).index(term_id)
    assert "<b>bold</b> & <i>x</i>" in view.model.index(row, GLOSS_COLUMN).data()
    select_rows(view, [row])
    qtbot.waitUntil(lambda: "<b>bold</b> & <i>x</i>" in view.detail.browser.toPlainText(),
                    timeout=10000)


class LinkCatcher(QObject):
    """Receives the URLs QDesktopServices would hand to the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_detail_pane_shows_occurrences_and_opens_the_timestamped_source(qtbot, view,
                                                                         collection):
    term_id, start, sentence = query(
        collection,
        "SELECT o.term_id, s.start, o.sentence FROM occurrences o"
        " JOIN segments s ON s.id = o.segment_id JOIN sources src ON src.id = s.source_id"
        " WHERE src.url LIKE '%youtube.com/watch%' AND s.start > 60 ORDER BY o.id LIMIT 1")[0]
    row = shown_ids(view).index(term_id)
    select_rows(view, [row])
    qtbot.waitUntil(lambda: sentence in view.detail.browser.toPlainText(), timeout=10000)
    assert view.detail.term_id == term_id
    assert "Senses" in view.detail.browser.toPlainText()

    catcher = LinkCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        browser = view.detail.browser
        browser.setFocus()
        for _ in range(1 + len(view.detail.readings)):  # past each pinyin's `edit` link
            qtbot.keyClick(browser, Qt.Key.Key_Tab)
        qtbot.keyClick(browser, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(catcher.urls), timeout=5000)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert "youtube.com/watch" in catcher.urls[0]
    assert catcher.urls[0].endswith(f"t={int(start)}s")


def test_add_to_a_new_list_then_filter_by_it(qtbot, view, collection):
    pytest.importorskip("vocab_app.services.lists", reason="teacher lists not built yet")
    select_rows(view, [0, 3])
    ids = {shown_ids(view)[0], shown_ids(view)[3]}
    view.add_to_list("Week 1 — 强化学习")
    qtbot.waitUntil(lambda: query(collection, "SELECT name FROM lists") ==
                    [("Week 1 — 强化学习",)], timeout=10000)
    assert {r[0] for r in query(collection, "SELECT term_id FROM list_terms")} == ids
    combo = view.list_combo
    qtbot.waitUntil(lambda: combo.findText("Week 1 — 强化学习") > 0, timeout=10000)
    combo.setCurrentIndex(combo.findText("Week 1 — 强化学习"))
    wait_reloaded(qtbot, view)
    assert set(shown_ids(view)) == ids


def test_tag_and_suspend_reach_the_file(qtbot, view, collection):
    select_rows(view, [0, 1])
    ids = tuple(shown_ids(view)[:2])
    with qtbot.waitSignal(view.status_message) as said:
        view.add_tag("two words")
    assert said.args == ["A tag cannot contain spaces."]
    view.add_tag("exam")
    qtbot.waitUntil(lambda: all("exam" in r[0].split() for r in query(
        collection, "SELECT tags FROM terms WHERE id IN (?, ?)", ids)), timeout=10000)

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scalar(collection, "SELECT min(suspended) FROM cards"
                                   " WHERE term_id IN (?, ?)", ids) == 1, timeout=10000)


def edit_gloss_cell(qtbot: Any, view: LibraryView, row: int, text: str) -> None:
    """F2 on `row`'s gloss cell, type `text` over the gloss, Return."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    wait_reloaded(qtbot, view)
    qtbot.waitUntil(lambda: view.model.is_fresh(row), timeout=10000)
    select_rows(view, [row])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Right)  # off the Term column (F2 there renames)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.EditingState,
                    timeout=5000)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # what an input method commits (QTest cannot type Hanzi)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_term_with_two_senses_takes_one_gloss_per_sense(qtbot, view, collection):
    term_id, first, second = query(
        collection, "SELECT term_id, min(id), max(id) FROM senses GROUP BY term_id"
        " HAVING count(*) = 2 ORDER BY term_id LIMIT 1")[0]
    glosses = lambda: [g for (g,) in query(  # noqa: E731
        collection, "SELECT gloss FROM senses WHERE term_id = ? ORDER BY id", (term_id,))]
    before = glosses()
    row = shown_ids(view).index(term_id)

    with qtbot.waitSignal(view.status_message, timeout=10000) as said:
        edit_gloss_cell(qtbot, view, row, "only one")
    assert said.args[0].startswith("This term has 2 senses")
    wait_reloaded(qtbot, view)
    shown_ids(view)  # the rows are back from the reload that refusal made (else no cell edits)
    with qtbot.waitSignal(view.status_message, timeout=10000) as said:
        edit_gloss_cell(qtbot, view, row, "   ")
    assert said.args == ["A gloss cannot be empty."]
    assert glosses() == before

    edit_gloss_cell(qtbot, view, row, f"{before[0]}; 新的释义")
    qtbot.waitUntil(lambda: glosses() == [before[0], "新的释义"], timeout=10000)
    assert query(collection, "SELECT id FROM senses WHERE term_id = ? ORDER BY id",
                 (term_id,)) == [(first,), (second,)]  # edited in place, not re-created


def test_tag_and_list_dialogs_from_their_shortcuts(qtbot, view, collection):
    from PySide6.QtWidgets import QInputDialog

    select_rows(view, [2])
    term_id = shown_ids(view)[2]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.findChild(QInputDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("week1")
    dialog.accept()
    qtbot.waitUntil(lambda: "week1" in scalar(collection, "SELECT tags FROM terms WHERE id = ?",
                                              (term_id,)).split(), timeout=10000)
    qtbot.waitUntil(lambda: view.findChild(QInputDialog) is None, timeout=5000)
    view.windowHandle().requestActivate()  # offscreen does not hand activation back by itself
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.findChild(QInputDialog)
    assert dialog is not None and dialog.isComboBoxEditable()
    dialog.setTextValue("Unit 3")
    dialog.accept()
    qtbot.waitUntil(lambda: query(collection, "SELECT l.name, t.term_id FROM lists l"
                                  " JOIN list_terms t ON t.list_id = l.id") ==
                    [("Unit 3", term_id)], timeout=10000)


def test_add_to_list_preselects_the_list_used_last(qtbot, view, collection):
    from PySide6.QtWidgets import QInputDialog

    call(qtbot, view._ops, lambda lib: [lib.lists.create(n) for n in ("Alpha", "Unit 3", "Zed")])
    view.refresh()
    qtbot.waitUntil(lambda: len(view._lists) == 3 and not view.model.is_loading, timeout=10000)
    select_rows(view, [1])
    view.add_to_list("Unit 3")
    qtbot.waitUntil(lambda: scalar(collection, "SELECT count(*) FROM list_terms") == 1,
                    timeout=10000)
    qtbot.waitUntil(lambda: [lst.name for lst in view._lists] == ["Alpha", "Unit 3", "Zed"],
                    timeout=10000)
    select_rows(view, [2])
    view.ask_list()
    dialog = view.findChild(QInputDialog)
    assert dialog.textValue() == "Unit 3"  # not the first list, not empty
    dialog.accept()
    qtbot.waitUntil(lambda: scalar(collection, "SELECT count(*) FROM list_terms l JOIN lists s"
                                   " ON s.id = l.list_id WHERE s.name = 'Unit 3'") == 2,
                    timeout=10000)
