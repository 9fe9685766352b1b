"""Every input format a user brings becomes segments with the right text, translation,
speaker and times; page chrome is left out and broken files never crash the reader."""

from __future__ import annotations

import pytest

from vocab_app.mining.readers import read_document
from vocab_app.mining.readers.transcript import parse_header
from vocab_app.paths import seed_files

SEEDS = {p.name[:3]: p for p in seed_files()}


# --- bilingual transcript pages ----------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Speaker 100:00 - 00:28", ("1", 0.0, 28.0)),
    ("Speaker 257:09 - 57:37", ("2", 3429.0, 3457.0)),
    ("Speaker 1201:02 - 01:10", ("12", 62.0, 70.0)),   # two-digit speaker
    ("Speaker 31:02:03 - 1:02:10", ("3", 3723.0, 3730.0)),  # h:mm:ss
    ("Speaker 1101:00:00 - 01:00:05", ("11", 3600.0, 3605.0)),
    ("Speaker 10 00:05 - 00:09", ("10", 5.0, 9.0)),    # spaced form
    ("Speaker notes - see below", None),
    ("The Speaker 100:00 - 00:28 said", None),
])
def test_header_splits_speaker_from_start_time(line, expected):
    assert parse_header(line) == expected


def test_seed_transcript_segments():
    doc = read_document(SEEDS["001"])
    assert doc.kind == "transcript"
    assert doc.title.startswith("Ep 87: Gemini Co-Lead on World Models")
    assert doc.url == "https://www.youtube.com/watch?v=NQczevdpxq0"
    assert len(doc.segments) == 147  # 294 headers, one English + one Chinese each
    first = doc.segments[0]
    assert (first.speaker, first.start, first.end) == ("Speaker 1", 0.0, 28.0)
    assert "deep learning(深度学习)" in first.text
    assert first.translation.startswith("Oriol Vinyals is the co lead of Gemini")
    late = next(s for s in doc.segments if s.start == 57 * 60 + 9)
    assert (late.speaker, late.end) == ("Speaker 2", 57 * 60 + 37)
    assert late.text.startswith("server(服务器)")
    assert all(s.translation and s.text for s in doc.segments)
    everything = " ".join(s.text + s.translation for s in doc.segments)
    for chrome in ("BuildSpeak", "今日归档", "播放 / 暂停", "原文", "BUILT IN PUBLIC"):
        assert chrome not in everything
    assert [s.index for s in doc.segments] == list(range(147))


def test_broken_transcript_still_gives_segments(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text(
        "Some Site\nEp 3: Broken things\n"
        "Speaker 100:00 - 00:05\n我们谈了 world models(世界模型)。\n"   # Chinese first
        "Speaker 100:00 - 00:05\nWe talked about world models.\n"
        "Speaker 200:05 - 00:09\nA header whose pair is missing.\n"
        "Speaker 100:09 - 00:12\n"                                          # empty header
        "Speaker 100:12 - 00:20\nHello there, RL.\nSpeaker 100:12 - 00:20\n你好,RL(强化学习)。\n"
        "Speaker 1\n"                                                        # not a header
        "Speaker 300:20 - 00:25\n",                                         # trailing header
        encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "transcript" and doc.title == "Ep 3: Broken things"
    assert [(s.speaker, s.start, s.text, s.translation) for s in doc.segments] == [
        ("Speaker 1", 0.0, "我们谈了 world models(世界模型)。", "We talked about world models."),
        ("Speaker 2", 5.0, "A header whose pair is missing.", None),
        ("Speaker 1", 12.0, "你好,RL(强化学习)。", "Hello there, RL."),
    ]


def test_transcript_footer_after_last_segment_is_dropped(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(
        "Speaker 100:00 - 00:02\nHi.\nSpeaker 100:00 - 00:02\n嗨。\n"
        "Speaker 200:02 - 00:04\nAI.\nSpeaker 200:02 - 00:04\nAI(人工智能)。\n"
        "Footer — about this site\nCopyright\n", encoding="utf-8")
    doc = read_document(path)
    assert [s.text for s in doc.segments] == ["嗨。", "AI(人工智能)。"]


def test_transcript_body_wrapped_over_two_lines_keeps_both(tmp_path):
    path = tmp_path / "t.txt"
    pairs = [("Hi.", "嗨。")] * 12
    pairs[3] = ("We train a reward model", "我们训练了一个 reward model(奖励模型)\n然后用它打分。")
    headers = [f"Speaker 1{i:02d}:00 - {i:02d}:30\n" for i in range(len(pairs))]
    text = "".join(f"{h}{en}\n{h}{zh}\n" for h, (en, zh) in zip(headers, pairs, strict=True))
    path.write_text(text + "Footer — about this site\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.segments[3].text == "我们训练了一个 reward model(奖励模型)\n然后用它打分。"
    assert doc.segments[-1].text == "嗨。"


# --- articles and plain text ---------------------------------------------------------------

def test_english_article_seed():
    doc = read_document(SEEDS["000"])
    assert doc.kind == "article"
    assert doc.title.startswith("Recent interview with early OpenAI employee David Luan")
    assert all(s.translation is None and s.speaker is None for s in doc.segments)
    assert any("reinforcement learning (RL)" in s.text for s in doc.segments)
    assert all("\n" not in s.text and s.text.strip() == s.text for s in doc.segments)


def test_chinese_article_seed_without_a_heading_is_titled_by_its_file_name_not_the_menu():
    doc = read_document(SEEDS["002"])
    assert doc.kind == "article"
    assert doc.title == SEEDS["002"].stem
    assert any("通用人工智能(AGI)" in s.text for s in doc.segments)


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "A Long Title For This Little Test Article Here\n\n"
        "Researchers have spent the last decade working on reinforcement\n"
        "learning (RL) and on the closely related area of imitation\n"
        "learning.\n\nShort line\nAnother short line\n", encoding="utf-8")
    doc = read_document(path)
    assert [s.text for s in doc.segments] == [
        "A Long Title For This Little Test Article Here",
        "Researchers have spent the last decade working on reinforcement learning (RL) and "
        "on the closely related area of imitation learning.",
        "Short line",
        "Another short line",
    ]
    assert doc.title == "A Long Title For This Little Test Article Here"


def test_markdown_marks_and_html_tags_are_dropped(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Glossary of the week\n\n- world models(世界模型)\n* 2. item\n"
                    "> quoted <script>alert(1)</script> text\n\n---\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Glossary of the week"
    assert [s.text for s in doc.segments] == [
        "Glossary of the week", "world models(世界模型)", "item", "quoted text"]


def test_unknown_suffix_is_read_as_text(tmp_path):
    path = tmp_path / "notes.log"
    path.write_text("LLMs(大型语言模型) are big.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "text" and doc.segments[0].text == "LLMs(大型语言模型) are big."


# --- subtitles -----------------------------------------------------------------------------

def test_bilingual_srt_cues_pair_chinese_text_with_english_translation(tmp_path):
    path = tmp_path / "talk.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:04,500\n我们谈了 world models(世界模型)。\n"
        "We talked about world models.\n\n"
        "2\n00:01:02,250 --> 00:01:05,000\n<i>Plain English line</i>\n第二行中文\n\n"
        "3\n01:00:00,000 --> 01:00:02,000\n{\\an8}Only one language\nacross two lines\n",
        encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "subtitles" and doc.title == "talk"
    assert [(s.start, s.end, s.text, s.translation) for s in doc.segments] == [
        (1.0, 4.5, "我们谈了 world models(世界模型)。", "We talked about world models."),
        (62.25, 65.0, "第二行中文", "Plain English line"),
        (3600.0, 3602.0, "Only one language across two lines", None),
    ]


def test_glosses_on_the_english_line_make_it_the_text(tmp_path):
    path = tmp_path / "en.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n我们在用世界模型\n"
                    "We use world models (世界模型) now\n", encoding="utf-8")
    seg = read_document(path).segments[0]
    assert (seg.text, seg.translation) == ("We use world models (世界模型) now", "我们在用世界模型")


def test_vtt_with_voices_notes_tags_and_other_markup_dropped(tmp_path):
    path = tmp_path / "talk.vtt"
    path.write_text(
        "WEBVTT - a talk\n\nNOTE written by hand\nspanning lines\n\n"
        "STYLE\n::cue { color: red }\n\n"
        "intro\n00:01.000 --> 00:03.000 align:start\n<v Jacob>We discuss <b>RL</b>.</v>\n"
        "<v Jacob>我们讨论 RL(强化学习)。</v>\n\n"
        "00:03.000 --> 00:05.500\n<c.yellow>Tags &amp; entities</c> and <script>x</script>\n",
        encoding="utf-8")
    doc = read_document(path)
    assert [(s.speaker, s.start, s.end, s.text, s.translation) for s in doc.segments] == [
        ("Jacob", 1.0, 3.0, "我们讨论 RL(强化学习)。", "We discuss RL."),
        (None, 3.0, 5.5, "Tags & entities and", None),
    ]


def test_subtitles_are_recognised_by_content_too(tmp_path):
    path = tmp_path / "cues.txt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nAI(人工智能)\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "subtitles" and doc.segments[0].text == "AI(人工智能)"


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("gb18030", b""),
                                           ("utf-8", b"\xef\xbb\xbf")])
def test_subtitles_in_other_encodings(tmp_path, encoding, bom):
    path = tmp_path / "c.srt"
    path.write_bytes(bom + "1\r\n00:00:01,000 --> 00:00:02,000\r\n深度学习(deep learning)\r\n"
                     .encode(encoding))
    assert read_document(path).segments[0].text == "深度学习(deep learning)"


def test_content_hash_depends_on_text_not_encoding(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes("AI(人工智能)\n".encode())
    b.write_bytes(b"\xff\xfe" + "AI(人工智能)\r\n".encode("utf-16-le"))
    c = tmp_path / "c.txt"
    c.write_bytes("AI(人工)\n".encode())
    ha, hb, hc = (read_document(p).content_hash for p in (a, b, c))
    assert ha == hb != hc and len(ha) == 64
