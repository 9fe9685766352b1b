"""An adverb that singles out cases or says how often, or `certain`, before a description says
which cases the sentence means: it is no part of the def term; nor is a first thing joined by
`along with`, `together with` or `as well as`; nor are everyday words before a rare word that
a class note (`a type of …`) defines."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Nearly all affected males have genital abnormalities, most frequently undescended "
     "testes (cryptorchidism).", [("undescended testes", "cryptorchidism", "def")]),
    ("They have a higher risk of cancer, particularly certain skin cancers (basal cell "
     "carcinomas), and others.", [("skin cancers", "basal cell carcinomas", "def")]),
    ("Surfactant is a mixture of certain fats (called phospholipids) and proteins.",
     [("fats", "called phospholipids", "def")]),
])
def test_a_focusing_adverb_before_the_description_is_left_out(text, expected):
    assert pairs(text) == expected


def test_a_description_of_one_word_after_the_adverb_keeps_it():
    # guard (it passes without the rule too): the trim never leaves the term empty
    assert pairs("The pain is usually (typically) mild.") == []


@pytest.mark.parametrize("text, expected", [
    ("Individuals may have weak muscles in the torso along with increased muscle tone "
     "(hypertonia) in the limbs.", [("increased muscle tone", "hypertonia", "def")]),
    ("The disease causes pain in the joints together with stiffness of the neck "
     "(meningismus).", [("stiffness of the neck", "meningismus", "def")]),
    # guard (it passes without the rule too): an adjective note describes both things
    ("Our growth depends on experiences with others along with the conditions in their "
     "environment (social).",
     [("experiences with others along with the conditions in their environment", "social",
       "def")]),
])
def test_a_thing_joined_by_along_with_is_what_the_note_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bone marrow makes too many abnormal myeloblasts (a type of white blood cell).",
     [("myeloblasts", "a type of white blood cell", "def")]),
    ("The cells die by HIV-induced pyroptosis (a type of apoptosis that stimulates an "
     "inflammatory response).",
     [("pyroptosis", "a type of apoptosis that stimulates an inflammatory response", "def")]),
    # guards (they pass without the rule too): a name of everyday words, or of rare ones,
    # is the whole term
    ("Doctors may suggest exposure therapy (a type of CBT) for phobias.",
     [("exposure therapy", "a type of CBT", "def")]),
    ("Some people have ankylosing spondylitis (a form of arthritis that affects the spine).",
     [("ankylosing spondylitis", "a form of arthritis that affects the spine", "def")]),
])
def test_a_class_note_defines_the_rare_word_not_the_everyday_ones_before_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count (and `different`) says how many, not what the term names
    ("Mutations in 12 different genes (often called CLN genes) cause the disease.",
     [("genes", "often called CLN genes", "def")]),
    # (a guard: passes without the rule, `identified` is no part of the term either way)
    ("Doctors have identified over 100 different strains (called serotypes) of the virus.",
     [("strains", "called serotypes", "def")]),
])
def test_a_count_before_the_term_is_left_out(text, expected):
    assert [p for p in pairs(text) if p[2] == "def"] == expected


def test_a_term_never_opens_with_a_conjunction():
    # the unrendered `severe` goes, and its `and` with it
    text = ("Signs include increased muscle tone (hypertonia), more severe and recurrent "
            "seizures (epilepsy), and loss of vision.")
    assert [p for p in pairs(text) if p[1] == "epilepsy"] == [
        ("recurrent seizures", "epilepsy", "def")]


def test_the_trouble_and_its_article_go():
    text = "Defects of a specialized layer at the back of the eye (the retina) blur vision."
    assert [p for p in pairs(text) if p[2] == "def"] == [
        ("specialized layer at the back of the eye", "the retina", "def")]
