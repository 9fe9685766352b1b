"""The Reader view driven by the keyboard: choose a source, move from term to term (N, Tab),
the term card (hover or focus), K marks known (Ctrl+Z takes it back), A adds the selected words
as a term with the bracket's gloss, the sentence and the source's segment; Ctrl+R in the Library
opens the term's source; a missing file says so in one line; hostile text shows as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import call, open_main_window, query, scalar
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from vocab_app.gui.reader_view import ReaderView


def choose_source(qtbot: Any, view: ReaderView, title_part: str) -> None:
    """Pick the source whose title holds `title_part` with the keyboard (Ctrl+F, arrows,
    Enter) and wait until its text is on screen."""
    row = next(i for i in range(view.source_combo.count())
               if title_part in view.source_combo.itemText(i))
    view.source_combo.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=30000):
        for _ in range(row):
            qtbot.keyClick(view.source_combo, Qt.Key.Key_Down)
        view.source_combo.activated.emit(view.source_combo.currentIndex())


def test_choose_navigate_hover_and_mark_known_by_keyboard(qtbot: Any, reader: ReaderView,
                                                          collection: Path) -> None:
    choose_source(qtbot, reader, "Gemini")
    assert reader.document is not None and reader.document.source_id is not None
    assert "term" in reader.legend.text() and "new" in reader.legend.text()
    assert "deep learning" in reader.browser.toPlainText()
    # N moves to the first marked term and shows its card
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: reader.pane.card is not None, timeout=10000)
    first = reader.pane.term_id
    assert reader.browser.textCursor().charFormat().anchorHref() == f"t:{first}"
    qtbot.keyClick(reader.browser, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: reader.pane.term_id not in (None, first), timeout=10000)
    second = reader.pane.term_id
    # hovering a term shows its glosses
    reader.browser.highlighted.emit(QUrl(f"t:{first}"))
    qtbot.waitUntil(lambda: reader.pane.term_id == first, timeout=10000)
    gloss = scalar(collection, "SELECT glosses FROM terms WHERE id = ?", (first,))
    assert gloss.split(";")[0] in reader.pane.info.text()
    # K marks the shown term known; the text is marked again; Ctrl+Z (the undo stack) undoes
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        qtbot.keyClick(reader.browser, Qt.Key.Key_K)
    assert scalar(collection, "SELECT state FROM terms WHERE id = ?", (first,)) == "known"
    assert "known" in reader.legend.text()
    assert reader.undo_stack.canUndo()
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.undo_stack.undo()
    assert scalar(collection, "SELECT state FROM terms WHERE id = ?", (first,)) != "known"
    assert second is not None
    # side by side: each translation in a column beside its line
    assert reader.browser.document().rootFrame().childFrames() == []
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.side_check.setChecked(True)
    assert reader.browser.document().rootFrame().childFrames()  # the tables


def test_letters_typed_in_the_source_box_search_it_and_do_not_act_on_the_text(
        qtbot: Any, reader: ReaderView, collection: Path) -> None:
    choose_source(qtbot, reader, "Gemini")
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_N)  # a term shown: K would mark it
    qtbot.waitUntil(lambda: reader.pane.term_id is not None, timeout=10000)
    shown = reader.pane.term_id
    combo = reader.source_combo
    for title in ("Aardvark notes", "Kant notes", "Nile notes", "Plato notes"):
        combo.addItem(title, None)  # no source behind them: choosing one opens nothing
    combo.setFocus()
    assert combo.hasFocus()
    loads: list[int] = []
    reader.loaded.connect(lambda: loads.append(1))
    for key, title in ((Qt.Key.Key_K, "Kant notes"), (Qt.Key.Key_A, "Aardvark notes"),
                       (Qt.Key.Key_N, "Nile notes"), (Qt.Key.Key_P, "Plato notes")):
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "ka"
        qtbot.keyClick(combo, key)
        assert combo.currentText() == title  # the letter searched the box
    qtbot.wait(200)
    assert reader.terms.dialog is None  # A opened no "Add term"
    assert reader.pane.term_id == shown  # N/P did not step
    assert not loads  # K marked nothing (a mark re-marks the text)
    assert scalar(collection, "SELECT known FROM terms WHERE id = ?", (shown,)) == 0


def test_a_adds_the_selected_words_with_the_bracket_gloss_and_the_segment(
        qtbot: Any, reader: ReaderView, collection: Path) -> None:
    choose_source(qtbot, reader, "Gemini")
    doc = reader.browser.document()
    found = doc.find("continual")  # an unmarked word of the English line
    text = reader.browser.toPlainText()
    assert "continual" in text.lower()
    cursor = doc.find("Continual") if found.isNull() else found
    reader.browser.setTextCursor(cursor)
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: reader.terms.dialog is not None
                    and reader.terms.dialog.isVisible(), timeout=10000)
    dialog = reader.terms.dialog
    assert dialog.term_edit.text().lower() == "continual"
    assert dialog.context_edit.toPlainText()  # the sentence it is in
    dialog.gloss_edit.setText("持续的")
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        qtbot.keyClick(dialog.gloss_edit, Qt.Key.Key_Return)
    rows = query(collection, "SELECT g.source_id, g.start FROM terms t JOIN occurrences o"
                 " ON o.term_id = t.id JOIN segments g ON g.id = o.segment_id"
                 " JOIN sources s ON s.id = g.source_id WHERE lower(t.term) = 'continual'")
    assert rows and rows[0][0] == reader.document.source_id  # the source and timestamp kept


def test_a_in_a_file_not_in_the_collection_records_it_with_the_timestamp(
        qtbot: Any, reader: ReaderView, collection: Path, tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text("Ep 1: Tiny talk\n\nSpeaker 100:00 - 00:10\nWe start here today.\n"
                    "Speaker 200:42 - 00:50\nThen the zorbulator hums along.\n",
                    encoding="utf-8")
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.open_path(str(talk))
    assert reader.document is not None and reader.document.source_id is None
    reader.browser.setTextCursor(reader.browser.document().find("zorbulator"))
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: reader.terms.dialog is not None
                    and reader.terms.dialog.isVisible(), timeout=10000)
    dialog = reader.terms.dialog
    dialog.gloss_edit.setText("嗡嗡机")
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        qtbot.keyClick(dialog.gloss_edit, Qt.Key.Key_Return)
    rows = query(collection, "SELECT s.path, s.title, g.start, o.sentence FROM terms t"
                 " JOIN occurrences o ON o.term_id = t.id JOIN segments g"
                 " ON g.id = o.segment_id JOIN sources s ON s.id = g.source_id"
                 " WHERE t.term = 'zorbulator'")
    assert rows == [(str(talk), "Ep 1: Tiny talk", 42.0, "Then the zorbulator hums along.")]
    # the file is a source now: the text re-read is that source, the new term marked
    assert reader.document.source_id is not None
    assert any(t for s in reader.document.segments for t in s.matches)
    # undo takes the term back (the file stays a source, as an import leaves it)
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.undo_stack.undo()
    assert not query(collection, "SELECT 1 FROM terms WHERE term = 'zorbulator'")


def test_gloss_prefilled_from_an_adjacent_bracket(qtbot: Any, reader: ReaderView) -> None:
    choose_source(qtbot, reader, "Gemini")
    found = reader.browser.document().find("deep learning(深度学习)")
    assert not found.isNull()
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(found.selectionStart())
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor,
                        len("deep learning"))
    reader.browser.setTextCursor(cursor)
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: reader.terms.dialog is not None
                    and reader.terms.dialog.isVisible(), timeout=10000)
    assert reader.terms.dialog.gloss_edit.text() == "深度学习"
    assert "deep learning(深度学习)" in reader.terms.dialog.context_edit.toPlainText()
    reader.terms.dialog.reject()


def test_a_missing_file_says_so_in_one_line(qtbot: Any, reader: ReaderView,
                                            tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    reader.open_path(str(missing))
    qtbot.waitUntil(reader.error_label.isVisible, timeout=10000)
    text = reader.error_label.text()
    assert "gone.txt" in text and "\n" not in text
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    reader.open_path(str(binary))
    qtbot.waitUntil(lambda: "binary.txt" in reader.error_label.text(), timeout=10000)
    assert "\n" not in reader.error_label.text()


def test_hostile_text_shows_as_text(qtbot: Any, reader: ReaderView, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.md"
    hostile.write_text("A **bold claim** about reinforcement learning (RL).\n\n"
                       "Then <script>alert('x')</script> and <img src=x onerror=y> "
                       "&amp; a [link](javascript:alert(1)).\n", encoding="utf-8")
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.open_path(str(hostile))
    shown = reader.browser.toPlainText()
    assert "**" not in shown and "bold claim" in shown  # emphasis drawn, not shown as **
    bold = reader.browser.document().find("bold claim").charFormat()
    assert bold.fontWeight() >= 600
    html = reader.browser.toHtml()
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    plain = tmp_path / "hostile.txt"  # a plain text's tags are its text: shown as written
    plain.write_text("Then &lt;script&gt;alert('x')&lt;/script&gt; about RL when a<b && c>d, "
                     "<<not a tag>> and &amp;lt;b&amp;gt; stay text.\n", encoding="utf-8")
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.open_path(str(plain))
    shown = reader.browser.toPlainText()
    assert reader.document is not None
    for seg in reader.document.segments:  # exactly the text the reader read, nothing parsed
        assert seg.text in shown
    assert "a<b && c>d" in shown
    html = reader.browser.toHtml()
    assert "<script" not in html and "javascript:" not in html


def test_library_ctrl_r_opens_the_term_in_the_reader(qtbot: Any, ops: Any,
                                                     collection: Path) -> None:
    window = open_main_window(qtbot, ops, collection)
    library = window.view("library")
    qtbot.waitUntil(lambda: library.model.rowCount() > 0 and not library.model.is_loading,
                    timeout=20000)
    library.table.selectRow(2)
    term_id = library.model.term_id(2)
    library.table.setFocus()
    qtbot.keyClick(library.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_key == "reader", timeout=10000)
    reader = window.view("reader")
    qtbot.waitUntil(lambda: reader.pane.term_id == term_id, timeout=30000)
    assert reader.browser.textCursor().hasSelection()
    QApplication.processEvents()


def test_mine_view_opens_the_mined_file_in_the_reader(qtbot: Any, ops: Any,
                                                      collection: Path) -> None:
    from vocab_app.paths import seed_files

    window = open_main_window(qtbot, ops, collection)
    mine = window.view("mine")
    seed = seed_files()[2]
    with qtbot.waitSignal(mine.mined, timeout=60000):
        window.mine_paths([str(seed)])
    assert mine.reader_button.isEnabled()
    qtbot.mouseClick(mine.reader_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_key == "reader", timeout=10000)
    reader = window.view("reader")
    qtbot.waitUntil(lambda: reader.document is not None, timeout=30000)
    assert reader.document.source_id is not None  # the seed is a source of the collection
    assert Path(reader.document.path).name == seed.name


def test_the_term_index_is_built_ahead_when_the_worker_is_idle(qtbot: Any, ops: Any) -> None:
    from vocab_app.gui.reader_warm import warm_when_idle

    call(qtbot, ops, lambda lib: lib.reader.invalidate())
    assert not call(qtbot, ops, lambda lib: lib.reader._index is not None)
    warm_when_idle(ops, delay_ms=10)
    qtbot.wait(200)  # the timer fired: the build is queued or done
    qtbot.waitUntil(lambda: not ops.busy, timeout=10000)
    assert call(qtbot, ops, lambda lib: lib.reader._index is not None)
