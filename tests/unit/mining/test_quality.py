"""Mining quality on the dev set (tests/data/gold) stays at or above the figures reached, and
the scorer in benchmarks/mining_quality.py counts what it says it counts."""

from __future__ import annotations

import pytest
from quality_module import mq

from vocab_app.mining.model import PairCount

#: Figures reached on the dev set (through the pipeline when it is there). Raise, never lower.
FLOORS = {"en-zh": 1.0, "zh-en": 1.0, "abbr": 1.0, "def": 1.0}
MACRO_FLOOR = 1.0


@pytest.fixture(scope="module")
def dev_scores():
    pairs, _origin = mq.mined_pairs()
    return mq.score(pairs, mq.gold_sets())


@pytest.mark.parametrize("style", sorted(FLOORS))
def test_each_style_stays_at_its_floor(dev_scores, style):
    s = dev_scores.styles[style]
    assert s.f1 >= FLOORS[style], mq.report(dev_scores)


def test_macro_f1_stays_at_its_floor(dev_scores):
    assert dev_scores.macro_f1 >= MACRO_FLOOR, mq.report(dev_scores)


def test_dev_set_has_every_style():
    gold = mq.gold_sets()
    styles = {row.style for rows in gold.values() for row in rows}
    assert styles == {"en-zh", "zh-en", "abbr", "def"}


def test_score_counts_pairs_per_style():
    gold = [PairCount("world model", "世界模型", "en-zh", 2), PairCount("泛化", "generalization",
                                                                      "zh-en", 1),
            PairCount("reinforcement learning", "RL", "abbr", 1)]
    mined = [PairCount("world model", "世界模型", "en-zh", 5),   # hit (counts do not matter)
             PairCount("the world", "世界", "en-zh", 1),          # false positive
             PairCount("reinforcement  learning", "RL", "abbr", 1)]  # hit after normalising
    scores = mq.score(mined, gold)
    en = scores.styles["en-zh"]
    assert (en.tp, len(en.false_positives), len(en.misses)) == (1, 1, 0)
    assert en.precision == 0.5 and en.recall == 1.0 and en.f1 == pytest.approx(2 / 3)
    zh = scores.styles["zh-en"]
    assert (zh.tp, zh.recall, zh.f1) == (0, 0.0, 0.0)
    assert scores.styles["abbr"].f1 == 1.0
    assert scores.styles["def"].f1 == 1.0  # nothing wanted, nothing found
    # ... and so no part of the macro average, which it would lift
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0 + 1) / 3)


def test_a_style_found_but_never_wanted_counts_in_the_macro_average():
    gold = [PairCount("泛化", "generalization", "zh-en", 1)]
    mined = [PairCount("泛化", "generalization", "zh-en", 1),
             PairCount("cells", "neurons", "def", 1)]
    scores = mq.score(mined, gold)
    assert scores.macro_f1 == pytest.approx((1 + 0) / 2)
    assert mq.score([], []).macro_f1 == 1.0


def test_pairs_of_two_seeds_are_scored_apart():
    gold = {"a": [PairCount("x model", "模型", "en-zh", 1)], "b": []}
    mined = {"a": [], "b": [PairCount("x model", "模型", "en-zh", 1)]}
    en = mq.score(mined, gold).styles["en-zh"]
    assert (en.tp, len(en.false_positives), len(en.misses)) == (0, 1, 1)


def test_pronunciations_of_words_without_a_pair_are_counted_apart():
    gold = {"t": {"cadence": "/ˈkeɪdəns/", "larynx": "LAR-ingks"}}
    got = {"t": {"cadence": "/ˈkeɪdəns/"}}
    lines = mq.pronunciation_report(got, gold, {"t": {"cadence"}})
    assert lines == ["pronunciations: 1 of 1 right (1 more of words that are no gold pair's term)"]
    # without the pairs' terms every row is scored: larynx is a miss
    assert mq.pronunciation_report(got, gold)[0] == "pronunciations: 1 of 2 right"
