"""Bracket contents that hold more than one gloss or none: a lower-case short form among
equivalents (RULES.md E1, S1a), word-class labels per sense (E1, T2), Chinese stage directions
in transcripts (G3) and a verb of requiring before a Chinese term (B3). Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.glosses import find_glosses
from vocab_app.mining.word_shortenings import is_initialism_of, is_partly_shortened

# --- 1. A lower-case or capitalised short form among equivalents (E1, S1a) -------------------


@pytest.mark.parametrize("text, expected", [
    # E1: `向量数据库（vector database，VDB）` gives one zh-en pair per equivalent; a short form
    # in lower case is an equivalent all the same when its letters are the long form's initials.
    ("我们先调整学习率（learning rate，lr）再继续训练。",
     [("学习率", "learning rate", "zh-en"), ("学习率", "lr", "zh-en")]),
    ("显存不够时就减小批大小（batch size, bs）。",
     [("批大小", "batch size", "zh-en"), ("批大小", "bs", "zh-en")]),
    # E1 (`Context Window（CW，上下文窗口）`): the short form pairs with the English head as abbr
    # (S1a: term = long form), the Chinese rendering as en-zh.
    ("Always tune the Learning Rate (lr, 学习率) before anything else.",
     [("Learning Rate", "lr", "abbr"), ("Learning Rate", "学习率", "en-zh")]),
    ("Then we doubled the batch size (bs，批大小) on every node.",
     [("batch size", "bs", "abbr"), ("batch size", "批大小", "en-zh")]),
    # a capitalised short form (only its first letter upper case) is read the same way
    ("显存不够时就减小批大小（batch size, Bs）。",
     [("批大小", "batch size", "zh-en"), ("批大小", "Bs", "zh-en")]),
])
def test_lower_case_short_form_is_an_equivalent_of_its_own(text, expected):
    assert pairs(text) == expected


def test_lower_case_short_form_alone_is_not_read_as_one():
    """RULES.md is silent on a lower-case short form in a bracket of its own. Call: alone, a
    lower-case token is as likely a word, a label or a note as a short form (precision first;
    test_glosses_legal_abbrev keeps `big salt crystals (bsc)` out), so only an equivalent
    beside another one in the same bracket (E1) is read as a short form."""
    assert [p for p in pairs("We tune the learning rate (lr) first.") if p[2] == "abbr"] == []


@pytest.mark.parametrize("text", [
    # letters that are no initials of the other English part: one gloss, as before
    "显存不够时就减小批大小（batch size, mb）。",
    # a roman numeral is a list label, not a short form
    "These cells show immune infiltration (ii) in every sample.",
    # a function word is no short form (`it`, `as`)
    "We trained it twice (it, 训练).",
])
def test_lower_case_word_that_is_no_initialism_is_not_split(text):
    assert not any(style == "abbr" for _, _, style in pairs(text))
    assert not any(gloss in ("mb", "it") for _, gloss, _ in pairs(text))


def test_is_initialism_of():
    assert is_initialism_of("lr", "learning rate")
    assert is_initialism_of("Bs", "batch size")
    assert not is_initialism_of("lr", "learning")
    assert not is_initialism_of("ii", "immune infiltration")
    assert not is_initialism_of("it", "information technology")
    assert not is_initialism_of("LR", "learning rate")  # upper case: is_short_form's case


@pytest.mark.parametrize("text, expected", [
    # a name and the same name with a run of its words as initials are two equivalents (E1),
    # wherever the initials stand
    ("无线局域网 (Wireless Local Area Network, Wireless LAN) 很常见。",
     [("无线局域网", "Wireless Local Area Network", "zh-en"),
      ("无线局域网", "Wireless LAN", "zh-en")]),
    ("该标准由蓝牙技术联盟（Bluetooth Special Interest Group，Bluetooth SIG）发布。",
     [("蓝牙技术联盟", "Bluetooth Special Interest Group", "zh-en"),
      ("蓝牙技术联盟", "Bluetooth SIG", "zh-en")]),
])
def test_a_name_partly_in_initials_is_an_equivalent_of_its_own(text, expected):
    assert pairs(text) == expected


def test_is_partly_shortened():
    assert is_partly_shortened("Bluetooth LE", "Bluetooth Low Energy")
    assert is_partly_shortened("PTQ Dynamic", "Post Training Quantization Dynamic")
    assert is_partly_shortened("Open RAN", "Open Radio Access Network")
    assert not is_partly_shortened("Bluetooth LE", "Bluetooth Classic")
    assert not is_partly_shortened("LE", "Low Energy")  # (all initials: an abbreviation)
    assert not is_partly_shortened("Wi Fi", "Wireless Fidelity")


@pytest.mark.parametrize("text, expected", [
    # a glossary's English name in title case, then its field in Chinese: the name is the
    # head's equivalent, the field no pair (E1)
    ("  ICMP\n    互联网控制消息协议 (Internet Control Message Protocol, 网络)\n",
     [("互联网控制消息协议", "Internet Control Message Protocol", "zh-en")]),
    ("看门狗定时器（Watchdog Timer，外设）可以复位系统。",
     [("看门狗定时器", "Watchdog Timer", "zh-en")]),
])
def test_a_title_case_name_before_its_field_is_an_equivalent(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # guards (pass either way): a short form with a word, a hyphenated label: instances
    "也可以放在它们之前（Pre-LN，训练更稳定）。",
    "识别到原生模型推理的转变（Responses API、加密推理透传）。",
])
def test_a_label_before_a_chinese_note_gives_no_pair(text):
    assert [p for p in pairs(text) if p[2] == "zh-en"] == []


# --- 2. Word-class labels per sense (E1, T2) -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # Each label opens a sense of its own word class: two glosses of one term (the app keeps
    # them as two senses of one note), each without its label (word_classes.py).
    ("Listen to the cadence (n. 节奏；v. 使有节奏) of her lines.",
     [("cadence", "节奏", "en-zh"), ("cadence", "使有节奏", "en-zh")]),
    ("You should record (n. 记录, v. 录制) the talk.",
     [("record", "记录", "en-zh"), ("record", "录制", "en-zh")]),
    # a sense may hold several renderings of its own: they stay one gloss (T2)
    ("Listen to the cadence (n. 节奏，韵律；v. 使有节奏) of her lines.",
     [("cadence", "节奏，韵律", "en-zh"), ("cadence", "使有节奏", "en-zh")]),
    # a pronunciation before the first label is the term's (P1)
    ("Listen to the cadence (/ˈkeɪdəns/ n. 节奏；v. 使有节奏) of her lines.",
     [("cadence", "节奏", "en-zh"), ("cadence", "使有节奏", "en-zh")]),
])
def test_word_class_labels_split_the_senses(text, expected):
    """RULES.md is silent on labelled senses. Call: each word-class label starts a sense, and a
    sense is one gloss (E1: the senses are equivalents of different kinds, a noun's and a
    verb's; kept together the gloss would carry the inner label, markup M2 keeps out)."""
    assert pairs(text) == expected


def test_one_label_before_senses_keeps_one_gloss():
    assert pairs("Listen to the cadence (n. 节奏；韵律) of her lines.") == [
        ("cadence", "节奏；韵律", "en-zh")]


def test_senses_keep_their_pronunciation():
    hits = find_glosses("Listen to the cadence (/ˈkeɪdəns/ n. 节奏；v. 使有节奏) of her lines.")
    assert [h.pronunciation for h in hits] == ["/ˈkeɪdəns/", "/ˈkeɪdəns/"]


# --- 3. Chinese stage directions after English (G3) ------------------------------------------


@pytest.mark.parametrize("text", [
    "Right (笑) so we started over.",
    "OK（掌声）",
    "yeah (叹气)",
    "Yeah (笑声) and then it broke.",
    "我觉得 that's right（笑）",
    "That's a great question (笑)",
    "Thank you all so much (鼓掌)",
    "Well (停顿) I'm not sure.",
    "Anyway (咳嗽) where was I",
])
def test_chinese_stage_direction_after_a_cue_is_noise(text):
    """G3 lists stage directions (`laughs`) as noise. Call: a Chinese stage direction (a closed
    class of sounds and actions: 笑, 掌声, 叹气 …) is a gloss only when the English word before
    it is one it translates (`music (音乐)`); after a discourse word or a whole cue it
    translates nothing before it (G: no equivalent of the expression)."""
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("He played some music (音乐) for us.", [("music", "音乐", "en-zh")]),
    ("The applause (掌声) lasted a minute.", [("applause", "掌声", "en-zh")]),
    ("After a pause (停顿) she went on.", [("pause", "停顿", "en-zh")]),
    ("Don't laugh (笑) at me.", [("laugh", "笑", "en-zh")]),
])
def test_stage_direction_word_that_translates_the_word_before_is_a_gloss(text, expected):
    assert pairs(text) == expected


# --- 4. A verb of requiring before a Chinese term (B3) ---------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("分布式系统要求强一致（strong consistency）。", ("强一致", "strong consistency")),
    ("这个场景要求低延迟（low latency）。", ("低延迟", "low latency")),
    ("金融业务通常追求零停机（zero downtime）。", ("零停机", "zero downtime")),
    ("新版本默认启用混合精度（mixed precision）。", ("混合精度", "mixed precision")),
    ("该方案确保最终一致性（eventual consistency）。", ("最终一致性", "eventual consistency")),
    ("服务需满足服务等级协议（SLA）。", ("服务等级协议", "SLA")),
])
def test_verb_of_requiring_is_no_part_of_the_term(text, expected):
    """B3: a leading verb is dropped (`恢复情感(sentiment)` → 情感)."""
    assert pairs(text) == [(*expected, "zh-en")]


def test_verb_that_the_gloss_translates_stays():
    """B5/B3: a word the gloss renders is part of the term (`训练循环神经网络`)."""
    assert pairs("本课介绍要求工程（requirements engineering）。") == [
        ("要求工程", "requirements engineering", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    # E1 with `or` between the equivalents: a name and its short form, or two short forms
    ("这就是混合引擎（Hybrid Engine or HE）的作用。",
     [("混合引擎", "Hybrid Engine", "zh-en"), ("混合引擎", "HE", "zh-en")]),
    ("我们用梯度下降（gradient descent or GD）训练。",
     [("梯度下降", "gradient descent", "zh-en"), ("梯度下降", "GD", "zh-en")]),
    ("心电图（ECG or EKG）是常见的检查。",
     [("心电图", "ECG", "zh-en"), ("心电图", "EKG", "zh-en")]),
])
def test_equivalents_joined_by_or_give_a_pair_each(text, expected):
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == expected



def test_two_plain_words_joined_by_or_are_not_split():
    # the same kind on both sides: no two equivalents (E1 splits parts of different kinds)
    assert not any(g in ("pruning", "trimming")
                   for _, g, _ in pairs("这种方法叫做剪枝（pruning or trimming）。"))
