"""Learner-style suite: invented transcripts, Markdown study notes, a reading log and subtitles
that gloss English terms in Chinese as learners write them (RULES.md M, P, E, N, B, G).

The texts and their expected pairs live in tests/data/learner_style/ (annotated by RULES.md
before the miner was run on them). Each file is mined through `mine_paths`, the entry point the
quality benchmark uses, and compared with the expected (term, gloss, style) pairs. The pairs the
miner is known to miss or to add are listed below with the reason: the test fails when a listed
pair starts to pass (so the list stays honest) and when any other pair regresses.

Run as a script for the suite's precision and recall:
  PYTHONPATH=$PWD python tests/unit/mining/test_learner_style.py
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path

import pytest

from vocab_app.mining.pipeline import mine_paths, surface_pairs

DATA = Path(__file__).resolve().parents[2] / "data" / "learner_style"

Pair = tuple[str, str, str, str]  # (file, term, gloss, style)

# Expected pairs the miner still misses, with the reason (see the report of the learner branch).
KNOWN_MISSES: set[Pair] = set()

# Pairs the miner finds that the annotation does not have.
KNOWN_EXTRA: set[Pair] = set()


@cache
def expected() -> tuple[frozenset[Pair], dict[tuple[str, str], str]]:
    """The expected pairs of every file, and the pronunciation expected per (file, term)."""
    pairs: set[Pair] = set()
    prons: dict[tuple[str, str], str] = {}
    with (DATA / "expected.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            pairs.add((row["file"], row["term"], row["gloss"], row["style"]))
            if row["pronunciation"]:
                prons[(row["file"], row["term"])] = row["pronunciation"]
    return frozenset(pairs), prons


@cache
def mined() -> tuple[frozenset[Pair], dict[tuple[str, str], str]]:
    """What mine_paths finds in every file of the suite, and the pronunciations it attaches."""
    pairs: set[Pair] = set()
    prons: dict[tuple[str, str], str] = {}
    for name in sorted({p[0] for p in expected()[0]}):
        run = mine_paths([DATA / name])
        assert not run.errors, run.errors
        pairs.update((name, p.term, p.gloss, p.style) for p in surface_pairs(run.occurrences))
        for occ in run.occurrences:
            if occ.pronunciation:
                prons.setdefault((name, occ.term), occ.pronunciation)
    return frozenset(pairs), prons


def suite_score() -> tuple[float, float, list[Pair], list[Pair]]:
    """Precision, recall, misses and false positives of the miner on the whole suite."""
    want, got = expected()[0], mined()[0]
    tp = len(want & got)
    misses = sorted(want - got)
    extra = sorted(got - want)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(want) if want else 1.0
    return precision, recall, misses, extra


def test_expected_pairs_are_found() -> None:
    """Every expected pair not listed as a known miss is mined."""
    got = mined()[0]
    missing = sorted(p for p in expected()[0] - got if p not in KNOWN_MISSES)
    assert not missing


def test_no_unexpected_pairs() -> None:
    """Every mined pair is expected, apart from the listed known extras."""
    extra = sorted(p for p in mined()[0] - expected()[0] if p not in KNOWN_EXTRA)
    assert not extra


def test_known_lists_are_current() -> None:
    """A known miss that is now found, or a known extra that is gone, must leave the lists."""
    want, got = expected()[0], mined()[0]
    assert not sorted(p for p in KNOWN_MISSES if p in got)
    assert not sorted(p for p in KNOWN_EXTRA if p not in got or p in want)


@pytest.mark.parametrize("key", sorted(expected()[1]))
def test_pronunciation_is_kept(key: tuple[str, str]) -> None:
    """A pronunciation in the gloss bracket becomes the term's attribute (rule P1)."""
    assert mined()[1].get(key) == expected()[1][key]


if __name__ == "__main__":
    p, r, misses, extra = suite_score()
    for m in misses:
        print("MISS", *m, sep="  ")
    for e in extra:
        print("FP  ", *e, sep="  ")
    by_style: dict[str, list[int]] = {}
    want, got = expected()[0], mined()[0]
    for style in sorted({x[3] for x in want | got}):
        w = {x for x in want if x[3] == style}
        g = {x for x in got if x[3] == style}
        t = len(w & g)
        print(f"{style:6} P {t / len(g) if g else 1:.3f}  R {t / len(w) if w else 1:.3f}"
              f"  tp {t} fp {len(g) - t} fn {len(w) - t}")
    print(f"ALL    P {p:.3f}  R {r:.3f}  ({len(want)} expected, {len(got)} mined)")
    sys.exit(0)
