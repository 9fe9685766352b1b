"""What the main window needs of a view in its sidebar (Library, Mine, Review, Stats)."""

from __future__ import annotations

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
