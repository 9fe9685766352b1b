"""Round 21, health pages (invented lines): a respelling in spaced syllables is a pronunciation
(P1), no definition: `tophaceous (toe FAY shus)`; a note that only looks like one stays."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.pronunciation import is_spaced_respelling


@pytest.mark.parametrize("text", [
    "Chronic tophaceous (toe FAY shus) gout is the most disabling form.",
    "Eczema (EG zuh muh) makes the skin itch.",
    "Most forms of arthritis (ar THRY tis) cause stiffness.",
])
def test_a_spaced_respelling_is_no_gloss(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("part, word, expected", [
    ("toe FAY shus", "tophaceous", True),
    ("kuh NEE shun", "connection", True),
    ("a DNA test", "assay", False),  # a function word
    ("the NIH page", "website", False),
    ("big RED dog", "mastiff", False),  # does not start with the word's sound
])
def test_what_counts_as_a_spaced_respelling(part, word, expected):
    assert is_spaced_respelling(part, word) is expected


def test_a_note_shaped_like_english_stays_a_definition():
    assert pairs("It can be checked with an assay (a DNA test) in the lab.") == [
        ("assay", "a DNA test", "def")]
