"""The Settings dialog driven by the keyboard from the main window: Ctrl+, opens it, a changed
limit is stored and reaches the status bar's due counts at once, Ctrl+Z brings the old settings
back, Restore Defaults and Cancel, and a setting that six grades turn on in the Review view."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import call, open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from vocab_app.gui.settings_dialog import SettingsDialog
from vocab_app.services.settings import Settings


@pytest.fixture
def window(qtbot: Any, ops: Any, collection: Any) -> Any:
    return open_main_window(qtbot, ops, collection)


def open_settings(qtbot: Any, window: Any) -> SettingsDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog),
                    timeout=10000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.editors["new_per_day"].hasFocus(), timeout=5000)
    return dialog


def stored(qtbot: Any, window: Any) -> Settings:
    return call(qtbot, window.ops, lambda lib: lib.settings)


def test_ctrl_comma_changes_new_cards_a_day_and_the_due_counts_follow_at_once(qtbot, window):
    qtbot.waitUntil(lambda: "20 new" in window.due_label.text(), timeout=10000)
    dialog = open_settings(qtbot, window)
    spin = dialog.editors["new_per_day"]
    assert spin.value() == 20
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: stored(qtbot, window).new_per_day == 5, timeout=10000)
    qtbot.waitUntil(lambda: "5 new" in window.due_label.text()
                    and "20 new" not in window.due_label.text(), timeout=10000)
    assert window.undo_stack.undoText() == "Change settings"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(qtbot, window).new_per_day == 20, timeout=10000)
    qtbot.waitUntil(lambda: "20 new" in window.due_label.text(), timeout=10000)


def test_restore_defaults_then_ok_stores_the_defaults_and_cancel_stores_nothing(
        qtbot, window):
    call(qtbot, window.ops, lambda lib: lib.save_settings(Settings(
        new_per_day=3, reverse_cards=True, leech_threshold=2, new_order="frequency",
        day_start_hour=4)))
    dialog = open_settings(qtbot, window)
    assert dialog.editors["reverse_cards"].isChecked()
    assert dialog.editors["new_order"].currentData() == "frequency"
    defaults = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    defaults.setFocus()
    qtbot.keyClick(defaults, Qt.Key.Key_Space)
    assert dialog.chosen() == Settings()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: nothing stored
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert stored(qtbot, window).new_per_day == 3

    dialog = open_settings(qtbot, window)
    defaults = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    defaults.setFocus()
    qtbot.keyClick(defaults, Qt.Key.Key_Space)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setFocus()
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored(qtbot, window) == Settings(), timeout=10000)


def test_six_grades_chosen_in_the_dialog_give_the_review_view_six_buttons(qtbot, window):
    dialog = open_settings(qtbot, window)
    box = dialog.editors["six_grade_mode"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(qtbot, window).six_grade_mode, timeout=10000)
    window.show_view("review")
    review = window.view("review")
    qtbot.waitUntil(lambda: [spec.key for spec, _ in review.buttons]
                    == ["0", "1", "2", "3", "4", "5"], timeout=20000)
