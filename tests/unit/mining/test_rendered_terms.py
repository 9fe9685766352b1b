"""Rule B2 with a bilingual dictionary (invented lines): the English term before a Chinese
gloss is the words the gloss renders; words in front that nothing in the gloss translates are
dropped, but only on the dictionary's evidence (CC-CEDICT, read for real)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.zh_en_dictionary import english_words, same_word, senses


@pytest.mark.parametrize("text, expected", [
    # English prose
    ("We feed each RGB image (图像) to the network.", [("image", "图像", "en-zh")]),
    ("Swap in a modern backbone (骨干网络) for the old one.",
     [("backbone", "骨干网络", "en-zh")]),
    ("Compute the sigmoid derivative (导数) at each node.", [("derivative", "导数", "en-zh")]),
    # a Latin run in Chinese text
    ("这里用 MSE loss function（损失函数）。", [("loss function", "损失函数", "en-zh")]),
    ("初学者常用 vanilla gradient descent（梯度下降）。",
     [("gradient descent", "梯度下降", "en-zh")]),
    # Title Case: a name or short form in front goes
    ("每个 JavaScript Object（对象）都有原型。", [("Object", "对象", "en-zh")]),
])
def test_words_the_gloss_does_not_render_are_dropped(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards (they pass without the rule too): every one needs the whole phrase
    # a gloss part no kept word renders (无, 监督; 残差 is not in the dictionary)
    ("他们在用 unsupervised learning（无监督学习）。",
     [("unsupervised learning", "无监督学习", "en-zh")]),
    ("Add a residual connection (残差连接) around each block.",
     [("residual connection", "残差连接", "en-zh")]),
    # the first word is rendered (后: post-)
    ("We start from post training (后训练) here.", [("post training", "后训练", "en-zh")]),
    # an idiom, and a phrase with function words
    ("He tried to beat around the bush (拐弯抹角) again.",
     [("beat around the bush", "拐弯抹角", "en-zh")]),
    # Title Case keeps its plain words
    ("我们的 Build Quality Gates（质量门禁）很严格。",
     [("Build Quality Gates", "质量门禁", "en-zh")]),
    # a sense renders the kept word after a noun or verb of its own (死信: lost letter; 词频:
    # word frequency), which the words in front may translate
    ("Then the dead letter queue (死信队列) fills.",
     [("dead letter queue", "死信队列", "en-zh")]),
    ("We compute the term frequency (词频) first.", [("term frequency", "词频", "en-zh")]),
    # a part the kept words do not render (定制: custom-made, not `contract`)
    ("Each pair of agents needs a bespoke contract (定制合约) today.",
     [("bespoke contract", "定制合约", "en-zh")]),
    # one character of three renders the kept word (分: fraction), the word itself does not
    # (大部分: the greater part)
    ("It fails on a substantial fraction (大部分) of the runs.",
     [("substantial fraction", "大部分", "en-zh")]),
    # the dictionary does not know the gloss: nothing is cut
    ("Pick the smallest odd kernel (卷积核) that works.",
     [("smallest odd kernel", "卷积核", "en-zh")]),
])
def test_without_the_dictionarys_evidence_the_phrase_stays_whole(text, expected):
    assert pairs(text) == expected


def test_the_dictionary_gives_english_words_of_every_sense():
    assert {"loss", "damage"} <= english_words("损失")
    assert "backbone" in english_words("骨干")
    assert "cl" not in english_words("损失")  # `CL:個|个[ge4]` is a classifier, not a meaning
    assert english_words("卷积核") == frozenset()
    assert senses("词频") == [["word", "frequency"]]


@pytest.mark.parametrize("a, b, same", [
    ("train", "training", True), ("descend", "descent", True), ("diffuse", "diffusion", True),
    ("loss", "losses", True), ("image", "imagine", False), ("hide", "hidden", False),
    ("scale", "scaling", True), ("contract", "control", False),
    # -ation and -ated share the stem without -ion (`correlat`), not without -ation
    ("correlated", "correlation", True), ("information", "inform", True),
])
def test_forms_of_one_word(a, b, same):
    assert same_word(a, b) is same


def test_an_adjective_rendered_by_its_noun_sense_stays_in_the_term():
    # 相关 "correlation" renders `correlated`: the term is the whole phrase (round 57)
    assert pairs("Remove one of two correlated features (相关特征) first.") == [
        ("correlated features", "相关特征", "en-zh")]
