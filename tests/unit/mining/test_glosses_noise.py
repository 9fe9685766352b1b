"""find_glosses: parentheticals that are not glosses give nothing (rules G1–G9), on sentences
written for the tests. Each case pairs a head that could take a gloss with a bracket that
does not gloss it."""

from __future__ import annotations

import pytest

from vocab_app.mining.glosses import find_glosses


@pytest.mark.parametrize("text", [
    # G1: asides, scope and time qualifiers
    "We compared several vendors (including Nvidia) before buying.",
    "The lab was tiny (at that point) and underfunded.",
    "They said (and I agree) that it works.",
    "OpenAI (which was founded in 2015) released it.",
    "我们在 2023 年(当时还很早)就开始了。",
    "这个模型(通过开源社区)传播得很快。",
    "他们的工作(以及 Meta 的其他团队)影响很大。",
    "Transformer(现在 NLP 的主流)出现在 2017 年。",
    # G2: example lists and "like…" clarifications
    "We tested many models (such as GPT-4 and Claude) last year.",
    "Big apps (like search, like maps) use it.",
    "常见的任务(如翻译、摘要等)都可以做。",
    "这些公司(谷歌、微软等)都在投入。",
    "几家 labs(如 DeepMind)也在做。",
    "Cursor(AI 编程工具)很火。",
    # G3: sources, citations, URLs, years, editorial remarks, stage directions
    "It was released in 2019 (see the paper for details).",
    "The benchmark (Source: the authors' website) is public.",
    "The talk (recorded in 2021) was great.",
    "This is huge (laughter).",
    "Thanks everyone (applause).",
    "The transcript (lightly edited) follows.",
    "The chart (translated by our team) is below.",
    "他说(笑)我们很开心。",
    "该公司发布了报告(见附录 B)。",
    "原文在这里(https://example.org/post/42)。",
    "更多内容请看官网(www.example.com)。",
    "可以关注他的账号(@someone)。",
    "详见这篇论文(arXiv 2401.00001)。",
    "他在推特上(Twitter: someone)说过。",
    "The paper (2017) changed the field.",
    "The price (about $20) is low.",
    "他发表了论文(1998)。",
    # G4: biographical notes about a person
    "Geoffrey Hinton (note: a professor at Toronto who won the Turing Award) said so.",
    "Fei-Fei Li (the founder of ImageNet) spoke next.",
    "他提到了 Yann LeCun(图灵奖得主)的观点。",
    "李飞飞博士(斯坦福大学教授)也在场。",
    "Hinton 教授(a Turing Award winner)也来了。",
    "最早由 Ilya(时任首席科学家)提出。",
    # an English title after a generic Chinese noun does not translate it
    "他是 Transformer 论文(Attention Is All You Need)的作者之一。",
    # a number or English word in a Chinese note that the head does not have: a description
    "我们用的是 Python(3.10 版本)。",
    # G5: the original of a whole quoted sentence
    "他说(He said it was fine.)",
    "他说:\u201c模型只是在压缩世界\u201d(Models are just compressing the world. That is all.)",
    "一个著名的比喻(Is it just a stochastic parrot that repeats what it hears?)",
    # G6: a Chinese note on a Chinese head
    "这个神经网络(一种函数逼近器)很大。",
    "我们用了梯度下降(最常见的优化方法)。",
    # G7/G8: an English alias or back-translated word that is no abbreviation or definition
    "Llama-3 (Meta AI): open weights.",
    "some data tools (things) helped.",
    # G9: a gloss broken by an injected domain name
    "training at scale (train-www.example.net time) costs money.",
    # no term at all: punctuation or a closing bracket right before the bracket
    "They left. (Nobody knew why.)",
    "大型模型(LLM)(如 Gemini)很多。",
    "这是第 3 (4th) 版。",
])
def test_non_gloss_parenthetical_gives_nothing(text):
    got = [(h.term, h.gloss) for h in find_glosses(text)]
    if "(LLM)(" in text:  # the first bracket is a real gloss; the glued aside is not
        assert got == [("大型模型", "LLM")]
    else:
        assert got == []


@pytest.mark.parametrize("text, expected", [
    # look-alikes of noise words that are real glosses
    ("要关注 online learning(在线学习)的效果", ("online learning", "在线学习")),
    ("这涉及 attention(注意力)和 constraint(约束)", ("attention", "注意力")),
    ("The World Health Organization (WHO) said so.", ("World Health Organization", "WHO")),
    ("Yann LeCun(杨立昆)是图灵奖得主", ("Yann LeCun", "杨立昆")),
    ("我们讨论了过去时(past tense)。", ("过去时", "past tense")),
    ("要做好 harness(agent 框架)的设计", ("harness", "agent 框架")),
    ("要写清楚 source(来源)", ("source", "来源")),
    ("背景 music(音乐)很好", ("music", "音乐")),
    ("我们读了源代码(source code)。", ("源代码", "source code")),
    ("每张图像(image)都有标签。", ("图像", "image")),
    ("写一个循环(for loop)就行", ("循环", "for loop")),
    ("要提高 pass rate(通过率)", ("pass rate", "通过率")),
    ("列出 references(参考文献)", ("references", "参考文献")),
    ("她是 Research Scientist(研究科学家)", ("Research Scientist", "研究科学家")),
])
def test_gloss_that_looks_like_noise_is_kept(text, expected):
    assert (find_glosses(text)[0].term, find_glosses(text)[0].gloss) == expected


@pytest.mark.parametrize("text", [
    "Controllers watch objects (information about {{< glossary_tooltip text=\"labels\" >}}).",
    "The page lists terms ({% include glossary.html %}) below.",
])
def test_site_generator_template_markup_in_a_bracket_is_noise(text):
    assert find_glosses(text) == []
