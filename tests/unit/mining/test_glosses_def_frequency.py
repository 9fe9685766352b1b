"""find_glosses: plain-English definitions decided by how common the words are (RULES.md DEF,
S1b; issue 9; vocab_app/mining/rarity.py). A definition explains a rarer word with commoner
ones: a word much rarer than the bracket's words is explained by them whatever its ending, and
an everyday word is not. Sentences written for the tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.frequency import table
from vocab_app.mining.rarity import (
    UNRANKED,
    much_rarer,
    phrase_rank,
    renamed_by_plain_word,
    word_rank,
)

pytestmark = pytest.mark.skipif(table().word_rank("the") is None,
                                reason="frequency tables not built")



def test_a_rare_word_ranks_beyond_a_common_one_and_outside_the_table_beyond_all():
    assert word_rank("house") < word_rank("uterus") < UNRANKED
    assert word_rank("qqzxv") == UNRANKED
    assert word_rank("well-known") == max(word_rank("well"), word_rank("known"))


def test_a_phrase_ranks_by_its_content_words_and_a_long_one_forgives_one_rare_word():
    assert phrase_rank(["the", "small", "bone"]) == max(word_rank("small"), word_rank("bone"))
    assert phrase_rank(["of", "the"]) is None
    long_note = ["thin", "layer", "around", "heart", "lungs", "qqzxv"]
    assert phrase_rank(long_note) < UNRANKED


@pytest.mark.parametrize("word, plain, rarer", [
    ("ova", ["eggs"], True),
    ("menstruation", ["monthly", "bleeding"], True),
    ("fix", ["a", "small", "change"], False),  # an everyday word
    ("hormone", ["chemical"], False),  # rare enough, but not much rarer than its gloss
])
def test_much_rarer_than_the_note(word, plain, rarer):
    assert much_rarer(word, plain) is rarer


@pytest.mark.parametrize("text, term, gloss", [
    # no Greek or Latin ending the old test knew, but a word much rarer than its gloss
    ("Each month the ovary releases one of the ova (eggs) into the tube.", "ova", "eggs"),
    ("Some girls have pain before menstruation (periods) begins.", "menstruation", "periods"),
    ("The doctor pressed gently on the sternum (breast bone) and listened.",
     "sternum", "breast bone"),
    # after a rare word the note may open with `the` or a word of place
    ("The nerves leave the cord between the vertebrae (back bones) of the neck.",
     "vertebrae", "back bones"),
    ("The rash spread over the epidermis (the outer layer of skin) within days.",
     "epidermis", "the outer layer of skin"),
])
def test_a_rare_word_is_explained_by_commoner_words(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    # an everyday word with a longer note is no term explained
    "We shipped the fix (a one-line change) on Monday.",
    # an identifier is rare but no word the note explains
    "Call setRetryLimit (limit) before sending.",
    # `the` or a place word opening a note after a common word stays a remark
    "Put the box (the big one) on the shelf.",
    "Hang the picture (top row) next to the door.",
])
def test_common_words_and_identifiers_are_not_explained(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


def test_a_note_that_is_a_sentence_is_no_explanation_after_the():
    assert pairs("Each entry is tagged as abbr (the emphasis marks the term) in the list.") == []


def test_an_adjective_and_a_preposition_is_a_remark_on_a_rare_word():
    assert pairs("Many adults get shingles (common in older people) after chickenpox.") == []


@pytest.mark.parametrize("text", [
    # an agent noun is as plain as its verb: a tool named by what it does
    "Run the formatter (black) before each commit.",
    # a rare word followed by what it looks like
    "Blueberries (dark blue or purple) ripen in summer.",
])
def test_a_tool_or_a_look_is_no_plain_word(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    # one plain word for a much rarer noun: it renames that noun; everyday modifiers stay out
    ("Doctors look for harmful gene variants (changes) in the blood sample.",
     "variants", "changes"),
    # a rare modifier is part of what the plain word names
    ("The nurse cleaned the ultrasound transducer (probe) after each scan.",
     "ultrasound transducer", "probe"),
])
def test_a_plain_word_renames_a_much_rarer_noun(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("head, note, renamed", [
    ("gene variants", "changes", True),
    ("biopsies", "negative", False),  # an adjective: a remark on the noun
    ("lesions", "damage", False),  # not in the same number
    ("fix", "patch", False),  # an everyday word
    ("printed documentation", "manual", False),  # a kind of it, not a plainer word
    ("Lynch syndrome", "cancer", False),  # a name
])
def test_a_plain_word_is_a_noun_in_the_same_number(head, note, renamed):
    assert renamed_by_plain_word(head, note) is renamed


@pytest.mark.parametrize("text, term, gloss", [
    # a short note after a noun phrase whose last word is much rarer: the note explains the
    # phrase (term first), not the phrase the note (description first)
    ("The lungs must get rid of carbon dioxide (a waste product) every minute.",
     "carbon dioxide", "a waste product"),
])
def test_a_rarer_phrase_is_explained_by_a_short_plain_note(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # a class noun and a relative clause explain the rare noun; the plain adjective before it
    # is no part of the term
    ("The glands release male androgens (hormones that shape the body in puberty) in boys.",
     "androgens", "hormones that shape the body in puberty"),
])
def test_a_class_and_a_clause_explain_the_rare_noun_alone(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


def test_a_modifier_the_class_does_not_cover_stays_when_the_noun_is_common():
    from vocab_app.mining.rarity import explained_word_start

    # `boxes` is no rarer than `containers`: the note may describe the whole phrase
    assert explained_word_start(["metal", "boxes"], ["containers", "that", "hold", "tools"]) == 0
    assert explained_word_start(["male", "androgens"],
                                ["hormones", "that", "shape", "the", "body"]) == 1
