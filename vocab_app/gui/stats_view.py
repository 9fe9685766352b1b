"""The Stats view: cards by state, reviews per day (30 or 365 days), the 30-day due forecast and
retention, each drawn as a chart with its key numbers beside it.

Figures come from `lib.stats.stats()` through Ops; days without reviews or due cards are
filled with zeros here so every chart has one bar per day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.charts import STATE_COLOURS, BarChart, ShareBar
from vocab_app.gui.errors import error_text
from vocab_app.gui.i18n import state_name
from vocab_app.gui.ops import Ops
from vocab_app.services.changes import ALL, CARDS, Changes

if TYPE_CHECKING:
    from vocab_app.services.library import Library
    from vocab_app.services.review_records import Stats

STATE_ORDER = ("new", "learning", "review", "suspended", "leech", "known")
#: the chart's colours: a known term's cards (never scheduled) in a quiet slate
COLOURS = {**STATE_COLOURS, "known": "#64748b"}

FORECAST_DAYS = 30


def daily_series(per_day: dict[date, int], first: date, days: int) -> list[tuple[date, int]]:
    """`days` consecutive (day, count) pairs from `first`, zero where `per_day` has no entry."""
    return [(first + timedelta(days=i), int(per_day.get(first + timedelta(days=i), 0)))
            for i in range(days)]


def day_label(day: date, span: int) -> str:
    """Short axis label: '11-22' for a month-long span, month and day in the locale's short
    order for a year."""
    if span <= 60:
        return day.strftime("%m-%d")
    month_day = (QLocale().dateFormat(QLocale.FormatType.ShortFormat)
                 .replace("yyyy", "").replace("yy", "").strip("/.-年 "))
    return QLocale().toString(QDate(day.year, day.month, day.day), month_day)


class StatsView(QWidget):
    """Progress at a glance, refreshed whenever the collection changes."""

    shows = CARDS  # counts by state, answers per day, the forecast
    status_message = Signal(str)
    updated = Signal()  # after fresh figures are drawn

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._by_window: dict[int, Stats] = {}  # window in days → its figures
        self._today: date | None = None
        self.review_days = 30

        self.states_chart = BarChart(self.tr("Cards by state"))
        self.reviews_chart = BarChart(self.tr("Reviews per day"))
        self.forecast_chart = BarChart(self.tr("Due in the next %n day(s)", "", FORECAST_DAYS))
        self.retention_bar = ShareBar(self.tr("Retention"))
        self.states_numbers = self._numbers()
        self.reviews_numbers = self._numbers()
        self.forecast_numbers = self._numbers()
        self.retention_numbers = self._numbers()

        self.days_30 = QPushButton(self.tr("Last %n day(s)", "", 30))
        self.days_365 = QPushButton(self.tr("Last %n day(s)", "", 365))
        for button in (self.days_30, self.days_365):
            button.setCheckable(True)
        self.days_30.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button, days in ((self.days_30, 30), (self.days_365, 365)):
            group.addButton(button)
            button.toggled.connect(lambda on, d=days: self._on_days_toggled(on, d))
        toggle = QHBoxLayout()
        toggle.addWidget(QLabel(self.tr("Reviews per day:")))
        toggle.addWidget(self.days_30)
        toggle.addWidget(self.days_365)
        toggle.addStretch(1)

        grid = QGridLayout()
        # reviews per day is the long series: full width; retention is one bar: a short row
        for chart, numbers, row, col, span in (
            (self.reviews_chart, self.reviews_numbers, 0, 0, 2),
            (self.forecast_chart, self.forecast_numbers, 1, 0, 1),
            (self.states_chart, self.states_numbers, 1, 1, 1),
            (self.retention_bar, self.retention_numbers, 2, 0, 2),
        ):
            box = QFrame(frameShape=QFrame.Shape.StyledPanel)
            inner = QHBoxLayout(box)
            inner.addWidget(chart, 1)
            inner.addWidget(numbers)
            grid.addWidget(box, row, col, 1, span)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(toggle)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _numbers() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMinimumWidth(150)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @property
    def stats(self) -> Stats | None:
        """The Stats shown for the chosen window (None before the first refresh)."""
        return self._by_window.get(self.review_days)

    def focus_search(self) -> None:
        """The figures have no search box: Ctrl+F does nothing here."""

    def refresh(self, changes: Changes = ALL) -> None:
        """Fetch fresh figures."""
        def fetch(lib: Library) -> tuple[date, dict[int, Stats]]:
            return lib.stats.today(), {days: lib.stats.stats(days=days) for days in (30, 365)}

        self._ops.run(fetch,
                      on_done=self._on_stats,
                      on_error=lambda exc: self.status_message.emit(error_text(exc)))

    def _on_days_toggled(self, on: bool, days: int) -> None:
        if on:
            self.set_review_days(days)

    @Slot(int)
    def set_review_days(self, days: int) -> None:
        """Show the last 30 or 365 days of reviews."""
        self.review_days = days
        (self.days_30 if days == 30 else self.days_365).setChecked(True)
        self._draw()

    def _on_stats(self, result: tuple[date, dict[int, Stats]]) -> None:
        self._today, self._by_window = result
        self._draw()
        self.updated.emit()

    def _draw(self) -> None:
        stats, today = self.stats, self._today
        if stats is None or today is None:
            return
        by_state = dict(stats.cards_by_state)
        states = [s for s in STATE_ORDER if s in by_state] + sorted(
            s for s in by_state if s not in STATE_ORDER)
        states = [s for s in states if by_state[s] or s != "known"]  # no known bar until one
        self.states_chart.set_data([state_name(s) for s in states], [by_state[s] for s in states],
                                   [COLOURS.get(s) for s in states])
        total = sum(by_state.values())
        number = i18n.number
        self.states_numbers.setText("\n".join(
            [self.tr("{state}: {n}").format(state=state_name(s), n=number(by_state[s]))
             for s in states]
            + [self.tr("total: {n}").format(n=number(total))]))

        days = self.review_days
        reviews = daily_series(dict(stats.reviews_per_day), today - timedelta(days=days - 1), days)
        self.reviews_chart.title = self.tr("Reviews per day, last %n day(s)", "", days)
        self.reviews_chart.set_data([day_label(d, days) for d, _ in reviews],
                                    [n for _, n in reviews])
        done = sum(n for _, n in reviews)
        active = sum(1 for _, n in reviews if n)
        self.reviews_numbers.setText(self.tr(
            "today: {today}\n{days} days: {done}\nper day: {mean}\ndays studied: {active}/{days}")
            .format(today=number(reviews[-1][1]), days=days, done=number(done),
                    mean=number(done / days, 1), active=active))

        forecast = daily_series(dict(stats.forecast), today, FORECAST_DAYS)
        self.forecast_chart.set_data([day_label(d, FORECAST_DAYS) for d, _ in forecast],
                                     [n for _, n in forecast])
        upcoming = [d for d, n in forecast if n and d > today]
        self.forecast_numbers.setText(self.tr(
            "today: {today}\ntomorrow: {tomorrow}\nnext 7 days: {week}\n"
            "next {days} days: {all}\nnext due: {next}").format(
            today=number(forecast[0][1]), tomorrow=number(forecast[1][1]),
            week=number(sum(n for _, n in forecast[:7])), days=FORECAST_DAYS,
            all=number(sum(n for _, n in forecast)),
            next=i18n.day(upcoming[0]) if upcoming else "—"))

        retention = stats.retention
        self.retention_bar.title = self.tr("Retention, last %n day(s)", "", days)
        self.retention_bar.set_share(retention)
        self.retention_numbers.setText(
            self.tr("no answers on review cards\nin the last %n day(s)", "", days)
            if retention is None else
            self.tr("{share} of answers on\nreview cards were 3 or better").format(
                share=i18n.percent(retention)))
