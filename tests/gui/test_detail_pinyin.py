"""The detail pane shows the pinyin of a term's Chinese side and lets the learner correct it
(one undoable step), and the correction is what the collection keeps."""

from __future__ import annotations

from typing import Any

from gui_helpers import query
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLineEdit

from vocab_app.gui.detail_pane import DetailPane
from vocab_app.mining.pinyin import has_han, pinyin


def test_pinyin_of_the_senses_is_shown_and_a_correction_is_stored_and_undone(
        qtbot: Any, ops, collection):
    rows = query(collection, "SELECT id, term, glosses FROM terms ORDER BY position")
    term_id, term, glosses = next(r for r in rows if not has_han(r[1]) and has_han(r[2]))
    sense = next(s.strip() for s in glosses.split(";") if has_han(s))
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.shown, timeout=20000):
        pane.show_term(term_id)
    assert pinyin(sense) in pane.browser.toPlainText()
    at = [r.text for r in pane.readings].index(sense)
    # The `edit` link opens the box; the learner types a reading and presses Enter.
    pane.browser.anchorClicked.emit(QUrl(f"pinyin:{at}"))
    dialog = pane.pinyin_dialog
    assert dialog is not None and dialog.isVisible()
    box = dialog.findChild(QLineEdit)
    assert box.text() == pinyin(sense)
    box.setText("zì dìng yì")  # (QTest types Latin-1 only: the tone marks are set)
    with qtbot.waitSignal(pane.shown, timeout=20000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "zì dìng yì ✎" in pane.browser.toPlainText()
    assert query(collection, "SELECT reading, edited FROM pinyin_readings WHERE text = ?",
                 (sense,)) == [("zì dìng yì", 1)]
    assert pane.undo_stack.undoText() == f"Edit pinyin of “{sense}”"
    with qtbot.waitSignal(pane.shown, timeout=20000):
        pane.undo_stack.undo()
    assert "zì dìng yì" not in pane.browser.toPlainText()
    assert pinyin(sense) in pane.browser.toPlainText()
    with qtbot.waitSignal(pane.shown, timeout=20000):
        pane.undo_stack.redo()
    assert "zì dìng yì ✎" in pane.browser.toPlainText()


def test_library_shows_a_pinyin_column_and_the_correction_made_in_the_detail_pane(
        qtbot: Any, ops, collection):
    from gui_helpers import open_main_window

    from vocab_app.gui.term_model import COLUMNS

    window = open_main_window(qtbot, ops, collection)
    window.show_view("library")
    view = window.view("library")
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading, timeout=20000)
    col = [c[0] for c in COLUMNS].index("Pinyin")
    assert col == [c[0] for c in COLUMNS].index("Gloss") + 1
    rows = range(model.rowCount())

    def cells() -> list[str]:
        return [model.index(r, col).data() for r in rows]

    qtbot.waitUntil(lambda: all(model.row_data(r) is not None for r in rows)
                    and any(cells()), timeout=20000)
    by_row = {r: model.row_data(r) for r in rows}
    # every Chinese term or gloss gets its reading; an entry without Chinese shows none
    qtbot.waitUntil(lambda: all(bool(c) == (has_han(by_row[r].term) or has_han(by_row[r].gloss))
                                for r, c in zip(rows, cells(), strict=True)), timeout=20000)
    row = next(r for r in rows if not has_han(by_row[r].term) and has_han(by_row[r].gloss))
    sense = next(s.strip() for s in by_row[row].gloss.split(";") if has_han(s))
    assert pinyin(sense) in cells()[row]
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.detail.term_id == by_row[row].id
                    and sense in [r.text for r in view.detail.readings], timeout=20000)
    at = [r.text for r in view.detail.readings].index(sense)
    dialog = view.detail.edit_pinyin(at)
    dialog.setTextValue("kè zhì")
    dialog.accept()
    qtbot.waitUntil(lambda: "kè zhì" in (model.index(row, col).data() or ""), timeout=20000)
    assert view.undo_stack.undoText() == f"Edit pinyin of “{sense}”"
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: pinyin(sense) in (model.index(row, col).data() or ""),
                    timeout=20000)


def test_the_review_card_reads_the_kept_pinyin_and_the_learners_correction(
        qtbot: Any, ops, collection):
    from gui_helpers import call
    from PySide6.QtGui import QPalette

    from vocab_app.gui.review_card import card_html
    from vocab_app.services.pinyin import set_reading

    rows = query(collection, "SELECT c.id, t.term, t.glosses FROM cards c JOIN terms t"
                 " ON t.id = c.term_id WHERE c.direction = 'forward' ORDER BY t.position")
    card_id, term, glosses = next(r for r in rows if not has_han(r[1]) and has_han(r[2]))
    sense = next(s.strip() for s in glosses.split(";") if has_han(s))
    view = call(qtbot, ops, lambda lib: lib.review.card_view(card_id))
    assert pinyin(sense) in view.pinyin
    call(qtbot, ops, lambda lib: set_reading(lib, sense, "gǎi guò"))
    view = call(qtbot, ops, lambda lib: lib.review.card_view(card_id))
    assert "gǎi guò" in view.pinyin and pinyin(sense) not in view.pinyin
    assert "gǎi guò" in card_html(view, True, QPalette())
