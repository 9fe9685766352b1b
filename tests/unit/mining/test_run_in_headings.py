"""find_glosses after a section heading that a scrape ran into the prose (run_in_headings.py,
round 14, issue 9): the heading is no part of the term. Sentences written for the tests; none
is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.run_in_headings import after_run_in_heading


@pytest.mark.parametrize("text, term, gloss", [
    ("Wash your hands often. Other Causes Low blood pressure (hypotension) can make you faint.",
     "Low blood pressure", "hypotension"),
    ("See a doctor. Risk Factors High blood pressure (hypertension) raises the risk.",
     "High blood pressure", "hypertension"),
])
def test_run_in_heading_is_no_part_of_the_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


def test_name_with_several_capitals_keeps_its_abbreviation():
    text = "Treatment Options West Nile virus (WNV) has no cure yet."
    assert ("West Nile virus", "WNV", "abbr") in pairs(text)


@pytest.mark.parametrize("text", [
    "Mosquitoes spread West Nile virus",  # no heading word, mid-sentence
    "He had Lou Gehrig's disease",  # a name with several capitals
    "Our Treatment Options include low doses",  # the heading words do not open the sentence
])
def test_no_run_in_heading(text):
    assert after_run_in_heading(text, 0, len(text)) == 0


def test_heading_ends_where_the_sentence_case_phrase_starts():
    text = "It passes. Symptoms Dry mouth"
    assert text[after_run_in_heading(text, 0, len(text)):] == "Dry mouth"


@pytest.mark.parametrize("text, term", [
    ("It ends here. Dialysis Dialysis (cleaning the blood with a machine) is", "Dialysis"),
    ("Drink water.\nPhysical therapy Physical therapy (exercises to build strength) helps",
     "Physical therapy"),
])
def test_heading_repeated_as_the_subject(text, term):
    end = text.index(" (")
    assert text[after_run_in_heading(text, 0, end):end] == term
