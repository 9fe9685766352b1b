"""Run library work off the GUI thread, one operation at a time, results back on the GUI thread.

After Anki's `CollectionOp`/`QueryOp` + `taskman`: every database or mining call goes through
`Ops.run`, which executes `fn(library)` on a single worker thread (so SQLite work is serialised and
the connection stays on the thread that opened it) and delivers the result or the error to
callbacks on the GUI thread. An op never receives a widget.

A write returns a `Changes` (services/changes.py) or a result carrying one; after its `on_done`,
`collection_changed` tells every view which kinds of data changed and which view did it
(`ChangeEvent`), so each refreshes only what it shows and skips its own edits.

    ops.run(lambda lib: lib.count_terms(flt), on_done=self._show_count)
    task = ops.run(lambda lib, ctx: lib.import_files(paths, progress=ctx.progress,
                                                     cancelled=ctx.cancelled),
                   on_done=..., long=True, originator=self)
    task.progressed.connect(bar.setValue2)   # (done, total)
    cancel_button.clicked.connect(task.cancel)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from vocab_app.services.changes import Changes, changes_of

log = logging.getLogger(__name__)


PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the GUI thread


@dataclass(frozen=True)
class ChangeEvent:
    """What `Ops.collection_changed` carries: the kinds of data a write changed, and the view
    (or window) that asked for it, which has already updated itself."""

    changes: Changes
    originator: object | None = None


class TaskContext:
    """Given to long operations: report progress, poll for cancellation."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        """Report progress; safe to call from the worker thread as often as needed.

        Updates are thinned to one per PROGRESS_INTERVAL_S (the last one, done == total,
        always goes through): every signal costs the GUI thread a GIL hand-over, and a flood
        of them starves its timers and repaints while the worker mines quickly.
        """
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._task.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        """True once the user asked to cancel; the op should stop and raise errors.Cancelled."""
        return self._task._cancel.is_set()


class Task(QObject):
    """One submitted operation. Signals arrive on the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()


class Ops(QObject):
    """The GUI's single door to the Library: one worker thread, callbacks on the GUI thread."""

    collection_changed = Signal(object)  # ChangeEvent, after a write succeeded
    busy_changed = Signal(bool)

    def __init__(self, open_library: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_library = open_library
        self._library: Any = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vocab-ops")
        self._pending = 0
        self._tasks: set[Task] = set()
        self._closed = False

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        long: bool = False,
        changes: Changes | None = None,
        originator: object | None = None,
    ) -> Task:
        """Queue `fn(library)` (or `fn(library, ctx)` when long=True) on the worker.

        `on_done(result)` / `on_error(exc)` run on the GUI thread; without on_error, the error is
        shown by gui.errors.show_error. On success, before on_done, `collection_changed` carries
        `changes` (or the Changes the result is or carries) with `originator`, if any changed.
        """
        task = Task(self)
        if self._closed:  # a view's timer fired while the app quits: nothing more to do
            log.debug("operation after shutdown ignored")
            return task
        self._tasks.add(task)
        # the other views hear of a write before its originator's on_done runs, so that a
        # view the originator brings on screen (the Library after an import) is already stale
        # and refreshes once
        task.succeeded.connect(lambda result: self._announce(result, changes, originator))
        if on_done is not None:
            task.succeeded.connect(on_done)
        task.failed.connect(on_error if on_error is not None else self._default_error)
        task.finished.connect(lambda: self._finish(task))
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                lib = self._library_on_worker()
                result = fn(lib, TaskContext(task)) if long else fn(lib)
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
                if not isinstance(exc, Exception):
                    raise
                task.failed.emit(exc)
            else:
                task.succeeded.emit(result)
            task.finished.emit()

        self._pool.submit(work)
        return task

    def cancel_all(self) -> None:
        """Ask every queued or running long operation to stop (on quit)."""
        for task in list(self._tasks):
            task.cancel()

    @property
    def busy(self) -> bool:
        """True while any operation is queued or running."""
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish queued work, close the library on the worker, stop the thread.

        Operations submitted afterwards are ignored (their callbacks never run)."""
        if self._closed:
            return
        self._closed = True
        def close() -> None:
            if self._library is not None:
                self._library.close()
                self._library = None

        self._pool.submit(close)
        self._pool.shutdown(wait=True)

    def _library_on_worker(self) -> Any:
        if self._library is None:
            self._library = self._open_library()
        return self._library

    def _announce(self, result: object, explicit: Changes | None,
                  originator: object | None) -> None:
        changes = explicit if explicit is not None else changes_of(result)
        if changes is not None and changes.any():
            self.collection_changed.emit(ChangeEvent(changes, originator))

    def _finish(self, task: Task) -> None:
        self._tasks.discard(task)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _default_error(self, exc: BaseException) -> None:
        from vocab_app.gui.errors import show_error

        show_error(None, exc)
