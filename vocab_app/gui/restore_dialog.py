"""File → Restore from backup…: the collection's backups in a table (day, kind, size, terms and
cards), and Restore after a confirmation that says what happens to the collection as it is now:
it is kept as a backup first ("before restore"), so a restore is undone by restoring that copy.

The list is read and the file replaced on the Ops worker (services/checking.py: restore_points,
restore_file), never on the GUI thread; the replacement runs with the collection closed, and the
next operation opens the restored file. `restored(Path)` then carries the copy that was kept, and
every view reloads through `Ops.collection_changed` (all kinds of data changed).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.errors import error_text
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.gui.theme import plain_label
from vocab_app.services.changes import ALL
from vocab_app.services.checking import RestorePoint, restore_file, restore_points

_COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Day"), QT_TRANSLATE_NOOP("RestoreDialog", "Kind"),
            QT_TRANSLATE_NOOP("RestoreDialog", "Size"), QT_TRANSLATE_NOOP("RestoreDialog", "Terms"),
            QT_TRANSLATE_NOOP("RestoreDialog", "Cards"))


def _count(n: int | None) -> str:
    return "?" if n is None else i18n.number(n)


class RestoreDialog(QDialog):
    """Pick a backup of the collection at `db_path` and put it back (non-modal)."""

    restored = Signal(object)  # Path of the copy kept of the collection as it was

    def __init__(self, ops: Ops, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self._ops = ops
        self._db_path = db_path
        self._points: list[RestorePoint] = []
        self.confirm_box: QMessageBox | None = None
        self.note = plain_label(self.tr("Reading the backups…"))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in _COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_restore())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.reload()

    def reload(self) -> None:
        """Read the backups again (on the worker) and show them."""
        path = self._db_path
        self._ops.run(lambda lib: restore_points(path if path is not None else lib.path),
                      on_done=self._show, on_error=self._failed)

    def _show(self, points: list[RestorePoint]) -> None:
        self._points = points
        self.table.setRowCount(len(points))
        for row, point in enumerate(points):
            cells = (i18n.day(point.day),
                     self.tr("before a restore") if point.before_restore else self.tr("automatic"),
                     self.tr("{size} MB").format(size=i18n.number(point.size / 2**20, 1)),
                     _count(point.terms), _count(point.cards))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(point.path))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.note.setText(
            self.tr("No backups yet: one is made each day the collection is opened.")
            if not points else
            self.tr("Backups are made each day the collection is opened (one a day for 7 days, "
                    "one a week for 4 weeks). Restoring one keeps your collection as it is now "
                    "as a backup first, so you can go back to it."))
        if points:
            self.table.selectRow(0)
        self._update_button()

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(error_text(exc))

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> RestorePoint | None:
        """The backup of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self._points[rows[0].row()] if rows and rows[0].row() < len(self._points) else None

    def ask_restore(self) -> None:
        """Ask for confirmation (a box that says what happens), then restore the chosen one."""
        point = self.chosen()
        if point is None:
            return
        day = i18n.day(point.day)
        question = (self.tr("Put the copy kept before a restore on {day} ({terms} terms, "
                            "{cards} cards) in place of your collection?")
                    if point.before_restore else
                    self.tr("Put the backup of {day} ({terms} terms, {cards} cards) in place of "
                            "your collection?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"),
                          question.format(day=day, terms=_count(point.terms),
                                          cards=_count(point.cards)), parent=self)
        box.setInformativeText(
            self.tr("Your collection as it is now is kept as a backup first (listed here as "
                    "“before a restore”), so you can undo this by restoring that one. Work done "
                    "since the chosen backup is only in that copy."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes
                               | QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes.clicked.connect(lambda: self._restore(point))
        self.confirm_box = box
        box.open()

    def _restore(self, point: RestorePoint) -> None:
        path = self._db_path
        self.restore_button.setEnabled(False)
        self.note.setText(self.tr("Restoring…"))
        if path is None:
            from vocab_app import paths

            path = paths.default_db_path()
        self._ops.run_closed(lambda: restore_file(path, point.path, datetime.now()),
                             on_done=self._done, on_error=self._failed, changes=ALL)

    def _done(self, kept: Path) -> None:
        self.note.setText(self.tr("Restored. Your collection as it was is kept as {name}.")
                          .format(name=kept.name))
        self.restored.emit(kept)
        self.reload()
