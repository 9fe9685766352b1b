"""The GUI's door to the Library: work on one worker thread, results and errors back on the GUI
thread, progress thinned so a fast operation cannot flood the GUI thread, nothing after quit."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication

from vocab_app.errors import ExportError
from vocab_app.gui.ops import Ops


def test_results_arrive_on_the_gui_thread_and_errors_go_to_on_error(qtbot, shell_empty):
    _path, ops = shell_empty
    gui = threading.get_ident()
    seen: list[tuple[str, object]] = []
    # wait on the callbacks, not on task signals: a quick task may finish before a
    # waitSignal made after ops.run() is connected
    ops.run(lambda lib: (threading.get_ident(), lib.count_terms()),
            on_done=lambda r: seen.append(("done", r)))
    qtbot.waitUntil(lambda: len(seen) == 1)
    worker, count = seen[0][1]
    assert worker != gui and count == 0

    def fail(lib):
        raise ExportError("The folder /x cannot be written to; choose another folder.")

    ops.run(fail, on_error=lambda exc: seen.append(("error", str(exc))))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[-1] == ("error", "The folder /x cannot be written to; choose another folder.")


def test_a_flood_of_progress_reaches_the_gui_thinned_with_the_last_step(qtbot, shell_empty):
    _path, ops = shell_empty
    steps: list[tuple[int, int]] = []

    def work(lib, ctx):
        end = time.monotonic() + 0.3
        i = 0
        while time.monotonic() < end:  # as fast as a quick mining reports
            i += 1
            ctx.progress(i, 10**9)
        ctx.progress(10**9, 10**9)
        return i

    reported: list[int] = []
    task = ops.run(work, long=True, on_done=reported.append)
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(reported), timeout=10000)
    assert reported[0] > 1000  # the op reported far more often than the GUI heard
    assert 2 <= len(steps) <= 12 and steps[-1] == (10**9, 10**9)


def test_work_submitted_after_shutdown_is_ignored(qtbot, tmp_path):
    from gui_helpers import make_ops

    ops: Ops = make_ops(tmp_path / "c.sqlite")
    ops.shutdown()
    called: list[int] = []
    task = ops.run(lambda lib: called.append(1), on_done=called.append)
    assert not ops.busy and not task.is_cancelled
    QCoreApplication.processEvents()  # a wrongly queued callback would run here
    assert called == []


def test_a_write_tells_what_changed_and_who_asked_before_its_callback(qtbot, shell_seeded):
    from vocab_app.gui.ops import ChangeEvent
    from vocab_app.services.changes import LISTS, Changes

    _path, ops = shell_seeded
    heard: list[object] = []
    ops.collection_changed.connect(heard.append)
    asker = object()
    done: list[object] = []
    ops.run(lambda lib: lib.lists.create("Week 1"), changes=LISTS, originator=asker,
            on_done=lambda _id: done.append(list(heard)))
    qtbot.waitUntil(lambda: bool(done))
    assert done == [[ChangeEvent(LISTS, asker)]]  # the other views heard before on_done ran

    ops.run(lambda lib: lib.set_suspended([1], True), on_done=done.append)  # from the result
    ops.run(lambda lib: lib.count_terms(), on_done=done.append)  # a read: nothing changed
    qtbot.waitUntil(lambda: len(done) == 3)
    assert heard[1:] == [ChangeEvent(Changes(cards=True), None)]
