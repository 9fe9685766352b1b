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
from typing import TYPE_CHECKING, Literal, TypeVar, overload

from PySide6.QtCore import QObject, Signal

from vocab_app.services.changes import Changes, changes_of

if TYPE_CHECKING:
    from vocab_app.services.library import Library

log = logging.getLogger(__name__)
T = TypeVar("T")


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

    def __init__(self, open_library: Callable[[], Library],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_library = open_library
        self._library: Library | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vocab-ops")
        self._pending = 0
        self._tasks: set[Task] = set()
        self._closed = False

    @overload
    def run(
        self,
        fn: Callable[[Library], T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        long: Literal[False] = False,
        changes: Changes | None = None,
        originator: object | None = None,
    ) -> Task: ...

    @overload
    def run(
        self,
        fn: Callable[[Library, TaskContext], T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        long: Literal[True],
        changes: Changes | None = None,
        originator: object | None = None,
    ) -> Task: ...

    def run(
        self,
        fn: Callable[..., T],  # (library) or, when long, (library, context)
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        long: bool = False,
        changes: Changes | None = None,
        originator: object | None = None,
    ) -> Task:
        """Queue `fn(library)` (or `fn(library, ctx)` when long=True) on the worker.

        `on_done(result)` / `on_error(exc)` run on the GUI thread; without on_error, the error is
        shown by gui.errors.show_error. On success, before on_done, `collection_changed` carries
        `changes` (or the Changes the result is or carries) with `originator`, if any changed.
        """
        return self._submit(fn, on_done, on_error, long, changes, originator, open_library=True)

    def _submit(self, fn: Callable[..., T], on_done: Callable[[T], object] | None,
                on_error: Callable[[BaseException], object] | None, long: bool,
                changes: Changes | None, originator: object | None, *,
                open_library: bool) -> Task:
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
                if open_library:
                    lib = self._library_on_worker()
                else:  # run_closed: close it; the next operation opens it again
                    self._close_on_worker()
                    lib = None
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

    def run_closed(self, fn: Callable[[], T], *, on_done: Callable[[T], object] | None = None,
                   on_error: Callable[[BaseException], object] | None = None,
                   changes: Changes | None = None) -> Task:
        """Queue `fn()` on the worker with the collection closed (a restore replaces its file;
        it is not opened for this, so a file that cannot be opened can still be replaced); the
        next operation opens the collection again. Callbacks and `changes` as in `run`."""
        def closed(_lib: object) -> T:
            return fn()
        return self._submit(closed, on_done, on_error, False, changes, None, open_library=False)

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
        self._pool.submit(self._close_on_worker)
        self._pool.shutdown(wait=True)

    def _close_on_worker(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    def _library_on_worker(self) -> Library:
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
