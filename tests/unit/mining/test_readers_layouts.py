"""Transcript layouts beyond the seeds (issue 9 item 8), read from realistic sample files:
bilingual subtitles, stage directions, numbered and time-stamped transcript pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text, read_document

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def pairs_of(doc):
    return {(o.term, o.gloss, o.style) for o in mine_document(doc)}


def test_bilingual_srt_pairs_lines_and_drops_stage_directions():
    doc = read_document(SAMPLES / "bilingual_talk.srt")
    assert doc.kind == "subtitles"
    # [Music] and the ♪ lyrics cue give no segment at all; (applause) and [笑声] vanish
    assert [(s.start, s.text, s.translation) for s in doc.segments] == [
        (3.4, "欢迎回来。今天我们来看混合专家(mixture of experts)。",
         "Welcome back. Today we look at mixture of experts (MoE)."),
        (8.0, "谢谢大家。这是漫长的一年。", "Thank you all. It's been a long year."),
        (12.3, "所以 router(路由器)会为每个 token 选两个专家。",
         "So the router picks two experts per token."),
        (17.1, "我们之后再谈 load balancing(负载均衡)。",
         "We'll come back to load balancing later."),
    ]
    assert pairs_of(doc) == {
        ("混合专家", "mixture of experts", "zh-en"),
        ("mixture of experts", "MoE", "abbr"),  # from the English line: both lines are mined
        ("router", "路由器", "en-zh"),
        ("load balancing", "负载均衡", "en-zh"),
    }
    for occ in mine_document(doc):
        assert not any(w in occ.term.lower() for w in ("music", "applause", "笑声"))


def test_bilingual_vtt_keeps_speakers_marks_and_the_glossed_line_as_text():
    doc = read_document(SAMPLES / "bilingual_talk.vtt")
    kv = doc.segments[2]
    assert (kv.speaker, kv.start, kv.text, kv.translation) == (
        "Lee", 7.5, "And the KV cache (键值缓存) grows with context.",
        "而 KV cache 会随着上下文增长。")
    assert [kv.text[a:b] for a, b in kv.marks] == ["KV cache"]
    assert doc.segments[1].text == "这部分很便宜。"  # "[laughter]" dropped from the English line
    assert ("KV cache", "键值缓存", "en-zh") in pairs_of(doc)
    lora = {o.gloss: o for o in mine_document(doc) if o.gloss == "LoRA"}
    assert lora["LoRA"].speaker == "Dana" and lora["LoRA"].start == 1.0


def test_numbered_transcript_page_gives_timed_bilingual_segments():
    doc = read_document(SAMPLES / "numbered_transcript.txt")
    assert doc.kind == "transcript"
    assert doc.title == "Lecture 4: Training Large Models on Many Machines"
    assert [(s.start, s.end) for s in doc.segments] == [
        (0.0, 42.0), (42.0, 90.0), (90.0, 125.0), (185.0, 220.0)]
    third = doc.segments[2]
    assert third.translation == "Questions so far? Good, let's move on to tensor parallelism."
    found = pairs_of(doc)
    assert {("data parallelism", "数据并行", "en-zh"),
            ("流水线并行", "pipeline parallelism", "zh-en"),
            ("pipeline parallelism", "PP", "abbr"), ("tensor parallelism", "张量并行", "en-zh"),
            ("gradient checkpointing", "梯度检查点", "en-zh")} <= found
    occ = next(o for o in mine_document(doc) if o.term == "data parallelism")
    # the sentence's own translation, not the whole paragraph
    assert occ.translation == (
        "Today we start with data parallelism, the simplest way to use many GPUs.")


def test_time_stamped_markdown_notes_pair_repeated_stamps():
    doc = read_document(SAMPLES / "timestamped_notes.md")
    assert doc.kind == "transcript" and doc.title == "Podcast notes: episode 12"
    assert [(s.start, s.speaker, s.text) for s in doc.segments] == [
        (5.0, None, "We talk about retrieval-augmented generation (检索增强生成) today."),
        (70.0, "Guest", "I think the embedding model (嵌入模型) matters most."),
        (150.0, None, "向量数据库(vector database)是另一个关键部分。"),
    ]
    assert doc.segments[1].translation == "我认为嵌入模型最重要。"
    assert not any("*" in s.text or "#" in s.text for s in doc.segments)


@pytest.mark.parametrize("text", [
    "Meeting notes\n\nWe met at 12:30 and left at 14:00.\nThe bus left at 9:15 sharp.\n",
    "Schedule\n10:30\nCoffee (咖啡)\n",
])
def test_times_in_prose_do_not_make_a_transcript(text):
    assert parse_text(text, path="notes.txt").kind == "article"


def test_a_capitalised_label_in_a_cue_is_its_speaker():
    doc = parse_text("1\n00:00:01,000 --> 00:00:03,000\nJACOB: We use RL (强化学习) here.\n"
                     "JACOB：我们在这里用强化学习。\n", path="a.srt")
    first = doc.segments[0]
    assert (first.speaker, first.text, first.translation) == (
        "Jacob", "We use RL (强化学习) here.", "我们在这里用强化学习。")


def test_an_html_glossary_page_reads_as_text_without_code_or_tags():
    doc = read_document(SAMPLES / "glossary_page.html")
    assert doc.title == "Deep Learning Glossary"
    texts = [s.text for s in doc.segments]
    assert "A tensor (张量) is a multi-dimensional array & the basic data type." in texts
    assert not any("<" in t or "criterion" in t or "var note" in t or "注释" in t
                   for t in texts)
    found = pairs_of(doc)
    assert {("tensor", "张量", "en-zh"), ("learning rate", "学习率", "en-zh"),
            ("Adam optimizer", "Adam 优化器", "en-zh")} <= found
    assert not any("注意力" in g or "optimizer)" in g for _, g, _ in found)


def test_a_comment_spanning_lines_of_a_markdown_file_is_read_as_text(tmp_path):
    # translated docs keep the English original in comments; the glosses there are mined
    path = tmp_path / "page.md"
    path.write_text("# 存储\n\n<!--\nA PersistentVolume (PV) is a piece of storage.\n"
                    "See {{< glossary_tooltip text=\"pods\" >}} too.\n-->\n"
                    "持久卷（PersistentVolume）是集群中的存储。\n", encoding="utf-8")
    texts = [s.text for s in read_document(path).segments]
    assert any("A PersistentVolume (PV) is a piece of storage." in t for t in texts)
    assert not any("<!--" in t or "-->" in t for t in texts)


def test_a_comment_spanning_lines_of_an_html_page_is_not_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Glossary</h1>\n<!-- a note (注释)\n spanning lines -->\n"
                    "<p>A tensor (张量) is an array.</p></body></html>\n", encoding="utf-8")
    texts = [s.text for s in read_document(path).segments]
    assert not any("注释" in t for t in texts)


def test_a_wrapped_line_opening_with_a_bracket_continues_the_paragraph(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Most of the time the service runs a small reconciliation loop\n"
                    "(controller) that watches the cluster and acts on what it sees there.\n\n"
                    "A new paragraph starts here with a capital letter and some more words.\n"
                    "(See the appendix for details.)\n", encoding="utf-8")
    texts = [s.text for s in read_document(path).segments]
    assert any("reconciliation loop (controller) that watches" in t for t in texts)
    assert "(See the appendix for details.)" in texts


def test_a_bracket_broken_across_lines_by_a_scrape_is_one_paragraph(tmp_path):
    # a scraped page puts a link's text on a line of its own, inside the brackets
    path = tmp_path / "scraped.txt"
    path.write_text("The study was run by the Agency for Healthcare Research and Quality (\n"
                    "AHRQ\n), with help from the Food and Drug Administration (\nFDA\n).\n"
                    "Short line\nwith more words.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.segments[0].text == (
        "The study was run by the Agency for Healthcare Research and Quality (AHRQ), with "
        "help from the Food and Drug Administration (FDA).")
    assert [s.text for s in doc.segments[1:]] == ["Short line", "with more words."]
    assert {("Agency for Healthcare Research and Quality", "AHRQ", "abbr"),
            ("Food and Drug Administration", "FDA", "abbr")} <= pairs_of(doc)
