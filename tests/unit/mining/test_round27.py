"""Round 27 (invented lines): a one-word note on the second of two coordinated predicate words,
each glossed, has the same predicate frame as the first (`is acute (short-term) or chronic
(ongoing)`); an -ing adjective of another verb is no noun for the state."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("It depends on whether the pain is acute (short-term) or chronic (ongoing) and how bad.",
     [("acute", "short-term", "def"), ("chronic", "ongoing", "def")]),
    ("The bone becomes brittle (fragile) or stiff (rigid) with age.",
     [("brittle", "fragile", "def"), ("stiff", "rigid", "def")]),
])
def test_the_second_of_two_glossed_predicate_words_is_glossed_too(text, expected):
    assert pairs(text) == expected


def test_a_noun_for_the_state_of_the_same_verb_stays_noise():
    assert pairs("After the fall the joint is swollen (swelling) for days.") == []
