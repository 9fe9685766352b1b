"""GUI-thread stalls while the Library view opens 100,000 terms, scrolls to the end and searches.

Target (issue 5): no gap between event-loop ticks longer than 100 ms. A 10 ms QTimer records
the time between its ticks while the view (1) loads, (2) jumps to the last row and waits for it
to be filled, (3) runs a search typed into the box. The baseline is the same timer over an idle
event loop for the same length of time, measured in the same run (what the shared machine
itself costs). Prints the median of a few runs.

    .venv/bin/python benchmarks/gui_library_stall.py [--terms 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 100.0
TICK_MS = 10


def build_collection(path: Path, n_terms: int) -> None:
    """A collection of `n_terms` terms (one sense, one occurrence, one card each) by bulk SQL."""
    from vocab_app.services.library import Library

    Library.open(path).close()  # the Library lays out the schema; bulk rows follow
    conn = sqlite3.connect(path)
    now = "2026-11-22T09:00:00.000000"
    styles = ("en-zh", "zh-en", "abbr", "def")
    states = ("new", "learning", "review")
    with conn:
        conn.execute("INSERT INTO sources (id, path, title, kind, url, content_hash, imported_at)"
                     " VALUES (1, '/bench/transcript.txt', 'Benchmark transcript', 'transcript',"
                     " 'https://www.youtube.com/watch?v=bench', 'x', ?)", [now])
        conn.executemany(
            "INSERT INTO segments (id, source_id, idx, speaker, start, \"end\", text, translation)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
            ((i, i, f"Speaker {i % 3 + 1}", i * 7.0, i * 7.0 + 6,
              f"In segment {i} we talk about term {i} (术语{i}) and scaling laws.",
              f"在第{i}段我们谈到术语{i}。") for i in range(1, n_terms + 1)))
        conn.executemany(
            "INSERT INTO terms (id, key, term, lang, variants, tags, frequency, position,"
            " created_at) VALUES (?, ?, ?, 'en', '[]', ?, ?, ?, ?)",
            ((i, f"term {i}", f"term {i}", "bench" if i % 10 == 0 else "", i % 17 + 1, i, now)
             for i in range(1, n_terms + 1)))
        conn.executemany(
            "INSERT INTO senses (id, term_id, gloss, style, count) VALUES (?, ?, ?, ?, ?)",
            ((i, i, f"术语{i}", styles[i % 4], i % 17 + 1) for i in range(1, n_terms + 1)))
        conn.executemany(
            "INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
            " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((i, i, i, f"term {i}", f"In segment {i} we talk about term {i}.",
              29 + len(str(i)) + 1, 29 + len(str(i)) + 1 + len(f"term {i}"))
             for i in range(1, n_terms + 1)))
        conn.executemany(
            "INSERT INTO cards (term_id, direction, state, ef, interval, reps, due)"
            " VALUES (?, 'forward', ?, 2.5, ?, ?, ?)",
            ((i, states[i % 3], (i % 3) * 3, i % 3,
              None if i % 3 == 0 else f"2026-12-{i % 28 + 1:02d}")
             for i in range(1, n_terms + 1)))
    conn.close()


class TickRecorder:
    """Records the longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """Longest gap in ms since start()."""
        self._tick()
        self.timer.stop()
        return self.longest * 1000


def wait_until(app, condition, timeout_s: float = 120.0) -> None:
    """Spin the event loop (blocking in it, not sleeping) until `condition()` holds."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not finish in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def one_run(app, path: Path) -> dict[str, float]:
    """Open the view, scroll to the end, search; returns stall and timing figures in ms."""
    from vocab_app.gui.library_view import LibraryView
    from vocab_app.gui.ops import Ops
    from vocab_app.services.library import Library

    ops = Ops(lambda: Library.open(path))
    ticks = TickRecorder()
    figures: dict[str, float] = {}
    ticks.start()
    t0 = time.perf_counter()
    view = LibraryView(ops)
    view.resize(1200, 800)
    view.show()
    view.refresh()
    wait_until(app, lambda: view.model.rowCount() > 0 and not view.model.is_loading)
    figures["first rows ms"] = (time.perf_counter() - t0) * 1000
    rows = view.model.rowCount()

    t1 = time.perf_counter()
    view.table.scrollToBottom()
    last = view.model.index(rows - 1, 0)
    wait_until(app, lambda: view.model.row_data(rows - 1) is not None and bool(last.data()))
    figures["scroll to end ms"] = (time.perf_counter() - t1) * 1000

    t2 = time.perf_counter()
    view.search.setText("term 4242")
    wait_until(app, lambda: view.model.term_filter.text == "term 4242"
               and not view.model.is_loading)
    figures["search ms"] = (time.perf_counter() - t2) * 1000
    figures["search hits"] = view.model.rowCount()
    figures["longest stall ms"] = ticks.stop()
    figures["rows"] = rows
    view.close()
    view.deleteLater()
    ops.shutdown()
    return figures


def idle_baseline(app, seconds: float) -> float:
    """Longest tick gap of an idle event loop over `seconds` (the machine's own noise)."""
    ticks = TickRecorder()
    ticks.start()
    end = time.perf_counter() + seconds
    wait_until(app, lambda: time.perf_counter() > end)
    return ticks.stop()


def warm_up(app) -> None:
    """Show a plain table with CJK text once: Qt's one-time font and style set-up belongs to the
    cold-start benchmark, not to opening the library."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(3, 2)
    model.setItem(0, 0, QStandardItem("通用人工智能 warm-up"))
    table = QTableView()
    table.setModel(model)
    table.show()
    end = time.perf_counter() + 0.2
    wait_until(app, lambda: time.perf_counter() > end)
    table.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    warm_up(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        build_collection(path, args.terms)
        print(f"built {args.terms:,} terms in {time.perf_counter() - t:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        runs, idle = [], []
        for i in range(args.runs):
            result = one_run(app, path)
            runs.append(result)
            span = (result["first rows ms"] + result["scroll to end ms"] + result["search ms"])
            idle.append(idle_baseline(app, span / 1000))
            print(f"run {i + 1}: " + json.dumps({k: round(v, 1) for k, v in result.items()}))
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    idle_med = statistics.median(idle)
    stall = med["longest stall ms"]
    print()
    print(f"longest GUI-thread stall, {args.terms:,} terms (median of {args.runs}): "
          f"{stall:.0f} ms   target < {TARGET_MS:.0f} ms   "
          f"idle event loop baseline {idle_med:.0f} ms   ratio {stall / max(idle_med, 1):.1f}x"
          f"   {'OK' if stall < TARGET_MS else 'OVER TARGET'}")
    print(f"first rows {med['first rows ms']:.0f} ms · scroll to the last row "
          f"{med['scroll to end ms']:.0f} ms · search {med['search ms']:.0f} ms "
          f"({med['search hits']:.0f} hits)")
    return 0 if stall < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
