"""The shortest Schwartz–Hearst match may take a short form's letters from inside words; a word
before it that opens with the first letter and lets fewer letters come from inside words opens
the long form."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("This enzyme helps produce a molecule called phosphoribosyl pyrophosphate (PRPP).",
     [("phosphoribosyl pyrophosphate", "PRPP", "abbr")]),
    ("A treatment is Enhanced external counterpulsation (EECP) therapy.",
     [("Enhanced external counterpulsation", "EECP", "abbr")]),
    ("The law created the Civilian Conservation Corps Relief Act (CCC) in 1933.",
     [("Civilian Conservation Corps Relief Act", "CCC", "abbr")]),
    # guards (they pass without the rule too): a word before that spells no more letters at
    # word starts stays out
    ("The disorder is called catastrophic antiphospholipid syndrome (CAPS).",
     [("catastrophic antiphospholipid syndrome", "CAPS", "abbr")]),
    ("They make antibodies against acetylcholine receptors (AChRs).",
     [("acetylcholine receptors", "AChRs", "abbr")]),
])
def test_a_word_that_spells_more_letters_at_word_starts_opens_the_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tie in inner letters: the long form with one word a letter
    ("The lab confirmed it with an indirect immunofluorescence assay (IFA) on serum.",
     [("indirect immunofluorescence assay", "IFA", "abbr")]),
    # not a verb or participle before the name, nor for two letters of one word
    ("The ventricles contain cerebrospinal fluid (CSF) around the brain.",
     [("cerebrospinal fluid", "CSF", "abbr")]),
])
def test_a_tie_goes_to_one_word_a_letter(text, expected):
    assert pairs(text) == expected


def test_two_letters_of_one_word_keep_the_word_before_out():
    # (a guard: the tie-break wants three letters or more)
    terms = [t for t, _, _ in pairs("Vaccines exist for smallpox, Typhoid Tuberculosis (TB).")]
    assert "Typhoid Tuberculosis" not in terms
