"""find_glosses where an -ly word before an English term is a verb or a noun, not an adverb
(en_words.looks_adverb): after `we apply`, `they supply`, the term starts after the verb, and
a noun in -ly is part of a compound. Sentences written for the tests; none is from a corpus."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.en_words import looks_adverb


@pytest.mark.parametrize("text, term, gloss", [
    ("We apply gradient clipping（梯度裁剪）during training.", "gradient clipping", "梯度裁剪"),
    ("They supply training data（训练数据）to the model.", "training data", "训练数据"),
    ("Engineers rely on transfer learning（迁移学习）here.", "transfer learning", "迁移学习"),
    ("They use anomaly detection（异常检测）on logs.", "anomaly detection", "异常检测"),
    ("We multiply weight matrices（权重矩阵）in one step.", "weight matrices", "权重矩阵"),
])
def test_a_verb_in_ly_before_a_noun_phrase_is_no_adverb(text, term, gloss):
    assert (term, gloss, "en-zh") in pairs(text)


@pytest.mark.parametrize("word, adverb", [
    ("finally", True), ("slowly", True), ("widely", True),
    ("apply", False), ("supply", False), ("rely", False), ("assembly", False),
    ("anomaly", False), ("monopoly", False), ("brachydactyly", False), ("fly", False),
])
def test_looks_adverb(word, adverb):
    assert looks_adverb(word) is adverb
