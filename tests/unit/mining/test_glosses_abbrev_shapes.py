"""Abbreviation shapes of English health, science and standards texts (issue 9, round 8), each
with invented sentences: a short form that keeps its long form's head noun, a long form that
never spans a sentence or a list bullet, dotted short forms, a modifier the initials skip,
digits, Greek letters and hyphens in short forms, and one-letter and two-part unit symbols."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.glosses import find_glosses


def abbr(text: str) -> list[tuple[str, str]]:
    return [(h.term, h.gloss) for h in find_glosses(text) if h.style == "abbr"]


@pytest.mark.parametrize("text, long_form, short", [
    ("Her doctor ordered a PET scan (positron emission tomography scan) on Monday.",
     "positron emission tomography scan", "PET scan"),
    ("An FNA biopsy (fine needle aspiration biopsy) takes a few cells.",
     "fine needle aspiration biopsy", "FNA biopsy"),
    ("- MRI scan (magnetic resonance imaging scan): a test with magnets.",
     "magnetic resonance imaging scan", "MRI scan"),
])
def test_a_short_form_with_its_head_noun_before_the_long_form(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text", [
    "The PET scan (a test that shows active cells) is quick.",   # a description: not abbr
    "The PET scan (positron emission tomography study) is quick.",  # the noun differs
    "We ran the CT scan (new scan) twice.",                       # no expansion of CT
])
def test_a_short_form_and_noun_need_the_long_form_with_the_same_noun(text):
    assert abbr(text) == []


@pytest.mark.parametrize("text", [
    "The nurse looked at the swollen areas. - CT scan (CAT scan): pictures of the body.",
    "They checked a few tender areas. CT scan (CAT scan) pictures came later.",
])
def test_two_short_forms_of_one_noun_are_no_abbreviation_pair(text):
    assert abbr(text) == []
    assert ("CT scan", "CAT scan", "def") in pairs(text)


def test_a_long_form_never_spans_a_sentence_end():
    assert abbr("We checked the areas. Then a CT (CAT) came.") == []


@pytest.mark.parametrize("text, long_form, short", [
    ("Chronic venous insufficiency (C.V.I.) makes the legs ache.",
     "Chronic venous insufficiency", "C.V.I."),
    ("Most of the trees grow in the United States (U.S.) and Canada.", "United States", "U.S."),
    ("The Federal Bureau of Investigation (F.B.I.), she said, called.",
     "Federal Bureau of Investigation", "F.B.I."),
])
def test_a_dotted_short_form_keeps_its_last_dot(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text", [
    "Some fruits (e.g. plums) keep well.",
    "Some fruits (e.g.",
    "Pay the fee (A.B.) now.",          # dotted letters with no long form before them
    "See the appendix (part B.) later.",
])
def test_dotted_letters_without_a_long_form_are_no_pair(text):
    assert pairs(text) == []


def test_a_modifier_the_initials_skip_stays_outside_the_long_form():
    # the text itself writes `chronic ANP` later: `chronic` qualifies the condition the
    # short form names, it is no part of its long form
    text = "This form is called chronic atrial node palsy (ANP). In chronic ANP, rest helps."
    assert pairs(text) == [("atrial node palsy", "ANP", "abbr")]


@pytest.mark.parametrize("text, long_form, short", [
    # a Greek letter stands for its name; a number hyphen-joined to that name belongs with it
    ("Labs test for alpha-1 antitrypsin (α1AT) in adults.", "alpha-1 antitrypsin", "α1AT"),
    ("Labs test for alpha-1 antitrypsin (1AT) in adults.", "alpha-1 antitrypsin", "1AT"),
    ("Serum tumor necrosis factor alpha (TNF-α) was high.",
     "tumor necrosis factor alpha", "TNF-α"),
    # capitalised parts joined by hyphens, each a piece of one chemical name
    ("Urine held methylguanosine (M-Guo) at low levels.", "methylguanosine", "M-Guo"),
])
def test_greek_letters_digits_and_hyphens_in_short_forms(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text", [
    "They saw the house (H-Ho) rise.",           # a short word is no chemical name
    "Levels of homocysteine (Hcy-Ac) rose.",     # the letters are not in the word in order
])
def test_hyphen_and_digit_short_forms_need_their_letters(text):
    assert abbr(text) == []


@pytest.mark.parametrize("text, term, symbol", [
    ("Stir in 20 grams (g) of yeast.", "grams", "g"),
    ("The jug holds 4 liters (L) of juice.", "liters", "L"),
    ("The sprint took 11 seconds (s) in all.", "seconds", "s"),
    ("The cuff read 120 millimeters of mercury (mm Hg) at rest.",
     "millimeters of mercury", "mm Hg"),
])
def test_one_letter_and_two_part_unit_symbols(text, term, symbol):
    assert pairs(text) == [(term, symbol, "abbr")]


@pytest.mark.parametrize("text", [
    "Pick two answers (a) and (b) below.",        # list letters, no unit word before them
    "Add 3 pounds (a) of flour.",                  # the letter does not start the unit's name
    "The jar of mercury (mm Hg) fell.",            # `jar` is no unit
    "It held 2 grams of salt (g).",                # one part for a unit of some substance
])
def test_a_letter_or_two_part_symbol_needs_the_units_name(text):
    assert abbr(text) == []


@pytest.mark.parametrize("text, long_form, short", [
    ("Ulcers can form along the gastrointestinal (GI) wall.", "gastrointestinal", "GI"),
    ("Nurses started an intravenous (IV) drip at once.", "intravenous", "IV"),
    ("An electrocardiogram (ECG) traced the rhythm.", "electrocardiogram", "ECG"),
    ("Old ovens used a microwave (MW) source.", "microwave", "MW"),
])
def test_a_word_of_combining_forms_is_a_one_word_long_form(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text, expected", [
    # each hyphen-joined part gives its initial, or more letters by its combining forms
    ("Blood tests measure alpha-fetoprotein (AFP) and other markers.",
     [("alpha-fetoprotein", "AFP", "abbr")]),
    ("Tumor markers: - Alpha-fetoprotein (AFP). - Beta",
     [("Alpha-fetoprotein", "AFP", "abbr")]),
    # a part that gives no letter is no long form
    ("The drug was well-tolerated (WTX) here.", []),
])
def test_a_hyphenated_word_is_a_long_form_when_its_parts_spell_the_short_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The Transformer (TF) grew large.",      # trans- is a bare prefix, not a combining form
    "The Neurology (NL) desk moved.",        # -logy does not start with l's word
    # (and neither is a long lower-case word: a capital mid-sentence makes these names)
])
def test_a_word_not_built_of_combining_forms_is_no_long_form(text):
    assert abbr(text) == []


@pytest.mark.parametrize("text, long_form, short", [
    # one long technical word: the capitals are its first letter and letters of its pieces
    ("The cells release interferon (IFN) early.", "interferon", "IFN"),
    ("The hypothalamus makes vasopressin (VP) too.", "vasopressin", "VP"),
    ("Patients with histoplasmosis (HP) need antifungal drugs.", "histoplasmosis", "HP"),
    ("Leishmaniasis (LM) is spread by sand flies.", "Leishmaniasis", "LM"),  # opens the sentence
])
def test_a_long_word_abbreviated_by_its_pieces(text, long_form, short):
    assert (long_form, short, "abbr") in pairs(text)


@pytest.mark.parametrize("text", [
    # guards (pass either way): a word too short for its letters, a first letter that differs
    "The heart (HRT) beats faster.",
    "The enzyme lactase (ALS) breaks down lactose.",
    "They run the Infiniband (IB) network.",  # a capital mid-sentence: a product's name
])
def test_a_word_that_does_not_hold_the_letters_is_no_long_form(text):
    assert not any(style == "abbr" for _, _, style in pairs(text))
