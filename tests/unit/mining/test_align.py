"""Sentence alignment inside a bilingual segment: a card carries its own sentence's
translation, short and corresponding, on the real transcript seed."""

from __future__ import annotations

import statistics

from vocab_app.mining.align import FALLBACK_CAP, SentencePairs, display_width, fit_translation
from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text, read_document
from vocab_app.paths import seed_files

SEED_001 = next(p for p in seed_files() if p.name.startswith("001_"))


def test_seed_translations_are_short_and_hold_the_term():
    doc = read_document(SEED_001)
    segments = {s.index: s for s in doc.segments}
    occs = mine_document(doc)
    en_zh = [o for o in occs if o.style == "en-zh"]
    assert len(en_zh) >= 250
    # The Chinese line quotes the English term; the English sentence aligned with the term's
    # Chinese sentence must say it too (compared on a stem: 'capability' vs 'capabilities').
    for occ in en_zh:
        stem = occ.term.lower().replace("-", " ")[: max(4, len(occ.term) - 3)]
        assert stem in occ.translation.lower().replace("-", " "), (occ.term, occ.translation)
    whole = statistics.median(len(segments[o.segment_index].translation) for o in occs)
    mine = statistics.median(len(o.translation) for o in occs)
    assert mine < 200 and mine < whole / 2


def test_one_to_two_merges_and_anchors():
    text = ("我们先谈 scaling laws(缩放定律),它们仍然成立。然后我们谈到了 memory(记忆),"
            "以及它为什么重要。最后是 Jacob 的问题。")
    translation = ("First we talked about scaling laws. They still hold. Then we got to memory "
                   "and why it matters. Finally, a question from Jacob.")
    pairs = SentencePairs(text, translation)
    at = text.index("memory")
    assert pairs.translation_of((at, at + 6)) == (
        "Then we got to memory and why it matters.")
    at = text.index("scaling")
    assert pairs.translation_of((at, at + 12)) == (
        "First we talked about scaling laws. They still hold.")
    # and the other way round: an English sentence gets its Chinese sentence
    at = translation.index("Jacob")
    assert pairs.translation_of((at, at + 5), reverse=True) == "最后是 Jacob 的问题。"


def test_unalignable_segment_falls_back_to_a_capped_window():
    text = "。".join(f"第{i}句话讲的是别的事情" for i in range(40)) + "。"
    translation = " ".join("Nothing here matches at all, not in length nor in words, really "
                           "nothing." for _ in range(3)) + " x." * 200
    pairs = SentencePairs(text, translation)
    out = pairs.translation_of((0, 5))
    assert 0 < len(out) <= FALLBACK_CAP


def test_a_bilingual_subtitle_gloss_on_either_line_gives_one_occurrence_each():
    doc = parse_text(
        "1\n00:00:01,000 --> 00:00:04,000\n"
        "We use a mixture of experts (MoE) and deep learning (深度学习).\n"
        "我们使用混合专家(mixture of experts)和 deep learning(深度学习)。\n", path="a.srt")
    occs = mine_document(doc)
    pairs = sorted((o.term, o.gloss) for o in occs)
    assert pairs == [("deep learning", "深度学习"), ("mixture of experts", "MoE"),
                     ("混合专家", "mixture of experts")]
    moe = next(o for o in occs if o.gloss == "MoE")
    assert moe.translation and moe.translation.startswith("我们使用混合专家")


def test_a_wrong_translation_is_not_credibly_aligned():
    segments = [s for s in read_document(SEED_001).segments if s.translation]
    true = [SentencePairs(s.text, s.translation) for s in segments]
    wrong = [SentencePairs(a.text, b.translation)
             for a, b in zip(segments, segments[3:], strict=False)]

    def credible(pairs):
        several = [p for p in pairs if len(p.text_spans) > 1 and len(p.translation_spans) > 1]
        return sum(p.beads is not None for p in several) / len(several)

    assert credible(true) > 0.9 and credible(wrong) < 0.15


def test_a_long_translated_sentence_is_cut_to_the_clauses_holding_the_term():
    sentence = "这确实是个很有意思的 trade-off(权衡),而且也不是每次都能做对。"
    translation = ("It's a it's it's resources are constrained, so it is an interesting trade "
                   "off and not one you always get right, but, I mean, I think it's a fascinating "
                   "kind of different angle of research, not just what is the idea that will make "
                   "it to the next paper, but how to even organize this whole organization.")
    fitted = fit_translation(translation, sentence, ("trade-off", "权衡"))
    assert "trade off" in fitted
    assert display_width(fitted) <= 2 * display_width(sentence)
    assert fitted.endswith("…") and "organization" not in fitted


def test_a_translation_that_fits_is_kept_whole_and_one_without_anchor_follows_position():
    sentence, own = "We need a world model to plan.", "我们需要一个世界模型来规划。"
    assert fit_translation(own, sentence) == own
    translation = "第一部分说的是别的事情，第二部分也是，第三部分讲世界模型，第四部分收尾。"
    late = fit_translation(translation, "A world model.", position=0.7)
    assert "第三部分" in late and "第一部分" not in late
    assert display_width(late) <= 2 * display_width("A world model.")


def test_display_width_counts_chinese_characters_as_two_columns():
    assert display_width("AI 模型") == 7
