"""The Mine view's preview table: mined candidates the user accepts, rejects and edits.

A `QAbstractTableModel` over `MineResult.candidates`. New pairs start checked; pairs the
collection already holds, and pairs the user edited, declined or deleted before, start unchecked
and the Status column says which (its tooltip says why), so re-mining a file shows at a glance
what is new. Glosses and terms are editable (a term's new text holds for every row of its
note, and the import stores the term under it: services/term_edits.renamed_result);
`curated_result()` gives back the mined result, the `accept` set and the gloss `edits` that
`Library.import_result` stores (and remembers).

The Frequency column is each term's rank among the most frequent words (services/frequency.py;
empty: rarer than the 100,000 most common). `set_common_cut(n)` hides the terms among the `n`
most common words (`CandidateFilter`) and unticks them; a looser cut ticks again the rows it
unticked, unless the user ticked or unticked them by hand since.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.services.frequency import TABLE_SIZE, is_common

if TYPE_CHECKING:
    from vocab_app.services.importing import Candidate, MineResult

CHECK, TERM, GLOSS, STYLE, COUNT, FREQUENCY, NEW, CONTEXT = range(8)
HEADERS = (QT_TRANSLATE_NOOP("CandidateModel", "Add"), QT_TRANSLATE_NOOP("CandidateModel", "Term"),
           QT_TRANSLATE_NOOP("CandidateModel", "Gloss"),
           QT_TRANSLATE_NOOP("CandidateModel", "Style"),
           QT_TRANSLATE_NOOP("CandidateModel", "Count"),
           QT_TRANSLATE_NOOP("CandidateModel", "Frequency"),
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
    rank: int | None = None  # frequency rank of the mined term (None: rarer than the table)
    unticked_as_common: bool = False  # unchecked by the common-word cut, not by the user


class CandidateModel(QAbstractTableModel):
    """Rows of candidates with a check box (add or not) and an editable gloss."""

    selection_changed = Signal(int)  # how many rows are checked
    common_cut_changed = Signal(int)  # the rows hidden as common changed (the new cut)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._result: MineResult | None = None
        self._common_cut = 0

    # --- content ------------------------------------------------------------------------

    def set_result(self, result: MineResult | None, ranks: Sequence[int | None] = (),
                   common_cut: int = 0) -> None:
        """Show the candidates of a MineResult (new ones checked, known ones not) with the
        frequency `ranks` of their terms, the `common_cut` most common hidden and unticked."""
        self.beginResetModel()
        self._result = result
        candidates = result.candidates if result else ()
        self._rows = [_Row(c, bool(c.is_new), c.gloss, c.term, rank)
                      for c, rank in itertools.zip_longest(candidates, ranks[:len(candidates)])]
        self._common_cut = 0
        self.endResetModel()
        self.set_common_cut(common_cut)
        self.selection_changed.emit(self.checked_count())

    @property
    def common_cut(self) -> int:
        """The rank at or above which terms are hidden and unticked as common (0: none)."""
        return self._common_cut

    def set_common_cut(self, cut: int) -> None:
        """Hide and untick the terms among the `cut` most common words (0: hide none); rows an
        earlier cut unticked and this one does not hide are ticked again."""
        self._common_cut = max(0, cut)
        for row in self._rows:
            if self.is_common(row):
                if row.checked:
                    row.checked, row.unticked_as_common = False, True
            elif row.unticked_as_common:
                row.checked, row.unticked_as_common = True, False
        if self._rows:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self._rows) - 1, CHECK),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.common_cut_changed.emit(self._common_cut)
        self.selection_changed.emit(self.checked_count())

    def is_common(self, row: _Row | int) -> bool:
        """True when `row` (a row number or a row) is hidden as common by the cut."""
        found = self._rows[row] if isinstance(row, int) else row
        return is_common(found.rank, self._common_cut)

    def common_count(self) -> int:
        """How many rows the common-word cut hides."""
        return sum(1 for r in self._rows if self.is_common(r))

    def rank(self, row: int) -> int | None:
        """The frequency rank of `row`'s term (None: rarer than the table, or not ranked)."""
        return self._rows[row].rank

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
            self._rows[row].unticked_as_common = False
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
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section == FREQUENCY):
            return self.tr("The term's rank among the most common words of its language "
                           "(1: the most common; empty: rarer than the 100,000 most common).")
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
                return i18n.style_name(c.style)  # sorted by the code (_sort_key)
            if col == COUNT:
                return c.count
            if col == FREQUENCY:
                return "" if row.rank is None else i18n.number(row.rank)
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
            if col == FREQUENCY:
                return _rank_tooltip(row.rank)
        if role == Qt.ItemDataRole.FontRole and (
                (col == GLOSS and row.gloss != c.gloss) or (col == TERM and row.term != c.term)):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COUNT, FREQUENCY):
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
            row.unticked_as_common = False
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
    rank = TABLE_SIZE + 1 if row.rank is None else row.rank  # unranked: rarer than any
    # one key per column, in column order (CHECK … CONTEXT)
    return (int(row.checked), row.term.casefold(), row.gloss.casefold(), c.style, c.count,
            rank, _status_text(c), c.first_context)[col]


def _rank_tooltip(rank: int | None) -> str:
    if rank is None:
        return QCoreApplication.translate(
            "CandidateModel", "Rarer than the {n} most common words, or not a word the "
            "frequency list has.").format(n=i18n.number(TABLE_SIZE))
    return QCoreApplication.translate(
        "CandidateModel", "Rank {rank} among the most common words (wordfreq's lists; a "
        "phrase ranks about where its words' ranks add up).").format(rank=i18n.number(rank))


class CandidateFilter(QSortFilterProxyModel):
    """The rows the preview shows: those matching the filter text and not hidden as common
    (CandidateModel.set_common_cut)."""

    def setSourceModel(self, model: CandidateModel) -> None:  # type: ignore[override]  # noqa: N802
        super().setSourceModel(model)
        model.common_cut_changed.connect(self._refilter)

    def _refilter(self) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 deprecates invalidateFilter
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt API
                         source_parent: _Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, CandidateModel) and model.is_common(source_row):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


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
