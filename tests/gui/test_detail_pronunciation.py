"""The Library's detail pane shows a term's pronunciation right under the term."""

from __future__ import annotations

import sqlite3
from typing import Any

from gui_helpers import query

from vocab_app.gui.detail_pane import DetailPane


def test_pronunciation_is_shown_under_the_term_and_only_when_there_is_one(qtbot: Any, ops,
                                                                          collection):
    (with_ipa, term), (without, _) = query(
        collection, "SELECT id, term FROM terms ORDER BY position LIMIT 2")
    conn = sqlite3.connect(collection)
    with conn:
        conn.execute("UPDATE terms SET pronunciation = '/ˈtɛst <ɪ>/' WHERE id = ?", [with_ipa])
    conn.close()
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.shown, timeout=10000):
        pane.show_term(with_ipa)
    lines = [line for line in pane.browser.toPlainText().splitlines() if line.strip()]
    assert lines[:2] == [term, "/ˈtɛst <ɪ>/"]  # markup characters arrive as text
    with qtbot.waitSignal(pane.shown, timeout=10000):
        pane.show_term(without)
    assert "/ˈtɛst" not in pane.browser.toPlainText()
