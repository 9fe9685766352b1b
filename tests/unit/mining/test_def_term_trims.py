"""find_glosses on consumer health advice, round 14 (issue 9): words that open a plain-English
def term by mistake (def_term_trims.py). An imperative verb of advice with its particles, an -ing
verb that takes the noun as its object, and a bulleted list flattened into one line. Sentences
written for the tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("Cut down on sugar (sucrose) at breakfast.", "sugar", "sucrose"),
    ("Limit your caffeine (a stimulant) after noon.", "caffeine", "a stimulant"),
    ("- Avoid fried food (food cooked in hot oil) when you can.", "fried food",
     "food cooked in hot oil"),
    ("Talk to your pharmacist. Try avoiding sugar (sucrose) at night.", "sugar", "sucrose"),
    ("Stay away from nicotine (a stimulant in tobacco) for a month.", "nicotine",
     "a stimulant in tobacco"),
    ("Steer clear of aspartame (an artificial sweetener) if you can.", "aspartame",
     "an artificial sweetener"),
    ("Give up cigarettes (tobacco products) before the operation.", "cigarettes",
     "tobacco products"),
    ("Watch out for jaundice (yellow skin) in the first week.", "jaundice", "yellow skin"),
])
def test_imperative_advice_verb_is_no_part_of_the_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text, term, gloss", [
    ("Tips for reducing salt (sodium) are on the next page.", "salt", "sodium"),
    ("Ask about ways of avoiding gluten (a wheat protein) at home.", "gluten",
     "a wheat protein"),
])
def test_object_gerund_is_no_part_of_the_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text, term, gloss", [
    # compounds whose first word is an -ing form or looks like a verb stay whole
    ("Noise can cause hearing loss (deafness) over time.", "hearing loss", "deafness"),
    ("Hearing loss (presbycusis) is common after sixty.", "Hearing loss", "presbycusis"),
    # verbs that are adjectives or nouns too open no advice without a particle
    ("Lower back pain (lumbago) often eases in weeks.", "Lower back pain", "lumbago"),
    ("Cut wounds (lacerations) may need stitches.", "Cut wounds", "lacerations"),
    ("Watch lists (registers of suspects) are kept daily.", "Watch lists",
     "registers of suspects"),
    # an -ing word after a determiner modifies the noun
    ("Talk to the managing director (chief executive) first.", "managing director",
     "chief executive"),
])
def test_compounds_that_look_like_verbs_stay_whole(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


def test_flattened_list_glosses_its_last_item():
    text = "Ask about diuretics sedatives antiemetics (anti-nausea drugs) and others."
    assert ("antiemetics", "anti-nausea drugs", "def") in pairs(text)
    assert all(t == "antiemetics" for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text, expected", [
    # a verb of experiencing is no part of the condition the note names
    ("Some children also experience tremors of the hands (essential tremor).",
     [("tremors of the hands", "essential tremor", "def")]),
    # a hedge goes with its adjective, an intensifier alone
    ("It may lead to a potentially fatal swelling of the brain (cerebral edema).",
     [("swelling of the brain", "cerebral edema", "def")]),
    ("Infants may have dangerously low blood sugar (hypoglycemia).",
     [("low blood sugar", "hypoglycemia", "def")]),
    # a verb in -s after a name and its bracket
    ("Somatotropin (GH) promotes chondrogenesis (cartilage formation) in children.",
     [("chondrogenesis", "cartilage formation", "def")]),
])
def test_remarks_and_verbs_before_the_term_go(text, expected):
    assert pairs(text) == expected

