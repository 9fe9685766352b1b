"""Learner-style suite: invented transcripts, Markdown study notes, a reading log and subtitles
that gloss English terms in Chinese as learners write them (RULES.md M, P, E, N, B, G).

The texts live in tests/data/learner_style/, their expected pairs in its gold/ (annotated by
RULES.md before the miner was run on them). Each text is mined through `mine_paths`, as the
quality benchmark does, and compared with the expected (term, gloss, style) pairs. The pairs the
miner is known to miss or to add are listed below with the reason: the test fails when a listed
pair starts to pass (so the list stays honest) and when any other pair regresses.

The suite is one of benchmarks/mining_quality.py's data sets: it prints its P/R per style.
"""

from __future__ import annotations

from functools import cache

import pytest
from quality_module import mq

from vocab_app.mining.glosses import find_glosses

SUITE = mq.LEARNER

Pair = tuple[str, str, str, str]  # (text name, term, gloss, style)

# Expected pairs the miner still misses, with the reason.
KNOWN_MISSES: set[Pair] = {
    # a subject noun without determiner before a present-or-past `hit`: the idiom's start is
    # not told from its subject, so only the noun phrase is taken
    ("product_clip", "hit the ground running", "迅速进入状态", "en-zh"),
}

# Pairs the miner finds that the annotation does not have.
KNOWN_EXTRA: set[Pair] = {
    ("product_clip", "ground running", "迅速进入状态", "en-zh"),  # (the miss above)
}


@cache
def expected() -> tuple[frozenset[Pair], dict[tuple[str, str], str]]:
    """The expected pairs of every text, and the pronunciation expected per (text, term)."""
    pairs = frozenset((name, r.term, r.gloss, r.style)
                      for name, rows in SUITE.gold().items() for r in rows)
    prons = {(name, term): pron for name, rows in SUITE.pronunciations().items()
             for term, pron in rows.items()}
    return pairs, prons


@cache
def mined() -> tuple[frozenset[Pair], dict[tuple[str, str], str]]:
    """What mine_paths finds in every text of the suite, and the pronunciations it attaches."""
    found, found_prons = mq.mine_set(SUITE)
    pairs = frozenset((name, r.term, r.gloss, r.style)
                      for name, rows in found.items() for r in rows)
    prons = {(name, term): pron for name, rows in found_prons.items()
             for term, pron in rows.items()}
    return pairs, prons


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


# --- the rules behind the suite, on other invented sentences ---------------------------------

def _pairs(text: str) -> list[tuple[str, str]]:
    return [(h.term, h.gloss) for h in find_glosses(text)]


@pytest.mark.parametrize("text, pair", [
    ("Her tenacity (n. 坚韧) impressed everyone.", ("tenacity", "坚韧")),
    ("That step looks superfluous (adj. 多余的) to me.", ("superfluous", "多余的")),
    ("The chef will garnish (vt. 装饰) the plate.", ("garnish", "装饰")),
    ("We kept a record (n./v. 记录) of it.", ("record", "记录")),
])
def test_a_word_class_label_is_no_part_of_the_gloss(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


def test_a_label_is_only_taken_before_chinese() -> None:
    assert _pairs("See Smith (v. Jones) for the ruling.") == []


@pytest.mark.parametrize("text, pair", [
    ("He admired her candour (坦率；直率) a lot.", ("candour", "坦率；直率")),
    ("Mind the tempo (n. 速度；节拍) here.", ("tempo", "速度；节拍")),
])
def test_senses_split_by_semicolons_are_one_gloss(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize("text, pair, pron", [
    ("- **tempo** (/ˈtempəʊ/ n. 速度)", ("tempo", "速度"), "/ˈtempəʊ/"),
    ("The **drift** (英 /drɪft/ 美 /drɪft/, 漂移) grew.", ("drift", "漂移"), "/drɪft/, /drɪft/"),
])
def test_labels_around_a_pronunciation_are_no_part_of_the_gloss(
        text: str, pair: tuple[str, str], pron: str) -> None:
    hits = find_glosses(text.replace("*", ""))
    assert [(h.term, h.gloss) for h in hits] == [pair]
    assert hits[0].pronunciation == pron


def test_a_status_note_with_semicolons_is_no_gloss() -> None:
    assert _pairs("The old endpoint (已废弃；不推荐) still answers.") == []


@pytest.mark.parametrize("text, term", [
    ("We had to make up for (弥补) lost time.", "make up for"),
    ("We need to get rid of (摆脱) the legacy code.", "get rid of"),
    ("He took part in (参加) the race.", "took part in"),
    ("She kept in touch with (保持联系) them.", "kept in touch with"),
    ("I ran out of (用完) coffee.", "ran out of"),
    ("Our budget fell apart (崩溃) in May.", "fell apart"),
    ("The deal fell through (告吹) at the last minute.", "fell through"),
    ("They always bend over backwards (竭尽全力) for clients.", "bend over backwards"),
    ("We're ahead of schedule (提前完成) this week.", "ahead of schedule"),
    ("I keep bumping into (碰见) him.", "bumping into"),
    ("They cut corners (偷工减料) on testing.", "cut corners"),
    ("Please loop me in (让我知情) next time.", "loop me in"),
    ("Learn to read the room (察言观色) first.", "read the room"),
    ("He is in favor of (支持) the change.", "in favor of"),
    ("This approach is at odds with (相矛盾) the spec.", "at odds with"),
    ("Calls are made on behalf of (代表) the user.", "on behalf of"),
])
def test_an_idiom_or_phrasal_verb_runs_from_its_predicate_edge(text: str, term: str) -> None:
    assert [t for t, _ in _pairs(text)] == [term]


@pytest.mark.parametrize("text, term", [
    ("The services are in production (生产环境) now.", "production"),
    ("The data is in the cache (缓存) now.", "cache"),
    ("We evaluate on the test set (测试集) every night.", "test set"),
    ("It depends on the data (数据).", "data"),
    ("The chapter on trade-offs (权衡) is long.", "trade-offs"),
    ("They saw a mirage (海市蜃楼) at noon.", "mirage"),
    ("It lets the team access to logs (对日志的访问).", "logs"),
    ("Sales picked up (回升) in spring.", "picked up"),
    ("We use dropout (随机失活) here.", "dropout"),
    ("It is based on attention (注意力机制).", "attention"),
    ("She is really good at multitasking（一心多用）.", "multitasking"),
    ("We rely on attention (注意力机制).", "attention"),
])
def test_noun_phrases_and_plain_phrasal_verbs_stay_as_they_were(text: str, term: str) -> None:
    assert [t for t, _ in _pairs(text)] == [term]


@pytest.mark.parametrize("text, term", [
    ("The phrase go-to-market (市场进入) is common.", "go-to-market"),
    ("The word tenacity (坚韧) came up.", "tenacity"),
    # the gloss renders the naming noun too: it belongs to the term
    ("The word embeddings (词嵌入) are trained.", "word embeddings"),
    ("We compute the term frequency (词频) first.", "term frequency"),
])
def test_the_word_naming_an_expression_is_no_part_of_it(text: str, term: str) -> None:
    assert [t for t, _ in _pairs(text)] == [term]


@pytest.mark.parametrize("text, term", [
    ("老板说 they rolled out（推出）新功能。", "rolled out"),
    ("他说 we're behind schedule（进度落后）。", "behind schedule"),
    ("我们的 IT department（信息技术部门）很忙。", "IT department"),  # no pronoun
    ("那个 It girl（时尚女郎）很火。", "It girl"),  # capitalised: a name, kept
])
def test_a_subject_pronoun_opening_english_in_chinese_text_is_dropped(
        text: str, term: str) -> None:
    assert [t for t, _ in _pairs(text)] == [term]


def test_a_noun_after_its_determiner_before_a_preposition_is_no_idiom() -> None:
    assert _pairs("She has a knack for (擅长) explaining things.") == []

