"""Round 28 (invented lines): a one-word plural note naming things glosses the last plural
phrase of the description before it, after its last preposition, conjunction or article
(`normal signaling between nerve cells (neurons)` → nerve cells), unless a plural head comes
before that preposition (`small air sacs in the lungs (alveoli)` stays whole)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("It is needed for fast signaling between nerve cells (neurons) in the brain.",
     [("nerve cells", "neurons", "def")]),
    ("The liver packs proteins and fats (lipids) into particles.",
     [("fats", "lipids", "def")]),
    # a plural head before the preposition: the whole description is named
    ("Emphysema is caused by damage to the small air sacs in the lungs (alveoli). It is slow.",
     [("small air sacs in the lungs", "alveoli", "def")]),
])
def test_a_plural_note_names_the_last_plural_phrase(text, expected):
    assert pairs(text) == expected
