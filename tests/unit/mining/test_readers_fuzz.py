"""Whatever text a user feeds in, the readers and the sentence splitter never crash and keep
their promises (spans inside the text, ordered segments)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.sentences import sentence_around, sentence_spans

# Lines drawn from the shapes the readers react to, mixed with arbitrary text.
LINE = st.one_of(
    st.sampled_from([
        "Speaker 100:00 - 00:28", "Speaker 257:09 - 57:37", "Speaker 1", "WEBVTT", "NOTE x",
        "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:02.000 align:start", "1", "",
        "原文 ↗https://www.youtube.com/watch?v=abc", "我们谈了 world models(世界模型)。",
        "We use reinforcement learning (RL).", "<v Jacob>Hi <b>there</b></v>", "# Title",
        "- item", "e.g. Dr. J. Smith... (note. yes.) 3.5!", "(((", ")))", "（全角（",
        "(12) [3:05-3:40]", "[00:03:05] We use **RL** (强化学习).", "```", "    code (x)",
        "| **a** (甲) | b |", "|---|---|", "---", "<!-- open", "-->", "<script>", "</script>",
        "[Music]", "(applause) ok", "JACOB: hi", "**奖励（reward**）", "[x](http://e.org/a_(b))",
        "\x1b[2J\u200b\u202e", "*a* _b_ `c(d)`", "<b>粗</b>（bold）", "[^1]: note",
    ]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
)
NAMES = st.sampled_from(["a.txt", "a.md", "a.srt", "a.vtt", "a.log", "a", "a.html"])


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, max_size=30), name=NAMES)
def test_any_text_parses_into_ordered_segments(lines, name):
    doc = parse_text("\n".join(lines), path=name)
    assert [s.index for s in doc.segments] == list(range(len(doc.segments)))
    assert all(s.text for s in doc.segments)
    for seg in doc.segments:
        for a, b in (*seg.marks, *seg.code):
            assert 0 <= a < b <= len(seg.text)
        for a, b in (*seg.translation_marks, *seg.translation_code):
            assert seg.translation and 0 <= a < b <= len(seg.translation)
    for occ in mine_document(doc):  # both lines mined, sentences aligned: never a crash
        a, b = occ.term_in_sentence
        assert occ.sentence[a:b] == occ.term
    assert isinstance(doc.title, str) and doc.title
    assert len(doc.content_hash) == 64


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab .。!?？\n()（）e.g3")), max_size=60),
       data=st.data())
def test_sentence_spans_are_ordered_and_the_span_maps_back(text, data):
    spans = sentence_spans(text)
    flat = [i for span in spans for i in span]
    assert flat == sorted(flat) and all(a < b for a, b in spans)
    assert all(0 <= i <= len(text) for i in flat)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    sentence, (a, b) = sentence_around(text, (lo, hi))
    assert sentence[a:b] == text[lo:hi]
