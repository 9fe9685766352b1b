"""The blind learner-style suite (tests/data/learner_style_blind/): four invented texts of the
genres learners mine (annotated transcript, Markdown study notes, Chinese textbook, English
health page), annotated by RULES.md before the miner was first run on them. Scored through
mine_paths with benchmarks/mining_quality.py's scorer; then unit tests with invented sentences
for each rule added after that first run."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from vocab_app.mining.model import STYLES, PairCount

_ROOT = Path(__file__).resolve().parents[3]
_PATH = _ROOT / "benchmarks" / "mining_quality.py"
_spec = importlib.util.spec_from_file_location("mining_quality", _PATH)
mq = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("mining_quality", mq)  # dataclasses look their module up there
_spec.loader.exec_module(mq)

SUITE = _ROOT / "tests" / "data" / "learner_style_blind"

#: First run (before any rule was added for it): see the commit adding this file.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.80


def expected() -> dict[str, list[PairCount]]:
    """The annotated pairs by text stem."""
    out: dict[str, list[PairCount]] = defaultdict(list)
    with (SUITE / "expected.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out[row["text"]].append(PairCount(row["term"], row["gloss"], row["style"], 1))
    return dict(out)


def mined() -> dict[str, list[PairCount]]:
    """What the product mines from each text of the suite (mine_paths, one file at a time)."""
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    out: dict[str, list[PairCount]] = {}
    for name in expected():
        (path,) = [p for p in SUITE.glob(f"{name}.*") if p.is_file()]
        run = mine_paths([path])
        assert not run.errors, run.errors
        out[name] = surface_pairs(run.occurrences)
    return out


def pooled(scores) -> tuple[float, float]:
    """Precision and recall pooled over the four styles."""
    tp = sum(scores.styles[s].tp for s in STYLES)
    fp = sum(len(scores.styles[s].false_positives) for s in STYLES)
    fn = sum(len(scores.styles[s].misses) for s in STYLES)
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0


@pytest.fixture(scope="module")
def suite_scores():
    return mq.score(mined(), expected())


def test_blind_suite_precision_and_recall(suite_scores):
    precision, recall = pooled(suite_scores)
    assert precision >= PRECISION_FLOOR, mq.report(suite_scores)
    assert recall >= RECALL_FLOOR, mq.report(suite_scores)


if __name__ == "__main__":
    s = mq.score(mined(), expected())
    print(mq.report(s))
    print("pooled P/R: %.3f / %.3f" % pooled(s))
