"""find_glosses: where terms start and end (rules B1–B5, S2, S3, T1 of the gold RULES.md), on
sentences written for the tests."""

from __future__ import annotations

import pytest

from vocab_app.mining.glosses import find_glosses


def terms(text: str) -> list[str]:
    return [h.term for h in find_glosses(text)]


@pytest.mark.parametrize("text, term", [
    # B2: only the final Latin run before the bracket; Chinese modifiers stay outside
    ("非常关键的 attention mechanism(注意力机制)让模型看到全文。", "attention mechanism"),
    ("这是 2D 或 point cloud data(点云数据)的问题", "point cloud data"),
    ("我们用它来做 self-supervised learning(自监督学习)", "self-supervised learning"),
    ("新版本叫GPT-4o(多模态模型)", "GPT-4o"),
    # B1: the space before the bracket is not part of the term
    ("他们训练了一个 mixture of experts (专家混合模型)", "mixture of experts"),
])
def test_english_term_in_chinese_text_is_the_final_latin_run(text, term):
    assert terms(text) == [term]


@pytest.mark.parametrize("text, term", [
    ("We use RL (强化学习) a lot.", "RL"),
    ("We call this reinforcement learning (强化学习) in the paper.", "reinforcement learning"),
    # a light verb that is also a noun heads a compound, never a term alone
    ("We rely on tool use(工具调用) a lot.", "tool use"),
    ("They make function calls(函数调用) often.", "function calls"),
    # a common transitive verb before the phrase is not part of it
    ("Agents need tool use(工具调用).", "tool use"),
    ("Models perform in-context learning(上下文学习).", "in-context learning"),
])
def test_english_term_in_english_prose_with_chinese_gloss_is_the_noun_phrase(text, term):
    assert [(h.term, h.style) for h in find_glosses(text)] == [(term, "en-zh")]


def test_a_verb_alone_glossed_by_a_chinese_verb_is_a_term_like_any_other_verb():
    # The author glossed it (RULES.md G: every gloss counts, however basic), as with adopt(采用)
    assert terms("We use(使用) it every day.") == ["use"]
    assert terms("We adopt(采用) it every day.") == ["adopt"]


def test_latin_run_at_line_start_of_chinese_text_is_kept_whole():
    assert terms("state of the art(当前最先进水平)是什么") == ["state of the art"]


def test_english_clause_inside_chinese_text_gives_its_final_noun_phrase():
    assert terms("他说 I think the key is data flywheel(数据飞轮)。") == ["data flywheel"]


@pytest.mark.parametrize("text, term", [
    ("我们最终实现了零样本学习(zero-shot learning)。", "零样本学习"),     # numeral prefix kept
    ("这是一个关于过拟合(overfitting)的例子。", "过拟合"),              # bound prefix kept
    ("大家都在谈论智能体(agents)。", "智能体"),                         # leading verb dropped
    ("他把注意力转向了模型压缩(model compression)。", "模型压缩"),      # aspect particle stops
    ("训练数据中的偏见(bias)会被放大。", "偏见"),                       # 的 stops
    ("这些模型都存在幻觉(hallucination)问题", "幻觉"),                  # verb before it dropped
    ("在自然语言处理(NLP)领域里", "自然语言处理"),                      # preposition stops
    ("他在北京大学(Peking University)读书", "北京大学"),
    ("研究重点放在安全评估方面(safety evaluation)", "安全评估"),         # locative stripped
    ("我们称之为\u201c思维链\u201d(chain of thought)", "思维链"),        # quoted term taken whole
    ("这被称作涌现能力(emergent abilities)", "涌现能力"),               # passive verb stops
    ("它们都支持函数调用(function calling)", "函数调用"),               # one jieba word, two words
    ("这是一个端到端(end-to-end)的系统", "端到端"),                     # 到 inside a compound
    ("我们采用了混合专家模型(MoE)架构", "混合专家模型"),                # MoE: three letters
    ("这次改动影响了召回率(recall)", "召回率"),                         # suffix 率 kept
    ("这篇解释稀疏注意力(sparse attention)的文章", "稀疏注意力"),       # adjective kept
    ("这就是大模型(LLM)的能力", "大模型"),                              # 就是 stops
    ("这个《注意力就是一切》(Attention Is All You Need)很有名", "注意力就是一切"),
])
def test_chinese_term_drops_function_words_verbs_and_locatives(text, term):
    assert terms(text) == [term]


def test_leading_verb_is_kept_when_the_gloss_translates_it():
    # the English gloss has as many words as the Chinese term: nothing to drop (B5)
    assert terms("他的论文是\u201c训练深度信念网络\u201d(Training Deep Belief Networks)") == [
        "训练深度信念网络"]


def test_coordinated_terms_split_into_one_pair_each():
    hits = find_glosses("训练分为两步,包括预训练和微调(pre-training and fine-tuning)两个阶段")
    assert [(h.term, h.gloss) for h in hits] == [("预训练", "pre-training"),
                                                  ("微调", "fine-tuning")]
    text = "这次改动同时影响了召回率,也影响了精确率(recall and precision)。"
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [("召回率", "recall"),
                                                                ("精确率", "precision")]


def test_coordinated_english_terms_split_like_their_chinese_gloss():
    hits = find_glosses("我们做了 pre-training and fine-tuning(预训练和微调)。")
    assert [(h.term, h.gloss, h.style) for h in hits] == [
        ("pre-training", "预训练", "en-zh"), ("fine-tuning", "微调", "en-zh")]
    assert [(h.term, h.gloss) for h in find_glosses("靠 trial and error(试错)")] == [
        ("trial and error", "试错")]


def test_coordinated_gloss_without_coordinated_terms_stays_one_pair():
    hits = find_glosses("我们研究了问答系统(question answering and retrieval)。")
    assert [(h.term, h.gloss) for h in hits] == [
        ("问答系统", "question answering and retrieval")]


def test_glued_glosses_start_after_the_previous_bracket():
    text = "我们需要 in-context learning(上下文学习)tokens(词元)和 sampling(采样)策略"
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [
        ("in-context learning", "上下文学习"), ("tokens", "词元"), ("sampling", "采样")]


@pytest.mark.parametrize("text, term", [
    ("That is why they use gradient clipping (Note: gradient clipping caps the norm of "
     "every update.)", "gradient clipping"),
    ("we can replace the learning rate schedule (note: a schedule is a rule that changes the "
     "step size over time)", "learning rate schedule"),
])
def test_def_term_is_the_noun_phrase_before_the_bracket(text, term):
    assert terms(text) == [term]


@pytest.mark.parametrize("content, gloss", [
    ("Note: a lattice is a partially ordered set in which every pair has a join.",
     "a lattice is a partially ordered set in which every pair has a join"),
    ("  快速傅里叶变换 ,", "快速傅里叶变换"),
    ("注:嵌入向量", "嵌入向量"),
])
def test_gloss_loses_only_label_spaces_and_trailing_punctuation(content, gloss):
    head = "lattice" if content.startswith("Note") else "FFT"
    (hit,) = find_glosses(f"The {head} ({content}) matters.")
    assert hit.gloss == gloss


def test_internal_punctuation_and_english_words_inside_a_chinese_gloss_are_kept():
    hits = find_glosses("做好 guardrails(护栏/防护机制)和 multi agent(多 agent)")
    assert [h.gloss for h in hits] == ["护栏/防护机制", "多 agent"]


@pytest.mark.parametrize("text, term, gloss", [
    ("Anthropic 的宪法式 AI(Constitutional AI)方法很有意思。", "宪法式 AI", "Constitutional AI"),
    ("生成式AI(Generative AI)正在改变行业。", "生成式AI", "Generative AI"),
    # a hyphenated gloss: its parts are its words
    ("### 深度双向LSTM（DB-LSTM）模型", "深度双向LSTM", "DB-LSTM"),
    ("我们用双向LSTM（Bi-LSTM）建模。", "双向LSTM", "Bi-LSTM"),
    ("这一层叫残差MLP（Residual-MLP）。", "残差MLP", "Residual-MLP"),
])
def test_chinese_term_ending_in_the_glosses_english_word_is_kept_whole(text, term, gloss):
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [(term, gloss, "zh-en")]


def test_an_english_name_repeated_in_its_gloss_is_no_mixed_term():
    assert find_glosses("这是 OpenAI 的 o1(o1 model)模型") == []
