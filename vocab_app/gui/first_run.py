"""The welcome page shown on an empty collection: one click mines and imports the bundled
sample transcripts (paths.seed_files()) with progress, then the main window shows the library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocab_app import paths
from vocab_app.gui.errors import error_text
from vocab_app.gui.mine_view import MINABLE_SUFFIXES
from vocab_app.gui.ops import Ops, Task
from vocab_app.gui.theme import heading_label, plain_label

if TYPE_CHECKING:
    from vocab_app.services.library import ImportReport

_STEPS = 1000


class WelcomePage(QWidget):
    """First-run page: try the samples, or open your own files."""

    status_message = Signal(str)
    samples_imported = Signal(object)  # ImportReport
    open_files_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._task: Task | None = None

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(620)
        title = heading_label(self.tr("Welcome to vocab_app"), 1.8)
        body = plain_label(self.tr(
            "vocab_app finds the technical terms that bilingual transcripts and articles "
            "explain in brackets, such as 通用人工智能(AGI) or reinforcement learning (RL), "
            "and turns them into cards you review with spaced repetition or export to Anki."
            "\n\n"
            "Your collection is empty. Try it with three sample transcripts (AI interviews and "
            "articles in English and Chinese), or open your own transcripts, notes or "
            "subtitles ({suffixes}).").format(suffixes=" ".join(MINABLE_SUFFIXES)))
        self.samples_button = QPushButton(self.tr("Try with sample transcripts"))
        self.samples_button.setDefault(True)
        self.samples_button.setAutoDefault(True)
        self.samples_button.clicked.connect(self.import_samples)
        self.open_button = QPushButton(self.tr("Open your own files…"))
        self.open_button.clicked.connect(self.open_files_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, _STEPS)
        self.progress.setFormat(self.tr("Mining the samples… %p%"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.message = plain_label()
        self.message.setObjectName("errorText")
        self.message.hide()
        hint = plain_label(self.tr("Tip: you can drop files anywhere in this window to mine them."))
        hint.setObjectName("hint")

        buttons = QHBoxLayout()
        buttons.addWidget(self.samples_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(body)
        inner.addLayout(buttons)
        inner.addLayout(running)
        inner.addWidget(self.message)
        inner.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.samples_button)

    @Slot()
    def refresh(self) -> None:
        """Nothing to reload."""

    @Slot()
    def import_samples(self) -> Task | None:
        """Mine and import the bundled sample transcripts off the GUI thread."""
        if self._task is not None:
            return None
        seeds = paths.seed_files()
        if not seeds:
            self._show_message(
                self.tr("The sample transcripts are missing from this installation."))
            return None
        self.message.hide()
        self.samples_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        task = self._ops.run(
            lambda lib, ctx: lib.import_files(seeds, progress=ctx.progress,
                                              cancelled=ctx.cancelled),
            on_done=self._on_done, on_error=self._on_error, long=True, originator=self)
        task.progressed.connect(
            lambda done, total: self.progress.setValue(int(_STEPS * done / total) if total else 0))
        self._task = task
        self.status_message.emit(self.tr("Mining the sample transcripts…"))
        return task

    @Slot()
    def cancel(self) -> None:
        """Stop importing the samples (nothing is stored)."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _idle(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.samples_button.setEnabled(True)
        self.open_button.setEnabled(True)

    def _on_done(self, report: ImportReport) -> None:
        self._idle()
        self.status_message.emit(
            self.tr("Added %Ln term(s) from the sample transcripts.", "", report.new_terms))
        self.samples_imported.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        from vocab_app.errors import Cancelled

        self._idle()
        if isinstance(exc, Cancelled):
            self.status_message.emit(self.tr("Cancelled; nothing was added."))
            return
        self._show_message(error_text(exc))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.status_message.emit(text)


