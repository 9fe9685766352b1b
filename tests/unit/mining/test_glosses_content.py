"""What is inside a bracket: pronunciations (RULES.md P1), several equivalents (E1), nested
glosses (N1) and an abbreviation written before its hyphenated long form. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.brackets import scan_parentheticals
from vocab_app.mining.glosses import find_glosses
from vocab_app.mining.pronunciation import is_ipa, is_pronunciation, is_respelling

# --- P1: pronunciation -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, pron", [
    ("Listen for the cadence (/ˈkeɪdəns/, 节奏) of each line.", ("cadence", "节奏", "en-zh"),
     "/ˈkeɪdəns/"),
    ("Phones are ubiquitous ([juːˈbɪkwɪtəs] 无处不在的) now.",
     ("ubiquitous", "无处不在的", "en-zh"), "[juːˈbɪkwɪtəs]"),
    ("这篇文章写得很 thorough（/ˈθʌrə/；彻底的）。", ("thorough", "彻底的", "en-zh"),
     "/ˈθʌrə/"),
    ("注意节奏（cadence, /ˈkeɪdəns/）的变化。", ("节奏", "cadence", "zh-en"), "/ˈkeɪdəns/"),
    ("Doctors look for ischemic (is-KE-mik, 缺血性的) changes.",
     ("ischemic", "缺血性的", "en-zh"), "is-KE-mik"),
])
def test_pronunciation_is_kept_apart_from_the_gloss(text, expected, pron):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style) == expected
    assert hit.pronunciation == pron
    assert text[hit.gloss_span[0]:hit.gloss_span[1]] == hit.gloss


@pytest.mark.parametrize("text", [
    "The song has a slow cadence (/ˈkeɪdəns/).",
    "Inflammatory (in-FLAM-uh-tor-ee) bowel disease is chronic.",
    "An ischemic (is-KE-mik) stroke needs fast care.",
    "Say hello to the kitten ([ˈkɪtn]).",
])
def test_bracket_holding_only_a_pronunciation_gives_no_pair(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected, pron", [
    ("Phones are ubiquitous /juːˈbɪkwɪtəs/ (无处不在的) now.",
     ("ubiquitous", "无处不在的", "en-zh"), "/juːˈbɪkwɪtəs/"),
    ("词汇表：节奏 /ˈkeɪdəns/ (cadence)", ("节奏", "cadence", "zh-en"), "/ˈkeɪdəns/"),
    ("这个词 thorough [ˈθʌrə]（彻底的）要记住。", ("thorough", "彻底的", "en-zh"),
     "[ˈθʌrə]"),
])
def test_pronunciation_between_term_and_bracket_goes_with_the_term(text, expected, pron):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style, hit.pronunciation) == (*expected, pron)


@pytest.mark.parametrize("text, expected, pron", [
    # a language label before the transcription, outside the bracket
    ("Entropy 英 /'entrəpɪ/ (熵) 是一个物理量。", ("Entropy", "熵", "en-zh"), "/'entrəpɪ/"),
    ("这个词 sorrow 美 /'sɑroʊ/（悲伤）很常用。", ("sorrow", "悲伤", "en-zh"), "/'sɑroʊ/"),
    ("A lorry UK: /ˈlɒri/ (卡车) is a truck.", ("lorry", "卡车", "en-zh"), "/ˈlɒri/"),
    # an ASCII apostrophe as the stress mark, `:` as the length mark, inside the bracket
    ("Listen for the rhythm (/'rɪðəm/, 节奏) of each line.", ("rhythm", "节奏", "en-zh"),
     "/'rɪðəm/"),
    ("They saw a mirage (/mɪ'rɑ:ʒ/；海市蜃楼) at noon.", ("mirage", "海市蜃楼", "en-zh"),
     "/mɪ'rɑ:ʒ/"),
    # the transcription right after the bracket
    ("我们要看穿 veneer(外表、虚饰)英 /və'nɪə/ 下面的东西。", ("veneer", "外表、虚饰", "en-zh"),
     "/və'nɪə/"),
    ("She felt nostalgia (怀旧) /nɒˈstældʒə/ for home.", ("nostalgia", "怀旧", "en-zh"),
     "/nɒˈstældʒə/"),
    # an optional sound in brackets inside the transcription
    ("A fashion /ˈfæʃ(ə)n/ (时尚) show.", ("fashion", "时尚", "en-zh"), "/ˈfæʃ(ə)n/"),
    ("The ubiquitous /juː'bɪkwɪt(ə)s/ (无处不在的) phone.", ("ubiquitous", "无处不在的", "en-zh"),
     "/juː'bɪkwɪt(ə)s/"),
])
def test_pronunciation_labels_ascii_stress_and_after_the_bracket(text, expected, pron):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style, hit.pronunciation) == (*expected, pron)


@pytest.mark.parametrize("text, gloss", [
    ("Use read(读)/write/ daily.", "读"),
    ("They visit (访问) /var/log for logs.", "访问"),
    ("They rent (租用) /bin/ space.", "租用"),
])
def test_a_path_after_a_bracket_is_no_pronunciation(text, gloss):
    (hit,) = find_glosses(text)
    assert hit.gloss == gloss and hit.pronunciation == ""


@pytest.mark.parametrize("token", ["/'kæt/", "/fə'sɑ:d/", "/'kat/"])
def test_ascii_stress_and_length_marks_are_ipa(token):
    assert is_ipa(token)


@pytest.mark.parametrize("token", ["/don't know/", "['quote']", "/it's/ok'/"])
def test_quotes_alone_do_not_make_ipa(token):
    assert not is_ipa(token)


def test_glosses_without_pronunciation_have_an_empty_one():
    (hit,) = find_glosses("他们研究 world models（世界模型）。")
    assert hit.pronunciation == ""


@pytest.mark.parametrize("token", [
    "in-FLAM-uh-tor-ee", "is-KE-mik", "kuh-NEE-shun", "SEE-saw-ee",
])
def test_respellings_are_recognised(token):
    assert is_respelling(token) and is_pronunciation(token)


@pytest.mark.parametrize("token", [
    "AI-native", "X-ray", "state-of-the-art", "LLM-as-a-judge", "Key-Value", "end-to-end",
    "GPT-4o", "COVID-19", "e-mail",
])
def test_hyphenated_terms_are_not_respellings(token):
    assert not is_respelling(token)


@pytest.mark.parametrize("token, expected", [
    ("/ˈkeɪdəns/", True), ("[ˈkeɪdəns]", True), ("/kæt/", True), ("/bed/", True),
    ("[sic]", False), ("[1]", False), ("/usr/local/bin/", False), ("[Music]", False),
])
def test_ipa_between_slashes_or_square_brackets(token, expected):
    assert is_ipa(token) is expected


# --- E1: several equivalents in one bracket ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("我们把文本存进向量数据库（vector database，VDB）。",
     [("向量数据库", "vector database", "zh-en"), ("向量数据库", "VDB", "zh-en")]),
    ("Context Window（CW，上下文窗口）决定了模型一次能读多少。",
     [("Context Window", "CW", "abbr"), ("Context Window", "上下文窗口", "en-zh")]),
    ("这套系统用了检索增强生成（retrieval-augmented generation, RAG）。",
     [("检索增强生成", "retrieval-augmented generation", "zh-en"),
      ("检索增强生成", "RAG", "zh-en")]),
    ("Every LLM（large language model；大语言模型）needs data.",
     [("large language model", "LLM", "abbr"), ("LLM", "大语言模型", "en-zh")]),
    ("老师讲了知识蒸馏（又称 knowledge distillation，KD）的做法。",
     [("知识蒸馏", "knowledge distillation", "zh-en"), ("知识蒸馏", "KD", "zh-en")]),
    ("卷积神经网络（CNN / convolutional neural network）擅长图像任务。",
     [("卷积神经网络", "CNN", "zh-en"), ("卷积神经网络", "convolutional neural network", "zh-en")]),
])
def test_equivalents_of_different_kinds_give_one_pair_each(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("这是 low-hanging fruit(低垂果实,容易摘的机会)。",
     [("low-hanging fruit", "低垂果实,容易摘的机会", "en-zh")]),
    ("他们做了很多 scaffolding(脚手架式系统封装/编排)。",
     [("scaffolding", "脚手架式系统封装/编排", "en-zh")]),
    ("所谓 trade-off（权衡、取舍）无处不在。", [("trade-off", "权衡、取舍", "en-zh")]),
])
def test_two_renderings_in_one_language_stay_one_gloss(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("这叫强化学习（英文：reinforcement learning）。",
     [("强化学习", "reinforcement learning", "zh-en")]),
    ("这种方法叫 in-context learning（也称上下文学习）。",
     [("in-context learning", "也称上下文学习", "en-zh")]),
    ("我们用到了监督微调（简称 SFT）。", [("监督微调", "简称 SFT", "zh-en")]),
    ("文中的大语言模型（以下简称“LLM”）都是开源的。", [("大语言模型", "以下简称“LLM”", "zh-en")]),
    ("命名实体识别（通常缩写为 NER）很常见。", [("命名实体识别", "通常缩写为 NER", "zh-en")]),
    ("- BERT-like（也被称作自编码 Transformer 模型）", [
        ("BERT-like", "也被称作自编码 Transformer 模型", "en-zh")]),
])
def test_lead_in_of_a_one_gloss_bracket_stays_but_a_label_goes(text, expected):
    # T1: the gloss is the bracket's content verbatim; only a label with a colon (like `注:`)
    # goes. The lead-in still decides the style and says a name in it is no description.
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("这里的谓词（Predicate，通常简写为“Pred”）很关键。",
     [("谓词", "Predicate", "zh-en"), ("谓词", "Pred", "zh-en")]),
    ("我们调节了温度（temperature，temp）。",
     [("温度", "temperature", "zh-en"), ("温度", "temp", "zh-en")]),
    ("这一步叫规范化（normalization，也称 norm）。",
     [("规范化", "normalization", "zh-en"), ("规范化", "norm", "zh-en")]),
])
def test_a_word_and_its_clipping_are_two_equivalents(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "这是模型（model，models）。",
    "他们比较了（cat，dog）。",
])
def test_two_unrelated_english_words_are_not_split_as_a_clipping(text):
    assert len(pairs(text)) <= 1


@pytest.mark.parametrize("text, expected", [
    ("这叫“浅拷贝”（“shallow copy”）。", [("浅拷贝", "shallow copy", "zh-en")]),
    ("所谓的回调（“callback”）很常用。", [("回调", "callback", "zh-en")]),
    ("这就是 overfitting（“过拟合”）。", [("overfitting", "过拟合", "en-zh")]),
])
def test_quotes_around_the_whole_gloss_are_dropped(text, expected):
    assert pairs(text) == expected


def test_quotes_inside_a_gloss_stay():
    assert pairs("这是 A/B test（“A”与“B”两组对比）。") == [
        ("A/B test", "“A”与“B”两组对比", "en-zh")]


@pytest.mark.parametrize("text, expected", [
    ("Large language models (LLMs, 大语言模型) are popular.",
     [("Large language models", "LLMs", "abbr"), ("Large language models", "大语言模型", "en-zh")]),
    ("GPU（图形处理器，graphics processing unit）很贵。",
     [("GPU", "图形处理器", "en-zh"), ("graphics processing unit", "GPU", "abbr")]),
])
def test_equivalents_checked_on_sentences_not_tuned_on(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("过拟合（overfitting，也称过度拟合）是常见问题。", [("过拟合", "overfitting", "zh-en")]),
    ("Latency (aka lag, 延迟) matters.", [("Latency", "延迟", "en-zh")]),
])
def test_another_name_in_the_heads_own_language_is_left_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("树突（dendrites，输入终端）接收信号。", [("树突", "dendrites", "zh-en")]),
    ("线粒体（mitochondria，细胞的电池）提供能量。", [("线粒体", "mitochondria", "zh-en")]),
    ("防火墙（firewall，网络的门卫）挡住攻击。", [("防火墙", "firewall", "zh-en")]),
])
def test_a_chinese_note_after_the_english_equivalent_of_a_chinese_head_is_left_out(
        text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("细胞核（nucleus，CPU）负责控制。", [("细胞核", "nucleus", "zh-en")]),
    ("内存条（memory stick，RAM）插在主板上。", [("内存条", "memory stick", "zh-en")]),
    ("向量库（vector store，VS）存放嵌入。", [("向量库", "vector store", "zh-en"),
                                           ("向量库", "VS", "zh-en")]),
    ("图形处理器（graphics processor，GPU）很快。",
     [("图形处理器", "graphics processor", "zh-en"), ("图形处理器", "GPU", "zh-en")]),
])
def test_an_abbreviation_beside_an_equivalent_must_abbreviate_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "模型（GPT，Claude 等）很强。",
    "苹果（apple，例如红富士）好吃。",
    "大模型（LLM，2023 年）很火。",
    "产品（iPhone，手机）卖得好。",
    "数据集（MNIST，手写数字）很常用。",
    "模型（GPT-4，最强）发布了。",
])
def test_an_example_aside_or_instance_name_is_no_equivalent_beside_a_chinese_note(text):
    assert not [p for p in pairs(text) if p[1] in ("GPT", "apple", "LLM", "iPhone", "MNIST",
                                                    "GPT-4")]


@pytest.mark.parametrize("text", [
    "The drug (brand name Lipitor, 阿托伐他汀) lowers cholesterol.",
    "他们在北京（中国首都，Beijing）开会。",
    "这是一个模型（model，复数 models）。",
])
def test_bracket_mixing_an_equivalent_with_a_description_is_judged_whole(text):
    # One part is no equivalent of the head, so the bracket is not a list of equivalents;
    # judged whole it is a description (a foreign name, a Chinese note on a Chinese head).
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "大模型（如 GPT、Claude 等）正在改变软件开发。",
    "这家公司（2019 年，OpenAI）发布了新模型。",
    "即时编译（即时，JIT）",
])
def test_example_lists_and_asides_are_not_split_into_pairs(text):
    assert not [p for p in pairs(text) if p[1] in ("Claude", "OpenAI")]


# --- N1: nested glosses ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("训练数据里的标签（labels，也称目标（targets））要先清洗。",
     [("标签", "labels", "zh-en"), ("目标", "targets", "zh-en")]),
    ("每个样本都有特征（features，又称属性（attributes））。",
     [("特征", "features", "zh-en"), ("属性", "attributes", "zh-en")]),
    ("深度学习（deep learning (DL)）改变了语音识别。",
     [("深度学习", "deep learning", "zh-en"), ("deep learning", "DL", "abbr")]),
])
def test_nested_gloss_gives_both_pairs(text, expected):
    assert pairs(text) == expected


def test_bracket_ending_a_gloss_is_left_out_of_it():
    assert pairs("注意力（attention (see chapter 3)）很重要。") == [
        ("注意力", "attention", "zh-en")]


def test_aside_inside_a_note_stays_in_the_note():
    text = "Hemoglobin (a protein in red blood cells (see chapter 2) that carries oxygen) is low."
    glosses = [h.gloss for h in find_glosses(text)]
    assert "a protein in red blood cells" not in glosses
    assert all("that carries oxygen" in g for g in glosses)


def test_inner_term_never_reaches_back_across_the_outer_bracket():
    text = "Platelets (small cells (also called thrombocytes) that help blood clot) are counted."
    assert all("(" not in h.term for h in find_glosses(text))


def test_nested_brackets_are_each_scanned_once():
    text = "标签（labels，也称目标（targets））和特征（features）"
    found = [(text[p.start:p.end], p.closed) for p in scan_parentheticals(text)]
    assert found == [("labels，也称目标（targets）", True), ("targets", True),
                     ("features", True)]


# --- abbreviation first in a full-width bracket ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("KV（Key-Value）缓存能加速推理。", [("Key-Value", "KV", "abbr")]),
    ("The KV (Key-Value) cache speeds up decoding.", [("Key-Value", "KV", "abbr")]),
    ("很多 QA（Question-Answering）数据集是英文的。",
     [("Question-Answering", "QA", "abbr")]),
    ("SVB（Silicon Valley Bank）倒闭了。", [("Silicon Valley Bank", "SVB", "abbr")]),
])
def test_abbreviation_before_its_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("动态规划法（Dynamic Programming (DP) Methods）很经典。",
     [("动态规划法", "Dynamic Programming (DP) Methods", "zh-en"),
      ("Dynamic Programming", "DP", "abbr")]),
    ("蒙特卡洛树搜索（Monte Carlo Tree Search (MCTS) algorithm）用于围棋。",
     [("蒙特卡洛树搜索", "Monte Carlo Tree Search (MCTS) algorithm", "zh-en"),
      ("Monte Carlo Tree Search", "MCTS", "abbr")]),
    # an inner gloss that ends the content or comes before a separator still cuts the outer
    ("我们用了长短期记忆（long short-term memory (LSTM)）。",
     [("长短期记忆", "long short-term memory", "zh-en"),
      ("long short-term memory", "LSTM", "abbr")]),
    ("我们用了长短期记忆（long short-term memory (LSTM)，一种循环网络）。",
     [("长短期记忆", "long short-term memory", "zh-en"),
      ("long short-term memory", "LSTM", "abbr")]),
])
def test_inner_gloss_in_mid_name_stays_in_the_outer_gloss(text, expected):
    assert [p for p in pairs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after an English head's Chinese equivalent, a name that abbreviates nothing is one such
    # thing by name, no equivalent: the Chinese pair stands
    ("和 contrastive loss（对比损失，InfoNCE）及其梯度",
     [("contrastive loss", "对比损失", "en-zh")]),
    # guards (they pass without the rule too): a short form of the head is a pair of its own,
    # and names listed before a Chinese word are examples of the head
    ("Context Window（CW，上下文窗口）很长",
     [("Context Window", "CW", "abbr"), ("Context Window", "上下文窗口", "en-zh")]),
    ("| Lazy (KNN) | Eager (SVM, 神经网络) |", []),
])
def test_a_name_after_the_chinese_equivalent_is_no_pair(text, expected):
    assert pairs(text) == expected
