"""find_glosses: a technical word first, plain words in brackets (RULES.md DEF, issue 9; the
order of consumer-health pages and textbooks: `larynx (voice box)`, `estrogen (a hormone …)`).
The term is the word before the bracket, not the sentence before it; a technical name in
brackets (the other order), a remark on a particular thing and a kind of the head stay with the
older rules. Sentences written for the tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.term_first import technical


@pytest.mark.parametrize("text, term, gloss", [
    # the words before the head are the sentence, not the term
    ("Food passes the back of the oropharynx (upper throat) before it is swallowed.",
     "oropharynx", "upper throat"),
    ("Air reaches the lungs through the lower end of the bronchus (airway) on each side.",
     "bronchus", "airway"),
    ("The nurse gives a drink that contains gadolinium (a rare metal used in scans) first.",
     "gadolinium", "a rare metal used in scans"),
    ("Patients taking tamoxifen (a drug that blocks the effects of a hormone) need checks.",
     "tamoxifen", "a drug that blocks the effects of a hormone"),
    # a list item whose capital only opens it
    ("Symptoms may include: - Dyspnea (trouble breathing or shortness of breath) at night.",
     "Dyspnea", "trouble breathing or shortness of breath"),
    # an acronym and its noun; an adjective before them is a level, outside the term
    ("Eating less fat lowers high VLDL cholesterol (often called \"lousy\" "
     "cholesterol) in most adults.", "VLDL cholesterol", "often called \"lousy\" cholesterol"),
    # two nouns after an article
    ("A gastric balloon (soft silicone bag filled with water) is placed in the stomach.",
     "gastric balloon", "soft silicone bag filled with water"),
    # a class and what sets it apart, after a plain head
    ("Taking insulin together with metformin (another drug) lowers blood sugar.",
     "metformin", "another drug"),
])
def test_technical_word_then_plain_words(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text", [
    # the other order: a technical name in brackets after the plain words
    "It causes backflow of acid into the esophagus (gastroesophageal reflux) in babies.",
    # a kind of the head names a kind, not a plainer word
    "The cells form a new tumor (secondary tumor) in the liver.",
    # a remark on a particular thing after `the`
    "We shipped the fix (a small change) last week.",
    # a name before the bracket
    "Her doctor prescribed Zovirax (a cream for cold sores) twice.",
    # examples and scope asides stay noise
    "Some salts of sodium (such as table salt) raise blood pressure.",
    "The scan can show the pelvis (in most cases) clearly.",
])
def test_not_term_first(text):
    hits = pairs(text)
    assert not any(term in ("esophagus", "tumor", "fix", "Zovirax", "sodium", "pelvis")
                   and style == "def" for term, _, style in hits), hits


def test_technical_words_by_their_endings():
    assert technical("pharynx") and technical("barium") and technical("mastectomy")
    assert not technical("throat") and not technical("box") and not technical("area")


@pytest.mark.parametrize("text, term, gloss", [
    # a gerund after a preposition glossed by a plainer gerund phrase
    ("Rest keeps the joint from swelling (getting bigger) after a fall.",
     "swelling", "getting bigger"),
    ("Patients recover faster by ambulating (walking around) early.",
     "ambulating", "walking around"),
])
def test_gerund_glossed_by_gerund(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    # a manner remark on a gerund is no plainer word for it
    "The knee hurts after running (slowly) for an hour.",
    # after `these`/`those` the note is about the things the text named, not the word
    "If fat narrows these vessels (a condition called arterial disease), legs hurt.",
    "Smoke damages those airways (a problem seen in most smokers) for years.",
])
def test_no_definition_of_the_things_meant(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    # the other order (plain words, then the technical term): a verb's particle and an
    # infinitive's verb before the description are no part of it
    ("Fat builds up in the vessels on each side of the eye (retinal capillaries) with age.",
     "vessels on each side of the eye", "retinal capillaries"),
    ("The scanner is used to measure bone thickness (densitometry) in older women.",
     "bone thickness", "densitometry"),
    ("It is hard to judge skin colour (pigmentation) under blue light.",
     "skin colour", "pigmentation"),
])
def test_description_without_the_verb_before_it(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # a verb before a technical head, after a modal, `to`/`help` or an adverb
    ("Saliva may contain lysozyme (an enzyme that kills germs) and salts.",
     "lysozyme", "an enzyme that kills germs"),
    ("The kidneys cannot properly remove urea (a waste made from protein) from the blood.",
     "urea", "a waste made from protein"),
    # an adjective glossed word for word at the start of a list line keeps its capital
    ("- Acute (sudden) kidney failure after surgery", "Acute", "sudden"),
    # a bare verb after a modal or `to`, glossed by a plainer verb phrase
    ("The rash may recur (come back) after the cream is stopped.", "recur", "come back"),
    ("The drug helps to dilate (widen) the vessels.", "dilate", "widen"),
    # `(or …)`: another name that shares a word with the head
    ("Children with kidney stones (or renal stones) should drink more water.",
     "kidney stones", "or renal stones"),
])
def test_more_term_first_shapes(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    # a capital inside the sentence is a name or a title, not a sentence opening
    "The Severe (intense) pain in the knee is common.",
    # time, manner and place remarks on a verb
    "The job may fail (again) tonight.",
    "The cancer will spread (quickly) to the bones.",
    "The job can run (in the background) for hours.",
    # `(or …)` naming an alternative, not another name
    "Ask your doctor (or nurse) about the dose.",
    "Take one tablet (or both) each morning.",
    "Use version 2 (or later) of the tool.",
])
def test_remarks_and_alternatives_stay_noise(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


def test_nouns_after_to_are_no_verb_phrase():
    # the bracket names the whole description, not the noun after `to`
    found = pairs("Pregnancies that do not survive to term (miscarriages and stillbirths) "
                  "are counted.")
    assert [t for t, _, _ in found] == ["Pregnancies that do not survive to term"]


@pytest.mark.parametrize("text, term, gloss", [
    # a past verb right after its subject, glossed by a plainer past phrase
    ("During surgery the wall of the cyst ruptured (broke open) and fluid leaked.",
     "ruptured", "broke open"),
    ("After a week the patient recovered (got better) at home.", "recovered", "got better"),
    # a long plain description may share a word's first letters with the head
    ("Fluid collects in the pericardium (tissue lining the pericardial sac) after infection.",
     "pericardium", "tissue lining the pericardial sac"),
])
def test_past_verbs_and_long_descriptions(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    # one past word alone is as often a remark as a plainer word
    "The files changed (updated) overnight.",
])
def test_one_past_word_is_left_alone(text):
    assert ("changed", "updated", "def") not in pairs(text)


def test_a_long_form_sharing_the_head_noun_is_no_plain_description():
    found = pairs("Doctors ordered a PET scan (positron emission tomography scan) last week.")
    assert ("PET scan", "positron emission tomography scan", "def") not in found
