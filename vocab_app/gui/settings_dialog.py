"""The Settings dialog (Ctrl+,): the collection's review and card settings.

Every setting is drawn from services/settings.SPECS (a spin box for a number with its range, a
check box for on/off, a list for a choice), so the dialog, `vocab config` and the checks agree.
The interface language is also kept per user (gui/i18n.py); once a new one is stored the window
offers to restart in it (`on_language`, MainWindow.offer_restart, gui/restart.py).
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
from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from vocab_app.gui import i18n
from vocab_app.gui.errors import error_text
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.gui.undo import OpCommand
from vocab_app.services.changes import SETTINGS
from vocab_app.services.settings import SPECS, Settings, SettingsError, validate

if TYPE_CHECKING:
    from vocab_app.services.changes import Changes
    from vocab_app.services.library import Library

_CONTEXT = "SettingsDialog"
translate = QCoreApplication.translate
#: (group title, settings in it)
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Daily limits"),
     ("new_per_day", "reviews_per_day", "day_start_hour")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Card types"), ("reverse_cards", "cloze_cards")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Answering"), ("six_grade_mode", "new_order", "fuzz")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Leeches"), ("leech_threshold", "leech_suspend")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Language"), ("interface_language", "card_language")),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Mining"), ("frequency_filter",)),
)
#: What the dialog's editors say (translated when shown).
TEXTS = {
    "new_per_day": QT_TRANSLATE_NOOP("SettingsDialog", "New cards a day"),
    "reviews_per_day": QT_TRANSLATE_NOOP("SettingsDialog", "Reviews a day"),
    "day_start_hour": QT_TRANSLATE_NOOP("SettingsDialog", "Hour a new day starts"),
    "new_order": QT_TRANSLATE_NOOP("SettingsDialog", "New-card order"),
    "reverse_cards": QT_TRANSLATE_NOOP("SettingsDialog", "Reverse cards: gloss → term"),
    "cloze_cards": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Cloze cards in Anki exports (the term blanked in its sentence)"),
    "six_grade_mode": QT_TRANSLATE_NOOP("SettingsDialog",
                                        "Six grades (0–5) instead of the four buttons"),
    "fuzz": QT_TRANSLATE_NOOP("SettingsDialog",
                              "Load spreading: move intervals of 3+ days by up to ±5%"),
    "leech_threshold": QT_TRANSLATE_NOOP("SettingsDialog", "Leech after this many lapses"),
    "leech_suspend": QT_TRANSLATE_NOOP("SettingsDialog", "Suspend a card when it becomes a leech"),
    "interface_language": QT_TRANSLATE_NOOP("SettingsDialog", "Interface language"),
    "card_language": QT_TRANSLATE_NOOP("SettingsDialog", "Labels on exported cards"),
    "frequency_filter": QT_TRANSLATE_NOOP("SettingsDialog",
                                          "Hide words more common than rank"),
}
#: Tooltips (translated when shown); the CLI's `vocab config` prints SPECS' English help.
HELP = {
    "new_per_day": QT_TRANSLATE_NOOP("SettingsDialog",
                                     "How many new cards a day's reviews introduce."),
    "reviews_per_day": QT_TRANSLATE_NOOP(
        "SettingsDialog", "How many due (learning and review) cards a day shows at most."),
    "reverse_cards": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Also review (and export) gloss → term cards; new terms get one."),
    "cloze_cards": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Anki exports add a card with the term blanked in its context sentence."),
    "six_grade_mode": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Answer with the grades 0–5 instead of the four buttons Again/Hard/Good/Easy."),
    "new_order": QT_TRANSLATE_NOOP(
        "SettingsDialog", "In the order terms were first seen, or the most seen first."),
    "leech_threshold": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Lapses after which a card is a leech (tagged “leech”)."),
    "leech_suspend": QT_TRANSLATE_NOOP("SettingsDialog",
                                       "A card that becomes a leech is also suspended."),
    "fuzz": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Intervals of 3 days or more move by up to ±5%, so cards learned together do not all "
        "fall due on one day."),
    "day_start_hour": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Answers before this hour count for the day before (Anki uses 4)."),
    "interface_language": QT_TRANSLATE_NOOP(
        "SettingsDialog", "The language of menus and dialogs; OK offers to restart the app "
        "in it."),
    "card_language": QT_TRANSLATE_NOOP(
        "SettingsDialog", "The labels on exported Anki cards and handouts (Translation, "
        "Hint, Source …)."),
    "frequency_filter": QT_TRANSLATE_NOOP(
        "SettingsDialog", "The Mine preview starts by hiding and unticking the words among "
        "this many most common ones (e.g. 5000 for an advanced learner); Off shows them all."),
}
CHOICE_TEXT = {
    "source": QT_TRANSLATE_NOOP("SettingsDialog", "In the order first seen"),
    "frequency": QT_TRANSLATE_NOOP("SettingsDialog", "Most seen first"),
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "interface": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the interface"),
}
#: Language names are shown in their own language, untranslated.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


def _t(text: str) -> str:
    return translate(_CONTEXT, text)


Editor = QSpinBox | QCheckBox | QComboBox


class SaveSettings(OpCommand):
    """Store new settings; undo stores the ones before."""

    changes = SETTINGS

    def __init__(self, ops: Ops, stack: QUndoStack, before: Settings, after: Settings, *,
                 done: Callable[[str], None], report: Callable[[BaseException], None]) -> None:
        super().__init__(ops, stack, translate("SettingsDialog", "Change settings"))
        self._before, self._after = before, after
        self._done, self._report = done, report

    def apply(self, lib: Library) -> Changes:
        return lib.save_settings(self._after)

    def revert(self, lib: Library) -> Changes:
        return lib.save_settings(self._before)

    def applied(self, result: object) -> None:
        self._done(translate("SettingsDialog", "Settings saved."))

    def reverted(self, result: object) -> None:
        self._done(translate("SettingsDialog", "Undone: the settings are as they were."))

    def failed(self, exc: BaseException) -> None:
        self._report(exc)


class SettingsDialog(QDialog):
    """Edit `settings`; OK pushes a `SaveSettings` onto `undo_stack` and closes once stored."""

    def __init__(self, ops: Ops, undo_stack: QUndoStack, settings: Settings,
                 parent: QWidget | None = None, *,
                 say: Callable[[str], None] | None = None,
                 on_language: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._on_language = on_language  # called once the new interface language is stored
        self._ops, self._stack, self._before = ops, undo_stack, settings
        self._say = say or (lambda _text: None)
        self.editors: dict[str, Editor] = {}
        layout = QVBoxLayout(self)
        for title, names in GROUPS:
            box = QGroupBox(_t(title))
            form = QFormLayout(box)
            if names[0] == "reverse_cards":
                always = QCheckBox(self.tr("Forward: term → gloss (always made)"))
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
        text = _t(TEXTS[name])
        editor: Editor
        if spec.kind is bool:
            editor = QCheckBox(text)
            form.addRow(editor)
        elif spec.kind is int:
            editor = QSpinBox()
            editor.setRange(spec.low, spec.high)
            if name == "day_start_hour":
                editor.setSuffix(":00")
            if name == "frequency_filter":
                editor.setSingleStep(1000)
                editor.setSpecialValueText(self.tr("Off"))
            form.addRow(self.tr("{label}:", "a form label").format(label=text), editor)
        else:
            editor = QComboBox()
            for choice in spec.choices:
                name_text = LANGUAGE_NAMES.get(choice) or _t(CHOICE_TEXT[choice])
                editor.addItem(name_text, choice)
            form.addRow(self.tr("{label}:", "a form label").format(label=text), editor)
        editor.setToolTip(_t(HELP[name]))
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
        language_changed = after.interface_language != self._before.interface_language
        if language_changed:
            i18n.remember(after.interface_language)
        if after == self._before:
            self.accept()
            return
        self.buttons.setEnabled(False)

        say = self._say  # Undo and Redo come after the dialog is gone
        # the restart question, once: not again when Undo or Redo store the settings
        pending = [self._on_language] if language_changed and self._on_language else []

        def done(text: str) -> None:
            say(text)
            if shiboken6.isValid(self) and self.isVisible():
                self.accept()
            if pending:
                QTimer.singleShot(0, pending.pop())

        def failed(exc: BaseException) -> None:
            if not (shiboken6.isValid(self) and self.isVisible()):
                say(error_text(exc))
                return
            self.buttons.setEnabled(True)
            self.problem.setText(error_text(exc))
            self.problem.show()

        self._stack.push(SaveSettings(self._ops, self._stack, self._before, after,
                                      done=done, report=failed))
