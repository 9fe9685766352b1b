"""List import speed: a teacher's CSV of N new terms imported into a fresh collection, at
doubling sizes, with the time of each doubling (issue 12, case 7: it was quadratic, 45 s for
100,000 rows and 163 s for 200,000, a list-membership scan per row).

For each size (default 25,000 / 50,000 / 100,000 / 200,000 rows of `term,gloss`) it prints:
- read: `parse_list` of the file's text alone (the floor: no SQL);
- preview: `lib.lists.preview_csv` (read, parse, one lookup per row);
- import: `preview_csv` + `import_preview` (the new list, a note with its sense and cards per row,
  one transaction), in wall time and in this process's CPU time;
- rows/s: rows imported per CPU second (preview + import);
- peak: the import's peak resident memory above the process's size just before it (each size
  runs in a fresh process, so ru_maxrss is this import's);
- per doubling: import time over the previous size's, wall and CPU, and peak memory over the
  previous size's. Target ≤ 2.2× per doubling in CPU time (on this shared 2-core machine the wall
  figure swings with the other processes' fsyncs; CPU time is steadier). Exits 1 when a CPU
  doubling is over 2.2×. With --repeat N each size runs N times and the medians are printed.

Usage: .venv/bin/python benchmarks/list_import_speed.py [--sizes 25000 50000 100000 200000]
       [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vocab_app.services.clock import FixedClock  # noqa: E402
from vocab_app.services.library import Library  # noqa: E402
from vocab_app.services.list_csv import parse_list  # noqa: E402

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
TARGET = 2.2


def list_text(n: int) -> str:
    """`term,gloss` rows of n distinct terms, some quoted, some with a comma in the gloss."""
    rows = ["term,gloss,tags"]
    for i in range(n):
        if i % 10 == 0:
            rows.append(f'"term {i}","释义 {i}，另一个",week{i % 7}')
        else:
            rows.append(f"term {i},释义 {i},week{i % 7}")
    return "\n".join(rows) + "\n"


def measure(n: int, folder: Path) -> tuple[float, float, float, float, float]:
    """(read, preview, import wall, import CPU) seconds and the import's peak memory above
    the resident size before it (MB) for a list of n rows; run it in a fresh process."""
    path = folder / f"list{n}.csv"
    text = list_text(n)
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    parse_list(text, ".csv")
    read = time.perf_counter() - start
    with Library.open(folder / f"c{n}.sqlite", clock=FixedClock(NOW)) as lib:
        start = time.perf_counter()
        lib.lists.preview_csv(path)
        preview = time.perf_counter() - start
    del text
    with Library.open(folder / f"d{n}.sqlite", clock=FixedClock(NOW)) as lib:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start, cpu = time.perf_counter(), time.process_time()
        report = lib.lists.import_csv(path, "Week")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert report.created == n, report.created
    return read, preview, wall, cpu, max(0, peak - base) / 1024


_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from benchmarks.list_import_speed import measure
print(json.dumps(measure(int(sys.argv[1]), Path(sys.argv[2]))))
"""


def measure_fresh(n: int, folder: Path) -> tuple[float, ...]:
    """`measure` in a fresh process (so its peak memory is this import's alone)."""
    for old in folder.glob("*"):
        old.unlink()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(n), str(folder), str(ROOT)],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    return tuple(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; medians printed")
    args = parser.parse_args()
    print(f"{'rows':>8} {'read':>7} {'preview':>8} {'import':>8} {'CPU':>8} {'rows/s':>7}"
          f" {'peak':>8} {'×wall':>6} {'×CPU':>6} {'×peak':>6}")
    worst = 0.0
    previous: tuple[int, float, float, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            runs = [measure_fresh(n, Path(tmp)) for _ in range(max(1, args.repeat))]
            read, preview, wall, cpu, peak = (statistics.median(r[i] for r in runs)
                                              for i in range(5))
            ratios = ""
            if previous is not None:
                m, w0, c0, p0 = previous
                per = math.log2(n / m)  # doublings between the two sizes
                rw, rc = (wall / w0) ** (1 / per), (cpu / c0) ** (1 / per)
                rp = (peak / p0) ** (1 / per) if p0 > 0 else 0.0
                worst = max(worst, rc)
                ratios = f" {rw:5.2f}× {rc:5.2f}× {rp:5.2f}×"
            print(f"{n:>8,} {read:6.2f}s {preview:7.2f}s {wall:7.2f}s {cpu:7.2f}s"
                  f" {n / cpu:7,.0f} {peak:6.1f}MB{ratios}",
                  flush=True)
            previous = (n, wall, cpu, peak)
    ok = worst <= TARGET
    print(f"worst CPU time per doubling {worst:.2f}× (target ≤ {TARGET}×): "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
