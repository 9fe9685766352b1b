"""The views of the main window's sidebar (Library, Mine, Review, Stats, Reader): where each
lives, and what the window needs of it (`View`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.services.changes import Changes


@runtime_checkable
class View(Protocol):
    """A page of the main window; the window checks each view it builds against this."""

    # the kinds of data the view shows: a write of another kind never refreshes it
    shows: ClassVar[Changes]

    @property
    def status_message(self) -> SignalInstance:
        """Emits a sentence for the window's status bar."""
        ...

    def refresh(self, changes: Changes) -> None:
        """Show the collection again after `changes` (when it comes on screen, or at once
        when it is on screen and another view or window made them)."""
        ...

    def focus_search(self) -> None:
        """Put the keyboard focus in the view's search or filter box (Ctrl+F)."""
        ...


def as_widget(view: View) -> QWidget:
    """The widget a view is (every view of the window is one)."""
    if not isinstance(view, QWidget):
        raise TypeError(f"{type(view).__name__} is not a widget")
    return view


@dataclass(frozen=True)
class ViewSpec:
    """One view of the sidebar: where its class lives, its shortcut, and whether it takes the
    window's undo history (its constructor's second argument)."""

    key: str
    title: str  # English; shown translated in the "MainWindow" context (`shown_title`)
    module: str
    cls: str
    shortcut: str
    undoable: bool = False

    @property
    def shown_title(self) -> str:
        """The title in the interface's language."""
        return QCoreApplication.translate("MainWindow", self.title)


VIEWS = (
    ViewSpec("library", QT_TRANSLATE_NOOP("MainWindow", "Library"), "vocab_app.gui.library_view",
             "LibraryView", "Ctrl+1", undoable=True),
    ViewSpec("mine", QT_TRANSLATE_NOOP("MainWindow", "Mine"), "vocab_app.gui.mine_view",
             "MineView", "Ctrl+2"),
    ViewSpec("review", QT_TRANSLATE_NOOP("MainWindow", "Review"), "vocab_app.gui.review_view",
             "ReviewView", "Ctrl+3", undoable=True),
    ViewSpec("stats", QT_TRANSLATE_NOOP("MainWindow", "Stats"), "vocab_app.gui.stats_view",
             "StatsView", "Ctrl+4"),
    ViewSpec("reader", QT_TRANSLATE_NOOP("MainWindow", "Reader"), "vocab_app.gui.reader_view",
             "ReaderView", "Ctrl+5", undoable=True),
)
