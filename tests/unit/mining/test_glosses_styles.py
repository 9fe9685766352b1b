"""find_glosses: the four gloss styles, pair orientation and spans, on sentences written for the
tests (not taken from the seeds)."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.glosses import find_glosses


@pytest.mark.parametrize("text, expected", [
    ("他们最近在研究 diffusion models(扩散模型)的加速方法。",
     [("diffusion models", "扩散模型", "en-zh")]),
    ("这个团队很擅长做 data curation（数据整理），也很重视 evals（评测）。",
     [("data curation", "数据整理", "en-zh"), ("evals", "评测", "en-zh")]),
    ("我们用了 LoRA(低秩适配)和 RLHF（基于人类反馈的强化学习）。",
     [("LoRA", "低秩适配", "en-zh"), ("RLHF", "基于人类反馈的强化学习", "en-zh")]),
    ("这就是所谓的 long-tail problem(长尾问题)。", [("long-tail problem", "长尾问题", "en-zh")]),
])
def test_english_term_with_chinese_gloss_is_en_zh(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("研究人员提出了一种新的注意力机制(attention mechanism)。",
     [("注意力机制", "attention mechanism", "zh-en")]),
    ("这种方法被称为知识蒸馏(knowledge distillation)。",
     [("知识蒸馏", "knowledge distillation", "zh-en")]),
    ("我们讨论了检索增强生成（RAG）在企业中的应用。", [("检索增强生成", "RAG", "zh-en")]),
    ("他们使用了监督微调(SFT)和直接偏好优化(DPO)。",
     [("监督微调", "SFT", "zh-en"), ("直接偏好优化", "DPO", "zh-en")]),
    ("吴恩达(Andrew Ng)在课上讲过这个问题。", [("吴恩达", "Andrew Ng", "zh-en")]),
])
def test_chinese_term_with_english_gloss_is_zh_en(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We fine-tuned a convolutional neural network (CNN) on the data.",
     ("convolutional neural network", "CNN")),
    ("The World Health Organization (WHO) published new guidance.",
     ("World Health Organization", "WHO")),
    ("Funding came from the Department of Energy (DOE) last year.",
     ("Department of Energy", "DOE")),
    ("We used retrieval-augmented generation (RAG) for this.",
     ("retrieval-augmented generation", "RAG")),
    ("Several small language models (SLMs) run on phones.", ("small language models", "SLMs")),
    ("Fans of effective accelerationism (e/acc) disagree.", ("effective accelerationism", "e/acc")),
    # a hyphenated word may give one letter per part; the shortest in-order match wins
    ("The model was trained with supervised fine-tuning (SFT) first.",
     ("supervised fine-tuning", "SFT")),
    ("Using chain-of-thought (CoT) prompting helps.", ("chain-of-thought", "CoT")),
])
def test_long_form_then_abbreviation_is_abbr(text, expected):
    assert pairs(text) == [(*expected, "abbr")]


@pytest.mark.parametrize("text, expected", [
    ("We rely on NLP (natural language processing) heavily.",
     ("natural language processing", "NLP")),
    ("He now teaches at MIT (Massachusetts Institute of Technology).",
     ("Massachusetts Institute of Technology", "MIT")),
    # translators sometimes permute the words; the capitals still name every word
    ("Everyone talks about ASI (Super Artificial Intelligence) these days.",
     ("Super Artificial Intelligence", "ASI")),
])
def test_abbreviation_first_is_normalised_to_long_form_term(text, expected):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style) == (*expected, "abbr")
    # the term span covers what is written before the bracket: the abbreviation
    assert text[hit.term_span[0]:hit.term_span[1]] == expected[1]
    assert text[hit.gloss_span[0]:hit.gloss_span[1]] == expected[0]


@pytest.mark.parametrize("text, expected", [
    ("Large language models (or LLMs) are big.", ("Large language models", "LLMs")),
    ("Large language models (LLMs for short) are big.", ("Large language models", "LLMs")),
    ("Large language models (LLMs, such as GPT-4) are big.", ("Large language models", "LLMs")),
    ("We use RAG (retrieval-augmented generation, which adds search) a lot.",
     ("retrieval-augmented generation", "RAG")),
])
def test_abbreviation_with_lead_in_or_trailing_note_keeps_only_the_abbreviation(text, expected):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style) == (*expected, "abbr")
    # the spans cover the two sides exactly, without the lead-in or the note
    sides = {text[hit.term_span[0]:hit.term_span[1]], text[hit.gloss_span[0]:hit.gloss_span[1]]}
    assert sides == set(expected)


@pytest.mark.parametrize("text", [
    "We need better evals (evaluations) for agents.",
    "We need better evaluations (evals) for agents.",
])
def test_clipped_word_and_full_word_are_abbr_either_way(text):
    assert pairs(text) == [("evaluations", "evals", "abbr")]


def test_model_and_modelling_are_not_a_clipping():
    assert pairs("We compare models (modelling) here.") == []


def test_abbreviation_inside_chinese_text_is_abbr_when_both_sides_are_english():
    text = "他们以 BERT(Bidirectional Encoder Representations from Transformers)为基础。"
    assert pairs(text) == [
        ("Bidirectional Encoder Representations from Transformers", "BERT", "abbr")]


def test_long_form_never_reaches_across_chinese_text():
    assert pairs("我们用 reinforcement learning (RL) 训练。") == [
        ("reinforcement learning", "RL", "abbr")]
    assert pairs("Google 的 Brain 团队做 Deep Learning(GBDL)") == []


def test_cross_language_abbreviation_keeps_text_order():
    assert pairs("大家都在用 NLP(自然语言处理)。") == [("NLP", "自然语言处理", "en-zh")]
    assert pairs("大家都在用自然语言处理(NLP)。") == [("自然语言处理", "NLP", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    ("The model suffers from overfitting (overfitting means the model memorizes noise in the "
     "training data).",
     ("overfitting", "overfitting means the model memorizes noise in the training data")),
    ("They applied distillation (Note: distillation trains a small model to imitate a large "
     "one.) to save memory.",
     ("distillation", "distillation trains a small model to imitate a large one")),
    ("Each reply is tokenized(Tokenization refers to splitting text into units the model "
     "reads).",
     ("tokenized", "Tokenization refers to splitting text into units the model reads")),
    ("Then we run the beam search decoder (note: beam search keeps the k best partial "
     "outputs at every step).",
     ("beam search decoder", "beam search keeps the k best partial outputs at every step")),
    ("We also prune weights (Note: in deep learning, pruning weights means removing the "
     "ones that matter little).",
     ("weights", "in deep learning, pruning weights means removing the ones that matter little")),
    ("These are called world models (models that simulate the environment).",
     ("world models", "models that simulate the environment")),
])
def test_english_note_defining_the_head_is_def(text, expected):
    assert pairs(text) == [(*expected, "def")]


@pytest.mark.parametrize("text", [
    "Large models (GPT-4 is a good example) are costly.",
    "The embedding (it is a vector of numbers) grows.",
    "Our tokenizer (see the appendix for the vocabulary list) is small.",
    "Plain heads (tiny note) stay out.",
    "The results (Note: the authors later retracted this claim) were striking.",
    "In practice we prune the network (Note: in deep learning, pruning removes small weights).",
])
def test_english_note_that_does_not_define_the_head_is_not_def(text):
    assert pairs(text) == []


def test_spans_point_at_term_and_gloss():
    text = "其实 world knowledge(世界知识)和蒸馏(distillation)都很重要"
    hits = find_glosses(text)
    assert [h.style for h in hits] == ["en-zh", "zh-en"]
    for h in hits:
        assert text[h.term_span[0]:h.term_span[1]] == h.term
        assert text[h.gloss_span[0]:h.gloss_span[1]] == h.gloss


def test_text_without_brackets_gives_nothing():
    assert find_glosses("") == []
    assert find_glosses("Plain English and 中文 without any bracket.") == []


@pytest.mark.parametrize("text, expected", [
    ("* Reward：一个实数，reward transition is stochastic（随机的）", [("stochastic", "随机的")]),
    ("这里 the output is deterministic（确定性的）。", [("deterministic", "确定性的")]),
    ("这个 function was deprecated（已弃用）了。", [("deprecated", "已弃用")]),
    # a gloss long enough for the clause, or with a copula of its own, translates it whole
    ("这就是 less is more（少即是多）。", [("less is more", "少即是多")]),
    ("论文 Attention Is All You Need（注意力就是你所需要的一切）很有名。",
     [("Attention Is All You Need", "注意力就是你所需要的一切")]),
])
def test_english_clause_in_chinese_text_gives_the_word_the_gloss_translates(text, expected):
    assert [(h.term, h.gloss) for h in find_glosses(text)] == expected


@pytest.mark.parametrize("text", [
    "* **Encoder （左侧）**：编码器接收输入。",
    "看这张 diagram（上方）就明白了。",
    "* **Decoder （右侧）**：解码器生成输出。",
])
def test_a_gloss_that_only_says_where_is_a_place_note(text):
    assert find_glosses(text) == []


@pytest.mark.parametrize("text, expected", [
    ("这叫 upstream（上游）依赖。", [("upstream", "上游")]),
    ("页面的 left side（左侧）放菜单。", [("left side", "左侧")]),
])
def test_a_word_of_place_keeps_its_locative_gloss(text, expected):
    assert [(h.term, h.gloss) for h in find_glosses(text)] == expected


@pytest.mark.parametrize("text", [
    "## Pre-Norm（现代主流）",
    "这种 layout（目前常见）很多。",
    "这个 API（过去流行）已经淘汰。",
])
def test_a_gloss_opening_with_a_time_word_and_no_noun_is_a_time_qualifier(text):
    assert find_glosses(text) == []


@pytest.mark.parametrize("text, expected", [
    ("这是 state of the art（当前最先进水平）。", [("state of the art", "当前最先进水平")]),
    ("保存 current state（当前状态）。", [("current state", "当前状态")]),
    ("这叫 legacy code（过去的代码）。", [("legacy code", "过去的代码")]),
])
def test_a_time_word_in_a_noun_phrase_gloss_stays(text, expected):
    assert [(h.term, h.gloss) for h in find_glosses(text)] == expected
