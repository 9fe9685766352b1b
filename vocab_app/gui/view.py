"""The views of the main window's sidebar (Library, Mine, Review, Stats): where each lives, and
what the window needs of it (`View`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

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
    title: str
    module: str
    cls: str
    shortcut: str
    undoable: bool = False


VIEWS = (
    ViewSpec("library", "Library", "vocab_app.gui.library_view", "LibraryView", "Ctrl+1",
             undoable=True),
    ViewSpec("mine", "Mine", "vocab_app.gui.mine_view", "MineView", "Ctrl+2"),
    ViewSpec("review", "Review", "vocab_app.gui.review_view", "ReviewView", "Ctrl+3",
             undoable=True),
    ViewSpec("stats", "Stats", "vocab_app.gui.stats_view", "StatsView", "Ctrl+4"),
)
