"""The main window: a sidebar of views (Library, Mine, Review, Stats, Reader), menus with the
standard shortcuts (window_menus.py), one undo history for every undoable step (Edit → Undo/Redo),
a status bar with today's due counts and a busy indicator, and files dropped anywhere going to
the Mine view; "Open in reader" of the Library and the Mine view goes to the Reader.

Views are built the first time they are shown (start-up only pays for what is on screen); each is
a `View` (gui/view.py), and one that fails to import or lacks that protocol fails loudly. After a
write, the views showing the kinds of data it changed refresh (the one on screen at once, the
others when shown), except the view that made it. An empty collection shows the welcome page in
the Library's place. Window geometry and the last folder choices live in QSettings (the
platform's config location). The dialogs the menus open are gui/window_dialogs.py's.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QMimeData, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from vocab_app.errors import DamagedCollectionError
from vocab_app.gui import window_menus
from vocab_app.gui.errors import error_text, show_error
from vocab_app.gui.ops import ChangeEvent, Ops
from vocab_app.gui.theme import plain_label
from vocab_app.gui.view import VIEWS, View, ViewSpec, as_widget
from vocab_app.gui.window_dialogs import WindowDialogs
from vocab_app.services.changes import Changes

if TYPE_CHECKING:
    from vocab_app.gui.mine_view import MineView
    from vocab_app.services.importing import ImportReport
    from vocab_app.services.review_records import DueCounts

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 250  # short operations never flash the busy indicator
DUE_REFRESH_MS = 300  # due counts are re-read at most this often while answers come in
STATUS_TIMEOUT_MS = 8000
DUE_KINDS = Changes(cards=True, settings=True)  # what the status bar's due counts read


class MainWindow(WindowDialogs, QMainWindow):
    """The app's one window over one collection (reached through `ops`)."""

    ready = Signal()  # the first page is chosen and on screen
    view_changed = Signal(str)

    def __init__(self, ops: Ops, db_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)
        self._views: dict[str, View] = {}
        self._stale: dict[str, Changes] = {}  # built views off screen: what they missed
        self._current = ""
        self._empty: bool | None = None  # unknown until the first count
        self._welcome: QWidget | None = None
        self._lists_dialog: QWidget | None = None
        self._ready_sent = False
        self._damage_said = False
        self.setWindowTitle("vocab_app" + (f" — {db_path.name}" if db_path else ""))
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 480)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setAccessibleName(self.tr("Views"))
        for spec in VIEWS:
            self.sidebar.addItem(spec.shown_title)
            item = self.sidebar.item(self.sidebar.count() - 1)
            item.setToolTip(f"{spec.shown_title} ({spec.shortcut})")
        self.sidebar.currentRowChanged.connect(lambda row: self.show_view(VIEWS[row].key))
        self.stack = QStackedWidget()
        self._loading = plain_label(self.tr("Opening your collection…"))
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._loading)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.due_label = QLabel()
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due_label.setAccessibleName(self.tr("Cards due today"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.due_label)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_bar.setVisible(self.ops.busy))
        self._due_timer = QTimer(self, singleShot=True, interval=DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.refresh_due_counts)

        actions = window_menus.build_menus(
            self, self.undo_stack, window_menus.Slots(
                open_files=self.open_files, mine_samples=self.mine_samples,
                open_export=self.open_export, open_lists=self.open_lists,
                restore_backup=self.open_restore, quit=self.close,
                find=self.focus_search, settings=self.open_settings, show_view=self.show_view,
                shortcuts=self.show_shortcuts,
                about=lambda: window_menus.show_about(self, self.db_path)),
            [(spec.key, spec.shown_title, spec.shortcut) for spec in VIEWS])
        self.open_action, self.samples_action = actions.open, actions.samples
        self.export_action, self.lists_action = actions.export, actions.lists
        self.restore_action = actions.restore
        self.quit_action, self.find_action = actions.quit, actions.find
        self.undo_action, self.redo_action = actions.undo, actions.redo
        self.view_actions = actions.views
        ops.busy_changed.connect(self._on_busy)
        ops.collection_changed.connect(self._on_collection_changed)
        self._restore_geometry()
        self.check_empty()
        self.ops.run(lambda lib: lib.damage, on_done=self._warn_if_damaged,
                     on_error=lambda exc: None)  # an open failure: _on_open_error says it
        self.refresh_due_counts()

    # --- views ----------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        """Key of the view on screen ("" while the collection is opening)."""
        return self._current

    def view(self, key: str) -> View:
        """The view for `key`, built on first use."""
        if key not in self._views:
            view = self._build_view(next(s for s in VIEWS if s.key == key))
            self._views[key] = view
            self.stack.addWidget(as_widget(view))
            self._stale[key] = view.shows
        return self._views[key]

    @property
    def welcome(self) -> QWidget:
        """The first-run page (built on first use)."""
        if self._welcome is None:
            from vocab_app.gui.first_run import WelcomePage

            page = WelcomePage(self.ops)
            page.status_message.connect(self.show_status)
            page.samples_imported.connect(self._on_imported)
            page.open_files_requested.connect(self.open_files)
            self.stack.addWidget(page)
            self._welcome = page
        return self._welcome

    def _build_view(self, spec: ViewSpec) -> View:
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        widget = cls(self.ops, self.undo_stack) if spec.undoable else cls(self.ops)
        if not isinstance(widget, View) or not isinstance(widget, QWidget):
            raise TypeError(f"{spec.module}.{spec.cls} is not a View widget")
        widget.status_message.connect(self.show_status)
        if spec.key == "mine":
            self._mine_view(widget).imported.connect(self._on_imported)
        if hasattr(widget, "reader_requested"):  # "Open in reader" (Library, Mine)
            widget.reader_requested.connect(self.open_in_reader)
        if hasattr(widget, "library_requested"):  # "Open in Library" (Reader)
            widget.library_requested.connect(self.show_in_library)
        for line_edit in widget.findChildren(QLineEdit):
            line_edit.setAcceptDrops(False)  # a dropped file goes to the Mine view, not a box
        return widget

    @staticmethod
    def _mine_view(view: View) -> MineView:
        from vocab_app.gui.mine_view import MineView

        if not isinstance(view, MineView):
            raise TypeError("the Mine view is not a MineView")
        return view

    @Slot(str)
    def show_view(self, key: str) -> None:
        """Switch to a view (the welcome page stands in for an empty Library)."""
        view = None if key == "library" and self._empty else self.view(key)
        page = self.welcome if view is None else as_widget(view)
        row = next(i for i, s in enumerate(VIEWS) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        self._current = key
        if view is not None and key in self._stale:
            view.refresh(self._stale.pop(key))
        elif view is not None and key == "review":
            view.refresh(Changes())  # starts a session when none runs
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view_changed.emit(key)

    def current_view(self) -> QWidget | None:
        """The widget on screen (a view, the welcome page, or None while opening)."""
        widget = self.stack.currentWidget()
        return None if widget is self._loading else widget

    # --- collection state -----------------------------------------------------------------

    def check_empty(self) -> None:
        """Ask whether the collection holds terms; choose the first page when it answers."""
        self.ops.run(lambda lib: lib.count_terms(), on_done=self._on_count,
                     on_error=self._on_open_error)

    def _on_count(self, count: int) -> None:
        was_empty, self._empty = self._empty, count == 0
        if not self._current:
            self.show_view("library")
        elif self._current == "library" and was_empty != self._empty:
            self.show_view("library")  # welcome ↔ library (e.g. every term deleted)
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)
            self.ops.run(lambda lib: lib.settings.interface_language,
                         on_done=self.check_interface_language,
                         on_error=lambda exc: log.warning("settings: %s", exc))

    def _warn_if_damaged(self, damage: str | None) -> None:
        """At start: a damaged collection (opened read-only) is said in a dialog."""
        if damage is not None and not self._damage_said:
            self._damage_said = True
            self.show_status(damage)
            show_error(self, DamagedCollectionError(damage))

    def _on_open_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._loading.setText(text)
        self._loading.setObjectName("errorText")
        self.show_status(text)
        if not self._damage_said:  # one dialog at start, not one per failed read
            self._damage_said = isinstance(exc, DamagedCollectionError)
            show_error(self, exc)
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)

    def _on_collection_changed(self, event: ChangeEvent) -> None:
        changes = event.changes
        for key, view in self._views.items():
            if view is event.originator or not changes.touches(view.shows):
                continue  # the originator has updated itself
            if key == self._current and as_widget(view) is self.stack.currentWidget():
                view.refresh(changes)
            else:
                self._stale[key] = self._stale.get(key, Changes()) | changes
        if changes.touches(DUE_KINDS):
            self._due_timer.start()
        if changes.terms and (self._empty or self._current == "library"):
            self.check_empty()

    def _on_imported(self, _report: ImportReport) -> None:
        self._empty = False
        self.show_view("library")

    @Slot()
    def refresh_due_counts(self) -> None:
        """Re-read today's due counts for the status bar."""
        self.ops.run(lambda lib: lib.review.due_counts(), on_done=self._show_due,
                     on_error=lambda exc: log.warning("due counts: %s", exc))

    def _show_due(self, due: DueCounts) -> None:
        self.due_label.setText(
            self.tr("Due today: {new} new · {learning} learning · {review} review").format(
                new=QLocale().toString(due.new), learning=QLocale().toString(due.learning),
                review=QLocale().toString(due.review)))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    @Slot(str)
    def show_status(self, message: str) -> None:
        """Show a view's message in the status bar for a few seconds."""
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def open_files(self) -> None:
        """Choose files and mine them in the Mine view."""
        self.show_view("mine")
        self._mine_view(self.view("mine")).choose_files()

    def mine_paths(self, paths: list[str]) -> None:
        """Mine `paths` in the Mine view (drag & drop, command line)."""
        self.show_view("mine")
        self._mine_view(self.view("mine")).mine(paths)

    def open_in_reader(self, target: int | str) -> None:
        """The Reader on a term's source, scrolled to it (a term id), or on a file (a path)."""
        self.show_view("reader")
        reader = self.view("reader")
        if isinstance(target, int):
            reader.open_term(target)  # type: ignore[attr-defined]
        else:
            reader.open_path(str(target))  # type: ignore[attr-defined]

    def show_in_library(self, term: str) -> None:
        """The Library searching for `term` (the Reader's "Open in Library")."""
        self._empty = False
        self.show_view("library")
        self.view("library").show_term_text(term)  # type: ignore[attr-defined]

    @Slot()
    def mine_samples(self) -> None:
        """Mine the bundled sample transcripts into the Mine view's preview."""
        from vocab_app import paths

        self.mine_paths([str(p) for p in paths.seed_files()])

    def focus_search(self) -> None:
        """Focus the search or filter box of the view on screen."""
        view = self._views.get(self._current)
        if view is not None and as_widget(view) is self.stack.currentWidget():
            view.focus_search()

    # --- drag & drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = _local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.mine_paths(files)

    # --- geometry -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_geometry(self) -> None:
        """Remember size, position and state for the next start."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        self.ops.cancel_all()  # a running mining stops instead of delaying the quit
        super().closeEvent(event)


def _local_files(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
