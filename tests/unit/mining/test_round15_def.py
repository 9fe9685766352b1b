"""find_glosses on plain-English descriptions glossed by a technical term, round 15 (issue 9):
a description opening its sentence glossed by a two-word technical term, and a bare possessive
that classifies the noun (`golfer's elbow`, `athlete's foot`), which stays in the term while a
possessive after a determiner (`the company's revenue`) does not. Sentences written for the
tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("Heart attack (myocardial infarction) needs care at once.", "Heart attack",
     "myocardial infarction"),
    ("Kidney stones (renal calculi) can block the ureter.", "Kidney stones", "renal calculi"),
    ("Tennis elbow (lateral epicondylitis).", "Tennis elbow", "lateral epicondylitis"),
])
def test_a_sentence_opening_description_glossed_by_two_technical_words(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("Athlete’s foot (tinea pedis) spreads in changing rooms.", "Athlete’s foot", "tinea pedis"),
    ("Swimmers often get swimmer's ear (otitis externa) in summer.", "swimmer's ear",
     "otitis externa"),
    ("Crohn’s disease (regional enteritis) is a chronic illness.", "Crohn’s disease",
     "regional enteritis"),
])
def test_a_bare_possessive_stays_in_the_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


def test_a_possessive_after_a_determiner_is_no_part_of_the_term():
    assert ("revenue", "income", "def") in pairs("The company’s revenue (income) rose again.")


def test_a_contraction_makes_no_description():
    assert pairs("Honestly it’s broken (fractured) now.") == []


def test_a_possessive_whose_owner_has_a_determiner_is_cut_further_left():
    assert ("annual report", "年报", "en-zh") in pairs(
        "We read a large company’s annual report（年报）today.")


@pytest.mark.parametrize("text, term, gloss", [
    ("Taste (gustation) is one of the chemical senses.", "Taste", "gustation"),
    ("Fainting (syncope) is usually harmless.", "Fainting", "syncope"),
])
def test_one_everyday_word_opening_its_sentence_glossed_by_a_much_rarer_word(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "Tylenol (acetaminophen) eases pain.",  # a brand: as rare as its note
    "Installation (Linux) takes a minute.",
    "Background (optional) reading is listed below.",
])
def test_a_name_or_a_heading_note_after_one_capitalised_word_is_no_def(text):
    assert not any(s == "def" for _, _, s in pairs(text))


@pytest.mark.parametrize("text, term, gloss", [
    ("Owls use binaural (two-eared) cues to hunt at night.", "binaural", "two-eared"),
    ("The rash is bilateral (two-sided) in most cases.", "bilateral", "two-sided"),
])
def test_a_compound_adjective_in_ed_is_a_plain_gloss_not_a_short_form(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


def test_a_lower_case_short_form_of_two_words_still_pairs():
    assert ("fenfluramine and phentermine", "fen-phen", "abbr") in pairs(
        "The combination of fenfluramine and phentermine (fen-phen) was withdrawn.")


@pytest.mark.parametrize("text, term, gloss", [
    ("Back pain has causes such as ankylosing spondylitis (a form of arthritis of the spine).",
     "ankylosing spondylitis", "a form of arthritis of the spine"),
    ("Patients with necrotizing fasciitis (a flesh-eating infection) need surgery.",
     "necrotizing fasciitis", "a flesh-eating infection"),
])
def test_a_rare_modifier_is_part_of_the_name_a_description_explains(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


def test_one_plain_word_for_the_noun_leaves_its_modifier_out():
    assert ("glucose", "sugar", "def") in pairs(
        "A small amount of radioactive glucose (sugar) is injected into a vein.")


def test_an_ordinal_before_the_word_a_description_explains_names_the_grade():
    assert ("third degree", "a complete tear", "def") in pairs(
        "Sprains range up to third degree (a complete tear) at worst.")


@pytest.mark.parametrize("text, term, gloss", [
    # `first` after a determiner or preposition is an ordinal; after a subject, an adverb
    ("The first layer（第一层）is thin.", "first layer", "第一层"),
    ("We first applied distillation（蒸馏）to the model.", "distillation", "蒸馏"),
])
def test_first_is_an_ordinal_only_inside_a_noun_phrase(text, term, gloss):
    assert (term, gloss, "en-zh") in pairs(text)
