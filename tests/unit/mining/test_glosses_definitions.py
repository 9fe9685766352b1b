"""find_glosses: plain-English definitions in brackets are `def` (RULES.md DEF, issue 9 item 7),
and the English brackets that only look like them stay noise. Sentences and texts written for
the tests in the style of consumer-health pages, website terms and standards."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from gloss_pairs import pairs

TEXTS = Path(__file__).resolve().parents[2] / "data" / "plain_definitions"



@pytest.mark.parametrize("text, term, gloss", [
    ("Your platelets (small cells that help blood clot) are low.",
     "platelets", "small cells that help blood clot"),
    ("Patients with dyspnea (shortness of breath) should rest.",
     "dyspnea", "shortness of breath"),
    ("Edema (swelling caused by fluid) is common after surgery.",
     "Edema", "swelling caused by fluid"),
    ("Smoking can cause emphysema (damage to the air sacs in the lungs).",
     "emphysema", "damage to the air sacs in the lungs"),
    ("Hypoglycemia (low blood sugar) can make you shaky.", "Hypoglycemia", "low blood sugar"),
    ("The sender computes a checksum (a short value derived from the message) first.",
     "checksum", "a short value derived from the message"),
    ("Any dispute (a disagreement about these terms) goes to court.",
     "dispute", "a disagreement about these terms"),
    ("Personal data (any information that identifies you) is kept safe.",
     "Personal data", "any information that identifies you"),
    ("ACE inhibitors (medicines that relax blood vessels) lower the strain on your heart.",
     "ACE inhibitors", "medicines that relax blood vessels"),
    ("The clinic offers physiotherapy (treatment that uses exercise and massage) twice a week.",
     "physiotherapy", "treatment that uses exercise and massage"),
    ("A biopsy (a small sample of tissue taken for testing) confirmed it.",
     "biopsy", "a small sample of tissue taken for testing"),
    ("The surgeon suggested a cholecystectomy (removal of the gallbladder) last spring.",
     "cholecystectomy", "removal of the gallbladder"),
    ("The court may issue an injunction (an order that stops someone from doing something).",
     "injunction", "an order that stops someone from doing something"),
    ("Drink enough water to avoid dehydration (losing more fluid than you take in).",
     "dehydration", "losing more fluid than you take in"),
    ("The contract includes an indemnity clause (a promise to cover the other side's losses).",
     "indemnity clause", "a promise to cover the other side's losses"),
    # the same in tech writing
    ("We added a guardrail (a rule that blocks unsafe output) to the agent.",
     "guardrail", "a rule that blocks unsafe output"),
    ("The model uses embeddings (lists of numbers that capture meaning) for search.",
     "embeddings", "lists of numbers that capture meaning"),
    ("Quantization (storing weights with fewer bits) saves memory.",
     "Quantization", "storing weights with fewer bits"),
    ("A sandbox (an isolated environment for running code) keeps the host safe.",
     "sandbox", "an isolated environment for running code"),
])
def test_plain_description_of_the_head_is_def(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    ("Hypertension (also called high blood pressure) is common.",
     "Hypertension", "also called high blood pressure"),
    ("Tinnitus (also known as ringing in the ears) can be treated.",
     "Tinnitus", "also known as ringing in the ears"),
    ("Many adults have GERD symptoms from reflux (sometimes called heartburn) after meals.",
     "reflux", "sometimes called heartburn"),
])
def test_another_name_for_the_same_thing_is_def_with_its_lead_in_kept(text, term, gloss):
    # T1 removes only note labels (`Note:`, `注:`): `also called` stays in the gloss
    assert pairs(text) == [(term, gloss, "def")]


def test_the_term_is_the_noun_phrase_before_the_bracket():
    # B4: `called` and the article stay outside; an expansion makes it abbr
    text = "The doctor ordered a blood test called a complete blood count (CBC) yesterday."
    assert pairs(text) == [("complete blood count", "CBC", "abbr")]
    # a verb before the noun phrase is not part of it
    assert pairs("Common symptoms include fatigue (feeling very tired) and cough.") == [
        ("fatigue", "feeling very tired", "def")]
    assert pairs("Some people take metformin (a medicine that lowers blood sugar) daily.") == [
        ("metformin", "a medicine that lowers blood sugar", "def")]
    # an adjective before the word the note repeats stays in the term
    assert pairs("Servers must reject malformed frames (frames whose length field is wrong).") \
        == [("malformed frames", "frames whose length field is wrong", "def")]


@pytest.mark.parametrize("text", [
    # examples
    "Take the pills with food (such as crackers or toast).",
    "Avoid painkillers (e.g. ibuprofen) before the test.",
    "Some fruits (like grapefruit) change how the drug works.",
    "Several vaccines (including the flu shot) are free.",
    "Symptoms (fever, cough, or tiredness) last a week.",
    "Implementations (clients and servers) must reject such frames.",
    # asides and scope
    "Side effects are mild (in most cases).",
    "The drug was new (at the time).",
    "Some people get migraines (rare in children).",
    "The pain is usually dull (mild to moderate) and passes.",
    "Take your medicines as prescribed (usually once or twice a day).",
    "The drug is effective (safe for most adults) and cheap.",
    "This test is optional (available on request).",
    "Our agent (running in a sandbox) failed.",
    "Prices (excluding tax) went up.",
    "The results (shown in the table below) are clear.",
    "The company (then a small startup) grew fast.",
    # numbers, doses, citations, URLs, stage directions
    "Take one tablet (500 mg) twice a day.",
    "Most adults need less salt (about 6 grams a day).",
    "The rash can spread (see Figure 2).",
    "Results were similar in other trials (Smith et al., 2019).",
    "More advice is on our website (https://example.org/heart).",
    "The nurse showed the steps (pause) and then left.",
    # remarks in tech writing on which thing is meant, what it was or how good it is
    "The approach (first proposed by Google) is simple.",
    "Our method (code available online) works.",
    "The company's revenue (annual recurring revenue) grew.",
    "The trick (dropout applied twice) helps.",
    "The team (led by a former Googler) shipped it.",
    "The loss (cross-entropy over tokens) falls.",
    "The paper (work in progress) is online.",
    "The benchmark (hard math problems from olympiads) is public.",
    "The new version (a big improvement) is out.",
    "Our agent (an early prototype) broke.",
    "The fix (a one-line change) shipped.",
    "Their benchmark (a set of coding tasks) is public.",
    "Google (the search giant) invested.",
    # a note about a name says which thing is meant, not what a word means
    "The FDA (the agency that regulates drugs) approved it.",
    "The FDA (an agency that regulates drugs) approved it.",
    "This leaflet is provided by the Heart Health Network (the Network) for information.",
    # a definition of some other word of the sentence
    "Your doctor may order an echocardiogram to check the valves (an echocardiogram is an "
    "ultrasound of the heart).",
    # too short to tell a description from a remark
    "Plain heads (tiny note) stay out.",
])
def test_english_bracket_that_does_not_define_the_head_stays_noise(text):
    assert pairs(text) == []


def _gold(name: str) -> set[tuple[str, str, str]]:
    with open(TEXTS / f"{name}.tsv", encoding="utf-8", newline="") as f:
        return {(r["term"], r["gloss"], r["style"]) for r in csv.DictReader(f, delimiter="\t")}


def _mined(name: str) -> set[tuple[str, str, str]]:
    text = (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    return {p for line in text.splitlines() for p in pairs(line)}


@pytest.mark.parametrize("name, min_recall", [
    ("heart_failure", 0.7),            # used while building the classifier
    ("terms_standard_diabetes", 0.6),  # written afterwards, as a check
])
def test_health_legal_and_standards_texts_mine_definitions_precisely(name, min_recall):
    gold, mined = _gold(name), _mined(name)
    tp = len(gold & mined)
    precision = tp / len(mined)
    recall = tp / len(gold)
    assert precision >= 0.95, sorted(mined - gold)
    assert recall >= min_recall, sorted(gold - mined)
