"""The cyclic garbage collector, paused while mining runs.

Reading and mining a file allocate a few small records per line (text lines, spans, segments,
hits, occurrences), and keep most of them until the run ends: the collector's passes over that
growing heap took a quarter of the reading time of a 10 MB Markdown file (issue 9). None of these
records is part of a reference cycle, so reference counting frees everything mining drops; the
collector has nothing to find there. `collector_paused()` turns it off for the run and back on
after it (also when the run raises: a bad file, Cancel). It is process-wide: cycles made by other
threads meanwhile are collected once the run ends, by a first collection that looks at what the
run kept once (about 10 ms after 10 MB of input; the passes it replaces each looked at all of
it). Nested and concurrent runs leave it as the outermost run found it, except that a run ending
while another still goes turns it back on early (which only costs that other run some speed).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off; it is on again afterwards if it was
    on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
