"""The reading view's term card: what hovering, clicking or tabbing onto a marked term shows
(its glosses, pinyin, state, next due day, lists) and what can be done to it: edit its gloss,
mark it known or not, suspend or unsuspend it, add it to a teacher list, open it in the Library.

Every change goes through the commands the Library uses (gui/commands.py EditGloss and
MarkTerms, gui/list_commands.py AddToList), so each is one step of the window's undo history.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.add_term_dialog import LAST_LIST_KEY
from vocab_app.gui.commands import EditGloss, MarkTerms
from vocab_app.gui.errors import error_text
from vocab_app.gui.list_commands import AddToList
from vocab_app.gui.ops import Ops
from vocab_app.gui.reader_document import state_css
from vocab_app.gui.theme import is_dark
from vocab_app.services.reader import TermCard

Say = Callable[[str], None]


class ReaderTermPane(QWidget):
    """The card of one term (`show_term(term_id)`), with its actions. `changed(message)` after an
    edit (the view re-marks the text), `library_requested(term)` for "Open in Library"."""

    changed = Signal(str)
    library_requested = Signal(str)
    shown = Signal(int)  # term id, when its card is on screen

    def __init__(self, ops: Ops, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 originator: object | None = None) -> None:
        super().__init__(parent)
        self._ops, self._stack = ops, undo_stack
        self.originator = originator if originator is not None else self  # of its edits
        self.card: TermCard | None = None
        self._generation = 0
        self.list_names: list[str] = []
        self.dialog: QInputDialog | None = None
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setAccessibleName(self.tr("Term"))
        self.edit_button = QPushButton(self.tr("Edit gloss…"))
        self.edit_button.clicked.connect(self.edit_gloss)
        self.known_button = QPushButton(self.tr("Mark known"))
        self.known_button.clicked.connect(self.toggle_known)
        self.suspend_button = QPushButton(self.tr("Suspend"))
        self.suspend_button.clicked.connect(self.toggle_suspended)
        self.list_button = QPushButton(self.tr("Add to list…"))
        self.list_button.clicked.connect(self.ask_list)
        self.library_button = QPushButton(self.tr("Open in Library"))
        self.library_button.clicked.connect(self._open_in_library)
        buttons = QVBoxLayout()
        for button in (self.edit_button, self.known_button, self.suspend_button,
                       self.list_button, self.library_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_card(None)

    @property
    def term_id(self) -> int | None:
        """The term shown (None when none is)."""
        return self.card.facts.id if self.card is not None else None

    def show_term(self, term_id: int | None) -> None:
        """Load and show the card of `term_id` (None: the hint)."""
        if term_id is None:
            self.show_card(None)
            return
        self._generation += 1
        generation = self._generation
        self._ops.run(lambda lib: lib.reader.term_card(term_id),
                      on_done=lambda card: self._on_card(generation, card),
                      on_error=lambda exc: self.changed.emit(error_text(exc)))

    def _on_card(self, generation: int, card: TermCard | None) -> None:
        if generation == self._generation:
            self.show_card(card)
            if card is not None:
                self.shown.emit(card.facts.id)

    def show_card(self, card: TermCard | None) -> None:
        """Show `card` (None: how to get one)."""
        self.card = card
        for button in (self.edit_button, self.known_button, self.suspend_button,
                       self.list_button, self.library_button):
            button.setEnabled(card is not None)
        if card is None:
            self.info.setText(html.escape(self.tr(
                "Point at or click a marked term (Tab moves from term to term) to see its "
                "glosses and due day. Select any words and press A to add them as a term.")))
            return
        facts = card.facts
        style = state_css(facts.state, is_dark())
        lines = [f'<p style="font-size:large"><span style="{style}">'
                 f"{html.escape(facts.term)}</span></p>"]
        if card.pinyin:
            lines.append(f"<p>{html.escape(card.pinyin)}</p>")
        lines.append(f"<p>{html.escape(facts.glosses)}</p>")
        state = self.tr("State: {state}").format(state=i18n.state_name(facts.state))
        due = self._due_text(facts.due, facts.state)
        lines.append(f"<p>{html.escape(state)}<br/>{html.escape(due)}</p>")
        if card.lists:
            lines.append("<p>" + html.escape(self.tr("Lists: {names}").format(
                names=", ".join(card.lists))) + "</p>")
        self.info.setText("".join(lines))
        self.known_button.setText(self.tr("Not known") if facts.known else self.tr("Mark known"))
        self.suspend_button.setText(self.tr("Unsuspend") if facts.state == "suspended"
                                    else self.tr("Suspend"))

    def _due_text(self, due: str | None, state: str) -> str:
        if state == "known":
            return self.tr("Known: never scheduled")
        if state == "suspended":
            return self.tr("Suspended: not scheduled")
        if not due:
            return self.tr("Next due: when it comes up as a new card")
        day = QLocale().toString(QDate.fromString(due, Qt.DateFormat.ISODate),
                                 QLocale.FormatType.ShortFormat)
        return self.tr("Next due: {day}").format(day=day)

    # --- actions (each one undo step) ----------------------------------------------------

    def toggle_known(self) -> None:
        """Mark the term known (never scheduled), or not known again."""
        if self.card is None:
            return
        term = self.card.facts.term
        known = not self.card.facts.known
        if known:
            text = self.tr("Mark “{term}” known").format(term=term)
            done = self.tr("“{term}” is known: it is never scheduled.").format(term=term)
        else:
            text = self.tr("Mark “{term}” not known").format(term=term)
            done = self.tr("“{term}” is scheduled again.").format(term=term)
        self._mark(text, done, lambda lib, ids: lib.set_known(ids, known))

    def toggle_suspended(self) -> None:
        """Suspend the term's cards, or unsuspend them."""
        if self.card is None:
            return
        term = self.card.facts.term
        suspend = self.card.facts.state != "suspended"
        text = (self.tr("Suspend “{term}”") if suspend
                else self.tr("Unsuspend “{term}”")).format(term=term)
        self._mark(text, text, lambda lib, ids: lib.set_suspended(ids, suspend))

    def _mark(self, text: str, done: str, edit: Callable[..., object]) -> None:
        assert self.card is not None
        term_id = self.card.facts.id
        self._stack.push(MarkTerms(self._ops, self._stack, self.originator, text, done,
                                   lambda _lib: [term_id], edit,  # type: ignore[arg-type]
                                   done=self._after, undone=self._after, report=self._report))

    def edit_gloss(self) -> QInputDialog | None:
        """Ask for the term's glosses (several separated by '; ') and store them."""
        if self.card is None:
            return None
        facts = self.card.facts
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Edit gloss"))
        dialog.setLabelText(self.tr("Gloss of {term} (several: separate them with “; ”):")
                            .format(term=facts.term))
        dialog.setTextValue(facts.glosses)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self._store_gloss(facts.id, facts.term, facts.glosses, text))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _store_gloss(self, term_id: int, term: str, old: str, new: str) -> None:
        if not new.strip() or new.strip() == old:
            return
        self._stack.push(EditGloss(
            self._ops, self._stack, self.originator, term_id, term, old, new,
            saved=lambda text: self._after(text or self.tr("Gloss saved.")),
            report=self._report))

    def ask_list(self) -> QInputDialog | None:
        """Ask which teacher list (or a new one) gets the term."""
        if self.card is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add to list"))
        dialog.setLabelText(self.tr("List (pick one or type a new name):"))
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems(self.list_names)
        last = str(QSettings().value(LAST_LIST_KEY, ""))
        if last in self.list_names:
            dialog.setTextValue(last)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.add_to_list)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_to_list(self, name: str) -> None:
        """Add the term to the list `name` (a new list when there is none of that name)."""
        name = " ".join(name.split())
        if self.card is None or not name:
            return
        QSettings().setValue(LAST_LIST_KEY, name)
        term_id = self.card.facts.id
        self._stack.push(AddToList(
            self._ops, self._stack, self.originator, name, 1, lambda _lib: [term_id],
            done=lambda text, _id: self._after(text),
            undone=lambda text, _id: self._after(self.tr("Undone: {what}").format(what=text)),
            report=self._report))

    def _open_in_library(self) -> None:
        if self.card is not None:
            self.library_requested.emit(self.card.facts.term)

    def _after(self, message: str) -> None:
        self.changed.emit(message)
        if self.card is not None:
            self.show_term(self.card.facts.id)

    def _report(self, exc: BaseException) -> None:
        self.changed.emit(error_text(exc))
