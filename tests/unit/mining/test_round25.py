"""Round 25 (invented lines): a long form's `of` and `and` take no room in the window searched
for its letters (`Diagnostic and Statistical Manual of Mental Disorders (DSM)`); a note that
restates the phrase before it with its head said another way starts the term at their shared
first word (`Trans fatty acids (trans fats)`); a plain adjective between a capital short form
and its noun says what the short form is like (`LDL (bad) cholesterol`)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Clinicians use the Diagnostic and Statistical Manual of Mental Disorders (DSM) daily.",
     [("Diagnostic and Statistical Manual of Mental Disorders", "DSM", "abbr")]),
    ("She joined the Bureau of Labor and Industry Statistics of Oregon (BLIS) last year.",
     [("Bureau of Labor and Industry Statistics of Oregon", "BLIS", "abbr")]),
    # letters that are all initials are matched as before
    ("The National Institute of Mental Health (NIMH) funds it.",
     [("National Institute of Mental Health", "NIMH", "abbr")]),
])
def test_title_links_take_no_room_in_the_long_form_window(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trans fatty acids (trans fats) raise your LDL cholesterol.",
     [("Trans fatty acids", "trans fats", "def")]),
    ("Eat less trans fat (trans fatty acids) every day.",
     [("trans fat", "trans fatty acids", "def")]),
    ("Limit saturated fatty acids (saturated fats) in food.",
     [("saturated fatty acids", "saturated fats", "def")]),
])
def test_a_restated_phrase_starts_at_the_shared_word(text, expected):
    assert pairs(text) == expected


def test_a_restatement_that_names_another_kind_is_no_variant():
    # the same head, another modifier: the swap check's case, which rejects it
    assert pairs("Your doctor may order a blood test (urine test) first.") == []


@pytest.mark.parametrize("text, expected", [
    ("This includes high LDL (bad) cholesterol and low HDL (good) cholesterol.",
     [("LDL", "bad", "def"), ("HDL", "good", "def")]),
])
def test_a_plain_adjective_after_a_short_form_says_what_it_is_like(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The FDA (federal) agency said so.",  # whose agency, a relational adjective
    "Your LDL (bad) is high.",  # no noun after the bracket
])
def test_other_adjectives_after_a_short_form_stay_noise(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("High blood pressure (Hypertension). Blood pressure is considered high if it stays up.",
     [("High blood pressure", "Hypertension", "def")]),
    ("Low blood sugar (Hypoglycemia)\nIt happens when sugar drops.",
     [("Low blood sugar", "Hypoglycemia", "def")]),
])
def test_a_heading_capitalises_a_technical_note(text, expected):
    assert pairs(text) == expected


def test_a_capitalised_name_ending_a_sentence_is_no_heading_note():
    assert pairs("Critics say women are more often so diagnosed (Becker).\n\nMore follows.") == []
