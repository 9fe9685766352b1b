"""The Stats screen's figures and the due forecast, read from the collection (store/stats.py)."""

from __future__ import annotations

from datetime import date

from vocab_app.errors import VocabError
from vocab_app.i18n_text import _
from vocab_app.services.clock import Clock
from vocab_app.store import stats as stats_store
from vocab_app.store.db import Database
from vocab_app.store.stats import Stats

__all__ = ["Stats", "StatsService"]


class StatsService:
    """Read-only figures over one collection; `clock` says which day is today."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def forecast(self, today: date | None = None, days: int = 30) -> dict[date, int]:
        """Cards falling due on each of the next `days` days (overdue ones count for today)."""
        return stats_store.forecast(self.db, today or self.clock.today(), days)

    def stats(self, today: date | None = None, *, days: int = 14) -> Stats:
        """Cards by state, answers per day (last `days`), 30-day forecast, retention.

        Raises VocabError for a window shorter than one day."""
        if days < 1:
            raise VocabError(_("Statistics need a window of at least one day, not "
                               "{days}.").format(days=days))
        return stats_store.stats(self.db, today or self.clock.today(), days)
