"""Mining speed and memory on a ~10 MB input built from the seeds, next to a floor measured
in the same run.

The input is the three seeds, each repeated to a third of the target size, so it has every
gloss style in both directions (en-zh transcript, zh-en Chinese article, abbr/def English
article). Printed figures (medians of --runs runs):
- floor: read each file, decode it and make one regex pass for parentheticals (MB/s);
- mining: `mine_paths` on the same files, jieba already loaded (MB/s), and floor / mining,
  with the shares of reading/parsing, gloss extraction (find_glosses) and the rest;
- peak memory of one mining run (tracemalloc, a separate untimed run) against the input size;
- jieba's one-time dictionary load, measured once, before anything else imports it.
Targets (issue 2): mining ≥ 10 MB/s, within ~20× of the floor, peak memory < 5× the input.

Usage: .venv/bin/python benchmarks/mining_speed.py [--mb 10] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vocab_app.paths import seed_files  # noqa: E402

PAREN_RE = re.compile(r"[(（][^()（）\n]*[)）]")


def build_inputs(folder: Path, target_mb: float) -> list[Path]:
    """Write each seed repeated to target_mb / 3 MB into `folder`; return the paths."""
    paths = []
    seeds = seed_files()
    share = int(target_mb * 1e6 / len(seeds))
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        copies = max(1, share // len(text.encode("utf-8")))
        out = folder / f"big_{seed.name}"
        out.write_text("\n\n".join([text] * copies), encoding="utf-8")
        paths.append(out)
    return paths


def floor_pass(paths: list[Path]) -> int:
    """Read, decode and scan every file once for parentheticals; returns the match count."""
    found = 0
    for path in paths:
        text = path.read_bytes().decode("utf-8")
        found += sum(1 for _ in PAREN_RE.finditer(text))
    return found


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="input size in MB (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (median)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from vocab_app.mining.zh_tagger import tagger

    tagger()  # jieba imported, its dictionary read into the tagger (zh_tagger.py)
    jieba_load = time.perf_counter() - t0

    from vocab_app.mining.glosses import find_glosses
    from vocab_app.mining.pipeline import mine_paths
    from vocab_app.mining.readers import read_document

    with tempfile.TemporaryDirectory() as tmp:
        paths = build_inputs(Path(tmp), args.mb)
        size = sum(p.stat().st_size for p in paths)
        mb = size / 1e6
        mine_paths(paths[:1])  # warm up: regex compilation, lazy imports
        floor_s, parens = timed(lambda: floor_pass(paths), args.runs)
        mine_s, run = timed(lambda: mine_paths(paths), args.runs)
        read_s, docs = timed(lambda: [read_document(p) for p in paths], args.runs)
        texts = [s.text for d in docs for s in d.segments if "(" in s.text or "（" in s.text]
        gloss_s, _ = timed(lambda: [find_glosses(t) for t in texts], args.runs)

        tracemalloc.start()
        mine_paths(paths)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(mine_paths, paths)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    floor_rate, mine_rate = mb / floor_s, mb / mine_s
    print(f"input            {mb:8.2f} MB in {len(paths)} files, {parens} parentheticals, "
          f"{len(run.occurrences)} occurrences, {len(run.notes)} notes")
    print(f"floor            {floor_rate:8.1f} MB/s  (read + decode + one regex pass; "
          f"median of {args.runs})")
    print(f"mining           {mine_rate:8.1f} MB/s  (mine_paths, jieba loaded; target >= 10)")
    print(f"floor / mining   {floor_rate / mine_rate:8.1f} x     (target <= ~20)")
    rest = max(0.0, mine_s - read_s - gloss_s)
    print(f"  of which        read+parse {read_s / mine_s:4.0%} · "
          f"find_glosses {gloss_s / mine_s:4.0%} · sentences, records, merge {rest / mine_s:4.0%}")
    print(f"peak memory      {peak / 1e6:8.1f} MB = {peak / size:.2f} x input "
          "(tracemalloc, one run; target < 5)")
    print(f"jieba load       {jieba_load:8.2f} s     (one-time, not in the mining figure)")
    ok = mine_rate >= 10 and floor_rate / mine_rate <= 20 and peak < 5 * size
    print("targets          " + ("met" if ok else "NOT met"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
