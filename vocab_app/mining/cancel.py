"""Cancel inside mining: the caller's `cancelled()` callback, polled by the pipeline between
segments and by the bracket scan and gloss finder inside one long segment (a 10 MB line is one
segment), by jieba's dictionary load, the per-document term pass and the final merge, and by the
store between notes, so that Cancel stops an import within a fraction of a second whatever the
input's shape and whichever phase it is in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from vocab_app.errors import Cancelled
from vocab_app.i18n_text import _

CancelCheck = Callable[[], bool]

#: brackets (or hits) handled between two polls inside one segment: about a millisecond of work.
POLL_EVERY = 1024


_T = TypeVar("_T")


def polled(items: Iterable[_T], cancelled: CancelCheck | None) -> Iterable[_T]:
    """`items` as they are, `cancelled()` polled every POLL_EVERY items (errors.Cancelled);
    `items` itself when there is nothing to poll."""
    return items if cancelled is None else _polling(items, cancelled)


def _polling(items: Iterable[_T], cancelled: CancelCheck) -> Iterator[_T]:
    for i, item in enumerate(items):
        if i % POLL_EVERY == POLL_EVERY - 1 and cancelled():
            raise Cancelled(_("Mining was cancelled; nothing was kept."))
        yield item


def stop_if_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise errors.Cancelled when `cancelled()` says so (None: never)."""
    if cancelled is not None and cancelled():
        raise Cancelled(_("Mining was cancelled; nothing was kept."))
