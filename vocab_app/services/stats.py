"""The Stats screen's figures and the due forecast, read from the collection (store/stats.py).

"Today" is the review day (services/settings.study_day): before the hour a new day starts
(`day_start_hour`) it is still the day before, as for the review queue, so the forecast's first
day is the day whose reviews are being done and a card due on the calendar day that has not
started yet counts for the next one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from vocab_app.errors import VocabError
from vocab_app.i18n_text import _
from vocab_app.services.clock import Clock
from vocab_app.services.settings import Settings, study_day
from vocab_app.store import known as known_store
from vocab_app.store import stats as stats_store
from vocab_app.store.db import Database
from vocab_app.store.stats import Stats

__all__ = ["Stats", "StatsService"]


class StatsService:
    """Read-only figures over one collection; `clock` and the settings (read fresh through
    `settings_getter`; the defaults without one) say which review day is today."""

    def __init__(self, db: Database, clock: Clock,
                 settings_getter: Callable[[], Settings] | None = None) -> None:
        self.db = db
        self.clock = clock
        self._settings = settings_getter or Settings

    def today(self) -> date:
        """The review day it is now (the setting `day_start_hour` decides when it turns)."""
        return study_day(self.clock, self._settings())

    def forecast(self, today: date | None = None, days: int = 30) -> dict[date, int]:
        """Cards falling due on each of the next `days` days (overdue ones count for today)."""
        return stats_store.forecast(self.db, today or self.today(), days)

    def stats(self, today: date | None = None, *, days: int = 14) -> Stats:
        """Cards by state, answers per day (last `days`), 30-day forecast, retention.

        Raises VocabError for a window shorter than one day."""
        if days < 1:
            raise VocabError(_("Statistics need a window of at least one day, not "
                               "{days}.").format(days=days))
        figures = stats_store.stats(self.db, today or self.today(), days)
        by_state = dict(figures.cards_by_state)
        moved = known_store.known_cards_by_state(self.db)
        for state, n in moved.items():
            by_state[state] = by_state.get(state, 0) - n
        by_state["known"] = sum(moved.values())
        return replace(figures, cards_by_state=by_state)
