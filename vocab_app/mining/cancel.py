"""Cancel inside mining: the caller's `cancelled()` callback, polled by the pipeline between
segments and by the bracket scan and gloss finder inside one long segment (a 10 MB line is one
segment), so that Cancel stops mining within a fraction of a second whatever the input's shape."""

from __future__ import annotations

from collections.abc import Callable

from vocab_app.errors import Cancelled

CancelCheck = Callable[[], bool]

#: brackets (or hits) handled between two polls inside one segment: about a millisecond of work.
POLL_EVERY = 1024


def stop_if_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise errors.Cancelled when `cancelled()` says so (None: never)."""
    if cancelled is not None and cancelled():
        raise Cancelled("Mining was cancelled; nothing was kept.")
