"""A long transcript in the Reader: the text shows at once and is laid out to its end in slices
while the keys keep working (N steps to a term before the layout is done), the scroll bar then
reaches the last line, and again after the window is resized; a second open while the first is
still read replaces it; K deep in the text draws every mark of the term in the known look where
the text is (Ctrl+Z draws them back), and a term added there (A) reads the text again where it
was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from vocab_app.gui.reader_document import STATE_LOOK
from vocab_app.gui.reader_view import ReaderView
from vocab_app.paths import seed_files


def long_transcript(folder: Path, copies: int) -> Path:
    seed = next(p for p in seed_files() if p.name.startswith("001_")).read_text(encoding="utf-8")
    path = folder / "long.txt"
    path.write_text("\n".join([seed] * copies), encoding="utf-8")
    return path


def test_a_long_text_is_laid_out_in_slices_while_the_keys_work(
        qtbot: Any, reader: ReaderView, tmp_path: Path) -> None:
    path = long_transcript(tmp_path, 4)
    order: list[str] = []

    def step() -> None:
        qtbot.keyClick(reader.browser, Qt.Key.Key_N)
        if reader.browser.textCursor().charFormat().anchorHref().startswith("t:"):
            order.append("stepped")

    def on_loaded() -> None:  # the text is shown: N at once
        order.append("loaded")
        reader.browser.setFocus()
        QTimer.singleShot(0, step)

    reader.loaded.connect(on_loaded)
    reader.laid_out.connect(lambda: order.append("laid out"))
    with qtbot.waitSignal(reader.laid_out, timeout=60000):
        reader.open_path(str(path))
    assert order == ["loaded", "stepped", "laid out"]  # N was handled before the layout ended
    assert reader.browser.pacer.slices > 1  # the event loop ran between the slices
    assert_scrolls_to_the_end(qtbot, reader)
    # a narrower window lays the text out again, in slices too, to its end (from the top:
    # QTextEdit lays a resized text out to where it is scrolled at once)
    reader.browser.verticalScrollBar().setValue(0)
    slices = reader.browser.pacer.slices
    with qtbot.waitSignal(reader.laid_out, timeout=60000):
        reader.resize(800, 700)
    assert reader.browser.pacer.slices > slices + 1
    assert_scrolls_to_the_end(qtbot, reader)


def assert_scrolls_to_the_end(qtbot: Any, reader: ReaderView) -> None:
    """The scroll bar reaches the last line of the text."""
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    viewport = reader.browser.viewport()
    bottom = reader.browser.cursorForPosition(viewport.rect().bottomLeft())
    assert bottom.block().blockNumber() >= reader.browser.document().blockCount() - 2


def test_a_second_open_replaces_the_first(qtbot: Any, reader: ReaderView,
                                           tmp_path: Path) -> None:
    path = long_transcript(tmp_path, 4)
    small = tmp_path / "small.txt"
    small.write_text("Ep 1: Small talk\n\nSpeaker 100:00 - 00:10\nOnly this line.\n",
                     encoding="utf-8")
    loads: list[str] = []
    reader.loaded.connect(lambda: loads.append(reader.document.path if reader.document
                                               else ""))
    reader.open_path(str(path))
    with qtbot.waitSignal(reader.loaded, timeout=60000):
        reader.open_path(str(small))
    qtbot.wait(500)  # the first read, if it ever ends, is not shown after the second
    assert loads == [str(small)]
    assert reader.browser.toPlainText().splitlines()[-1] == "Only this line."


def underlines(document: QTextDocument, href: str) -> set[QTextCharFormat.UnderlineStyle]:
    """The underline styles of every mark of `href` in the text."""
    found = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.anchorHref() == href:
                found.add(fmt.underlineStyle())
            it += 1
        block = block.next()
    return found


def test_k_deep_in_a_long_text_redraws_the_marks_where_the_text_is(
        qtbot: Any, reader: ReaderView, tmp_path: Path) -> None:
    with qtbot.waitSignal(reader.laid_out, timeout=60000):
        reader.open_path(str(long_transcript(tmp_path, 4)))
    text = reader.browser
    bar = text.verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.6))
    text.setTextCursor(text.cursorForPosition(text.viewport().rect().center()))
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: reader.pane.card is not None, timeout=10000)
    term_id = reader.pane.term_id
    href = f"t:{term_id}"
    assert text.textCursor().charFormat().anchorHref() == href
    before, scrolled = underlines(text.document(), href), bar.value()
    assert before and STATE_LOOK["known"][2] not in before
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        qtbot.keyClick(text, Qt.Key.Key_K)
    assert underlines(text.document(), href) == {STATE_LOOK["known"][2]}  # every mark of it
    assert bar.value() == scrolled  # the text stayed where it was read
    assert "known" in reader.legend.text()
    with qtbot.waitSignal(reader.loaded, timeout=30000):
        reader.undo_stack.undo()
    assert underlines(text.document(), href) == before
    assert bar.value() == scrolled


def test_a_term_added_deep_in_a_long_text_keeps_the_text_where_it_is(
        qtbot: Any, reader: ReaderView, tmp_path: Path) -> None:
    with qtbot.waitSignal(reader.laid_out, timeout=60000):
        reader.open_path(str(long_transcript(tmp_path, 4)))
    text = reader.browser
    bar = text.verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.7))
    cursor = text.cursorForPosition(text.viewport().rect().center())
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    text.setTextCursor(cursor)
    scrolled = bar.value()
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: reader.terms.dialog is not None
                    and reader.terms.dialog.isVisible(), timeout=10000)
    reader.terms.dialog.gloss_edit.setText("词")
    with qtbot.waitSignal(reader.loaded, timeout=60000):
        qtbot.keyClick(reader.terms.dialog.gloss_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() == scrolled, timeout=30000)  # read again, same place
    assert text.viewport().updatesEnabled()
