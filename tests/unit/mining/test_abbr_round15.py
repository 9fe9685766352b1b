"""find_glosses on short forms, round 15 (issue 9): unit symbols with a raised power (`g/cm³`,
`m²`) and the year (`gigayears (Gyr)`), and a name whose last word is a class noun its short
form leaves out (`Secure Shell Protocol (SSH)`). Sentences written for the tests; none is from
a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.zh_numbers import gloss_numerals


@pytest.mark.parametrize("text, term, gloss", [
    ("Small volumes are given in cubic centimeters (cm³) in the lab.", "cubic centimeters",
     "cm³"),
    ("Solids have densities in grams per cubic centimeter (g/cm³) of about 2 to 20.",
     "grams per cubic centimeter", "g/cm³"),
    ("The SI unit of density is the kilogram per cubic meter (kg/m³).",
     "kilogram per cubic meter", "kg/m³"),
    ("Floor area is given in square meters (m²) on the plan.", "square meters", "m²"),
    ("The Sun is about 4.6 gigayears (Gyr) old.", "gigayears", "Gyr"),
])
def test_unit_symbols_with_powers_and_years(text, term, gloss):
    assert (term, gloss, "abbr") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("Admins log in over the Secure Shell Protocol (SSH) only.", "Secure Shell Protocol", "SSH"),
    # short form first: the class noun made its initials miss (S S P for S S H)
    ("SSH（Secure Shell Protocol，安全外壳协议）用于远程登录。", "Secure Shell Protocol", "SSH"),
    ("The NTP (Network Time Protocol) keeps clocks in step.", "Network Time Protocol", "NTP"),
])
def test_a_class_noun_the_short_form_leaves_out(text, term, gloss):
    assert (term, gloss, "abbr") in pairs(text)


def test_a_description_of_a_short_form_is_still_no_expansion():
    # the letters are out of order among the initials, and `nerves` is no class noun
    assert not any(s == "abbr" for _, _, s in pairs(
        "The PNS (peripheral motor and sensory nerves) carries signals to the limbs."))


@pytest.mark.parametrize("text, term, gloss", [
    # round 16: a prefix the combining forms lacked, a unit of radiation, a possessive
    ("Sunscreen blocks ultraviolet (UV) light.", "ultraviolet", "UV"),
    ("The sample gave off two curies (Ci) of activity.", "curies", "Ci"),
    ("See the Food and Drug Administration’s (FDA) advice on it.",
     "Food and Drug Administration", "FDA"),
])
def test_prefixed_compounds_radiation_units_and_possessive_long_forms(text, term, gloss):
    assert (term, gloss, "abbr") in pairs(text)


def test_a_multiplicative_note_is_no_definition():
    assert not any(s == "def" for _, _, s in pairs(
        "There was a significant (four-fold) rise in cases."))


@pytest.mark.parametrize("text, expected", [
    # superscript digits are digits to str.isdigit: a short form made of them crashed the
    # initials matcher (KeyError), and with it the whole file's mining; they are no short form
    # of the words before them, and a unit symbol with one still pairs
    ("Units are set with Unicode superscripts (10⁻¹⁸ J, ²²⁶Ra) and subscripts.", []),
    ("The isotope radium two two six (²²⁶Ra) decays.", []),
    ("Square metres (m²) and cubic metres (³) are units.", [("Square metres", "m²", "abbr")]),
    # and the numerals a Chinese term's gloss stands for (found by the reader fuzz test)
])
def test_superscript_digits_in_a_bracket_never_crash(text, expected):
    assert pairs(text) == expected


def test_superscript_digits_stand_for_no_chinese_numeral():
    # found by the reader fuzz test: `（全角（0A²)))` raised KeyError in gloss_numerals
    assert gloss_numerals("A²") == ""
    assert gloss_numerals("5G²") == "五"
    assert gloss_numerals("0A²") == "零〇"  # the fuzz test's gloss, which raised KeyError
