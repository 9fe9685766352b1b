"""The Library's marks on the selected terms (`TermMarks`, mixed into LibraryView): add a tag,
suspend or unsuspend, mark known or not, add to a teacher list. Each is one step of the window's
undo history (gui/commands.py MarkTerms, gui/list_commands.py AddToList)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, SignalInstance, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from vocab_app.gui.add_term_dialog import LAST_LIST_KEY  # the list "Add to list…" preselects
from vocab_app.gui.commands import MarkTerms
from vocab_app.gui.list_commands import AddToList
from vocab_app.gui.ops import Ops
from vocab_app.gui.term_model import TermTableModel
from vocab_app.services.changes import Changes
from vocab_app.services.library import Library

if TYPE_CHECKING:
    from vocab_app.services.lists import TermList

translate = QCoreApplication.translate


class MarkTexts(QObject):
    """The marks' sentences with plural forms (Qt's `tr(..., n)` needs a QObject class)."""

    def tag(self, n: int) -> str:
        return self.tr("Tag %Ln term(s) “{tag}”", "", n)

    def tagged(self, n: int) -> str:
        return self.tr("Tagged %Ln term(s) “{tag}”.", "", n)

    def suspend(self, n: int) -> str:
        return self.tr("Suspend %Ln term(s)", "", n)

    def suspended(self, n: int) -> str:
        return self.tr("Suspended %Ln term(s).", "", n)

    def unsuspend(self, n: int) -> str:
        return self.tr("Unsuspend %Ln term(s)", "", n)

    def unsuspended(self, n: int) -> str:
        return self.tr("Unsuspended %Ln term(s).", "", n)

    def mark_known(self, n: int) -> str:
        return self.tr("Mark %Ln term(s) known", "", n)

    def marked_known(self, n: int) -> str:
        return self.tr("Marked %Ln term(s) known: never scheduled.", "", n)

    def mark_unknown(self, n: int) -> str:
        return self.tr("Mark %Ln term(s) not known", "", n)

    def rescheduled(self, n: int) -> str:
        return self.tr("%Ln term(s) scheduled again.", "", n)


class TermMarks:
    """Tags, suspension and teacher lists for the Library's selected rows (a mixin of
    LibraryView, which provides what is declared here)."""

    _ops: Ops
    undo_stack: QUndoStack
    model: TermTableModel
    _lists: list[TermList]
    status_message: SignalInstance

    if TYPE_CHECKING:  # LibraryView's own
        def selected_rows(self) -> list[int]: ...
        def _changed(self, message: str) -> None: ...
        def _report(self, exc: BaseException) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    @Slot()
    def ask_tag(self) -> None:
        """Ask for a tag and add it to the selected terms."""
        if not self.selected_rows():
            return
        dialog = QInputDialog(self._widget())
        dialog.setWindowTitle(translate("LibraryView", "Add tag"))
        dialog.setLabelText(translate("LibraryView", "Tag (no spaces):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.add_tag)
        dialog.open()

    @Slot(str)
    def add_tag(self, tag: str) -> None:
        """Add `tag` to the selected terms."""
        tag = tag.strip()
        if not tag:
            return
        if any(ch.isspace() for ch in tag):
            self.status_message.emit(translate("LibraryView", "A tag cannot contain spaces."))
            return
        n = len(self.selected_rows())
        texts = MarkTexts()
        self._mark(texts.tag(n).format(tag=tag),
                   texts.tagged(n).format(tag=tag),
                   lambda lib, ids: lib.add_tag(ids, tag))

    @Slot()
    def toggle_suspended(self) -> None:
        """Suspend the selected terms, or unsuspend them if all are suspended."""
        rows = self.selected_rows()
        if not rows:
            return
        loaded = [self.model.row_data(r) for r in rows]
        suspend = not all(d is not None and d.state == "suspended" for d in loaded)
        n, texts = len(rows), MarkTexts()
        if suspend:
            text = texts.suspend(n)
            done = texts.suspended(n)
        else:
            text = texts.unsuspend(n)
            done = texts.unsuspended(n)
        self._mark(text, done,
                   lambda lib, ids: lib.set_suspended(ids, suspend))

    @Slot()
    def toggle_known(self) -> None:
        """Mark the selected terms known (never scheduled), or not known if all are."""
        rows = self.selected_rows()
        if not rows:
            return
        loaded = [self.model.row_data(r) for r in rows]
        known = not all(d is not None and d.state == "known" for d in loaded)
        n, texts = len(rows), MarkTexts()
        if known:
            text = texts.mark_known(n)
            done = texts.marked_known(n)
        else:
            text = texts.mark_unknown(n)
            done = texts.rescheduled(n)
        self._mark(text, done, lambda lib, ids: lib.set_known(ids, known))

    def _mark(self, text: str, message: str,
              edit: Callable[[Library, list[int]], Changes]) -> None:
        self.undo_stack.push(MarkTerms(  # pushing runs the edit
            self._ops, self.undo_stack, self, text, message,
            self.model.ids_resolver(self.selected_rows()), edit, done=self._changed,
            undone=self._changed, report=self._report))

    @Slot()
    def ask_list(self) -> None:
        """Ask which teacher list (or a new one, typed in) gets the selected terms."""
        if not self.selected_rows():
            return
        dialog = QInputDialog(self._widget())
        dialog.setWindowTitle(translate("LibraryView", "Add to list"))
        dialog.setLabelText(translate("LibraryView", "List (pick one or type a new name):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setComboBoxEditable(True)
        names = [lst.name for lst in self._lists]
        dialog.setComboBoxItems(names)
        last = str(QSettings().value(LAST_LIST_KEY, ""))
        if last in names:  # the list used last is preselected: Enter adds to it again
            dialog.setTextValue(last)
        dialog.textValueSelected.connect(self.add_to_list)
        dialog.open()

    @Slot(str)
    def add_to_list(self, name: str) -> None:
        """Add the selected terms to the list called `name`, creating it if it is new."""
        name = name.strip()
        rows = self.selected_rows()
        if not name or not rows:
            return
        QSettings().setValue(LAST_LIST_KEY, " ".join(name.split()))
        self.undo_stack.push(AddToList(  # pushing runs it; Edit → Undo takes the terms out
            self._ops, self.undo_stack, self, name, len(rows), self.model.ids_resolver(rows),
            done=lambda text, _id: self._changed(text),
            undone=lambda text, _id: self._changed(
                translate("LibraryView", "Undone: {what}").format(what=text)),
            report=self._report))
