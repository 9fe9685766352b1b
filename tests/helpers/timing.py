"""Linear-time checks that hold on a busy machine: CPU time (not wall time) of the same work at
two sizes, compared with each other rather than with a fixed number of seconds."""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_seconds(work: Callable[[], object], repeat: int = 2) -> float:
    """The least CPU time (process_time) of `repeat` runs of `work`."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def assert_linear(work_of_size: Callable[[int], Callable[[], object]], size: int,
                  factor: int = 4) -> None:
    """Fail when the work for `size` takes more than 2.5× `factor` times as long as for
    `size / factor` (linear work takes about `factor` times as long, quadratic `factor`²)."""
    small = cpu_seconds(work_of_size(size // factor))
    big = cpu_seconds(work_of_size(size))
    assert big < 2.5 * factor * small + 0.05, (
        f"{big:.3f} s for {size} against {small:.3f} s for {size // factor}: not linear")
