"""Frozen start-up vs source start-up: time from launch until the window has been shown.

    .venv/bin/python benchmarks/frozen_startup.py [--runs 5]

Builds dist/vocab_app/ first if it is missing or older than its inputs (packaging/build.sh
--if-stale). Then, alternating so both see the same machine load, it starts

  frozen:  dist/vocab_app/vocab_app
  source:  .venv/bin/python -m vocab_app gui

offscreen with VOCAB_APP_QUIT_AFTER_SHOW=1 (the app prints `vocab_app: ready <time>` and quits
once its main window is shown and the collection answered) and a fresh, empty user data folder
per run, and times each from launch to that line (`--version`: to exit). One untimed
warm-up run of each comes first, so both read their files from the page cache: this is the start
of a new process after the files were read once (a "cold start" of the app, not of the disk).
Prints the medians, the ratio frozen/source (target ≤ 1.5) and, as a baseline without Qt, the
same for `--version`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "vocab_app" / "vocab_app"
TARGET_RATIO = 1.5


def _env(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VOCAB_APP_QUIT_AFTER_SHOW": "1",
           "XDG_DATA_HOME": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "config"),
           "XDG_CACHE_HOME": str(tmp / "cache"), "XDG_STATE_HOME": str(tmp / "state")}
    env.pop("PYTHONPATH", None)
    return env


def time_once(cmd: list[str]) -> float:
    """Seconds from launch of `cmd` (in a fresh user folder) until it is ready: the window's
    `vocab_app: ready <unix time>` line when it prints one, else the process's exit."""
    with tempfile.TemporaryDirectory(prefix="vocab-startup-") as tmp:
        launched = time.time()
        started = time.perf_counter()
        out = subprocess.run(cmd, env=_env(Path(tmp)), cwd=tmp, capture_output=True, text=True,
                             timeout=120)
        elapsed = time.perf_counter() - started
    if out.returncode != 0 or "Traceback" in out.stderr:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {out.returncode}):\n{out.stderr[-2000:]}")
    ready = [line.split()[-1] for line in out.stdout.splitlines()
             if line.startswith("vocab_app: ready ")]
    return float(ready[-1]) - launched if ready else elapsed


def compare(label: str, frozen: list[str], source: list[str], runs: int) -> float:
    """Time both commands `runs` times, interleaved; print medians and the ratio; return it."""
    time_once(frozen), time_once(source)  # warm-up: page cache, jieba/pyc caches
    f_times, s_times = [], []
    for _ in range(runs):
        f_times.append(time_once(frozen))
        s_times.append(time_once(source))
    f_med, s_med = statistics.median(f_times), statistics.median(s_times)
    ratio = f_med / s_med
    print(f"{label:<22} frozen {f_med * 1000:7.0f} ms   source {s_med * 1000:7.0f} ms   "
          f"ratio {ratio:4.2f}   (medians of {runs}; frozen runs "
          f"{', '.join(f'{t * 1000:.0f}' for t in f_times)} ms)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    """Build if needed, measure, print the figures and the verdict against the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--if-stale"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    py = sys.executable
    print(f"frozen: {EXE}\nsource: {py} -m vocab_app gui")
    ratio = compare("start to window", [str(EXE)], [py, "-m", "vocab_app", "gui"], args.runs)
    compare("--version (no Qt)", [str(EXE), "--version"], [py, "-m", "vocab_app", "--version"],
            args.runs)
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"window start ratio {ratio:.2f} {verdict} the target of ≤ {TARGET_RATIO}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
