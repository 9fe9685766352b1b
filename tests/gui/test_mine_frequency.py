"""The Mine preview's Frequency column and its common-word filter, driven by the keyboard: the
column sorts by rank, "Hide words more common than" hides and unticks the common terms (and
ticks them again when loosened, except those the user decided on), Add stores only what is
still ticked, and the setting "frequency filter default" reaches the preview at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import call, open_main_window, query
from gui_helpers import mine_and_wait as mine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vocab_app.gui import candidate_model as cm
from vocab_app.gui.mine_view import MineView
from vocab_app.gui.settings_dialog import SettingsDialog
from vocab_app.paths import seed_files
from vocab_app.services.changes import Changes

TALK = seed_files()[1]  # the English talk: ~190 terms, everyday words among them


@pytest.fixture
def view(qtbot: Any, shell_empty: Any) -> tuple[MineView, Path]:
    path, ops = shell_empty
    mine_view = MineView(ops)
    qtbot.addWidget(mine_view)
    mine_view.resize(1100, 700)
    mine_view.show()
    return mine_view, path


def type_rank(qtbot: Any, view: MineView, text: str) -> None:
    spin = view.common_spin
    spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def checked(view: MineView, row: int) -> bool:
    state = view.model.data(view.model.index(row, cm.CHECK), Qt.ItemDataRole.CheckStateRole)
    return state == Qt.CheckState.Checked


def test_the_frequency_column_sorts_and_the_filter_hides_and_unticks_common_terms(qtbot, view):
    mine_view, path = view
    mine(qtbot, mine_view, [TALK])
    model, proxy = mine_view.model, mine_view.proxy
    rows = model.rowCount()
    ranks = [model.rank(r) for r in range(rows)]
    assert sum(rank is not None for rank in ranks) > rows // 2
    data_row = next(r for r in range(rows) if model.candidate(r).term == "数据")
    assert model.data(model.index(data_row, cm.FREQUENCY)) == f"{ranks[data_row]:,}"
    assert mine_view.common_spin.value() == 0 and mine_view.common_spin.text() == "Off"
    assert proxy.rowCount() == model.checked_count() == rows  # off by default

    mine_view.table.sortByColumn(cm.FREQUENCY, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, cm.FREQUENCY).data(Qt.ItemDataRole.UserRole)
             for r in range(proxy.rowCount())]
    assert shown == sorted(shown) and shown[0] == min(r for r in ranks if r is not None)

    type_rank(qtbot, mine_view, "1000")
    common = {r for r, rank in enumerate(ranks) if rank is not None and rank <= 1000}
    assert data_row in common and len(common) > 10
    assert proxy.rowCount() == rows - len(common)
    assert not any(checked(mine_view, r) for r in common)
    assert model.checked_count() == rows - len(common)
    assert f"{len(common)} hidden as common" in mine_view.summary_label.text()

    # Up steps the rank by 1,000: more is hidden
    qtbot.keyClick(mine_view.common_spin, Qt.Key.Key_Up)
    assert mine_view.common_spin.value() == 2000
    assert proxy.rowCount() < rows - len(common)

    # loosened to Off: every row is back and ticked again, but not one the user unticked
    type_rank(qtbot, mine_view, "0")
    assert mine_view.common_spin.value() == 0
    kept_off = next(iter(common))
    model.setData(model.index(kept_off, cm.CHECK), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    type_rank(qtbot, mine_view, "1000")
    type_rank(qtbot, mine_view, "0")
    assert proxy.rowCount() == rows
    assert model.checked_count() == rows - 1 and not checked(mine_view, kept_off)

    # Add with the filter on stores none of the common terms
    type_rank(qtbot, mine_view, "1000")
    with qtbot.waitSignal(mine_view.imported, timeout=60000):
        qtbot.mouseClick(mine_view.add_button, Qt.MouseButton.LeftButton)
    stored = {term for (term,) in query(path, "SELECT term FROM terms")}
    assert "数据" not in stored and stored
    assert not stored & {model_term for model_term in (
        mine_view.model.candidate(r).term for r in range(mine_view.model.rowCount()))}


def test_the_setting_is_the_default_and_takes_effect_at_once(qtbot, ops, collection):
    window = open_main_window(qtbot, ops, collection)
    window.show_view("mine")
    mine_view = window.view("mine")
    qtbot.waitUntil(lambda: mine_view.common_spin.text() == "Off", timeout=10000)
    mine(qtbot, mine_view, [TALK])
    rows = mine_view.model.rowCount()
    assert mine_view.proxy.rowCount() == rows

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog),
                    timeout=10000)
    dialog = QApplication.activeModalWidget()
    spin = dialog.editors["frequency_filter"]
    assert spin.text() == "Off"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "3000")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: call(qtbot, window.ops,
                                 lambda lib: lib.settings.frequency_filter) == 3000,
                    timeout=10000)
    # the preview on screen follows at once, and the next one starts there too
    qtbot.waitUntil(lambda: mine_view.common_spin.value() == 3000, timeout=10000)
    hidden = mine_view.model.common_count()
    assert hidden > 10 and mine_view.proxy.rowCount() == rows - hidden
    mine(qtbot, mine_view, [TALK])
    assert mine_view.common_spin.value() == 3000 and mine_view.proxy.rowCount() == rows - hidden

    # a value typed in the preview is the user's: a later settings change leaves it alone
    type_rank(qtbot, mine_view, "500")
    call(qtbot, window.ops,
         lambda lib: lib.save_settings(replace(lib.settings, frequency_filter=8000)))
    mine_view.refresh(Changes(settings=True))
    call(qtbot, window.ops, lambda lib: None)  # the settings read has come back
    qtbot.wait(50)
    assert mine_view.common_spin.value() == 500
