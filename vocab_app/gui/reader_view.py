"""The Reader view (Ctrl+5): a source as readable text with every collection term marked by its
state, a legend with counts, a card for the term pointed at (gui/reader_term_pane.py) and
"Add as term" (A) for any words selected.

The file is read and its terms found on the worker (services/reader.py, the mining readers);
its QTextDocument is built there too (gui/reader_document.py), so the GUI thread only sets the
finished document in the text (gui/reader_text.py), which lays it out in short slices
(gui/reader_layout.py): a long transcript never stalls it. A term marked here (known,
suspended) is drawn again in place, a few blocks at a time, not read and built again. Tab and
Shift+Tab (or N and P) move from term to term, Enter opens the one focused; K marks it known,
Ctrl+J suspends it, F2 edits its gloss, Ctrl+Shift+L adds it to a list, Ctrl+B shows it in the
Library: each one step of the window's undo history.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.actions import Shortcut, add_action
from vocab_app.gui.detail_pane import open_link
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops, Task
from vocab_app.gui.reader_document import TERM_SCHEME, BuiltText, Look, build_document
from vocab_app.gui.reader_legend import legend_html, selection_prefill
from vocab_app.gui.reader_term_pane import ReaderTermPane
from vocab_app.gui.reader_text import ReaderText
from vocab_app.gui.term_editing import TermEditing
from vocab_app.gui.theme import is_dark, plain_label
from vocab_app.services.changes import Changes
from vocab_app.services.reader import SegmentAt

if TYPE_CHECKING:
    from vocab_app.gui.ops import TaskContext
    from vocab_app.services.library import Library
    from vocab_app.services.reader import FirstSeen, ReaderDocument, SourceFile

MARKS = Changes(terms=True, senses=True, cards=True)  # what re-marks the text


class ReaderView(QWidget):
    """Read one source marked with the collection's terms."""

    shows = Changes(terms=True, senses=True, cards=True, sources=True, lists=True)
    status_message = Signal(str)
    loaded = Signal()  # the whole text is on screen and marked
    laid_out = Signal()  # ... and laid out to its end (the scroll bar's full length)
    library_requested = Signal(str)  # a term to show in the Library

    def __init__(self, ops: Ops, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.document: ReaderDocument | None = None
        self._opened: tuple[str, object] | None = None  # ("source", id) or ("path", path)
        self._target: tuple[int, int | None] | None = None  # (term id, segment index)
        self._task: Task | None = None
        self._generation = 0
        self._terms_stale = False
        self._keep_scroll: int | None = None
        self._sources: list[SourceFile] = []
        self.timings: dict[str, float] = {}  # seconds: read and marked, on screen

        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.source_combo.setMinimumContentsLength(30)
        self.source_combo.activated.connect(self._on_source_chosen)
        self.side_check = QCheckBox(self.tr("Side by side"))
        self.side_check.setToolTip(self.tr("Show each translation beside its line, not under it"))
        self.side_check.toggled.connect(lambda _on: self.reload())
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.error_label = plain_label()
        self.error_label.setObjectName("errorText")
        self.error_label.hide()
        self.browser = ReaderText()
        self.browser.setAccessibleName(self.tr("Text"))
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._on_hover)
        self.pane = ReaderTermPane(ops, self.undo_stack, originator=self)
        self.browser.on_term = self.pane.show_term
        self.browser.pacer.laid_out.connect(self.laid_out)
        self.pane.changed.connect(lambda message: self._changed(message, surfaces=False))
        self.pane.library_requested.connect(self.library_requested)
        self.terms = TermEditing(ops, self.undo_stack, self, changed=self._changed,
                                 find=self.library_requested.emit)
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Source:")))
        top.addWidget(self.source_combo, 1)
        top.addWidget(self.side_check)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.browser)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 260])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.browser)
        self._show_legend()

    def _action(self, text: str, slot: Callable[..., object], shortcut: Shortcut, *,
                owner: QWidget | None = None) -> None:
        add_action(owner or self, text, slot, shortcut,
                   context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_actions(self) -> None:
        # The single letters act only in the text: in the source box (and any text field)
        # they are typed, so a letter still finds a source by its first letter.
        text = self.browser
        self._action(self.tr("Add as term"), self.add_selection, Qt.Key.Key_A, owner=text)
        self._action(self.tr("Add term…"), self.add_selection, QKeySequence.StandardKey.New)
        self._action(self.tr("Mark known / not known"), self.pane.toggle_known, Qt.Key.Key_K,
                     owner=text)
        self._action(self.tr("Suspend / unsuspend"), self.pane.toggle_suspended, "Ctrl+J")
        self._action(self.tr("Edit gloss"), self.pane.edit_gloss, Qt.Key.Key_F2)
        self._action(self.tr("Add to list…"), self.pane.ask_list, "Ctrl+Shift+L")
        self._action(self.tr("Open in Library"), self.pane.library_button.click, "Ctrl+B")
        self._action(self.tr("Next term"), lambda: text.step(True), Qt.Key.Key_N, owner=text)
        self._action(self.tr("Previous term"), lambda: text.step(False), Qt.Key.Key_P,
                     owner=text)
        self._action(self.tr("Choose source"), self.focus_search, QKeySequence.StandardKey.Find)

    # --- View -----------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """New terms or states re-mark the text (kept where it is scrolled to); new sources
        or lists fill the choices again."""
        if changes.terms:
            self._terms_stale = True
        if changes.sources or changes.lists or not self._sources:
            self._fill_choices()
        if changes.touches(MARKS) and self._opened is not None:
            self._keep_scroll = self.browser.verticalScrollBar().value()
            self.reload()

    def focus_search(self) -> None:
        """Ctrl+F: the source box."""
        self.source_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.source_combo.showPopup()

    def _fill_choices(self) -> None:
        def read(lib: Library) -> tuple[list[SourceFile], list[str]]:
            return lib.reader.sources(), [lst.name for lst in lib.lists.all()]

        self._ops.run(read, on_done=self._on_choices, on_error=self._report)

    def _on_choices(self, result: tuple[list[SourceFile], list[str]]) -> None:
        self._sources, self.pane.list_names = result
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Choose a source to read…"), None)
        for source in self._sources:
            self.source_combo.addItem(source.title, source.id)
            self.source_combo.setItemData(self.source_combo.count() - 1, source.path,
                                          Qt.ItemDataRole.ToolTipRole)
        self._select_source()
        self.source_combo.blockSignals(False)

    def _select_source(self) -> None:
        source_id = self._opened[1] if self._opened and self._opened[0] == "source" else None
        if self.document is not None and self.document.source_id is not None:
            source_id = self.document.source_id
        at = self.source_combo.findData(source_id) if source_id is not None else 0
        self.source_combo.setCurrentIndex(max(at, 0))

    def _on_source_chosen(self, row: int) -> None:
        source_id = self.source_combo.itemData(row)
        if source_id is not None:
            self.open_source(int(source_id))

    # --- opening --------------------------------------------------------------------------

    def open_source(self, source_id: int, term_id: int | None = None,
                    segment: int | None = None) -> None:
        """Read the stored source `source_id` (scrolled to `term_id` in segment `segment`)."""
        self._opened = ("source", source_id)
        self._target = (term_id, segment) if term_id is not None else None
        self.reload()

    def open_path(self, path: str) -> None:
        """Read any file (the Mine view's)."""
        self._opened = ("path", path)
        self._target = None
        self.reload()

    def open_term(self, term_id: int) -> None:
        """Read the source the term was first seen in, scrolled to it (Library's "Open in
        reader")."""
        def found(seen: FirstSeen | None) -> None:
            if seen is None:
                self._say(self.tr("This term was not seen in a source that can be read."))
                return
            self.open_source(seen.source_id, term_id, seen.segment_index)

        self._ops.run(lambda lib: lib.reader.first_seen(term_id), on_done=found,
                      on_error=self._report)

    def reload(self) -> None:
        """Read and mark the open source again."""
        if self._opened is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        kind, what = self._opened
        palette = self.palette()
        look = Look(dark=is_dark(), muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
                    link=palette.color(QPalette.ColorRole.Link).name(),
                    side_by_side=self.side_check.isChecked(), font=self.browser.font())
        stale, self._terms_stale = self._terms_stale, False
        started = time.perf_counter()

        timings = self.timings

        def work(lib: Library, ctx: TaskContext) -> tuple[ReaderDocument, BuiltText]:
            cpu = time.thread_time()
            if stale:
                lib.reader.invalidate()
            if kind == "source":
                doc = lib.reader.open_source(int(str(what)), cancelled=ctx.cancelled)
            else:
                doc = lib.reader.open_path(str(what), cancelled=ctx.cancelled)
            built = build_document(doc, look)
            timings["worker cpu"] = time.thread_time() - cpu
            return doc, built

        self._task = self._ops.run(
            work, long=True, on_error=lambda exc: self._on_failed(generation, exc),
            on_done=lambda result: self._on_read(generation, started, *result))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.document = None
        self.browser.clear_document()
        self.error_label.setText(error_text(exc))  # the importers' one sentence
        self.error_label.show()
        self._show_legend()
        self._say(error_text(exc))

    def _on_read(self, generation: int, started: float, doc: ReaderDocument,
                 built: BuiltText) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.timings["read"] = time.perf_counter() - started
        self.document = doc
        self.error_label.hide()
        self._select_source()
        self._show_legend()
        shown, cpu = time.perf_counter(), time.thread_time()
        self.browser.show_document(doc, built)
        self.timings["gui"] = time.perf_counter() - shown
        self.timings["gui cpu"] = time.thread_time() - cpu
        self._after_loaded(started)

    def _after_loaded(self, started: float) -> None:
        self.timings["shown"] = time.perf_counter() - started
        bar = self.browser.verticalScrollBar()
        keep, self._keep_scroll = self._keep_scroll, None
        if keep is not None and keep + bar.pageStep() <= self.browser.pacer.height():
            bar.setValue(keep)  # within what is laid out already
        elif keep is not None:  # further down: once laid out, not in one piece now
            self.browser.when_laid_out(lambda: bar.setValue(keep))
        elif self._target is not None:
            term_id, segment = self._target
            self._target = None
            self.browser.when_laid_out(lambda: self.browser.focus_term(term_id, segment))
        else:
            bar.setValue(0)
        self.loaded.emit()

    # --- terms ----------------------------------------------------------------------------

    def _on_hover(self, url: QUrl) -> None:
        if url.scheme() == TERM_SCHEME:
            self.pane.show_term(int(url.path()))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == TERM_SCHEME:
            self.pane.show_term(int(url.path()))
        elif not open_link(url):
            self._say(self.tr("This link cannot be opened: {url}").format(url=url.toString()))

    # --- add as term ----------------------------------------------------------------------

    def add_selection(self) -> None:
        """A / Ctrl+N: "Add term" filled in from the selection (the gloss from a bracket
        beside it, its sentence as the context, the segment's source and timestamp kept)."""
        picked = selection_prefill(self.browser.textCursor(), self.document, self.browser.starts)
        doc = self.document

        def ask(segment_id: int | SegmentAt | None) -> None:
            self.terms.ask_new_term(self._names(), term=picked.term, gloss=picked.gloss,
                                    context=picked.context, segment_id=segment_id)

        if picked.segment is None or doc is None:
            ask(None)
            return
        if doc.source_id is None:  # a file not in the collection: recorded when the term is
            ask(SegmentAt(doc.path, picked.segment.index, picked.segment.text))
            return
        seg, source_id = picked.segment, doc.source_id
        self._ops.run(lambda lib: lib.reader.segment_id(source_id, seg.index, seg.text),
                      on_done=ask, on_error=self._report)

    def _names(self) -> list[str]:
        return list(self.pane.list_names)

    # --- messages -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """The system turned dark or light: the marks take the palette's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.document is not None:
            self._keep_scroll = self.browser.verticalScrollBar().value()
            self.reload()

    def _show_legend(self) -> None:
        doc = self.document
        self.legend.setText(legend_html(doc.counts() if doc else {}, is_dark()))
        self.legend.setVisible(doc is not None)

    def _changed(self, message: str, *, surfaces: bool = True) -> None:
        """After an edit made here (the window does not refresh the view that made it);
        `surfaces` False: no term text changed (a mark, a gloss), the term index stays."""
        self._say(message)
        self._terms_stale = self._terms_stale or surfaces
        self._fill_choices()  # a list may be new
        if not surfaces and self._task is None and self.document is not None:
            self._restyle(self.document)
        elif self._opened is not None:
            self._keep_scroll = self.browser.verticalScrollBar().value()
            self.reload()

    def _restyle(self, doc: ReaderDocument) -> None:
        """The terms' states read again; those that changed drawn again in place (a term
        gone: the text read again)."""
        generation, ids = self._generation, list(doc.states)

        def show(states: dict[int, str]) -> None:
            if generation != self._generation or doc is not self.document:
                return  # another text (or the same read again) is shown now
            if states.keys() != doc.states.keys():
                self._terms_stale = True
                self._keep_scroll = self.browser.verticalScrollBar().value()
                self.reload()
                return
            changed = {i: s for i, s in states.items() if doc.states[i] != s}
            self.document = replace(doc, states=states)
            self._show_legend()
            self.browser.restyle(self.document, changed, is_dark(), done=self.loaded.emit)

        self._ops.run(lambda lib: lib.reader.states(ids), on_done=show, on_error=self._report)

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def _report(self, exc: BaseException) -> None:
        self._say(error_text(exc))
