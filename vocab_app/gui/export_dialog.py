"""The Export dialog: an Anki package, a CSV or Anki TSV table, or a printable handout of the
whole collection, one source or one teacher list.

The export runs through `Ops` (off the GUI thread) with a progress bar. The choices are
remembered per scope (gui/export_scopes.py: the collection, each list, each source): format,
deck name, card options, paper, handout layout and file, so a list's export never renames the
collection's deck or file. A scope chosen for the first time gets its own name: a list's deck
and file are named after the list, a source's file after the source, in the last folder used.
The reverse and cloze check boxes start from the collection's card-type settings; a scope keeps
its own only while it differs from them.
A failure is shown as one sentence inside the dialog; success says where the file is and offers
to open its folder. The file check and the job run are in gui/export_jobs.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app.errors import ExportError
from vocab_app.gui import export_scopes, i18n
from vocab_app.gui.errors import error_text
from vocab_app.gui.export_jobs import ExportChoices, ExportJob, checked_path, export_job
from vocab_app.gui.export_scopes import FORMATS, LAYOUTS, SCOPES, Format
from vocab_app.gui.ops import Ops, Task
from vocab_app.gui.theme import plain_label

if TYPE_CHECKING:
    from vocab_app.services.exporting import ExportReport
    from vocab_app.services.library import Library, SourceRow
    from vocab_app.services.lists import TermList
    from vocab_app.services.settings import Settings

_STEPS = 1000
translate = QCoreApplication.translate


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs off the GUI thread."""

    exported = Signal(object)  # ExportReport
    failed = Signal(str)  # the sentence shown

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._task: Task | None = None
        self._last_path: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.format_combo = QComboBox()
        for fmt in FORMATS:
            self.format_combo.addItem(translate("ExportDialog", fmt.label), fmt.key)
        self.scope_combo = QComboBox()
        # the combo's own kind of model, kept typed: a scope with nothing in it is disabled
        self._scope_items = QStandardItemModel(self.scope_combo)
        self.scope_combo.setModel(self._scope_items)
        for key, label in SCOPES:
            self.scope_combo.addItem(translate("ExportDialog", label), key)
        self.source_combo = QComboBox()
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(30)
        self.list_combo = QComboBox()
        self._list_names: dict[int, str] = {}
        self._source_titles: dict[int, str] = {}
        # each scope's choices while the dialog is open (saved to QSettings on export)
        self._scopes: dict[str, dict[str, object]] = {}
        self._scope_key = "all"
        self._loading = False
        # the card-type settings (reverse_cards, cloze_cards) the card options start from
        self.card_defaults = dict.fromkeys(export_scopes.CARD_OPTIONS, False)
        self.deck_edit = QLineEdit()
        self.reverse_check = QCheckBox(self.tr("Also reverse cards (gloss → term)"))
        self.cloze_check = QCheckBox(self.tr("Cloze cards from the context sentence"))
        self.schedule_check = QCheckBox(
            self.tr("Include review scheduling (due dates and intervals)"))
        self.page_combo = QComboBox()
        self.page_combo.addItems(["A4", "Letter"])
        self.layout_combo = QComboBox()
        for key, label in LAYOUTS:
            self.layout_combo.addItem(translate("ExportDialog", label), key)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Export:"), self.scope_combo)
        form.addRow(self.tr("Source:"), self.source_combo)
        form.addRow(self.tr("List:"), self.list_combo)
        form.addRow(self.tr("Deck name:"), self.deck_edit)
        form.addRow("", self.reverse_check)
        form.addRow("", self.cloze_check)
        form.addRow("", self.schedule_check)
        form.addRow(self.tr("Paper:"), self.page_combo)
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow(self.tr("Save as:"), path_row)
        self._form = form

        self.progress = QProgressBar()
        self.progress.setRange(0, _STEPS)
        self.progress.hide()
        self.message = plain_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.folder_button = self.buttons.addButton(self.tr("Show folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.hide()
        self.folder_button.clicked.connect(self.show_folder)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(self._on_format)
        self.scope_combo.currentIndexChanged.connect(self._on_scope)
        self.list_combo.currentIndexChanged.connect(self._on_scope)
        self.source_combo.currentIndexChanged.connect(self._on_scope)
        self._show_scope(self._scope_key)
        self._fill_choices()

    # --- choices --------------------------------------------------------------------------

    @property
    def format(self) -> Format:
        """The chosen Format."""
        return FORMATS[self.format_combo.currentIndex()]

    def last_folder(self) -> Path:
        """The folder of the last export (or the home folder)."""
        return export_scopes.last_folder()

    def _default_name(self, base: str | None = None) -> str:
        text = base if base is not None else self.deck_edit.text()
        name = "".join(ch if ch.isalnum() or ch in "-_ " else "_"
                       for ch in (text.strip() or "vocab_app")).strip()
        return (name or "vocab_app") + self.format.suffix

    def _on_format(self) -> None:
        if self._loading:
            return
        current = self.path_edit.text().strip()
        if current:
            path = Path(current)
            self.path_edit.setText(str(path.with_suffix(self.format.suffix)))
        else:
            self.path_edit.setText(str(self.last_folder() / self._default_name()))
        self._update_fields()

    def _update_fields(self) -> None:
        key = self.format.key
        scope = self.scope_combo.currentData()
        rows = {self.source_combo: scope == "source", self.list_combo: scope == "list",
                self.deck_edit: key == "apkg", self.reverse_check: key == "apkg",
                self.cloze_check: key == "apkg", self.schedule_check: key == "apkg",
                self.page_combo: key in ("pdf", "html"), self.layout_combo: key in ("pdf", "html")}
        for widget, visible in rows.items():
            self._form.setRowVisible(widget, visible)

    # --- choices per scope ----------------------------------------------------------------

    def scope_key(self) -> str:
        """The chosen scope as a settings key: `all`, `list-ID` or `source-ID`."""
        scope = self.scope_combo.currentData()
        if scope == "list" and self.list_combo.currentData() is not None:
            return f"list-{self.list_combo.currentData()}"
        if scope == "source" and self.source_combo.currentData() is not None:
            return f"source-{self.source_combo.currentData()}"
        return "all"

    def _on_scope(self) -> None:
        if self._loading:
            return
        key = self.scope_key()
        if key != self._scope_key:
            self._scopes[self._scope_key] = self._values()
            self._scope_key = key
            self._show_scope(key)
        self._update_fields()

    def _values(self) -> dict[str, object]:
        """The dialog's current choices, as export_scopes.REMEMBERED names them."""
        return {"format": self.format.key, "deck_name": self.deck_edit.text().strip(),
                "reverse": self.reverse_check.isChecked(),
                "cloze": self.cloze_check.isChecked(),
                "scheduling": self.schedule_check.isChecked(),
                "page": self.page_combo.currentText(), "layout": self.layout_combo.currentData(),
                "path": self.path_edit.text().strip()}

    def _scope_name(self, key: str) -> str | None:
        """The list's name or the source's title a scope is named after (None: the collection)."""
        kind, _, ident = key.partition("-")
        if kind == "list" and ident:
            return self._list_names.get(int(ident))
        if kind == "source" and ident:
            return self._source_titles.get(int(ident))
        return None

    def _show_scope(self, key: str) -> None:
        """Fill the widgets with a scope's choices: as left in this dialog, else as last
        exported, else named after the list or source (the collection: `vocab_app`)."""
        values = self._scopes.get(key) or export_scopes.stored(key)
        name = self._scope_name(key)
        previous = self._values()

        def flag(field: str) -> bool:
            fallback = self.card_defaults.get(field, previous[field])
            return values.get(field, fallback) in (True, "true", "1", 1)

        self._loading = True
        try:
            fmt = self.format_combo.findData(values.get("format", previous["format"]))
            self.format_combo.setCurrentIndex(max(fmt, 0))
            deck = str(values.get("deck_name") or name or "vocab_app")
            self.deck_edit.setText(deck)
            self.reverse_check.setChecked(flag("reverse"))
            self.cloze_check.setChecked(flag("cloze"))
            self.schedule_check.setChecked(flag("scheduling"))
            self.page_combo.setCurrentText(str(values.get("page", previous["page"])))
            layout = self.layout_combo.findData(values.get("layout", previous["layout"]))
            self.layout_combo.setCurrentIndex(max(layout, 0))
            path = str(values.get("path") or "")
            if path:
                path = str(Path(path).with_suffix(self.format.suffix))
            else:
                path = str(self.last_folder() / self._default_name(name or deck))
            self.path_edit.setText(path)
        finally:
            self._loading = False
        self._update_fields()

    def _fill_choices(self) -> None:
        def choices(lib: Library) -> tuple[list[SourceRow], list[TermList], Settings]:
            return lib.sources(), lib.lists.all(), lib.settings

        self._ops.run(choices, on_done=self._on_choices,
                      on_error=lambda exc: self._show_error(error_text(exc)))

    def _on_choices(self, result: tuple[list[SourceRow], list[TermList], Settings]) -> None:
        sources, lists, settings = result
        self.card_defaults = {"reverse": settings.reverse_cards, "cloze": settings.cloze_cards}
        if self._scope_key not in self._scopes:  # not changed by hand yet: show the settings'
            self._show_scope(self._scope_key)
        self._loading = True  # filling the combos is not the user choosing
        try:
            for source in sources:
                self.source_combo.addItem(self.tr("{title} (%Ln term(s))", "", source.term_count)
                                          .format(title=source.title),
                                          source.id)
                self._source_titles[source.id] = source.title
            for term_list in lists:
                self.list_combo.addItem(self.tr("{title} (%Ln term(s))", "", term_list.size)
                                        .format(title=term_list.name),
                                        term_list.id)
                self._list_names[term_list.id] = term_list.name
        finally:
            self._loading = False
        self._on_scope()
        for row, available in ((1, sources), (2, lists)):
            item = self._scope_items.item(row)
            if item is not None:
                item.setEnabled(bool(available))

    @Slot()
    def choose_path(self) -> None:
        """Pick the file to write."""
        start = self.path_edit.text().strip() or str(self.last_folder() / self._default_name())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), start, translate("ExportDialog", self.format.file_filter))
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(self.format.suffix)
            self.path_edit.setText(str(path))

    # --- export ---------------------------------------------------------------------------

    def checked_path(self) -> Path:
        """The target file, or ExportError with a sentence when it cannot be written."""
        return checked_path(self.path_edit.text())

    @Slot()
    def start_export(self) -> Task | None:
        """Validate the choices and run the export."""
        if self._task is not None:
            return None
        try:
            path = self.checked_path()
            job = self._job(path)
        except ExportError as err:
            self._show_error(str(err))
            return None
        self._remember(path)
        self.message.hide()
        self.folder_button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        task = self._ops.run(job, on_done=self._on_done, on_error=self._on_error, long=True)
        task.progressed.connect(
            lambda done, total: self.progress.setValue(int(_STEPS * done / total) if total else 0))
        self._task = task
        return task

    def _job(self, path: Path) -> ExportJob:
        return export_job(path, ExportChoices(
            format=self.format.key, scope=str(self.scope_combo.currentData()),
            source_id=self.source_combo.currentData(), list_id=self.list_combo.currentData(),
            deck=self.deck_edit.text(), reverse=self.reverse_check.isChecked(),
            cloze=self.cloze_check.isChecked(), scheduling=self.schedule_check.isChecked(),
            page=self.page_combo.currentText(), layout=str(self.layout_combo.currentData())))

    def _remember(self, path: Path) -> None:
        """Save the choices of every scope set in this dialog (the exported one with its
        file), and the folder, for the next time (gui/export_scopes.py)."""
        self._scopes[self._scope_key] = {**self._values(), "path": str(path)}
        export_scopes.remember(self._scopes, path.parent, self.card_defaults)

    @staticmethod
    def success_text(report: ExportReport) -> str:
        """The sentence that says what was written and where."""
        what = i18n.counts().terms(report.notes)
        if getattr(report, "cards", 0):
            what = translate("ExportDialog", "{terms} ({cards})").format(
                terms=what, cards=i18n.counts().cards(report.cards))
        return translate("ExportDialog", "Exported {what} to {path}.").format(
            what=what, path=report.path)

    def _on_done(self, report: ExportReport) -> None:
        self._task = None
        self._last_path = Path(report.path)
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.message.setObjectName("")
        self.message.setStyleSheet("")
        self.message.setText(self.success_text(report))
        self.message.show()
        self.folder_button.show()
        self.exported.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.message.setObjectName("errorText")
        self.message.setStyleSheet("")  # re-polish so the error colour applies
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    @Slot()
    def show_folder(self) -> None:
        """Open the folder of the exported file in the file manager."""
        if self._last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_path.parent)))

    def reject(self) -> None:
        """Close; a running export is left to finish (its file is complete or absent)."""
        super().reject()
