"""The Library's filter bar: a search-as-you-type box and combo boxes for source, style, state,
teacher list and tag, plus the count of matching terms; and the bar that offers to undo a deletion.

The search is debounced (SEARCH_DELAY_MS after the last key) so a fast typist costs one query,
not one per letter. The bar only describes a `TermFilter`; the view runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.mining.model import STYLES
from vocab_app.services.library import TermFilter

if TYPE_CHECKING:
    from vocab_app.services.library import SourceRow
    from vocab_app.services.lists import TermList

# a combo choice: its text and the value the filter takes (an id, a style, a state, a tag)
Choice = tuple[str, "int | str"]

SEARCH_DELAY_MS = 150
STATES = ("new", "learning", "review", "suspended", "leech", "known")


class FilterBar(QWidget):
    """Search box + five filter combos. `changed` fires when the described filter changes."""

    changed = Signal()  # a combo moved, or the search text settled
    submitted = Signal()  # Return in the search box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(
            placeholderText=self.tr("Search term, gloss or context  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search terms"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._on_return)
        clear = QAction(self.tr("Clear search"), self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)

        self.source_combo = self._combo(self.tr("Filter by source"), self.tr("All sources"))
        self.style_combo = self._combo(self.tr("Filter by style"), self.tr("All styles"),
                                       [(i18n.style_name(s), s) for s in STYLES])
        self.state_combo = self._combo(self.tr("Filter by state"), self.tr("All states"),
                                       [(i18n.state_name(s), s) for s in STATES])
        self.list_combo = self._combo(self.tr("Filter by list"), self.tr("All lists"))
        self.tag_combo = self._combo(self.tr("Filter by tag"), self.tr("All tags"))
        self.count_label = QLabel()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.source_combo, self.style_combo, self.state_combo,
                      self.list_combo, self.tag_combo):
            layout.addWidget(combo, 1)
        layout.addWidget(self.count_label)

    def show_count(self, count: int, *, exact: bool) -> None:
        """Show how many terms match: `count`, or at least `count` until the exact one comes."""
        self.count_label.setText(self.tr("%Ln term(s)", "", count) if exact
                                 else self.tr("%Ln+ term(s)", "", count))

    def _combo(self, what: str, everything: str,
               items: list[Choice] | None = None) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(what)
        combo.setToolTip(what)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, None)
        for text, data in items or []:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    @property
    def search_pending(self) -> bool:
        """True while typed text waits for its debounce delay."""
        return self._timer.isActive()

    def settle(self) -> None:
        """Forget a pending debounce (the caller applies the filter now)."""
        self._timer.stop()

    def current_filter(self) -> TermFilter:
        """The TermFilter the box and combos describe."""
        return TermFilter(
            text=self.search.text().strip(),
            source_id=self.source_combo.currentData(),
            style=self.style_combo.currentData(),
            state=self.state_combo.currentData(),
            list_id=self.list_combo.currentData(),
            tag=self.tag_combo.currentData(),
        )

    def set_choices(self, sources: list[SourceRow], lists: list[TermList],
                    tags: list[str]) -> None:
        """Refill the source, list and tag combos (from lib.sources(), lib.lists.all(),
        lib.tags()), keeping each choice; `changed` fires if a chosen one is gone."""
        gone = [self._refill(self.source_combo, [(s.title, s.id) for s in sources]),
                self._refill(self.list_combo, [(lst.name, lst.id) for lst in lists]),
                self._refill(self.tag_combo, [(t, t) for t in tags])]
        if any(gone):
            self.changed.emit()

    @staticmethod
    def _refill(combo: QComboBox, items: list[Choice]) -> bool:
        """Replace a combo's choices, keeping the chosen one; True if it had to fall back."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        return chosen is not None and index < 0

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_return(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
        self.submitted.emit()


class InfoBar(QFrame):
    """A line of text (a deletion) with Undo and Dismiss buttons; hidden until shown."""

    def __init__(self, undo: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent, frameShape=QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(undo)
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 2, 8, 2)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(close)
        self.hide()
