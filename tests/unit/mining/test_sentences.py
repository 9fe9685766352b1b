"""An occurrence keeps the sentence its term is in, not the whole paragraph."""

from __future__ import annotations

import pytest

from vocab_app.mining.sentences import cut_around, sentence_around, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_chinese_sentences_end_at_full_stops_and_marks():
    text = "我们谈了 multimodal models(多模态模型)。也谈了 world models(世界模型)!真的吗?好的"
    assert sentences(text) == [
        "我们谈了 multimodal models(多模态模型)。",
        "也谈了 world models(世界模型)!",
        "真的吗?",
        "好的",
    ]


def test_full_width_marks_and_closing_quotes_stay_with_their_sentence():
    text = "他说:“这就是 scaffolding(脚手架)。”然后走了！对吗？"
    assert sentences(text) == ["他说:“这就是 scaffolding(脚手架)。”", "然后走了！", "对吗？"]


@pytest.mark.parametrize("text, expected", [
    ("Tools, e.g. RL, help. Next.", ["Tools, e.g. RL, help.", "Next."]),
    ("Ask Dr. Smith about it. Then go.", ["Ask Dr. Smith about it.", "Then go."]),
    ("GPT-3.5 is old. GPT-4 is new.", ["GPT-3.5 is old.", "GPT-4 is new."]),
    ("Made in the U.S. by J. R. Tolkien fans.", ["Made in the U.S. by J. R. Tolkien fans."]),
    ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
    ("Models, data, etc. Then more.", ["Models, data, etc.", "Then more."]),
    ("Models, data, etc. and more.", ["Models, data, etc. and more."]),
    ("He left.然后他回来了。", ["He left.", "然后他回来了。"]),
])
def test_english_sentences_respect_abbreviations_numbers_and_initials(text, expected):
    assert sentences(text) == expected


def test_periods_inside_a_parenthetical_note_do_not_split_it():
    text = ("The model was quantified(Quantize refers to reducing accuracy. It saves memory.) "
            "and served. Then it shipped.")
    assert sentences(text) == [
        "The model was quantified(Quantize refers to reducing accuracy. It saves memory.) "
        "and served.",
        "Then it shipped.",
    ]


def test_line_breaks_end_sentences_and_whitespace_is_trimmed():
    assert sentences("  first line\n\n  second line  \n") == ["first line", "second line"]


def test_sentence_around_rebases_the_span():
    text = "We talked. We use reinforcement learning (RL) daily. Bye."
    start = text.index("reinforcement")
    sentence, span = sentence_around(text, (start, start + len("reinforcement learning")))
    assert sentence == "We use reinforcement learning (RL) daily."
    assert sentence[span[0]:span[1]] == "reinforcement learning"


def test_span_crossing_a_boundary_gets_both_sentences():
    text = "One ends here. Two starts."
    sentence, span = sentence_around(text, (9, 18))
    assert sentence == "One ends here. Two starts."
    assert sentence[span[0]:span[1]] == text[9:18]


def test_text_without_sentences():
    assert sentence_around("", (0, 0)) == ("", (0, 0))
    assert sentences("   ") == []


@pytest.mark.parametrize("text, expected", [
    ("It was no.The reason is simple.", ["It was no.", "The reason is simple."]),
    ("We shipped it last week.Then users came.", ["We shipped it last week.", "Then users came."]),
    ("Did it work?Nobody knew.", ["Did it work?", "Nobody knew."]),
    ("Yahoo!Inc bought it.", ["Yahoo!Inc bought it."]),
    ("Use ASP.NET or node.js here.", ["Use ASP.NET or node.js here."]),
    ("See example.com. Then go.", ["See example.com.", "Then go."]),
    ("That is, i.e.The point holds.", ["That is, i.e.The point holds."]),
])
def test_a_sentence_glued_to_the_next_one_is_still_split(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("David:A series of models came out.", ["A series of models came out."]),
    ("Speaker 2: We trained it twice. Jacob Effron：对，没错。",
     ["We trained it twice.", "对，没错。"]),
    ("Q: What is RL? A: Learning from reward.", ["What is RL?", "Learning from reward."]),
    ("The ratio was 3:1 in the end.", ["The ratio was 3:1 in the end."]),
    ("Note that x: y holds.", ["Note that x: y holds."]),
])
def test_a_speaker_label_opening_a_sentence_is_left_out(text, expected):
    assert sentences(text) == expected


def test_mixed_chinese_and_english_punctuation():
    text = "他们发布了 GPT-4.The model was big．然后呢?We waited!好吧。"
    assert sentences(text) == ["他们发布了 GPT-4.The model was big．", "然后呢?",
                               "We waited!", "好吧。"]


def test_a_long_sentence_is_cut_around_its_term_with_ellipses():
    words = [f"word{i}" for i in range(120)]
    words[80] = "TERM"
    sentence = " ".join(words)
    start = sentence.index("TERM")
    cut, span = cut_around(sentence, (start, start + 4))
    assert cut[span[0]:span[1]] == "TERM"
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 252 and " word7" in cut  # a little before the term, more after it
    assert cut.split()[0].lstrip("…").startswith("word")  # cut at a word end, not mid-word
    short = "A short sentence with a TERM in it."
    assert cut_around(short, (24, 28)) == (short, (24, 28))


def test_sentences_up_to_a_point_are_the_first_sentences_and_place_a_term_alike():
    text = ("Dr. Smith arrived. He said (see p. 3. above) it works! 模型很好。Then e.g. this "
            "one ends... And the last line\nNext line here (a gloss) ends. Tail")
    full = sentence_spans(text)
    for until in range(len(text) + 1):
        short = sentence_spans(text, until=until)
        assert short == full[:len(short)] and short[-1][1] >= min(until, full[-1][1])
        for lo in range(until):
            assert sentence_around(text, (lo, until), short) == \
                sentence_around(text, (lo, until), full)
