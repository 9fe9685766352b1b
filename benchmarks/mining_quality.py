"""Score mined surface pairs against the hand-annotated dev set in tests/data/gold.

For each seed with a gold file, the (term, gloss, style) pairs mined from it are compared with
the gold pairs: precision, recall and F1 per style over distinct (term, gloss) pairs, pooled
over the seeds, then the macro average over the four styles. Every miss and false positive is
printed. The baseline printed next to it is the naive rule the issue quotes: the last run of
Latin characters (or the last jieba word) before the bracket, and stock Schwartz–Hearst.

Run: .venv/bin/python benchmarks/mining_quality.py [--speed]
With --speed it also times `find_glosses` alone over the seeds' lines repeated to ~10 MB (jieba
loaded first), as a median of three runs, next to one bracket-regex pass over the same lines.
Pairs come from `vocab_app.mining.pipeline` (`mine_paths` + `surface_pairs`) once it exists,
so the figure is the product's; until then from `find_glosses` over every line of the seed.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vocab_app.mining.model import STYLES, PairCount  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "gold"
SEEDS_DIR = ROOT / "seeds"

Key = tuple[str, str, str]  # (seed, term, gloss)


@dataclass
class StyleScore:
    """Precision, recall and F1 of one style, with the pairs behind them."""

    style: str
    tp: int = 0
    misses: list[Key] = field(default_factory=list)
    false_positives: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.tp + len(self.false_positives)
        return self.tp / found if found else (1.0 if not self.misses else 0.0)

    @property
    def recall(self) -> float:
        wanted = self.tp + len(self.misses)
        return self.tp / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Per-style scores and their macro average over the four styles."""

    styles: dict[str, StyleScore]

    @property
    def macro_f1(self) -> float:
        return sum(self.styles[s].f1 for s in STYLES) / len(STYLES)


def normalise(text: str) -> str:
    """The form pairs are compared in: NFKC, whitespace collapsed; case is kept (rule D1)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def score(pairs: Iterable[PairCount] | Mapping[str, Iterable[PairCount]],
          gold: Iterable[PairCount] | Mapping[str, Iterable[PairCount]]) -> Scores:
    """Score mined `pairs` against `gold`, per style over distinct normalised (term, gloss).

    Either argument may be a flat iterable of PairCount (one document) or a mapping from a
    seed name to its pairs; in the mapping form a pair is counted once per seed.
    """
    def keyed(data) -> dict[str, set[Key]]:
        items = data.items() if isinstance(data, Mapping) else [("", data)]
        out: dict[str, set[Key]] = {s: set() for s in STYLES}
        for seed, rows in items:
            for row in rows:
                out.setdefault(row.style, set()).add(
                    (seed, normalise(row.term), normalise(row.gloss)))
        return out

    got, want = keyed(pairs), keyed(gold)
    styles: dict[str, StyleScore] = {}
    for style in STYLES:
        g, w = got.get(style, set()), want.get(style, set())
        styles[style] = StyleScore(style, len(g & w), sorted(w - g), sorted(g - w))
    return Scores(styles)


def read_gold(path: Path) -> list[PairCount]:
    """Rows of a gold TSV (`term\\tgloss\\tstyle\\tcount`)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [PairCount(r["term"], r["gloss"], r["style"], int(r["count"])) for r in reader]


def gold_sets() -> dict[str, list[PairCount]]:
    """Gold pairs by seed name (file stem)."""
    return {p.name.removesuffix(".tsv"): read_gold(p) for p in sorted(GOLD_DIR.glob("*.tsv"))
            if not p.name.endswith(".noise.tsv")}


def _count_hits(hits: Iterable[tuple[str, str, str]]) -> list[PairCount]:
    counts = Counter(hits)
    return [PairCount(t, g, s, n) for (t, g, s), n in counts.items()]


def mine_lines(path: Path, finder) -> list[PairCount]:
    """Pairs from running `finder` (a find_glosses-like function) over every line of `path`."""
    hits = []
    for line in path.read_text(encoding="utf-8").splitlines():
        hits.extend((h.term, h.gloss, h.style) for h in finder(line))
    return _count_hits(hits)


def mine_product(paths: Sequence[Path]) -> dict[str, list[PairCount]] | None:
    """Pairs through the product's pipeline, or None while pipeline.py is not there yet."""
    try:
        from vocab_app.mining.pipeline import mine_paths, surface_pairs
    except ImportError:
        return None
    out: dict[str, list[PairCount]] = {}
    for path in paths:
        run = mine_paths([path])
        occurrences = getattr(run, "occurrences", None)
        if occurrences is None:
            occurrences = [o for note in run.notes for o in note.occurrences]
        out[path.stem] = surface_pairs(occurrences)
    return out


def mined_pairs() -> tuple[dict[str, list[PairCount]], str]:
    """Our pairs per seed and where they came from ('pipeline' or 'find_glosses')."""
    from vocab_app.mining.glosses import find_glosses

    paths = [SEEDS_DIR / f"{seed}.txt" for seed in gold_sets()]
    product = mine_product(paths)
    if product is not None:
        return product, "pipeline"
    return {p.stem: mine_lines(p, find_glosses) for p in paths}, "find_glosses"


def naive_find(line: str):
    """The issue's naive baseline: final Latin run or last jieba word before the bracket,
    any English-English pair as abbr with the stock Schwartz–Hearst check."""
    import re

    from vocab_app.mining.abbrev import _schwartz_hearst
    from vocab_app.mining.lang import has_cjk
    from vocab_app.mining.model import GlossHit
    from vocab_app.mining.zh_terms import _tag

    out = []
    for m in re.finditer(r"[（(]([^()（）]*)[)）]", line):
        gloss, before = m.group(1).strip(), line[:m.start()].rstrip()
        if not gloss or not before:
            continue
        run = re.search(r"[A-Za-z0-9 \-]+$", before)
        if has_cjk(before[-1]):
            words = _tag(before[-20:])
            term = words[-1][0] if words else ""
            if term and not has_cjk(gloss):
                out.append(GlossHit(term, gloss, "zh-en", (0, 0), (0, 0)))
        elif run and run.group().strip():
            term = run.group().strip()
            if has_cjk(gloss):
                out.append(GlossHit(term, gloss, "en-zh", (0, 0), (0, 0)))
            elif " " not in gloss and 2 <= len(gloss) <= 10:
                rel = _schwartz_hearst(gloss, term)
                if rel is not None:
                    out.append(GlossHit(term[rel:].strip(), gloss, "abbr", (0, 0), (0, 0)))
    return out


def report(ours: Scores, baseline: Scores | None = None, show_errors: bool = True) -> str:
    """The table (and, with `show_errors`, every miss and false positive) as text."""
    lines = [f"{'style':8} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4}"
             + ("   baseline F1" if baseline else "")]
    for style in STYLES:
        s = ours.styles[style]
        row = (f"{style:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:4d} "
               f"{len(s.false_positives):4d} {len(s.misses):4d}")
        if baseline:
            row += f"   {baseline.styles[style].f1:6.3f}"
        lines.append(row)
    macro = f"{'macro':8} {'':6} {'':6} {ours.macro_f1:6.3f}"
    if baseline:
        macro += f"  {'':14}   {baseline.macro_f1:6.3f}"
    lines.append(macro)
    if show_errors:
        for style in STYLES:
            s = ours.styles[style]
            for seed, term, gloss in s.misses:
                lines.append(f"MISS {style:6} {seed[:3]}  {term!r} → {gloss!r}")
            for seed, term, gloss in s.false_positives:
                lines.append(f"FP   {style:6} {seed[:3]}  {term!r} → {gloss!r}")
    return "\n".join(lines)


def count_mismatches(pairs: Mapping[str, Sequence[PairCount]],
                     gold: Mapping[str, Sequence[PairCount]]) -> list[str]:
    """Pairs found in both whose occurrence counts differ (rule D2), one line each."""
    out = []
    for seed, rows in gold.items():
        got = {(normalise(r.term), normalise(r.gloss)): r.count for r in pairs.get(seed, [])}
        for r in rows:
            n = got.get((normalise(r.term), normalise(r.gloss)))
            if n is not None and n != r.count:
                out.append(f"COUNT {seed[:3]}  {r.term!r} → {r.gloss!r}: {n} (gold {r.count})")
    return out


def speed(target_mb: float = 10.0, runs: int = 3) -> str:
    """find_glosses throughput on the seeds repeated to `target_mb`, next to the regex floor."""
    import re
    import statistics
    import time

    from vocab_app.mining.glosses import find_glosses
    from vocab_app.mining.zh_terms import _tagger

    t0 = time.perf_counter()
    _tagger()("预热")
    load = time.perf_counter() - t0
    lines = [line for p in sorted(SEEDS_DIR.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    size = sum(len(line.encode()) + 1 for line in lines) / 1e6
    lines = lines * max(1, round(target_mb / size))
    mb = size * max(1, round(target_mb / size))
    opener = re.compile(r"[(（]")

    def timed(fn) -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    ours = timed(lambda: [find_glosses(line) for line in lines])
    floor = timed(lambda: [opener.findall(line) for line in lines])
    return (f"find_glosses: {mb / ours:.1f} MB/s on {mb:.1f} MB (median of {runs}); "
            f"bracket regex floor {mb / floor:.1f} MB/s; ratio {ours / floor:.1f}x; "
            f"jieba load {load:.2f} s")


def main() -> int:
    timing = speed() if "--speed" in sys.argv[1:] else None  # first, so jieba's load is timed
    gold = gold_sets()
    pairs, origin = mined_pairs()
    ours = score(pairs, gold)
    base_pairs = {seed: mine_lines(SEEDS_DIR / f"{seed}.txt", naive_find) for seed in gold}
    baseline = score(base_pairs, gold)
    print(f"mining quality on {len(gold)} seeds (pairs from {origin}; baseline: naive rule)")
    print(report(ours, baseline))
    counts = count_mismatches(pairs, gold)
    print(f"occurrence counts: {len(counts)} pairs differ from gold")
    for line in counts:
        print(line)
    if timing:
        print(timing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
