"""A note between a modifier and its noun renames the modifier, not a description before it:
`tumors in hormone-producing (endocrine) glands` → hormone-producing."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Some people develop tumors in hormone-producing (endocrine) glands.",
     [("hormone-producing", "endocrine", "def")]),
    ("This leads to an extremely thin (emaciated) appearance in the face.",
     [("extremely thin", "emaciated", "def")]),
    ("Reflexes are natural (unlearned) responses to the world.",
     [("natural", "unlearned", "def")]),
    ("If not treated, severe (advanced) cases of the disease are fatal.",
     [("severe", "advanced", "def")]),
])
def test_the_note_renames_the_modifier_before_the_noun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards (they pass without the rule too): a word the note holds, a name given after
    # `called`, a modifier the phrase does not go on after, and one after a word pointing at
    # one thing (which copy, not what `local` means)
    ("Open the local (cached) copy of the page.", []),
    ("The Haversian canal (osteonic canal) contains blood vessels.", []),
    ("Abnormal deposits of a protein called amyloid (amyloidosis) cause kidney damage.",
     [("Abnormal deposits of a protein called amyloid", "amyloidosis", "def")]),
    ("Her skin became very thin (emaciated).", []),
])
def test_other_words_before_a_note_are_left_to_the_description_rules(text, expected):
    assert pairs(text) == expected
