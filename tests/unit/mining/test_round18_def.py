"""Round 18, def (invented lines): a word of number or frequency opening a description stays
in it when the technical note renders it (`frequent urination (polyuria)`: poly-)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Symptoms include frequent urination (polyuria) and thirst.",
     [("frequent urination", "polyuria", "def")]),
    ("Signs include frequent thirst (polydipsia).", [("frequent thirst", "polydipsia", "def")]),
    # the number word must stand right before the noun the note names
    ("Many patients have repeated high fevers (hyperpyrexia) at night.",
     [("high fevers", "hyperpyrexia", "def")]),
])
def test_a_frequency_word_the_note_renders_stays(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mutations change single protein building blocks (amino acids).",
     [("protein building blocks", "amino acids", "def")]),
    ("Signs include frequent headaches (migraines).", [("headaches", "migraines", "def")]),
])
def test_a_frequency_word_the_note_does_not_render_goes(text, expected):
    assert pairs(text) == expected
