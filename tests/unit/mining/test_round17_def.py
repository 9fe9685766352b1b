"""Session 17, def (invented sentences): a heading in Title Case whose bracket explains a word is
read as the sentence it would be (`Taste (Gustation)`), and a condition named after its cause
is explained by the source word and a plain noun (`fascioliasis (Fasciola infection)`)."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs


@pytest.mark.parametrize("text, expected", [
    ("Smell (Olfaction)\nOlfactory receptor cells sit at the top of the nose.",
     [("Smell", "Olfaction", "def")]),
    ("Heart Attack (Myocardial Infarction)",
     [("Heart Attack", "Myocardial Infarction", "def")]),
])
def test_a_title_case_heading_glossed_by_a_technical_word_is_def(text, expected):
    assert pairs(text) == expected


def test_a_markdown_heading_is_read_the_same_way(tmp_path):
    notes = "# Senses\n\n## Hearing (Audition)\n\nSound moves the eardrum.\n"
    assert file_pairs(tmp_path, "senses.md", notes) == [("Hearing", "Audition", "def")]


@pytest.mark.parametrize("text", [
    "Getting Started (Windows Users)",
    "Bill Gates (Microsoft Founder)",
    "Chapter Three (Optional Reading)",
    "Deep Learning (Advanced Topics)",
    # not a heading: the bracket is inside a sentence, whose Title Case words are names
    "We met Grace Hopper (Navy Admiral) at the conference.",
])
def test_a_heading_with_a_remark_or_a_name_is_no_gloss(text):
    assert pairs(text) == []


def test_a_heading_abbreviation_keeps_its_capitals():
    assert pairs("Chronic Obstructive Pulmonary Disease (COPD)") == [
        ("Chronic Obstructive Pulmonary Disease", "COPD", "abbr")]


@pytest.mark.parametrize("text, expected", [
    ("Patients with giardiasis (Giardia infection) lose weight.",
     [("giardiasis", "Giardia infection", "def")]),
    ("Hashimoto thyroiditis (thyroid inflammation) is common.",
     [("thyroiditis", "thyroid inflammation", "def")]),
    ("Parasites - Cyclosporiasis (Cyclospora Infection)",
     [("Cyclosporiasis", "Cyclospora Infection", "def")]),
])
def test_a_condition_explained_by_its_source_word_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # the bracket names the parasite itself (a species), not what the word means
    "Cats spread toxoplasmosis (Toxoplasma gondii) to people.",
    # the word before has no condition ending: a note about some other thing
    "The giardia (Giardia lamblia) were counted.",
])
def test_a_cause_named_in_full_is_no_definition(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    # who heads the household, not a name for it: an everyday noun names no description
    "More children lived in male single households (father) than before.",
    "Most people live in market societies (states) today.",
])
def test_an_everyday_noun_after_a_description_is_no_technical_name(text):
    assert pairs(text) == []


def test_an_everyday_adjective_may_still_name_a_description():
    text = ("Pain depends on experiences with others along with the conditions in their homes "
            "(social).")
    assert pairs(text) == [
        ("experiences with others along with the conditions in their homes", "social", "def")]


@pytest.mark.parametrize("text, expected", [
    ("The Mosuo of China (also called the Na) live near a lake.",
     [("Mosuo of China", "also called the Na", "def")]),
    ("Ships crossed the Gulf of Mexico (also called the Gulf of America) at night.",
     [("Gulf of Mexico", "also called the Gulf of America", "def")]),
    # `Most` opens the sentence: not part of the name
    ("Most of England (also called Albion) is flat.",
     [("England", "also called Albion", "def")]),
])
def test_a_name_with_of_is_one_name(text, expected):
    assert pairs(text) == expected
