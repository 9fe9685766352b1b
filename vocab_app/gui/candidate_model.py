"""The Mine view's preview table: mined candidates the user accepts, rejects and edits.

A `QAbstractTableModel` over `MineResult.candidates`. New pairs start checked; pairs the
collection already holds, and pairs the user edited, declined or deleted before, start unchecked
and the Status column says which (its tooltip says why), so re-mining a file shows at a glance
what is new. Glosses and terms are editable (a term's new text holds for every row of its
note, and the import stores the term under it: services/term_edits.renamed_result);
`curated_result()` gives back the mined result, the `accept` set and the gloss `edits` that
`Library.import_result` stores (and remembers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vocab_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vocab_app.services.importing import Candidate, MineResult

CHECK, TERM, GLOSS, STYLE, COUNT, NEW, CONTEXT = range(7)
HEADERS = (QT_TRANSLATE_NOOP("CandidateModel", "Add"), QT_TRANSLATE_NOOP("CandidateModel", "Term"),
           QT_TRANSLATE_NOOP("CandidateModel", "Gloss"),
           QT_TRANSLATE_NOOP("CandidateModel", "Style"),
           QT_TRANSLATE_NOOP("CandidateModel", "Count"),
           QT_TRANSLATE_NOOP("CandidateModel", "Status"),
           QT_TRANSLATE_NOOP("CandidateModel", "First context"))  # shown translated
STATUS_NAMES = {  # Candidate.status, shown translated
    "new": QT_TRANSLATE_NOOP("CandidateModel", "new"),
    "known": QT_TRANSLATE_NOOP("CandidateModel", "known"),
    "declined": QT_TRANSLATE_NOOP("CandidateModel", "declined"),
    "deleted": QT_TRANSLATE_NOOP("CandidateModel", "deleted"),
}
PairKey = tuple[str, str]  # (note key, gloss as mined)

_Index = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(slots=True)
class _Row:
    candidate: Candidate
    checked: bool
    gloss: str  # as shown: the mined gloss or the user's edit
    term: str  # as shown: the mined term or the user's edit


class CandidateModel(QAbstractTableModel):
    """Rows of candidates with a check box (add or not) and an editable gloss."""

    selection_changed = Signal(int)  # how many rows are checked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._result: MineResult | None = None

    # --- content ------------------------------------------------------------------------

    def set_result(self, result: MineResult | None) -> None:
        """Show the candidates of a MineResult (new ones checked, known ones not)."""
        self.beginResetModel()
        self._result = result
        self._rows = [_Row(c, bool(c.is_new), c.gloss, c.term)
                      for c in (result.candidates if result else ())]
        self.endResetModel()
        self.selection_changed.emit(self.checked_count())

    def clear(self) -> None:
        """Empty the table."""
        self.set_result(None)

    @property
    def result(self) -> MineResult | None:
        """The MineResult shown (None when empty)."""
        return self._result

    def candidate(self, row: int) -> Candidate:
        """The Candidate of `row`."""
        return self._rows[row].candidate

    def checked_count(self) -> int:
        """How many candidates are checked."""
        return sum(1 for r in self._rows if r.checked)

    def new_count(self) -> int:
        """How many candidates are not yet in the collection."""
        return sum(1 for r in self._rows if r.candidate.is_new)

    def set_checked(self, rows: Iterable[int], checked: bool) -> None:
        """Check or uncheck the given rows (Select all/none over the filtered rows)."""
        changed = False
        for row in rows:
            if self._rows[row].checked != checked:
                self._rows[row].checked = checked
                changed = True
        if changed and self._rows:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self._rows) - 1, CHECK),
                                  [Qt.ItemDataRole.CheckStateRole])
            self.selection_changed.emit(self.checked_count())

    def curated_result(self) -> tuple[MineResult | None, set[PairKey], dict[PairKey, str]]:
        """The mined result, the checked (note key, gloss as mined) pairs, and the edited
        glosses: (note key, gloss as mined) → the gloss typed."""
        from vocab_app.services.term_edits import renamed_result

        renames = {r.candidate.note_key: r.term for r in self._rows if r.term != r.candidate.term}
        result = (renamed_result(self._result, renames) if self._result is not None and renames
                  else self._result)
        keys = ([c.note_key for c in result.candidates] if result is not None
                else [r.candidate.note_key for r in self._rows])
        edits = {(key, r.candidate.gloss): r.gloss for key, r in zip(keys, self._rows, strict=True)
                 if r.gloss != r.candidate.gloss}
        accept = {(key, r.candidate.gloss) for key, r in zip(keys, self._rows, strict=True)
                  if r.checked}
        return result, accept, edits

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CandidateModel", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (GLOSS, TERM):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        c, col = row.candidate, index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == CHECK:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == TERM:
                return row.term
            if col == GLOSS:
                return row.gloss
            if col == STYLE:
                return c.style
            if col == COUNT:
                return c.count
            if col == NEW:
                return _status_text(c)
            if col == CONTEXT:
                return " ".join(c.first_context.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CONTEXT:
                return _plain_tooltip(c.first_context)
            if col == GLOSS and row.gloss != c.gloss:
                return _plain_tooltip(self.tr("Edited; mined as: {text}").format(text=c.gloss))
            if col == TERM and row.term != c.term:
                return _plain_tooltip(self.tr("Edited; mined as: {text}").format(text=c.term))
            if col == NEW and not c.is_new:
                return _plain_tooltip(c.reason or self.tr("Already in your collection."))
        if role == Qt.ItemDataRole.FontRole and (
                (col == GLOSS and row.gloss != c.gloss) or (col == TERM and row.term != c.term)):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return _sort_key(row, col)
        return None

    def setData(self, index: _Index, value: object,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == CHECK:
            row.checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            self.selection_changed.emit(self.checked_count())
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == GLOSS:
            text = " ".join(str(value).split())
            if not text:
                return False  # an empty gloss is refused: the mined one stays
            row.gloss = text
            self.dataChanged.emit(index, index)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == TERM:
            return self._rename(row.candidate.note_key, " ".join(str(value).split()))
        return False

    def _rename(self, note_key: str, text: str) -> bool:
        """Show `text` as the term of every row of the note `note_key` (the import stores it
        so); an empty text is refused and the term stays."""
        if not text:
            return False
        for at, other in enumerate(self._rows):
            if other.candidate.note_key == note_key:
                other.term = text
                self.dataChanged.emit(self.index(at, TERM), self.index(at, TERM))
        return True


def _sort_key(row: _Row, col: int) -> int | str:
    c = row.candidate
    return (int(row.checked), int(c.is_new), row.term.casefold(), row.gloss.casefold(),
            c.style, c.count, _status_text(c), c.first_context)[col]


def _status_text(c: Candidate) -> str:
    """The Status cell: new, known, declined, deleted, or `edited → gloss`."""
    if c.status == "edited":
        return QCoreApplication.translate("CandidateModel", "edited → {gloss}").format(
            gloss=c.edited_to)
    return QCoreApplication.translate("CandidateModel", STATUS_NAMES.get(c.status, c.status))


def _plain_tooltip(text: str) -> str:
    # Tooltips are rich text when they look like HTML; escape so a term `<b>` shows `<b>`.
    from html import escape

    return f"<p>{escape(text)}</p>"
