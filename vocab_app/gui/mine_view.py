"""The Mine view: open or drop files, mine them off the GUI thread, curate, add to the library.

Mining runs through `Ops` as a long operation with a progress bar and a Cancel button; nothing
is stored until the user presses "Add N terms". The preview (`CandidateModel`) shows every
(term, gloss) pair with its style, count, first context and its status (new, known, or edited,
declined or deleted by the user before, unchecked with the reason in the tooltip); the user
checks, unchecks and edits glosses, then `Library.import_result` stores only what was accepted
and remembers the edits and the new pairs left unchecked. Files that cannot be read are listed
with the sentence that says why. The Frequency column ranks each term among the most common
words; "Hide words more common than" (a rank, off by default; its default is the setting
"frequency filter default", followed at once when it changes) hides and unticks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import candidate_model as cm
from vocab_app.gui import i18n
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops, Task, TaskContext
from vocab_app.gui.tables import fit_style_column
from vocab_app.gui.theme import heading_label, plain_label
from vocab_app.services.changes import ALL, Changes
from vocab_app.services.frequency import TABLE_SIZE, term_ranks

if TYPE_CHECKING:
    from vocab_app.mining.model import FileError
    from vocab_app.services.importing import ImportReport, MineResult
    from vocab_app.services.library import Library

#: Offered by the Open dialog and named in the hints (any file opens: the reader goes by content)
MINABLE_SUFFIXES = (".txt", ".md", ".rst", ".html", ".srt", ".vtt")  # (and .htm, unnamed)
_PROGRESS_STEPS = 1000  # the bar counts permille: byte totals may exceed a C int


class MineView(QWidget):
    """Mine files into a preview, curate it, add the accepted terms."""

    # the preview belongs to the files mined, not to the collection; only the setting
    # "frequency filter default" is read from it
    shows = Changes(settings=True)
    status_message = Signal(str)
    mined = Signal(object)  # MineResult, preview on screen
    mining_cancelled = Signal()
    mining_failed = Signal(str)
    imported = Signal(object)  # ImportReport, after "Add" stored the accepted terms
    reader_requested = Signal(str)  # a file to read in the Reader (the one mined last)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._task: Task | None = None
        self._paths: list[Path] = []
        self._default_cut = 0  # the setting "frequency filter default"
        self.model = cm.CandidateModel(self)
        self.proxy = cm.CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        title = heading_label(self.tr("Mine files"))
        self.intro = plain_label(
            self.tr("Open or drop transcripts, articles, notes or subtitles ({suffixes}). The "
                    "terms their authors glossed are listed here first; nothing is added until "
                    "you press Add.").format(suffixes=" ".join(MINABLE_SUFFIXES)))
        self.intro.setObjectName("hint")
        self.open_button = QPushButton(self.tr("Open files…"))
        self.open_button.clicked.connect(self.choose_files)
        self.files_label = plain_label()
        self.reader_button = QPushButton(self.tr("Open in reader"))
        self.reader_button.setToolTip(self.tr("Read the file mined last, its terms marked"))
        self.reader_button.clicked.connect(self._open_in_reader)
        self.progress = QProgressBar()
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setFormat(self.tr("Mining… %p%"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.errors_label = plain_label()
        self.errors_label.setObjectName("errorText")
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter candidates  (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter candidates"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.all_button = QPushButton(self.tr("Select all"))
        self.all_button.clicked.connect(lambda: self.select_shown(True))
        self.none_button = QPushButton(self.tr("Select none"))
        self.none_button.clicked.connect(lambda: self.select_shown(False))
        self.common_spin = QSpinBox()
        self.common_spin.setRange(0, TABLE_SIZE)
        self.common_spin.setSingleStep(1000)
        self.common_spin.setSpecialValueText(self.tr("Off"))
        self.common_spin.setAccessibleName(self.tr("Hide words more common than rank"))
        self.common_spin.setToolTip(
            self.tr("Hide and untick the terms among this many most common words (their "
                    "rank in the Frequency column); Off shows every term."))
        self.common_spin.valueChanged.connect(self.model.set_common_cut)
        common_label = QLabel(self.tr("Hide words more common than:"))
        common_label.setBuddy(self.common_spin)
        self.summary_label = plain_label()
        self.add_button = QPushButton(self.tr("Add terms"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_selected)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((cm.CHECK, 44), (cm.TERM, 200), (cm.GLOSS, 200),
                              (cm.COUNT, 56), (cm.FREQUENCY, 80), (cm.NEW, 110)):
            header.resizeSection(column, width)
        fit_style_column(self.table, cm.STYLE)
        header.setSectionResizeMode(cm.CHECK, QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Mined candidates"))

        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        toggle = QAction(self.tr("Add or skip"), self)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_current)
        self.table.addAction(toggle)

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.reader_button)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(common_label)
        tools.addWidget(self.common_spin)
        tools.addWidget(self.all_button)
        tools.addWidget(self.none_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(running)
        layout.addWidget(self.errors_label)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.selection_changed.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self._set_running(False)
        self._show_errors([])
        self._update_summary()

    # --- public ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while files are being mined."""
        return self._task is not None

    def refresh(self, changes: Changes = ALL) -> None:
        """The preview belongs to the files last mined; a settings change brings the frequency
        filter default, which the preview takes at once unless its filter was changed by hand."""
        if changes.settings:
            self._ops.run(lambda lib: lib.settings.frequency_filter,
                          on_done=self._on_default_cut,
                          on_error=lambda exc: self.status_message.emit(error_text(exc)))

    def _on_default_cut(self, cut: int) -> None:
        if self.common_spin.value() == self._default_cut:
            self.common_spin.setValue(cut)
        self._default_cut = cut

    @Slot()
    def focus_search(self) -> None:
        """Put the cursor in the filter box."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot()
    def choose_files(self) -> None:
        """Ask for files to mine (the last folder used is remembered)."""
        settings = QSettings()
        folder = str(settings.value("mine/last_dir", str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open files to mine"), folder,
            self.tr("Transcripts, articles and subtitles ({patterns});;All files (*)").format(
                patterns=" ".join("*" + suffix for suffix in (*MINABLE_SUFFIXES, ".htm"))))
        if names:
            settings.setValue("mine/last_dir", str(Path(names[0]).parent))
            self.mine(names)

    def mine(self, paths: Sequence[str | Path]) -> Task | None:
        """Mine `paths` off the GUI thread; the preview replaces the previous one when done."""
        if self.running:
            self.status_message.emit(self.tr("Mining is already running; cancel it first."))
            return None
        self._paths = [Path(p) for p in paths]
        if not self._paths:
            return None
        self.model.clear()
        self._show_errors([])
        names = ", ".join(p.name for p in self._paths[:3])
        more = len(self._paths) - 3
        self.files_label.setText(self.tr("{names} and %Ln more file(s)", "", more).format(
            names=names) if more > 0 else names)
        self.progress.setValue(0)
        files = list(self._paths)

        def mine(lib: Library, ctx: TaskContext) -> tuple[MineResult, list[int | None], int]:
            result = lib.mine_files(files, progress=ctx.progress, cancelled=ctx.cancelled)
            ranks = term_ranks(c.term for c in result.candidates)
            return result, ranks, lib.settings.frequency_filter

        task = self._ops.run(mine, on_done=self._on_mined_ranked, on_error=self._on_mine_error,
                             long=True)
        task.progressed.connect(self._on_progress)
        self._task = task
        self._set_running(True)
        self.status_message.emit(self.tr("Mining %Ln file(s)…", "", len(files)))
        return task

    @Slot()
    def cancel(self) -> None:
        """Stop the mining in progress (nothing is kept)."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))

    def select_shown(self, checked: bool) -> None:
        """Check or uncheck every row the filter shows."""
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                for r in range(self.proxy.rowCount())]
        self.model.set_checked(rows, checked)

    @Slot()
    def toggle_current(self) -> None:
        """Flip the check box of the selected rows (Space)."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.table.currentIndex()).row()}
        if rows:
            first = self.model.index(min(rows), cm.CHECK)
            on = self.model.data(first, Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked
            self.model.set_checked(rows, on)

    def _open_in_reader(self) -> None:
        if self._paths:
            self.reader_requested.emit(str(self._paths[0]))

    @Slot()
    def add_selected(self) -> Task | None:
        """Store the checked candidates (with edited glosses) in the collection."""
        result, accept, edits = self.model.curated_result()
        if result is None or self.running:
            return None
        if not accept:
            self.status_message.emit(self.tr("Nothing is checked; check the terms to add."))
            return None
        self.add_button.setEnabled(False)
        task = self._ops.run(lambda lib: lib.import_result(result, accept=accept, edits=edits),
                             on_done=self._on_imported, on_error=self._on_import_error,
                             originator=self)
        self.status_message.emit(self.tr("Adding terms…"))
        return task

    # --- results --------------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(_PROGRESS_STEPS * done / total) if total > 0 else 0)

    def _on_mined_ranked(self, found: tuple[MineResult, list[int | None], int]) -> None:
        result, ranks, self._default_cut = found
        self.common_spin.blockSignals(True)  # the new preview starts at the default
        self.common_spin.setValue(self._default_cut)
        self.common_spin.blockSignals(False)
        self._on_mined(result, ranks)

    def _on_mined(self, result: MineResult, ranks: Sequence[int | None] = ()) -> None:
        self._task = None
        self._set_running(False)
        self.model.set_result(result, ranks, self.common_spin.value())
        self._show_errors(result.errors)
        new = self.model.new_count()
        total = len(result.candidates)
        if total:
            message = self.tr("Found %Ln term(s), {new} new.", "", total).format(
                new=i18n.number(new))
        elif result.errors and not result.documents:
            message = self.tr("No file could be read.")
        else:
            message = self.tr("No glossed terms found in these files.")
        self.summary_label.setText(message)
        self.status_message.emit(message)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.mined.emit(result)

    def _on_mine_error(self, exc: BaseException) -> None:
        from vocab_app.errors import Cancelled

        self._task = None
        self._set_running(False)
        if isinstance(exc, Cancelled):
            self.files_label.setText(self.tr("Mining cancelled; nothing was kept."))
            self.status_message.emit(self.tr("Mining cancelled; nothing was kept."))
            self.mining_cancelled.emit()
            return
        text = error_text(exc)
        self._show_errors([], extra=text)
        self.status_message.emit(text)
        self.mining_failed.emit(text)

    def _on_imported(self, report: ImportReport) -> None:
        self.model.clear()
        self.files_label.clear()
        message = self.tr("Added {terms} ({glosses}, {occurrences}).").format(
            terms=self.tr("%Ln new term(s)", "", report.new_terms),
            glosses=self.tr("%Ln new gloss(es)", "", report.new_senses),
            occurrences=self.tr("%Ln new occurrence(s)", "", report.new_occurrences))
        self.summary_label.setText(message)
        self.status_message.emit(message)
        self.imported.emit(report)

    def _on_import_error(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        text = error_text(exc)
        self._show_errors([], extra=text)
        self.status_message.emit(text)

    # --- display --------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setFormat(self.tr("Mining… %p%"))
        self.open_button.setEnabled(not running)
        self.reader_button.setEnabled(not running and bool(self._paths))
        self._update_summary()

    def _show_errors(self, errors: Sequence[FileError], extra: str = "") -> None:
        lines = [f"{Path(e.path).name}: {e.message}" for e in errors]
        if extra:
            lines.append(extra)
        self.errors_label.setText("\n".join(lines))
        self.errors_label.setVisible(bool(lines))

    def _update_summary(self, *_args: object) -> None:
        checked = self.model.checked_count()
        self.add_button.setText(self.tr("Add %Ln term(s)", "", checked))
        self.add_button.setEnabled(checked > 0 and not self.running)
        has_rows = self.model.rowCount() > 0
        for widget in (self.filter_edit, self.all_button, self.none_button):
            widget.setEnabled(has_rows)
        if has_rows:
            text = self.tr("%Ln candidate(s), {new} new, {checked} checked.", "",
                           self.model.rowCount()).format(new=i18n.number(self.model.new_count()),
                                                         checked=i18n.number(checked))
            common = self.model.common_count()
            if common:
                text += " " + self.tr("%Ln hidden as common.", "", common)
            self.summary_label.setText(text)
