"""Round 29 (invented lines): a short form written like a capitalised word (`Fab`, `Fc`) is an
abbreviation when the words right before it spell it letter for letter, each letter a word's
or a hyphen part's initial; a capitalised word that repeats a word is none."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Cells release a transfer factor (Tf) into the blood.",
     [("transfer factor", "Tf", "abbr")]),
    ("It binds the fragment-crystallizable (Fc) part.",  # hyphen parts spell it too
     [("fragment-crystallizable", "Fc", "abbr")]),
    ("Receptors bind the crystallizable fragment (Cf) of the antibody.",
     [("crystallizable fragment", "Cf", "abbr")]),
])
def test_a_wordlike_short_form_spelled_by_the_initials(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "We met at the old lab (Lab) on Monday.",  # a word, not initials
    "The bound crystallizable fragment (Fc) part.",  # letters out of order
])
def test_no_abbreviation_without_the_initials(text):
    assert [p for p in pairs(text) if p[2] == "abbr"] == []
