"""The "Add term" dialog (Ctrl+N in the Library): term, gloss, an optional context sentence and
an optional teacher list, preselected with the list used last.

The dialog only collects and checks what was typed; its owner stores it (an undoable `AddTerm`,
gui/term_commands.py) and calls `stored` or `refused`. A term the collection holds already (up
to case and plural) is refused with a sentence and a button that shows the existing term.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.services.term_edits import TermError, TermExists, term_name

LAST_LIST_KEY = "lists/last_added_to"  # shared with the Library's "Add to list…"
NO_LIST = QT_TRANSLATE_NOOP("AddTermDialog", "(no list)")  # shown translated


class AddTermDialog(QDialog):
    """Collect a term by hand; `submitted(term, gloss, context, list name or "")` asks the
    owner to store it, `show_existing(term)` to show a term that is there already."""

    submitted = Signal(str, str, str, str)
    show_existing = Signal(str)

    def __init__(self, list_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add term"))
        self.term_edit = QLineEdit()
        self.term_edit.setPlaceholderText(self.tr("word or phrase to learn"))
        self.gloss_edit = QLineEdit()
        self.gloss_edit.setPlaceholderText(self.tr("its meaning (the card's answer)"))
        self.context_edit = QPlainTextEdit()
        self.context_edit.setPlaceholderText(self.tr("optional: a sentence the term was seen in"))
        self.context_edit.setTabChangesFocus(True)
        self.context_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.list_combo = QComboBox()
        self.list_combo.setEditable(True)
        self.list_combo.addItems([self.tr(NO_LIST), *list_names])
        typed = self.list_combo.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("or type a new list's name"))
        last = str(QSettings().value(LAST_LIST_KEY, ""))
        if last in list_names:
            self.list_combo.setCurrentText(last)
        form = QFormLayout()
        form.addRow(self.tr("&Term:"), self.term_edit)
        form.addRow(self.tr("&Gloss:"), self.gloss_edit)
        form.addRow(self.tr("&Context:"), self.context_edit)
        form.addRow(self.tr("&List:"), self.list_combo)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.existing_button = QPushButton()
        self.existing_button.hide()
        self.existing_button.clicked.connect(self._show_existing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._existing = ""
        self.resize(460, self.sizeHint().height())

    def list_name(self) -> str:
        """The list chosen or typed ("" for none)."""
        text = " ".join(self.list_combo.currentText().split())
        return "" if text == self.tr(NO_LIST) else text

    def submit(self) -> None:
        """Check what was typed; ask the owner to store it (the dialog stays open until then)."""
        try:
            term = term_name(self.term_edit.text())
        except TermError as err:
            self._say(str(err))
            self.term_edit.setFocus()
            return
        if not self.gloss_edit.text().strip():
            self._say(self.tr("Give “{term}” a gloss, so its card has an answer.")
                      .format(term=term))
            self.gloss_edit.setFocus()
            return
        self.buttons.setEnabled(False)
        self.submitted.emit(term, self.gloss_edit.text(), self.context_edit.toPlainText(),
                            self.list_name())

    def stored(self) -> None:
        """The term was stored: remember the list, close."""
        if self.list_name():
            QSettings().setValue(LAST_LIST_KEY, self.list_name())
        self.accept()

    def refused(self, exc: BaseException) -> None:
        """Storing failed: say why; offer the existing term when it is one."""
        from vocab_app.gui.errors import error_text

        self.buttons.setEnabled(True)
        self._say(error_text(exc))
        if isinstance(exc, TermExists):
            self._existing = exc.term
            self.existing_button.setText(self.tr("Show “{term}”").format(term=exc.term))
            self.existing_button.show()
            self.existing_button.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.existing_button.hide()

    def _show_existing(self) -> None:
        self.show_existing.emit(self._existing)
        self.reject()
