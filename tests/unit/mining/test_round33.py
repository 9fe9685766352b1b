"""Round 33 (invented lines): other names after `formerly known as`, `initially referred to
as`; drugs that are salts and brands in camel case; `including` opens no term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Direct descent (initially referred to as Sudanese descent) is rare.",
     [("Direct descent", "initially referred to as Sudanese descent", "def")]),
    ("Too little transferase (formerly known as transferase B) is harmful.",
     [("transferase", "formerly known as transferase B", "def")]),
])
def test_other_names_after_an_adverb_of_time(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Binders such as magnesium carbonate (Magtrax) and ferric citrate (Auryxia) help.",
     [("magnesium carbonate", "Magtrax", "def"), ("ferric citrate", "Auryxia", "def")]),
    ("Etelcalcetide hydrochloride (Parsabiv) lowers hormone levels.",
     [("Etelcalcetide hydrochloride", "Parsabiv", "def")]),
    # a brand in camel case that spells no long form is a brand, not a short form
    ("Doctors may add sitagliptin (JanuVia) to the plan.",
     [("sitagliptin", "JanuVia", "def")]),
    # a salt word after a function word names no drug
    ("Aspirin and sodium (Rexall) work.", []),
])
def test_drugs_that_are_salts_and_brands_in_camel_case(text, expected):
    assert pairs(text) == expected


def test_a_clipped_degree_in_camel_case_is_still_a_short_form():
    assert pairs("She is a Doctor of Pharmacy (PharmD) now.") == [
        ("Doctor of Pharmacy", "PharmD", "abbr")]


def test_including_opens_no_term():
    assert pairs("It binds many proteins, including myoglobin (the protein that stores oxygen "
                 "in muscle).") == [
        ("myoglobin", "the protein that stores oxygen in muscle", "def")]


def test_how_much_of_it_opens_no_term():
    assert pairs("People with too little transferase (also known as transferase B) get sick.") == [
        ("transferase", "also known as transferase B", "def")]


@pytest.mark.parametrize("text", [
    "They stay together until a baby (or babies) is born.",
    "The leaf (leaves) fall in autumn.",  # (an irregular plural is no prefix: no pair either)
    "The nucleus (or nuclei) holds it.",
    "Each cell (cells) divides.",
])
def test_another_form_of_the_same_word_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a participle of change that a note repeating the noun does not render
    ("Damage is caused by raised pressure inside the skull (intracranial pressure).",
     [("pressure inside the skull", "intracranial pressure", "def")]),
    # an article opens the last conjunct: the note names it alone
    ("The gene helps with cell growth or the spreading (dissemination) of cells.",
     [("spreading", "dissemination", "def")]),
])
def test_description_boundaries_of_round_33(text, expected):
    assert pairs(text) == expected


def test_a_condition_of_a_thing_is_no_word_swapped_for_it():
    assert pairs("It causes swelling of the spinal cord (spinal myelitis) in adults.") == [
        ("swelling of the spinal cord", "spinal myelitis", "def")]
