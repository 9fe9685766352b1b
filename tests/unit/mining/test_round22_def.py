"""Round 22, def (invented lines): a note saying what the thing is a sign of is no definition
of it; after an adverb, a word in -s is the verb, not the first word of the term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "Dark urine (a sign that red blood cells are breaking down) is common.",
    "Jaundice (a common sign of liver disease) may occur.",
    "Fever (a symptom of infection) can come and go.",
])
def test_a_note_naming_what_it_signals_is_no_definition(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hemoglobin also carries carbon dioxide (a waste gas) to the lungs.",
     [("carbon dioxide", "a waste gas", "def")]),
    # (how bad it is stays out: round 30's F5 annotated `severe itchiness (pruritus)` so)
    ("It often causes severe joint pain (arthralgia) at night.",
     [("joint pain", "arthralgia", "def")]),
    # a one-word term in -s after an adverb stays: it is the noun the note explains
    ("It also affects diabetes (high blood sugar) control.",
     [("diabetes", "high blood sugar", "def")]),
])
def test_a_verb_after_an_adverb_is_no_part_of_the_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You may ask for deferment or forbearance (pushing pause on making payments) if needed.",
     [("deferment or forbearance", "pushing pause on making payments", "def")]),
    ("Infections are caused by viruses or bacteria (germs) in food.",
     [("viruses or bacteria", "germs", "def")]),
    # a note on one thing, or on the much rarer word, defines that word alone
    ("Some people feel dizziness or vertigo (a spinning sensation) when standing.",
     [("vertigo", "a spinning sensation", "def")]),
    ("The plant spreads by roots and rhizomes (underground stems) in spring.",
     [("rhizomes", "underground stems", "def")]),
])
def test_a_note_on_two_coordinated_words_takes_both(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It appears to prevent nymphs (newly hatched lice) from surviving.",
     [("nymphs", "newly hatched lice", "def")]),
    ("A first degree (minimally stretched ligament) sprain heals fast.",
     [("first degree", "minimally stretched ligament", "def")]),
])
def test_an_adverb_of_a_participle_before_a_noun_opens_a_description(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Take melatonin (usually taken at night) for sleep.",  # how it is done
    "Some are opiate drugs (correctly called opioids) in law.",  # another name, a lead-in
])
def test_an_adverb_before_a_remark_or_a_name_opens_no_description(text):
    assert pairs(text) == []


def test_two_verbs_after_a_modal_leave_the_note_to_the_second():
    # round 24's A1 (NHLBI): the `or` rule of round 22 took `harden or rupture`
    assert pairs("Over time, plaque can harden or rupture (break open). Then it narrows.") == [
        ("rupture", "break open", "def")]
