"""GUI-thread stalls in the app shell: mining a 10 MB file through the Mine view, and opening
the main window (Library view) on 100,000 terms.

A 10 ms QTimer on the GUI thread records the longest gap between its ticks (see
gui_library_stall.TickRecorder) while (1) the Mine view mines a 10 MB file built from the
bundled seeds (jieba's first load included) and shows the preview, (2) a MainWindow opens on a
100,000-term collection until the Library's first rows are on screen. Baseline in the same run:
the same timer over an idle event loop for as long. Target (issue 5): no gap over 100 ms.

    .venv/bin/python benchmarks/gui_stall.py [--mb 10] [--terms 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gui_library_stall import (  # noqa: E402 - after the path set-up
    TickRecorder,
    build_collection,
    idle_baseline,
    wait_until,
)

TARGET_MS = 100.0


class WhenRecorder(TickRecorder):
    """A TickRecorder that also remembers when its longest gap ended (perf_counter time)."""

    def __init__(self) -> None:
        super().__init__()
        self.longest_at = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.longest:
            self.longest_at = now
        super()._tick()


def make_big_file(path: Path, megabytes: float) -> None:
    """A plain-text article of about `megabytes` MB: the seeds' lines repeated (with glosses)."""
    from vocab_app.paths import seed_files

    lines = []
    for seed in seed_files():
        lines += [ln for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
    block = "\n".join(lines) + "\n"
    target = int(megabytes * 1_000_000)
    with path.open("w", encoding="utf-8") as out:
        out.write("Benchmark article\n")
        written = 0
        while written < target:
            out.write(block)
            written += len(block.encode("utf-8"))


def mine_run(app, db: Path, big: Path) -> dict[str, float]:
    """Mine `big` in the Mine view of a main window; longest tick gap and time."""
    from vocab_app.gui.main_window import MainWindow
    from vocab_app.gui.ops import Ops
    from vocab_app.services.library import Library

    ops = Ops(lambda: Library.open(db))
    window = MainWindow(ops, db)
    window.show()
    wait_until(app, lambda: window.current_key != "")
    window.show_view("mine")
    view = window.view("mine")
    results: list[object] = []
    view.mined.connect(results.append)
    ticks = WhenRecorder()
    ticks.start()
    t0 = time.perf_counter()
    view.mine([big])
    wait_until(app, lambda: bool(results), timeout_s=900)
    seconds = time.perf_counter() - t0
    gap = ticks.stop()
    figures = {"mine s": seconds, "longest stall ms": gap,
               "stall ended at s": ticks.longest_at - t0,
               "candidates": float(view.model.rowCount())}
    window.close()
    ops.shutdown()
    window.deleteLater()
    return figures


def open_run(app, db: Path) -> dict[str, float]:
    """Build and show a MainWindow on `db` until the Library shows rows; longest tick gap."""
    from vocab_app.gui.main_window import MainWindow
    from vocab_app.gui.ops import Ops
    from vocab_app.services.library import Library

    ticks = TickRecorder()
    ticks.start()
    t0 = time.perf_counter()
    ops = Ops(lambda: Library.open(db))
    window = MainWindow(ops, db)
    window.show()

    def shown() -> bool:
        view = window.current_view()
        model = getattr(view, "model", None)
        return bool(model is not None and model.rowCount() > 0 and not model.is_loading)

    wait_until(app, shown)
    seconds = time.perf_counter() - t0
    gap = ticks.stop()
    rows = float(window.current_view().model.rowCount())
    window.close()
    ops.shutdown()
    window.deleteLater()
    return {"open s": seconds, "longest stall ms": gap, "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("vocab_app-bench")
    QCoreApplication.setApplicationName("gui_stall")
    app = QApplication(sys.argv[:1])
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        big = Path(tmp) / "big.txt"
        make_big_file(big, args.mb)
        print(f"mining {big.stat().st_size / 1e6:.1f} MB through the Mine view, "
              f"{args.runs} runs (the first loads jieba)")
        mines, idles = [], []
        for i in range(args.runs):
            r = mine_run(app, Path(tmp) / f"mine{i}.sqlite", big)
            mines.append(r)
            idles.append(idle_baseline(app, min(r["mine s"], 5.0)))
            print(f"  run {i + 1}: mined in {r['mine s']:.1f} s, {r['candidates']:.0f} "
                  f"candidates, longest stall {r['longest stall ms']:.0f} ms "
                  f"(ending at {r['stall ended at s']:.2f} s) "
                  f"(idle loop: {idles[-1]:.0f} ms)")
        worst = max(r["longest stall ms"] for r in mines)
        median = statistics.median(r["longest stall ms"] for r in mines)
        print(f"  median longest stall {median:.0f} ms, worst {worst:.0f} ms; "
              f"idle baseline median {statistics.median(idles):.0f} ms")
        failed |= worst > TARGET_MS

        db = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        build_collection(db, args.terms)
        print(f"opening the main window on {args.terms:,} terms "
              f"(built in {time.perf_counter() - t:.1f} s), {args.runs} runs")
        opens, idles = [], []
        for i in range(args.runs):
            r = open_run(app, db)
            opens.append(r)
            idles.append(idle_baseline(app, r["open s"]))
            print(f"  run {i + 1}: {r['rows']:.0f} rows on screen in {r['open s'] * 1000:.0f} ms, "
                  f"longest stall {r['longest stall ms']:.0f} ms (idle loop: {idles[-1]:.0f} ms)")
        worst = max(r["longest stall ms"] for r in opens)
        median = statistics.median(r["longest stall ms"] for r in opens)
        print(f"  median longest stall {median:.0f} ms, worst {worst:.0f} ms; "
              f"idle baseline median {statistics.median(idles):.0f} ms")
        failed |= worst > TARGET_MS
    print(f"target: no stall over {TARGET_MS:.0f} ms: {'OVER' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
