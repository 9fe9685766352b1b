"""Clocks: the one place that reads the time. Services take one; tests pass a FixedClock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """What services read the time through: an aware `now()` and the local `today()`."""

    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    def today(self) -> date:
        """The user's current calendar day."""
        ...


class SystemClock:
    """The real clock: aware UTC `now()`, local calendar `today()`."""

    def now(self) -> datetime:
        """Current time, UTC, timezone-aware."""
        return datetime.now(timezone.utc)

    def today(self) -> date:
        """Today's date in the user's local time zone (reviews are due by local day)."""
        return datetime.now().astimezone().date()


class FixedClock:
    """A clock that stands still until advanced (tests, benchmarks, the CLI's --today)."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=timezone.utc)
        self._now = now

    def now(self) -> datetime:
        """The fixed instant."""
        return self._now

    def today(self) -> date:
        """The fixed instant's date."""
        return self._now.date()

    def advance(self, **delta: float) -> None:
        """Move the clock forward, e.g. `advance(days=1)`."""
        self._now += timedelta(**delta)
