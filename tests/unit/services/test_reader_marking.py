"""The reading view's matcher (services/reader.py TermIndex): one pass, longest match wins, a
Latin term only as a whole word (plurals allowed), case ignored, variants found, Chinese found
anywhere; and the bracket gloss and sentence "Add as term" fills in."""

from __future__ import annotations

from vocab_app.services.reader import Match, TermIndex, gloss_beside, sentence_of

TERMS = [
    (1, "language model", []),
    (2, "large language model", ["LLM"]),
    (3, "model", []),
    (4, "RL", []),
    (5, "语言模型", []),
    (6, "模型", []),
    (7, "熵", []),
    (8, "GPT-4", []),
]


def found(text: str) -> list[tuple[str, int]]:
    return [(text[m.start:m.end], m.term_id) for m in TermIndex(TERMS).find(text)]


def test_longest_match_wins_and_a_term_inside_another_is_part_of_it():
    assert found("A large language model is a language model.") == [
        ("large language model", 2), ("language model", 1)]
    assert found("大语言模型和模型") == [("语言模型", 5), ("模型", 6)]


def test_latin_terms_match_whole_words_any_case_with_plurals_and_variants():
    assert found("World models, RL and rl; LLMs beat GPT-4o? Not GPT-4.") == [
        ("models", 3), ("RL", 4), ("rl", 4), ("LLMs", 2), ("GPT-4", 8)]
    assert found("world modelling and URLs") == []  # no term inside a longer word


def test_one_character_chinese_terms_and_mixed_text():
    assert found("熵增加，model(模型)") == [("熵", 7), ("model", 3), ("模型", 6)]


def test_find_is_the_same_as_spans():
    index = TermIndex(TERMS)
    text = "a large language model (大语言模型)"
    assert index.find(text) == [Match(*s) for s in index.spans(text)]


def test_a_hundred_thousand_terms_over_a_long_text_is_one_pass():
    import time

    terms = [(i, f"zq{i}x", []) for i in range(100_000)] + TERMS
    index = TermIndex(terms)
    text = "The large language model (大语言模型) reads about RL. " * 5000
    start = time.process_time()
    hits = index.spans(text)
    assert len(hits) == 15000
    assert time.process_time() - start < 2.0  # about 0.1 s; a regex per term takes minutes


def test_gloss_from_an_adjacent_bracket_and_the_sentence():
    text = "我们谈了深度学习(deep learning)的进展。然后是别的。"
    at = text.index("深度学习")
    assert gloss_beside(text, (at, at + 4)) == "deep learning"
    assert gloss_beside("world models （世界模型）", (0, 12)) == "世界模型"
    assert sentence_of(text, (at, at + 4)) == "我们谈了深度学习(deep learning)的进展。"
    assert gloss_beside("no bracket here", (0, 2)) == ""


def test_a_word_key_holding_a_longer_surface_and_a_phrase_start():
    terms = [(1, "model", []), (2, "model-based", []), (3, "reward", []),
             (4, "reward model", []), (5, "scaffold", [])]
    text = "Model-based rewards, a reward model, reward models and scaffolds; model."
    assert [(text[s:e], t) for s, e, t in TermIndex(terms).spans(text)] == [
        ("Model-based", 2), ("rewards", 3), ("reward model", 4), ("reward models", 4),
        ("scaffolds", 5), ("model", 1)]
