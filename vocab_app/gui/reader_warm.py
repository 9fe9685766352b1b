"""The Reader's term index built ahead, at start-up idle time: on a large collection the index
(services/term_index.py) takes a few hundred milliseconds to build, which would otherwise be
the first open's. It is built on the Ops worker (never the GUI thread) once the window has
answered and the worker is idle; a user's own operation queued meanwhile waits at most that
long. The index is kept until terms change, as after any open."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from vocab_app.gui.ops import Ops

log = logging.getLogger(__name__)

WARM_DELAY_MS = 1500  # after the window is ready: the first page and counts come first
_TRIES = 20  # the worker busy each time (an import at start): the first open builds it


def warm_when_idle(ops: Ops, delay_ms: int = WARM_DELAY_MS) -> None:
    """Build the Reader's term index on the worker `delay_ms` after now, or later when the
    worker is busy then."""
    tries = [0]

    def warm() -> None:
        if ops.busy:
            tries[0] += 1
            if tries[0] < _TRIES:
                QTimer.singleShot(delay_ms, warm)
            return
        ops.run(lambda lib: lib.reader.warm(),
                on_error=lambda exc: log.warning("reader index not built ahead: %s", exc))

    QTimer.singleShot(delay_ms, warm)
