"""The preview of a colleague's list before it is imported: every row with what importing does to
it (in the collection, new term, skipped), one warning per odd line, and OK/Cancel.

Built from `lib.lists.preview_csv` (read on the worker, nothing stored); OK hands the same preview
to `lib.lists.import_preview`, so what is stored is exactly what was shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.theme import plain_label

if TYPE_CHECKING:
    from vocab_app.services.list_import import ListPreview

HEADERS = (QT_TRANSLATE_NOOP("ListImportDialog", "Line"),
           QT_TRANSLATE_NOOP("ListImportDialog", "Term"),
           QT_TRANSLATE_NOOP("ListImportDialog", "Gloss"),
           QT_TRANSLATE_NOOP("ListImportDialog", "Tags"),
           QT_TRANSLATE_NOOP("ListImportDialog", "Import as"))
ACTION_TEXT = {"link": QT_TRANSLATE_NOOP("ListImportDialog", "in collection"),
               "create": QT_TRANSLATE_NOOP("ListImportDialog", "new term"),
               "skip": QT_TRANSLATE_NOOP("ListImportDialog", "skipped")}


class ListImportDialog(QDialog):
    """Shows a ListPreview; accepted means: import it as the list `name`."""

    def __init__(self, preview: ListPreview, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.name = name
        self.setWindowTitle(self.tr("Import “{name}”").format(name=name))
        self.resize(760, 520)
        adding = preview.count("link") + preview.count("create")
        self.summary = plain_label(self.tr(
            "{terms} will go into the new list “{name}”: {linked} already in your collection, "
            "{new}; {skipped} skipped. Nothing is stored until you press Import.").format(
            terms=self.tr("%Ln term(s)", "", adding), name=name,
            linked=i18n.number(preview.count("link")),
            new=self.tr("%Ln new term(s)", "", preview.count("create")),
            skipped=self.tr("%Ln row(s)", "", preview.count("skip"))))
        self.table = QTableWidget(len(preview.rows), len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Rows of the list file"))
        for r, item in enumerate(preview.rows):
            row = item.row
            why = item.why or row.problem
            for c, text in enumerate((str(row.line), row.term, row.gloss, " ".join(row.tags),
                                      self.tr(ACTION_TEXT[item.action]))):
                cell = QTableWidgetItem(text)
                if why:
                    cell.setToolTip(why)
                self.table.setItem(r, c, cell)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.addItems(list(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.warnings_label = plain_label(
            self.tr("%Ln warning(s):", "", len(preview.warnings)) if preview.warnings else "")
        self.warnings_label.setVisible(bool(preview.warnings))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(adding > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def shown_rows(self) -> list[list[str]]:
        """The table's text, row by row (what the user reads)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
