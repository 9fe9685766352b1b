"""Round 18, def (invented lines): a word of number or frequency opening a description stays
in it when the technical note renders it (`frequent urination (polyuria)`: poly-)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.rarity import derived_rank, word_rank


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


@pytest.mark.parametrize("text, expected", [
    ("Banks are lending institutions (those that make loans) and others.",
     [("lending institutions", "those that make loans", "def")]),
    ("Caregivers (those who look after a sick person) need rest.",
     [("Caregivers", "those who look after a sick person", "def")]),
    ("Some are nonprofit lenders (those that do not keep profits).",
     [("nonprofit lenders", "those that do not keep profits", "def")]),
])
def test_those_that_after_a_plural_noun_phrase_says_what_it_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The results (those that were significant) are in Table 2.",  # a remark, in the past
    "We thank the reviewers (those who read drafts) for help.",  # a particular group
])
def test_those_that_picking_out_particular_ones_is_no_definition(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "Symptoms may go away for months or even years (called remission).",
    "It may go away and then return one or more times (relapse).",
])
def test_a_unit_of_time_is_no_def_term(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a derived adjective is as plain as its stem: cancerous and noncancerous read as cancer
    ("A benign (noncancerous) tumor can still grow.", [("benign", "noncancerous", "def")]),
    ("The growth is benign (not cancerous).", [("benign", "not cancerous", "def")]),
])
def test_a_word_explained_by_a_derived_plain_adjective_is_def(text, expected):
    assert pairs(text) == expected


def test_derived_rank_reads_a_derived_adjective_by_its_stem():
    assert derived_rank("noncancerous") == word_rank("cancer")
    assert derived_rank("feverish") == word_rank("fever")
    assert derived_rank("benign") == word_rank("benign")


def test_a_predicate_note_sharing_only_a_stem_with_the_word_is_def():
    assert pairs("The patient is immunocompromised (has a weakened immune system).") == [
        ("immunocompromised", "has a weakened immune system", "def")]


def test_a_note_repeating_the_predicate_word_is_a_remark():
    assert pairs("The window is resized (resized windows keep their size).") == []
