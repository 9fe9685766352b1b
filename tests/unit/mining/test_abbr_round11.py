"""Round 11 of the abbreviation rules (invented sentences): a short form with a trailing number,
a chemical name after its locant, one word's initial that names the noun after it, and a long
form with a pronunciation bracket inside it."""

from __future__ import annotations

import pytest

from vocab_app.mining.abbrev import find_long_form
from vocab_app.mining.glosses import find_glosses


def _abbr(text: str) -> list[tuple[str, str]]:
    return [(h.term, h.gloss) for h in find_glosses(text) if h.style == "abbr"]


@pytest.mark.parametrize("text, expected", [
    ("Children get the meningococcal conjugate vaccine (MCV4) at age eleven.",
     [("meningococcal conjugate vaccine", "MCV4")]),
    ("Adults may get the herpes zoster vaccine (HZV-2) later.",
     [("herpes zoster vaccine", "HZV-2")]),
    ("The rotavirus oral vaccine (ROV10) is given early.", [("rotavirus oral vaccine", "ROV10")]),
])
def test_a_trailing_number_the_long_form_does_not_spell(text, expected):
    assert _abbr(text) == expected


def test_a_number_the_long_form_spells_is_matched_as_before():
    assert find_long_form("HPV16", "the human papillomavirus 16") is not None


def test_a_trailing_number_after_one_word_is_no_long_form():
    assert find_long_form("TR12", "a word like transformer") is None


@pytest.mark.parametrize("text, expected", [
    ("The enzyme cuts bonds of N-acetylneuraminate (NAN) in the wall.",
     [("N-acetylneuraminate", "NAN")]),
    ("Cells take up 2-deoxyglucose (DG) and more.", []),  # two letters: too little to go on
])
def test_a_chemical_name_after_its_locant(text, expected):
    assert _abbr(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Antigens reach the lymph nodes through dendritic (D) cells in the gut.",
     [("dendritic", "D")]),
    ("Look at the second panel (P) and the arrow.", []),
    ("The result is shown in figure (B) here.", []),
    ("We labelled the sample (S).", []),
])
def test_one_words_initial_naming_the_noun_after_it(text, expected):
    assert _abbr(text) == expected


def test_a_pronunciation_inside_the_long_form_is_crossed_and_left_out():
    text = "Chronic obstructive (ob-STRUK-tiv) pulmonary disease (COPD) is common."
    assert _abbr(text) == [("Chronic obstructive pulmonary disease", "COPD")]


def test_an_aside_inside_the_long_form_is_not_crossed():
    text = "Chronic obstructive (very old) pulmonary disease (COPD) is common."
    assert _abbr(text) == []
