"""Linear-time checks that hold on a busy machine: CPU time (not wall time) of the same work at
two sizes, compared with each other rather than with a fixed number of seconds.

The time is this thread's (thread_time), with the garbage collector off during a run, as timeit
does: late in the full suite other threads of the process (Qt workers left by earlier tests) and a
full collection of a large heap once made a linear run look 13 times slower for 4 times the
input."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_seconds(work: Callable[[], object], repeat: int = 2) -> float:
    """The least CPU time of this thread over `repeat` runs of `work`, collector off."""
    best = float("inf")
    enabled = gc.isenabled()
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.thread_time()
            work()
            best = min(best, time.thread_time() - start)
        finally:
            if enabled:
                gc.enable()
    return best


def assert_linear(work_of_size: Callable[[int], Callable[[], object]], size: int,
                  factor: int = 4) -> None:
    """Fail when the work for `size` takes more than 2.5× `factor` times as long as for
    `size / factor` (linear work takes about `factor` times as long, quadratic `factor`²)."""
    small = cpu_seconds(work_of_size(size // factor))
    big = cpu_seconds(work_of_size(size))
    assert big < 2.5 * factor * small + 0.05, (
        f"{big:.3f} s for {size} against {small:.3f} s for {size // factor}: not linear")
