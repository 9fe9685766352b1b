"""find_glosses: a verb in front of a described thing is no part of it (english_verbs.py); the
note names the verb's object. CC-CEDICT's senses (`to destroy`) are the evidence that a word is
a verb, together with where it stands. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.zh_en_dictionary import verb_uses


def defs(text: str) -> list[tuple[str, str, str]]:
    return [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text, term, gloss", [
    # after `to`, after `and` joining two verbs, an -ing form after `for`
    ("These proteins work together to destroy foreign microbes (pathogens) in the blood.",
     "foreign microbes", "pathogens"),
    ("Glial cells surround and nourish nerve cells (neurons) in the brain.",
     "nerve cells", "neurons"),
    ("The gene holds the code for making pieces (subunits) of a channel.",
     "pieces", "subunits"),
])
def test_a_verb_before_the_described_thing_is_left_out(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # words the dictionary also knows as adjectives stay (`missing`, `open`)
    ("Many people with the condition have missing teeth (hypodontia) in the mouth.",
     "missing teeth", "hypodontia"),
    ("Children with the condition have cavities and open sores (ulcers) in the mouth.",
     "open sores", "ulcers"),
    # a verb with a particle is the description itself
    ("The muscles begin to waste away (atrophy) in adults.", "waste away", "atrophy"),
])
def test_a_description_that_only_looks_like_a_verb_phrase_stays_whole(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


def test_the_dictionary_tells_verbs_from_other_words():
    destroy_as_verb, destroy_alone = verb_uses("destroy")
    assert destroy_as_verb >= 5 * max(destroy_alone, 1)
    nerve_as_verb, nerve_alone = verb_uses("nerve")
    assert nerve_as_verb == 0 and nerve_alone > 0
    assert verb_uses("qwzx") == (0, 0)


@pytest.mark.parametrize("text, expected", [
    # a bracket after a verb and its plural subject names what the verb acts on
    ("Most writers prefer (pens) for notes.", []),
    # a noun after a singular noun is a compound; a verb note renames the verb
    ("Tests showed a low platelet count (thrombocytopenia) in the child.",
     [("low platelet count", "thrombocytopenia", "def")]),
])
def test_a_note_after_a_verb_names_its_object(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, term", [
    # a noun before a coordination belongs to it (B4: the noun phrase); a verb does not (the
    # second case passes without the rule too: `develop` opens the coordination)
    ("Signals from the receptor speed up cell growth and division (proliferation) in the skin.",
     "cell growth and division"),
    ("Many people develop muscle swelling and inflammation (myositis) in the legs.",
     "muscle swelling and inflammation"),
    ("These genes regulate growth and division (proliferation) of blood cells.",
     "growth and division"),
])
def test_a_noun_before_a_coordination_joins_it(text, term):
    assert [t for t, _, _ in defs(text)] == [term]


@pytest.mark.parametrize("text, expected", [
    # a note opening with a verb renames the verb after `to`
    ("Damaged cells are made to self-destruct (undergo apoptosis) by the body.",
     [("self-destruct", "undergo apoptosis", "def")]),
    ("The signals would otherwise cause them to self-destruct (undergo apoptosis) early.",
     [("self-destruct", "undergo apoptosis", "def")]),
])
def test_a_verb_note_renames_the_verb_after_to(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # whichever rule found the term, a verb before its object goes (def_term_trims)
    ("Red cells carry oxygen and remove carbon dioxide (a waste product) from your body.",
     [("carbon dioxide", "a waste product", "def")]),
    ("Many small ducts collect bile (a fluid made by the liver to digest fats) in the liver.",
     [("bile", "a fluid made by the liver to digest fats", "def")]),
    # guards: a verb with its manner, a comparative
    ("Babies may grow slowly before birth (intrauterine growth retardation) in this disorder.",
     [("grow slowly before birth", "intrauterine growth retardation", "def")]),
    ("It causes a bulge near the belly-button (umbilical hernia) or lower abdomen (inguinal "
     "hernia).", [("bulge near the belly-button", "umbilical hernia", "def"),
                  ("lower abdomen", "inguinal hernia", "def")]),
])
def test_a_verb_before_any_def_term_goes(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a note that can only be a verb renames the verb phrase before it
    ("The tumor rarely spreads; it may spread to the lymph nodes (metastasize) late.",
     [("spread to the lymph nodes", "metastasize", "def")]),
    ("During sleep the babies take very shallow breaths (hypoventilate) for hours.",
     [("take very shallow breaths", "hypoventilate", "def")]),
    # (a guard, as before: a noun with a verb's ending names the description, `malaise`)
    ("Episodes include a general feeling of discomfort (malaise) and nausea.",
     [("general feeling of discomfort", "malaise", "def")]),
])
def test_a_verb_note_renames_the_verb_phrase(text, expected):
    assert defs(text) == expected
