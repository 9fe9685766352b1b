"""Round 24, abbr (invented lines): a short form that puts a qualifier's initial after the
noun's (`cytotoxic T lymphocytes (TC)`) takes the qualifier into the long form, though the
letters also match inside a word of the shorter phrase."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("They are called cytotoxic T lymphocytes (TC) in the text.",
     [("cytotoxic T lymphocytes", "TC", "abbr")]),
    ("The helper T lymphocytes (TH) secrete cytokines.",
     [("helper T lymphocytes", "TH", "abbr")]),
    # every letter an initial already: nothing is added
    ("The Food and Drug Administration (FDA) approved it.",
     [("Food and Drug Administration", "FDA", "abbr")]),
])
def test_a_qualifier_whose_initial_comes_second_joins_the_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb in -ing is no qualifier, though its initial is the letter matched inside a word
    ("Patients risk developing myelodysplastic syndrome (MDS) later.",
     [("myelodysplastic syndrome", "MDS", "abbr")]),
    ("Good control helps preventing diabetic retinopathy (DRP) in adults.",
     [("diabetic retinopathy", "DRP", "abbr")]),
])
def test_a_verb_in_ing_is_no_qualifier(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("EKG (Electrocardiogram)", [("Electrocardiogram", "EKG", "abbr")]),
    ("EEG (Electroencephalogram)", [("Electroencephalogram", "EEG", "abbr")]),
])
def test_a_capitalised_compound_word_in_a_heading_is_a_long_form(text, expected):
    assert pairs(text) == expected
