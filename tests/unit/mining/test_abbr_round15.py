"""find_glosses on short forms, round 15 (issue 9): unit symbols with a raised power (`g/cm³`,
`m²`) and the year (`gigayears (Gyr)`), and a name whose last word is a class noun its short
form leaves out (`Secure Shell Protocol (SSH)`). Sentences written for the tests; none is from
a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


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
