"""What an export reads from a collection: selection, order, context markup, tags, escaping."""

from __future__ import annotations

import pytest

from vocab_app.errors import ExportError
from vocab_app.export.collect import anki_fields, collect_notes, escape, tag_of


def test_escape_turns_markup_quotes_and_braces_into_entities():
    assert escape('<a href="x">&</a> {{Term}}') == (
        "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; &#123;&#123;Term&#125;&#125;")
    assert escape(None) == ""


def test_tags_have_no_spaces_and_no_accidental_hierarchy():
    assert tag_of("  My talk:: part\t2 ") == "My_talk_part_2"
    assert tag_of("深度 学习") == "深度_学习"


def test_context_marks_the_term_at_its_span_not_an_earlier_match(col):
    src = col.add_source("s")
    tid = col.add_term("model", ("模型",))
    seg = col.add_segment(src, "x")
    sentence = "A model of the model."
    col.db.execute("INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
                   " span_start, span_end) VALUES (?, (SELECT min(id) FROM senses), ?, 'model',"
                   " ?, 15, 20)", [tid, seg, sentence])
    col.db.conn.commit()
    (note,) = collect_notes(col.db)
    assert anki_fields(note)[3] == 'A model of the <b class="term">model</b>.'
    cloze = anki_fields(note, cloze=True)[9]
    # the blank is at the span, and the term's other occurrence is masked too
    assert cloze.startswith('A … of the <span class="vocab-blank">[…]</span>.')
    assert "model" not in cloze and '<span lang="zh-Hans">模型</span>' in cloze  # the hint
    assert ">Hint</a>" in cloze  # the tap's link text, in the card language
    assert '><span lang="zh-Hans">提示</span></a>' in anki_fields(note, cloze=True, hint="提示")[9]


def test_whole_collection_in_position_order_with_source_and_style_tags(col):
    talk = col.add_source("Talk one", url="https://youtu.be/xyz")
    b = col.term_in_source(talk, "beta", "乙", "beta first", start=61.0, tags="mine")
    a = col.add_term("alpha", ("甲", "甲二"), style="abbr")
    notes = collect_notes(col.db)
    assert [n.term_id for n in notes] == [b, a]
    assert notes[0].tags == ["mine", "source::Talk_one", "style::en-zh"]
    assert notes[0].link == "https://youtu.be/xyz?t=61s"
    assert notes[1].gloss == "甲; 甲二" and notes[1].tags == ["style::abbr"]


def test_a_term_with_senses_of_several_styles_gets_each_style_tag_first_sense_first(col):
    tid = col.add_term("RL", ("reinforcement learning",), style="abbr")
    col.db.execute("INSERT INTO senses (term_id, gloss, style) VALUES (?, '强化学习', 'en-zh'),"
                   " (?, 'learning by reward', 'def')", [tid, tid])
    col.add_term("plain", ("平",))
    col.db.conn.commit()
    rl, plain = collect_notes(col.db)
    assert [t for t in rl.tags if t.startswith("style::")][0] == "style::abbr"
    assert {t for t in rl.tags if t.startswith("style::")} == {
        "style::abbr", "style::en-zh", "style::def"}
    assert plain.tags == ["style::en-zh"]


def test_source_selection_keeps_only_that_sources_terms_and_its_context(col):
    one, two = col.add_source("one"), col.add_source("two")
    tid = col.term_in_source(one, "agent", "智能体", "agent in one")
    seg = col.add_segment(two, "agent in two")
    col.add_occurrence(tid, seg, "agent in two", "agent")
    col.term_in_source(one, "other", "其他", "other in one")
    notes = collect_notes(col.db, source_id=two)
    assert [n.term for n in notes] == ["agent"]
    assert notes[0].sentence == "agent in two" and notes[0].source_title == "two"


def test_list_selection_uses_list_order_and_overrides(col):
    a, b, c = (col.add_term(t, (g,)) for t, g in (("a", "甲"), ("b", "乙"), ("c", "丙")))
    lid = col.add_list("L", [c, a], {a: "teacher's 甲"})
    notes = collect_notes(col.db, list_id=lid)
    assert [(n.term, n.gloss) for n in notes] == [("c", "丙"), ("a", "teacher's 甲")]


def test_unknown_selection_is_a_clear_error(col):
    with pytest.raises(ExportError, match="no term list with id 99"):
        collect_notes(col.db, list_id=99)
    with pytest.raises(ExportError, match="no source with id 7"):
        collect_notes(col.db, source_id=7)
    assert collect_notes(col.db) == []


@pytest.mark.parametrize("many", [False, True])
def test_pinyin_uses_kept_and_corrected_readings_and_keeps_new_ones(col, monkeypatch, many):
    from vocab_app.export import collect
    from vocab_app.store.pinyin import readings, set_reading

    if many:  # a large export reads every kept reading at once
        monkeypatch.setattr(collect, "_ALL_READINGS", 1)
    col.add_term("bank", ("银行",))
    col.add_term("walk", ("行走", "走路"))
    col.add_term("行业", ("industry",), lang="zh", style="zh-en")
    col.add_term("plain", ("no Chinese",))
    set_reading(col.db, "银行", "yín háng (mine)")  # the learner's correction
    readings(col.db, ["走路"])  # kept before the export
    assert [n.pinyin for n in collect_notes(col.db)] == [
        "yín háng (mine)", "xíngzǒu; zǒulù", "hángyè", ""]
    kept = dict(col.db.execute("SELECT text, reading FROM pinyin_readings"))
    assert kept == {"银行": "yín háng (mine)", "行走": "xíngzǒu", "走路": "zǒulù",
                    "行业": "hángyè"}
