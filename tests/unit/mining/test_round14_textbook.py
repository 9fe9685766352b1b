"""Round 14, English textbooks (invented sentences): a word explained by the word it comes from
(`from the Latin word …`, `Latin for …`, `… in Greek`), and `aka` as a lead-in of another
name."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.etymology_notes import is_source_word_note


@pytest.mark.parametrize("text, expected", [
    ("The cap of the mushroom is the pileus (from the Latin word cap) on its stalk.",
     [("pileus", "from the Latin word cap", "def")]),
    ("Sound reaches the stapes (Latin for stirrup) last.",
     [("stapes", "Latin for stirrup", "def")]),
    ("The hippocampus (from the Greek for seahorse) curls inward.",
     [("hippocampus", "from the Greek for seahorse", "def")]),
    ("The tibia (“shin” in Latin) is the larger bone.",
     [("tibia", "“shin” in Latin", "def")]),
    ("Its rim is the limbus (meaning edge in Latin) of the cornea.",
     [("limbus", "meaning edge in Latin", "def")]),
])
def test_a_word_explained_by_its_source_word_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Many crops (from Latin America) are sold here.",
    "The cells (Latin names are used here) divide.",
    "The plants were named in the (Latin for field) style.",
])
def test_a_note_that_only_mentions_a_language_is_no_gloss(text):
    assert pairs(text) == []


def test_source_word_note_needs_a_language_and_a_meaning():
    assert is_source_word_note("from the Latin word roof")
    assert is_source_word_note("Greek for water")
    assert not is_source_word_note("Latin")
    assert not is_source_word_note("see the Latin names below")
    assert not is_source_word_note("from Latin America")


@pytest.mark.parametrize("text, expected", [
    ("The cerebellum (aka little brain) sits at the back.",
     [("cerebellum", "aka little brain", "def")]),
    ("Anhedonia (a.k.a. loss of pleasure) is common in depression.",
     [("Anhedonia", "a.k.a. loss of pleasure", "def")]),
])
def test_aka_leads_in_another_name(text, expected):
    assert pairs(text) == expected
