"""The main window: a sidebar of views (Library, Mine, Review, Stats), menus with the standard
shortcuts, a status bar with today's due counts and a busy indicator, and files dropped anywhere
going to the Mine view.

Views are built the first time they are shown (start-up only pays for what is on screen) and
imported defensively: a view module that is missing shows a placeholder instead. An empty
collection shows the welcome page in the Library's place. Window geometry and the last folder
choices live in QSettings (the platform's config location).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from vocab_app.gui.actions import add_action
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops
from vocab_app.gui.theme import plain_label

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 250  # short operations never flash the busy indicator
DUE_REFRESH_MS = 300  # due counts are re-read at most this often while answers come in
STATUS_TIMEOUT_MS = 8000


@dataclass(frozen=True)
class ViewSpec:
    """One view of the sidebar: where its class lives and its shortcut."""

    key: str
    title: str
    module: str
    cls: str
    shortcut: str


VIEWS = (
    ViewSpec("library", "Library", "vocab_app.gui.library_view", "LibraryView", "Ctrl+1"),
    ViewSpec("mine", "Mine", "vocab_app.gui.mine_view", "MineView", "Ctrl+2"),
    ViewSpec("review", "Review", "vocab_app.gui.review_view", "ReviewView", "Ctrl+3"),
    ViewSpec("stats", "Stats", "vocab_app.gui.stats_view", "StatsView", "Ctrl+4"),
)

SHORTCUTS = (
    ("Open files to mine", "Ctrl+O"), ("Export", "Ctrl+E"), ("Term lists", "Ctrl+L"),
    ("Quit", "Ctrl+Q"),
    ("Undo (last deletion or answer)", "Ctrl+Z"), ("Find / filter", "Ctrl+F"),
    ("Library / Mine / Review / Stats", "Ctrl+1 … Ctrl+4"),
    ("Review: show answer", "Space"), ("Review: grade Again/Hard/Good/Easy", "1 – 4"),
    ("Library: edit gloss", "F2"), ("Library: delete selected", "Delete"),
    ("Mine: add or skip selected rows", "Space"),
)


class MainWindow(QMainWindow):
    """The app's one window over one collection (reached through `ops`)."""

    ready = Signal()  # the first page is chosen and on screen
    view_changed = Signal(str)

    def __init__(self, ops: Ops, db_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.db_path = db_path
        self._views: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._current = ""
        self._empty: bool | None = None  # unknown until the first count
        self._welcome: QWidget | None = None
        self._lists_dialog: QWidget | None = None
        self._ready_sent = False
        self.setWindowTitle("vocab_app" + (f" — {db_path.name}" if db_path else ""))
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 480)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setAccessibleName("Views")
        for spec in VIEWS:
            self.sidebar.addItem(f"{spec.title}")
            item = self.sidebar.item(self.sidebar.count() - 1)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
        self.sidebar.currentRowChanged.connect(lambda row: self.show_view(VIEWS[row].key))
        self.stack = QStackedWidget()
        self._loading = plain_label("Opening your collection…")
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
        self.due_label.setAccessibleName("Cards due today")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName("Working")
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.due_label)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_bar.setVisible(self.ops.busy))
        self._due_timer = QTimer(self, singleShot=True, interval=DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.refresh_due_counts)

        self._build_menus()
        ops.busy_changed.connect(self._on_busy)
        ops.collection_changed.connect(self._on_collection_changed)
        self._restore_geometry()
        self.check_empty()
        self.refresh_due_counts()

    # --- menus ----------------------------------------------------------------------------

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        return add_action(self, text, slot, shortcut, menu=menu)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open files…", self.open_files,
                                        QKeySequence.StandardKey.Open)
        self.samples_action = self._action(file_menu, "Import &samples", self.mine_samples)
        self.export_action = self._action(file_menu, "&Export…", self.open_export, "Ctrl+E")
        self.lists_action = self._action(file_menu, "Term &lists…", self.open_lists, "Ctrl+L")
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", self.close,
                                        QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        # Views own their Ctrl+F (it focuses their own search box); the menu item only shows
        # the key, so the two shortcuts are never ambiguous.
        self.find_action = self._action(edit_menu, "&Find\tCtrl+F", self.find)

        view_menu = bar.addMenu("&View")
        self.view_actions: dict[str, QAction] = {}
        for spec in VIEWS:
            self.view_actions[spec.key] = self._action(
                view_menu, spec.title, lambda _c=False, k=spec.key: self.show_view(k),
                spec.shortcut)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts,
                     QKeySequence.StandardKey.HelpContents)
        about = self._action(help_menu, "&About vocab_app", self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    # --- views ----------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        """Key of the view on screen ("" while the collection is opening)."""
        return self._current

    def view(self, key: str) -> QWidget:
        """The view for `key`, built on first use (a placeholder if its module is missing)."""
        if key not in self._views:
            self._views[key] = self._build_view(next(s for s in VIEWS if s.key == key))
            self.stack.addWidget(self._views[key])
            self._stale.add(key)
        return self._views[key]

    @property
    def welcome(self) -> QWidget:
        """The first-run page (built on first use)."""
        if self._welcome is None:
            from vocab_app.gui.first_run import WelcomePage

            page = WelcomePage(self.ops)
            page.status_message.connect(self.show_status)
            page.samples_imported.connect(self._on_samples_imported)
            page.open_files_requested.connect(self.open_files)
            self.stack.addWidget(page)
            self._welcome = page
        return self._welcome

    def _build_view(self, spec: ViewSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
            widget = getattr(module, spec.cls)(self.ops)
        except (ImportError, AttributeError) as exc:
            log.warning("view %s unavailable: %s", spec.key, exc)
            label = plain_label(f"The {spec.title} view is not available in this build.")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        if hasattr(widget, "status_message"):
            widget.status_message.connect(self.show_status)
        if hasattr(widget, "can_undo_changed"):
            widget.can_undo_changed.connect(self._update_undo)
        if spec.key == "mine":
            widget.imported.connect(self._on_mined_import)
        for line_edit in widget.findChildren(QLineEdit):
            line_edit.setAcceptDrops(False)  # a dropped file goes to the Mine view, not a box
        return widget

    @Slot(str)
    def show_view(self, key: str) -> None:
        """Switch to a view (the welcome page stands in for an empty Library)."""
        page = self.welcome if key == "library" and self._empty else self.view(key)
        row = next(i for i, s in enumerate(VIEWS) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        self._current = key
        if page is not self._welcome and key in self._stale and hasattr(page, "refresh"):
            self._stale.discard(key)
            page.refresh()
        elif key == "review" and hasattr(page, "refresh"):
            page.refresh()  # starts a session when none runs
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_undo()
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
            QTimer.singleShot(0, self.ready)

    def _on_open_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._loading.setText(text)
        self._loading.setObjectName("errorText")
        self.show_status(text)
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready)

    def _on_collection_changed(self) -> None:
        self._stale.update(k for k in self._views if k != self._current)
        self._due_timer.start()
        if self._empty or self._current == "library":
            self.check_empty()

    def _on_samples_imported(self, _report: Any) -> None:
        self._empty = False
        self._stale.add("library")
        self.show_view("library")

    def _on_mined_import(self, _report: Any) -> None:
        self._empty = False
        self._stale.add("library")
        self.show_view("library")

    @Slot()
    def refresh_due_counts(self) -> None:
        """Re-read today's due counts for the status bar."""
        self.ops.run(lambda lib: lib.review.due_counts(), on_done=self._show_due,
                     on_error=lambda exc: log.warning("due counts: %s", exc))

    def _show_due(self, due: Any) -> None:
        self.due_label.setText(
            f"Due today: {due.new:,} new · {due.learning:,} learning · {due.review:,} review")

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
        view = self.view("mine")
        if hasattr(view, "choose_files"):
            view.choose_files()

    def mine_paths(self, paths: list[str]) -> None:
        """Mine `paths` in the Mine view (drag & drop, command line)."""
        self.show_view("mine")
        view = self.view("mine")
        if hasattr(view, "mine"):
            view.mine(paths)

    @Slot()
    def mine_samples(self) -> None:
        """Mine the bundled sample transcripts into the Mine view's preview."""
        from vocab_app import paths

        self.mine_paths([str(p) for p in paths.seed_files()])

    @Slot()
    def open_export(self) -> None:
        """Open the export dialog."""
        from vocab_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda report: self.show_status(dialog.success_text(report)))
        dialog.open()

    @Slot()
    def open_lists(self) -> QWidget:
        """Show the (non-modal) term lists window; returns it."""
        if self._lists_dialog is None:
            from vocab_app.gui.lists_dialog import ListsDialog

            dialog = ListsDialog(self.ops, self)
            dialog.status_message.connect(self.show_status)
            dialog.lists_changed.connect(self._on_lists_changed)
            self._lists_dialog = dialog
        self._lists_dialog.show()
        self._lists_dialog.raise_()
        self._lists_dialog.activateWindow()
        return self._lists_dialog

    def _on_lists_changed(self) -> None:
        # collection_changed only marks hidden views stale: the Library on screen (its list
        # filter, a list it is filtered by) has to be told
        library = self._views.get("library")
        if library is not None and self._current == "library" and hasattr(library, "refresh"):
            library.refresh()

    @Slot()
    def undo(self) -> None:
        """Undo in the view on screen (a deletion in the Library, an answer in Review)."""
        view = self.current_view()
        if view is not None and getattr(view, "can_undo", False):
            view.undo()

    @Slot()
    def find(self) -> None:
        """Focus the search or filter box of the view on screen."""
        view = self.current_view()
        for name in ("focus_search", "_focus_search"):
            method = getattr(view, name, None)
            if callable(method):
                method()
                return

    def _update_undo(self, *_args: Any) -> None:
        view = self.current_view()
        self.undo_action.setEnabled(bool(view is not None and getattr(view, "can_undo", False)))

    @Slot()
    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        width = max(len(name) for name, _ in SHORTCUTS)
        text = "\n".join(f"{name.ljust(width)}   {keys}" for name, keys in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        font = box.font()
        font.setFamilies(["monospace", *font.families()])
        font.setStyleHint(font.StyleHint.Monospace)
        box.setFont(font)
        box.open()

    @Slot()
    def show_about(self) -> None:
        """Version and what the app does."""
        from vocab_app import __version__

        text = (f"vocab_app {__version__}\n\n"
                "Mine the terms bilingual transcripts and articles gloss, review them with "
                "SM-2 spaced repetition and export them to Anki.\n\n"
                f"Collection: {self.db_path or 'default'}\n"
                "Chinese font: Noto Sans CJK SC (SIL Open Font License) when bundled.")
        box = QMessageBox(QMessageBox.Icon.Information, "About vocab_app", text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()

    # --- drag & drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
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


def _local_files(mime: Any) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
