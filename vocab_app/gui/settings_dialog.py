"""The Settings dialog (Ctrl+,): the collection's review and card settings.

Every setting is drawn from services/settings.SPECS (a spin box for a number with its range, a
check box for on/off, a list for a choice), so the dialog, `vocab config` and the checks agree.
OK stores the settings as one step of the window's undo history (`SaveSettings`: Edit → Undo
brings the old ones back); Restore Defaults fills in the defaults (stored only on OK); Cancel
changes nothing. The change reaches every view as Changes(settings) at once: the review queue,
the due counts in the status bar and the next export read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services.changes import SETTINGS
from vocab_app.services.settings import SPECS, Settings, SettingsError, validate

if TYPE_CHECKING:
    from vocab_app.services.changes import Changes
    from vocab_app.services.library import Library

#: (group title, settings in it)
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Daily limits", ("new_per_day", "reviews_per_day", "day_start_hour")),
    ("Card types", ("reverse_cards", "cloze_cards")),
    ("Answering", ("six_grade_mode", "new_order", "fuzz")),
    ("Leeches", ("leech_threshold", "leech_suspend")),
)
#: What the dialog's editors say, where the setting's short label is not enough.
TEXTS = {
    "reverse_cards": "Reverse cards: gloss → term",
    "cloze_cards": "Cloze cards in Anki exports (the term blanked in its sentence)",
    "six_grade_mode": "Six grades (0–5) instead of the four buttons",
    "fuzz": "Load spreading: move intervals of 3+ days by up to ±5%",
    "leech_threshold": "Leech after this many lapses",
    "leech_suspend": "Suspend a card when it becomes a leech",
}
NEW_ORDER_TEXT = {"source": "In the order first seen", "frequency": "Most seen first"}
Editor = QSpinBox | QCheckBox | QComboBox


class SaveSettings(OpCommand):
    """Store new settings; undo stores the ones before."""

    changes = SETTINGS

    def __init__(self, ops: Ops, stack: QUndoStack, before: Settings, after: Settings, *,
                 done: Callable[[str], None], report: Callable[[BaseException], None]) -> None:
        super().__init__(ops, stack, "Change settings")
        self._before, self._after = before, after
        self._done, self._report = done, report

    def apply(self, lib: Library) -> Changes:
        return lib.save_settings(self._after)

    def revert(self, lib: Library) -> Changes:
        return lib.save_settings(self._before)

    def applied(self, result: object) -> None:
        self._done("Settings saved.")

    def reverted(self, result: object) -> None:
        self._done("Undone: the settings are as they were.")

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class SettingsDialog(QDialog):
    """Edit `settings`; OK pushes a `SaveSettings` onto `undo_stack` and closes once stored."""

    def __init__(self, ops: Ops, undo_stack: QUndoStack, settings: Settings,
                 parent: QWidget | None = None, *,
                 say: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._ops, self._stack, self._before = ops, undo_stack, settings
        self._say = say or (lambda _text: None)
        self.editors: dict[str, Editor] = {}
        layout = QVBoxLayout(self)
        for title, names in GROUPS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            if title == "Card types":
                always = QCheckBox("Forward: term → gloss (always made)")
                always.setChecked(True)
                always.setEnabled(False)
                form.addRow(always)
            for name in names:
                self._add_editor(form, name)
            layout.addWidget(box)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout.addWidget(self.buttons)
        self.show_settings(settings)

    def _add_editor(self, form: QFormLayout, name: str) -> None:
        spec = SPECS[name]
        text = TEXTS.get(name, spec.label[0].upper() + spec.label[1:])
        editor: Editor
        if spec.kind is bool:
            editor = QCheckBox(text)
            form.addRow(editor)
        elif spec.kind is int:
            editor = QSpinBox()
            editor.setRange(spec.low, spec.high)
            if name == "day_start_hour":
                editor.setSuffix(":00")
            form.addRow(text + ":", editor)
        else:
            editor = QComboBox()
            for choice in spec.choices:
                editor.addItem(NEW_ORDER_TEXT.get(choice, choice), choice)
            form.addRow(text + ":", editor)
        editor.setToolTip(spec.help)
        editor.setObjectName(name)
        self.editors[name] = editor

    def show_settings(self, settings: Settings) -> None:
        """Fill the editors with `settings`."""
        for name, editor in self.editors.items():
            value = getattr(settings, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                editor.setCurrentIndex(max(0, editor.findData(value)))

    def chosen(self) -> Settings:
        """The settings the editors show."""
        values: dict[str, object] = {}
        for f in fields(Settings):
            editor = self.editors[f.name]
            if isinstance(editor, QCheckBox):
                values[f.name] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                values[f.name] = editor.value()
            else:
                values[f.name] = str(editor.currentData())
        return Settings(**values)  # type: ignore[arg-type]

    def restore_defaults(self) -> None:
        """Show the default settings (stored only on OK)."""
        self.show_settings(Settings())

    def save(self) -> None:
        """Store the settings shown (one undo step), then close; nothing to store: close."""
        try:
            after = validate(self.chosen())
        except SettingsError as err:
            self.problem.setText(str(err))
            self.problem.show()
            return
        if after == self._before:
            self.accept()
            return
        self.buttons.setEnabled(False)

        say = self._say  # Undo and Redo come after the dialog is gone

        def done(text: str) -> None:
            say(text)
            if shiboken6.isValid(self) and self.isVisible():
                self.accept()

        def failed(exc: BaseException) -> None:
            if not (shiboken6.isValid(self) and self.isVisible()):
                say(error_text(exc))
                return
            self.buttons.setEnabled(True)
            self.problem.setText(error_text(exc))
            self.problem.show()

        self._stack.push(SaveSettings(self._ops, self._stack, self._before, after,
                                      done=done, report=failed))
