"""Score mined surface pairs against hand-annotated gold: the seeds, the second dev corpus and
the two invented learner-style suites.

Four sets: the three seeds (gold in tests/data/gold, texts in vocab_app/seeds/), the corpus of
real public texts of other genres (tests/data/corpus/: texts, gold/ and SOURCES), and the
learner-style suites (tests/data/learner_style*/: texts and gold/). For each text
the (term, gloss, style) pairs that `mine_paths` finds are compared with its gold pairs: precision,
recall and F1 per style over distinct (term, gloss) pairs, pooled over the set's texts, then
the macro average over the styles in play (those with a gold or a mined pair); occurrence
counts and pronunciations are checked too.
Every miss and false positive is printed. Beside it, the naive baseline the issue quotes: the
last run of Latin characters (or the last jieba word) before a bracket, and stock
Schwartz–Hearst for English–English pairs.

Run: .venv/bin/python benchmarks/mining_quality.py [--quiet]   (--quiet: tables only)
Speed is measured by benchmarks/mining_speed.py.
"""

from __future__ import annotations

import argparse
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
SEEDS_DIR = ROOT / "vocab_app" / "seeds"
CORPUS_DIR = ROOT / "tests" / "data" / "corpus"
LEARNER_DIR = ROOT / "tests" / "data" / "learner_style"
BLIND_DIR = ROOT / "tests" / "data" / "learner_style_blind"

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
    """Per-style scores and their macro average over the styles in play."""

    styles: dict[str, StyleScore]

    @property
    def macro_f1(self) -> float:
        """The mean F1 of the styles with a gold pair or a mined pair; a style with neither
        (a set of English-only health pages has no en-zh) would count as a perfect 1.0 and
        lift the mean, so it is left out. 1.0 when no style is in play."""
        played = [self.styles[s] for s in STYLES
                  if self.styles[s].tp or self.styles[s].misses or self.styles[s].false_positives]
        return sum(s.f1 for s in played) / len(played) if played else 1.0


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
    """Rows of a gold TSV (`term\\tgloss\\tstyle\\tcount`); an empty count (0) is a set
    that was annotated for pairs only, whose occurrences are not compared."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [PairCount(r["term"], r["gloss"], r["style"], int(r["count"] or 0))
                for r in reader]


@dataclass(frozen=True)
class DataSet:
    """A set of texts with hand-annotated gold: `gold_dir` holds NAME.tsv (and NAME.noise.tsv,
    NAME.pron.tsv), `text_dir` the text NAME.* it was annotated on."""

    name: str
    gold_dir: Path
    text_dir: Path
    prefixes: tuple[str, ...] = ()  # only the texts whose name starts with one of these

    def gold(self) -> dict[str, list[PairCount]]:
        """Gold pairs by text name (file stem)."""
        return {p.name.removesuffix(".tsv"): read_gold(p)
                for p in sorted(self.gold_dir.glob("*.tsv"))
                if not p.name.endswith((".noise.tsv", ".pron.tsv"))
                and p.name.startswith(self.prefixes or ("",))}

    def text(self, name: str) -> Path:
        """The annotated text of `name`, whatever its extension."""
        found = [p for p in self.text_dir.glob(f"{name}.*") if p.is_file()]
        if len(found) != 1:
            raise FileNotFoundError(f"{self.text_dir}: expected one text for {name}, got {found}")
        return found[0]

    def pronunciations(self) -> dict[str, dict[str, str]]:
        """Gold pronunciations by text name: term → pronunciation."""
        out: dict[str, dict[str, str]] = {}
        for p in sorted(self.gold_dir.glob("*.pron.tsv")):
            with p.open(encoding="utf-8", newline="") as fh:
                rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                out[p.name.removesuffix(".pron.tsv")] = {
                    r["term"]: r["pronunciation"] for r in rows}
        return out


SEEDS = DataSet("seeds", GOLD_DIR, SEEDS_DIR)
CORPUS = DataSet("corpus", CORPUS_DIR / "gold", CORPUS_DIR)
#: Invented learner-style suites: the first was tuned on while its rules were written, the
#: second written blind afterwards (its first-run figures are in the commit that added it).
LEARNER = DataSet("learner-style suite (tuned on)", LEARNER_DIR / "gold", LEARNER_DIR)
LEARNER_BLIND = DataSet("learner-style suite (written blind)", BLIND_DIR / "gold", BLIND_DIR)
DATASETS = (SEEDS, CORPUS, LEARNER, LEARNER_BLIND)


def gold_sets() -> dict[str, list[PairCount]]:
    """Gold pairs of the seeds by seed name (file stem)."""
    return SEEDS.gold()


def _count_hits(hits: Iterable[tuple[str, str, str]]) -> list[PairCount]:
    counts = Counter(hits)
    return [PairCount(t, g, s, n) for (t, g, s), n in counts.items()]


def mine_lines(path: Path, finder) -> list[PairCount]:
    """Pairs from running `finder` (a find_glosses-like function) over every line of `path`."""
    hits = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        hits.extend((h.term, h.gloss, h.style) for h in finder(line))
    return _count_hits(hits)


def mine_set(data: DataSet) -> tuple[dict[str, list[PairCount]], dict[str, dict[str, str]]]:
    """The product's pairs per text of `data` (mine_paths + surface_pairs, one file at a time),
    and the pronunciation each surface term was given (term → first pronunciation)."""
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    pairs: dict[str, list[PairCount]] = {}
    prons: dict[str, dict[str, str]] = {}
    for name in data.gold():
        run = mine_paths([data.text(name)])
        if run.errors:
            raise SystemExit(f"{name}: {run.errors[0].message}")
        pairs[name] = surface_pairs(run.occurrences)
        seen: dict[str, str] = {}
        for occ in run.occurrences:
            if occ.pronunciation:
                seen.setdefault(occ.term, occ.pronunciation)
        prons[name] = seen
    return pairs, prons


def mined_pairs() -> tuple[dict[str, list[PairCount]], str]:
    """Our pairs per seed (through the pipeline) and where they came from."""
    return mine_set(SEEDS)[0], "pipeline"


def _stock_schwartz_hearst(short: str, long_text: str) -> int | None:
    """Start of the long form of `short` in `long_text` (Schwartz & Hearst 2003, as published:
    characters matched right to left, the first one at a word start), or None."""
    s, i = len(short) - 1, len(long_text) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long_text[i].lower() != c
                          or (s == 0 and i > 0 and long_text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long_text.rfind(" ", 0, i + 1) + 1
    return start


def naive_find(line: str):
    """The issue's naive baseline: final Latin run or last jieba word before the bracket,
    any English-English pair as abbr with the stock Schwartz–Hearst check. It uses nothing of
    the product but its record type."""
    import re

    import jieba

    from vocab_app.mining.model import GlossHit

    cjk = re.compile("[\u4e00-\u9fff]")
    out = []
    for m in re.finditer(r"[（(]([^()（）]*)[)）]", line):
        gloss, before = m.group(1).strip(), line[:m.start()].rstrip()
        if not gloss or not before:
            continue
        run = re.search(r"[A-Za-z0-9 \-]+$", before)
        if cjk.match(before[-1]):
            words = jieba.lcut(before[-20:], HMM=False)
            term = words[-1] if words else ""
            if term and not cjk.search(gloss):
                out.append(GlossHit(term, gloss, "zh-en", (0, 0), (0, 0)))
        elif run and run.group().strip():
            term = run.group().strip()
            if cjk.search(gloss):
                out.append(GlossHit(term, gloss, "en-zh", (0, 0), (0, 0)))
            elif " " not in gloss and 2 <= len(gloss) <= 10:
                words = term.split()
                window = " ".join(words[-min(len(gloss) + 5, 2 * len(gloss)):])
                rel = _stock_schwartz_hearst(gloss, window)
                if rel is not None:
                    out.append(GlossHit(window[rel:].strip(), gloss, "abbr", (0, 0), (0, 0)))
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
            if n is not None and r.count and n != r.count:
                out.append(f"COUNT {seed[:3]}  {r.term!r} → {r.gloss!r}: {n} (gold {r.count})")
    return out


def pronunciation_report(prons: Mapping[str, Mapping[str, str]],
                         gold: Mapping[str, Mapping[str, str]],
                         terms: Mapping[str, set[str]] | None = None) -> list[str]:
    """One line per gold pronunciation the product missed or got wrong, and a summary line.
    With `terms` (the gold pairs' terms per text), a pronunciation of a word that no gold pair
    has as its term is only counted apart: a bracket holding nothing but a pronunciation is no
    pair (P1), so no card could show it."""
    lines, right, total, cardless = [], 0, 0, 0
    for name, rows in gold.items():
        got = prons.get(name, {})
        for term, pron in rows.items():
            if terms is not None and term not in terms.get(name, set()):
                cardless += 1
                continue
            total += 1
            if got.get(term) == pron:
                right += 1
            else:
                lines.append(f"PRON {name[:3]}  {term!r}: {got.get(term)!r} (gold {pron!r})")
    note = f" ({cardless} more of words that are no gold pair's term)" if cardless else ""
    return [f"pronunciations: {right} of {total} right{note}", *lines] if total or cardless else []


def evaluate(data: DataSet, show_errors: bool = True) -> Scores:
    """Print the product's and the naive baseline's scores on `data`; return ours."""
    gold = data.gold()
    pairs, prons = mine_set(data)
    ours = score(pairs, gold)
    base_pairs = {name: mine_lines(data.text(name), naive_find) for name in gold}
    baseline = score(base_pairs, gold)
    n_pairs = sum(len(rows) for rows in gold.values())
    print(f"== {data.name}: {len(gold)} texts, {n_pairs} gold pairs "
          "(ours through mine_paths; baseline: naive rule)")
    print(report(ours, baseline, show_errors))
    counts = count_mismatches(pairs, gold)
    print(f"occurrence counts: {len(counts)} pairs differ from gold")
    if show_errors:
        for line in counts:
            print(line)
    terms = {name: {r.term for r in rows} for name, rows in gold.items()}
    for line in pronunciation_report(prons, data.pronunciations(), terms):
        print(line)
    return ours


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses listed")
    parser.add_argument("--texts", nargs="+", metavar="PREFIX", default=(),
                        help="score only the corpus texts whose names start with these "
                             "(e.g. 45_ 46_: a held-out subset)")
    args = parser.parse_args()  # an unknown option (the old --speed) is an error, not ignored
    datasets = DATASETS if not args.texts else (
        DataSet(f"corpus {' '.join(args.texts)}", CORPUS.gold_dir, CORPUS.text_dir,
                tuple(args.texts)),)
    for data in datasets:
        if data.gold():
            evaluate(data, show_errors=not args.quiet)
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
