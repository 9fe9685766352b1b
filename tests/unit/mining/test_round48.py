"""Rounds 47–48 (invented lines): an equivalent beside its partly shortened form, and long
forms of a short form that a clause only happens to spell."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs

from vocab_app.mining.description_modifiers import after_coordinated_modifier
from vocab_app.mining.en_words import WORD_RE


@pytest.mark.parametrize("text, expected", [
    ("静态离线量化（Post Training Quantization Static, PTQ Static）需要校准数据。",
     [("静态离线量化", "Post Training Quantization Static", "zh-en"),
      ("静态离线量化", "PTQ Static", "zh-en")]),
    ("混合精度训练（Automatic Mixed Precision training，AMP training）很常见。",
     [("混合精度训练", "Automatic Mixed Precision training", "zh-en"),
      ("混合精度训练", "AMP training", "zh-en")]),
])
def test_an_equivalent_and_its_partly_shortened_form_are_two_equivalents(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # letters picked out of a clause full of link words
    ("Sanger sequencing uses DNA replication of a single-stranded template with the use of a "
     "primer and a regular deoxynucleotide (dNTP), which is added.", []),
    # and across a sentence that ends in a short form
    ("It copies the DNA. The primer and dNTP are mixed with a small proportion of fluorescently "
     "labeled dideoxynucleotides (ddNTPs) now.", []),
    # guards (they pass without the rule too): names with link words in them
    ("Doctors use the Diagnostic and Statistical Manual of Mental Disorders (DSM) to decide.",
     [("Diagnostic and Statistical Manual of Mental Disorders", "DSM", "abbr")]),
    ("It is run by the National Institute of Arthritis and Musculoskeletal and Skin Diseases "
     "(NIAMS) today.",
     [("National Institute of Arthritis and Musculoskeletal and Skin Diseases", "NIAMS",
       "abbr")]),
])
def test_a_clause_that_spells_a_short_form_is_no_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Infants may have low blood sugar (hypoglycemia) or raised levels of ketones in the blood "
     "(ketosis).",
     [("low blood sugar", "hypoglycemia", "def"),
      ("raised levels of ketones in the blood", "ketosis", "def")]),
    ("Most have movement problems such as ataxia or involuntary tensing of various muscles "
     "(dystonia).", [("involuntary tensing of various muscles", "dystonia", "def")]),
    # a modifier coordinated with the one before the link goes with it
    ("There may be a partial or complete loss of the sense of taste (ageusia).",
     [("loss of the sense of taste", "ageusia", "def")]),
    # `eventual` says when, which no name of the condition renders
    ("Patients have progressive muscle stiffness (spasticity) and eventual paralysis of the "
     "lower limbs (paraplegia).",
     [("muscle stiffness", "spasticity", "def"),
      ("paralysis of the lower limbs", "paraplegia", "def")]),
])
def test_after_and_or_a_condition_is_the_whole_phrase_across_of(text, expected):
    assert pairs(text) == expected


def test_a_heading_glossed_whole_keeps_its_capitalised_article(tmp_path):
    notes = ("# Lesson\n\n## The Problem（问题）\n\nText.\n\n### The four elements (四个要素)\n\n"
             "Text.\n\n| Word | Note |\n|---|---|\n| the least (最少的) | x |\n")
    assert file_pairs(tmp_path, "notes.md", notes) == [
        ("The Problem", "问题", "en-zh"),
        ("The four elements", "四个要素", "en-zh"),
        # a lower-case article opens a phrase, not a title (guard: as before)
        ("least", "最少的", "en-zh"),
    ]


@pytest.mark.parametrize("text, expected", [
    # round 49: a number and its measure word before a Chinese term, which the gloss says too
    ("数据类型为 32 位整型（int32）。", [("32 位整型", "int32", "zh-en")]),
    ("数据类型为 8 位无符号整型（uint8）。", [("8 位无符号整型", "uint8", "zh-en")]),
    # guard (passes without the rule too): a count the gloss does not say stays out
    ("共有 3 个模型（models）。", [("模型", "models", "zh-en")]),
    # a name before an English term that a sense of two words renders whole (端点: end point;
    # 往返: round trip)
    ("Each agent exposes an HTTP endpoint (端点) for calls.", [("endpoint", "端点", "en-zh")]),
    ("That costs one HTTP round-trip (往返) per call.", [("round-trip", "往返", "en-zh")]),
])
def test_round_49_boundaries(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition's description runs on across `called` (the class noun, then its name)
    ("Babies may have elevated levels of a substance called bilirubin in the blood "
     "(hyperbilirubinemia).",
     [("elevated levels of a substance called bilirubin in the blood", "hyperbilirubinemia",
       "def")]),
    ("It leads to a buildup of a chemical called lactic acid in the body (lactic acidosis).",
     [("buildup of a chemical called lactic acid in the body", "lactic acidosis", "def")]),
    # and `periods of` is when, like `episodes of`
    ("Some have periods of raised levels of a substance called ammonia in the blood "
     "(hyperammonemia).",
     [("raised levels of a substance called ammonia in the blood", "hyperammonemia", "def")]),
    # guard (passes without the rule too): no condition, no run across `called`
    ("The gene makes a protein called dystrophin (a muscle protein).",
     [("dystrophin", "a muscle protein", "def")]),
])
def test_a_condition_is_described_across_called(text, expected):
    assert pairs(text) == expected


def test_a_condition_built_on_the_named_cells_is_described_by_the_whole_phrase():
    # earlier a condition built on the head word (lymphocytes → hyperlymphocytosis) made the
    # bracket noise; across `called` the description is the whole amount, as the blind gold of
    # 48_ annotates `highly elevated numbers of certain white blood cells called eosinophils
    # (hypereosinophilia)`
    assert pairs("Some adults have raised numbers of cells called lymphocytes "
                 "(hyperlymphocytosis) here.") == [
        ("raised numbers of cells called lymphocytes", "hyperlymphocytosis", "def")]


@pytest.mark.parametrize("text, expected", [
    # round 50: a verb before a long form is no qualifier that a letter inside a word spells
    ("Cells use it to produce adenosine triphosphate (ATP), the energy source.",
     [("adenosine triphosphate", "ATP", "abbr")]),
    # one hyphenated word whose parts spell a lower-case short form
    ("Concentrations are given in parts-per-million (ppm) or parts-per-billion (ppb) units.",
     [("parts-per-million", "ppm", "abbr"), ("parts-per-billion", "ppb", "abbr")]),
    # guard (passes without the rule too): separate words, a lower-case word alone
    ("Add big salt crystals (bsc) now.", []),
])
def test_round_50_short_forms(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 48: a numbered reference after a Chinese term says where to read more (G3)
    ("这里讲可观察性（Lesson 23）的做法。", []),
    ("这一步见检索增强（Chapter 4）。", []),
    # guard (passes without the rule too): the head says the number, the label is glossed
    ("## 第四章（Chapter 4）", [("第四章", "Chapter 4", "zh-en")]),
])
def test_a_numbered_reference_is_no_gloss(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("phrase, first", [
    ("a partial or complete loss of the sense of smell", "loss"),
    ("partial or total loss of vision", "loss"),
    # the word after the link is the noun itself: nothing goes
    ("a fever or rash of the skin", "rash"),
    # no `a`/`an` before the first modifier: another phrase's word
    ("the pain or sudden loss of vision", "sudden"),
])
def test_only_a_coordinated_modifier_goes(phrase, first):
    words = list(WORD_RE.finditer(phrase))
    begin = next(i for i, w in enumerate(words) if w.group() == "or") + 1
    assert words[after_coordinated_modifier(words, begin, len(words))].group() == first


@pytest.mark.parametrize("text", [
    "**Prerequisites:** Phase 2, Lesson 10 (Bias-Variance Tradeoff, 偏差-方差权衡)",
    "**前置知识:** Phase 2, Lesson 12 (Hyperparameter Tuning / 超参数调优)",
    "详见 Lesson 12（超参数调优）。",
    # guards (they pass without the rule too): the English title is no gloss in a sentence
    "See Lesson 12 (Hyperparameter Tuning) for more on this.",
    "The data are in Table 3 (Patient characteristics).",
])
def test_a_numbered_reference_is_no_term(text):
    # it says where to read more (G3); its bracket gives the part's title, no card
    assert pairs(text) == []
