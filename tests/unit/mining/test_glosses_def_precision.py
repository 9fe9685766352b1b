"""find_glosses, def pairs: where the described term starts (RULES.md B, DEF) and which English
brackets are no definition of the words before them. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    # a size adjective after `a`/`an` that the technical word does not render: how one case
    # looks, not part of the thing named
    ("Children with the syndrome often have a wide gap between the front teeth (diastema).",
     "gap between the front teeth", "diastema"),
    # ... but kept when the technical word says it (micro- = small)
    ("Some babies are born with a small lower jaw (micrognathia) and low-set ears.",
     "small lower jaw", "micrognathia"),
    # a `high-`/`low-` compound says how strong, not what
    ("The probe sends high-frequency radio pulses (radar) towards the cloud.",
     "radio pulses", "radar"),
    # `extra`: how many, unless the term says it (poly- = many)
    ("Pregnant women may need extra blood draws (venipunctures) each month.",
     "blood draws", "venipunctures"),
    ("Some newborns have extra toes (polydactyly) on one foot.",
     "extra toes", "polydactyly"),
    # a noun of knowing: the bracket names what is known
    ("You cannot treat the illness well without a grasp of heredity (genetics) first.",
     "heredity", "genetics"),
    # a crop of things the condition's name is built on
    ("The infection shows up as a cluster of infected lymph vessels (lymphangitis) in the arm.",
     "infected lymph vessels", "lymphangitis"),
    # a Latin plural names the plural things after `of`, not the change in them
    ("Biopsies show patchy redness, thickening of the tiny hairs in the gut (villi), and ulcers.",
     "tiny hairs in the gut", "villi"),
])
def test_description_starts_at_the_thing_the_bracket_names(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # after `the` the adjective picks the thing out and stays
    ("Inhaled air then reaches the small airways (bronchioles) of each lung.",
     "small airways", "bronchioles"),
    # a process noun before `of`: the condition's name covers the whole
    ("Doctors look for swelling of the lymph nodes (lymphadenopathy) first.",
     "swelling of the lymph nodes", "lymphadenopathy"),
    # `high-dose` names a kind of treatment, not how strong a wave is
    ("Some patients get high-dose chemotherapy (myeloablative therapy) first.",
     "high-dose chemotherapy", "myeloablative therapy"),
    # `extra` before a mass noun: too much of it, which the condition may be
    ("Babies may have extra fluid in the brain (hydrocephalus) at birth.",
     "extra fluid in the brain", "hydrocephalus"),
    # a size that sets a class apart, with no place phrase to say which part: kept
    ("The nurse slides a thin tube (cannula) into the vein.", "thin tube", "cannula"),
    # `study of`: a discipline's name says it
    ("Her favourite subject was the study of the skin (dermatology) at school.",
     "study of the skin", "dermatology"),
    # a noun of knowing defined by a word that is no field of study
    ("Patients slowly lose awareness of their surroundings (disorientation) at night.",
     "awareness of their surroundings", "disorientation"),
    # brevi- says `short`
    ("Some children have a short neck (brevicollis) at birth.", "short neck", "brevicollis"),
])
def test_description_keeps_words_the_bracket_renders(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


def test_a_comparative_is_no_part_of_the_term_explained():
    assert pairs("Each leaf carries thinner veins (vascular bundles of the leaf blade) inside."
                 ) == [("veins", "vascular bundles of the leaf blade", "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # a one-word term after `or` renames the alternative it follows
    ("Warning signs include a limp or lameness (claudication) after short walks.",
     "lameness", "claudication"),
    # after `the`, a size adjective before a word renamed in plain words is part of its name
    ("Water is drawn back out of waste in the small intestine (gut) as well.",
     "small intestine", "gut"),
    # `with` after a verb's object belongs to the verb: the bracket names what comes after it
    ("The infection can flood the air sacs with mucus (called exudate) within days.",
     "mucus", "called exudate"),
])
def test_the_term_is_the_word_the_bracket_renames(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


def test_and_still_joins_both_parts_of_the_thing_named():
    assert pairs("Patients often develop weakness and tiredness (fatigue) in the evening."
                 ) == [("weakness and tiredness", "fatigue", "def")]


@pytest.mark.parametrize("text", [
    # the bracket names a kind of the thing the sentence is about, not the words before it
    "When radiation is aimed from a machine outside the patient, the beams pass through "
    "healthy skin (external radiation) on the way in.",
    # `i.e.` narrowing an activity to one method used: an instance, not a definition
    "Any positive result needs further laboratory testing (i.e. gas chromatography) first.",
    # membership of a named whole: an aside on which one
    "A recent pilot survey (part of the Coastal Birds programme) counted the nests.",
    # a kind of thing after a class adjective: examples
    "Causes may be bacterial, fungal (yeasts), or chemical.",
    # a class of evidence followed by the instance relied on
    "The plan relies on simple proxy measures (ticket sales) for the whole season.",
])
def test_brackets_that_define_nothing_before_them_stay_noise(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    # a place phrase after a light verb says how the thing the sentence names is: kept
    ("Bleeding can happen inside the skull (intracranial bleeding) after a fall.",
     "inside the skull", "intracranial bleeding"),
    # a commoner plural noun after a class adjective may say what it is about
    ("The damage is renal (kidneys) and slow.", "renal", "kidneys"),
    # `i.e.` before an explaining phrase stays a definition
    ("Each rule is marked as optional (i.e., not needed for conformance).",
     "optional", "i.e., not needed for conformance"),
])
def test_explaining_brackets_next_to_those_stay_def(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, expected", [
    # `(called …)` after a participle's place phrase names the thing with what is said of it
    ("The dye is given through a thin line threaded into an artery (called intra-arterial "
     "delivery).",
     [("thin line threaded into an artery", "called intra-arterial delivery", "def")]),
    # ... and nothing when no article opens that thing
    ("Young cells found in the marrow (called blasts) divide fast.", []),
])
def test_another_name_after_a_participles_place_is_not_the_places(text, expected):
    assert [p for p in pairs(text) if p[2] == "def"] == expected


def test_form_as_shape_is_described_by_a_technical_word():
    assert pairs("Botanists first describe a flower’s form (morphology) and then its chemistry."
                 ) == [("form", "morphology", "def")]
