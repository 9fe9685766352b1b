"""Round 30 (invented lines): drug brands in brackets. Several brands, one with a release
form's letters (`Glucotrol XL`), are one gloss, and no short form; a brand after two rare
drugs joined by `+` names the combination."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Doctors may prescribe nifedipine (Procardia, Procardia XL) for it.",
     [("nifedipine", "Procardia, Procardia XL", "def")]),
    ("Options include tolbutamide (OraMide, Orinase, Tolinase) and others.",
     [("tolbutamide", "OraMide, Orinase, Tolinase", "def")]),
    ("- saxagliptin + dapagliflozin (Qtern)",
     [("saxagliptin + dapagliflozin", "Qtern", "def")]),
])
def test_brand_names_of_a_drug_or_a_combination(text, expected):
    assert pairs(text) == expected


def test_how_severe_it_is_stays_out_of_the_description():
    assert pairs("This condition causes severe dizziness (vertigo) at times.") == [
        ("dizziness", "vertigo", "def")]


@pytest.mark.parametrize("text, expected", [
    # `lens` is no plural: the note names the whole description
    ("Some people also develop clouding of the lens (cataracts) in midlife.",
     [("clouding of the lens", "cataracts", "def")]),
    # a process and its place: no plural part of it is what the note names
    ("Signs include joint pain, hearing loss, and clouding of the lens of the eyes (cataracts).",
     [("clouding of the lens of the eyes", "cataracts", "def")]),
    # a plural phrase after a preposition still is (`nerve cells (neurons)`)
    ("It is needed for fast signaling between nerve cells (neurons) in the brain.",
     [("nerve cells", "neurons", "def")]),
])
def test_plural_notes_and_singular_words_in_s(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The prompt fills the context window (系统提示 + 检索结果 + 用户问题) quickly.",
    "分块大小的最佳点（128-256 tokens）因任务而异。",
])
def test_a_sum_of_parts_or_a_range_of_values_is_no_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a word before a long form that spells the short form in order is no part of it
    ("Several Global Intergovernmental Organizations (IGOs) joined the treaty.",
     [("Intergovernmental Organizations", "IGOs", "abbr")]),
    # a name whose words a translator put in another order still is one
    ("Such systems are often called General Artificial Intelligence (AGI) in the press.",
     [("General Artificial Intelligence", "AGI", "abbr")]),
])
def test_a_permuted_name_gives_way_to_one_in_order(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun and its participle with an object are the description
    ("In this form, the band of fibers joining the two halves of the brain (commissure) is thin.",
     [("band of fibers joining the two halves of the brain", "commissure", "def")]),
    ("Hearing depends on the fluid filling the inner ear (endolymph) in each ear.",
     [("fluid filling the inner ear", "endolymph", "def")]),
    # an -ing preposition is none
    ("Many have gastrointestinal problems including a backflow of stomach acids into the "
     "esophagus (gastroesophageal reflux).",
     [("backflow of stomach acids into the esophagus", "gastroesophageal reflux", "def")]),
])
def test_a_noun_with_its_participle_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # the English names the longer Chinese term in the bracket, a kind of the head
    "这一部分误差（离散化误差，Discretization Error）来自网格。",
    "每个节点都有自己的缓存（本地缓存，Local Cache）用于加速。",
])
def test_a_kind_of_the_head_named_in_the_bracket_is_no_pair_of_the_head(text):
    assert pairs(text) == []
