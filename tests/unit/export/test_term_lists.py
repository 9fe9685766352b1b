"""Teacher lists through the Library: names, order, per-list glosses, a colleague's file."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from vocab_app.errors import InputError
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library
from vocab_app.services.list_csv import parse_list
from vocab_app.services.lists import ListError

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def lists(col):
    return Library(col.db, col.path, FixedClock(NOW)).lists


def test_create_rename_reorder_delete(lists, col):
    a, b, c = lists.create("Week 1"), lists.create("Week 2"), lists.create("  Final   exam ")
    assert [x.name for x in lists.all()] == ["Week 1", "Week 2", "Final exam"]
    lists.rename(b, "Week two")
    lists.reorder([c, a])
    assert [(x.name, x.position) for x in lists.all()] == [
        ("Final exam", 0), ("Week 1", 1), ("Week two", 2)]
    tid = col.add_term("agent")
    lists.add_terms(a, [tid])
    lists.delete(a)
    assert [x.name for x in lists.all()] == ["Final exam", "Week two"]
    assert col.db.execute("SELECT count(*) FROM terms").fetchone()[0] == 1  # the term stays


@pytest.mark.parametrize("bad", ["", "   ", "week 1", "WEEK 1"])
def test_empty_or_duplicate_names_are_refused_with_one_sentence(lists, bad):
    lists.create("Week 1")
    with pytest.raises(ListError, match="needs a name|already exists"):
        lists.create(bad)
    assert len(lists.all()) == 1


def test_rename_to_its_own_name_in_another_case_is_allowed(lists):
    lid = lists.create("week 1")
    lists.rename(lid, "Week 1")
    assert lists.get(lid).name == "Week 1"


def test_terms_added_moved_removed_and_glossed(lists, col):
    ids = [col.add_term(t, (g,)) for t, g in (("a", "甲"), ("b", "乙"), ("c", "丙"))]
    lid = lists.create("L")
    assert lists.add_terms(lid, ids) == 3
    assert lists.add_terms(lid, ids[:1]) == 0  # already there
    lists.move_term(lid, ids[2], 0)
    lists.set_gloss(lid, ids[1], "teacher's 乙")
    assert [(t.term, t.gloss, t.position) for t in lists.terms(lid)] == [
        ("c", "丙", 0), ("a", "甲", 1), ("b", "teacher's 乙", 2)]
    lists.remove_terms(lid, [ids[0]])
    assert [(t.term, t.position) for t in lists.terms(lid)] == [("c", 0), ("b", 1)]
    lists.set_gloss(lid, ids[1], "  ")
    assert lists.terms(lid)[1].gloss == "乙" and lists.terms(lid)[1].gloss_override is None
    assert lists.get(lid).size == 2
    with pytest.raises(ListError, match="not in this list"):
        lists.set_gloss(lid, ids[0], "x")
    with pytest.raises(ListError, match="no term with id 999"):
        lists.add_terms(lid, [999])


def test_import_links_known_terms_and_creates_unknown_ones(lists, col, tmp_path):
    known = col.add_term("world model", ("世界模型",))
    f = tmp_path / "colleague.csv"
    f.write_text("Term,Gloss,Tags\nWorld Models,世界模型,ai\nreward hacking,奖励投机,ai rl\n"
                 "mixture of experts,专家混合\n,orphan gloss\nworld model,dup\n", encoding="utf-8")
    report = lists.import_csv(f, "From Ana")
    assert (report.linked, report.created) == (1, 2)
    assert report.skipped == ["line 5: no term (gloss 'orphan gloss')",
                              "line 6: 'world model' already given on line 2; this line is"
                              " skipped"]
    terms = lists.terms(report.list_id)
    assert [t.term for t in terms] == ["world model", "reward hacking", "mixture of experts"]
    assert terms[0].term_id == known and terms[0].gloss_override is None
    new = col.db.execute("SELECT t.key, t.tags, s.gloss, s.style, c.direction, c.state"
                         " FROM terms t JOIN senses s ON s.term_id = t.id"
                         " JOIN cards c ON c.term_id = t.id WHERE t.term = 'reward hacking'"
                         ).fetchall()
    assert [tuple(r) for r in new] == [
        ("reward hacking", "ai rl", "奖励投机", "en-zh", "forward", "new")]


def test_a_different_gloss_for_a_known_term_becomes_the_lists_gloss(lists, col, tmp_path):
    tid = col.add_term("agent", ("智能体",))
    f = tmp_path / "l.tsv"
    f.write_text("#separator:tab\nagent\t代理\n", encoding="utf-8")
    report = lists.import_csv(f, "L")
    assert lists.terms(report.list_id)[0].gloss == "代理"
    assert col.db.execute("SELECT gloss FROM senses WHERE term_id = ?",
                          [tid]).fetchall()[0][0] == "智能体"  # the learner's own sense stays


def test_import_reads_gbk_and_our_own_csv_export(lists, col, tmp_path):
    f = tmp_path / "gbk.csv"
    f.write_bytes("注意力机制,attention mechanism\n".encode("gb18030"))
    report = lists.import_csv(f, "GBK")
    t = lists.terms(report.list_id)[0]
    assert (t.term, t.gloss, t.style) == ("注意力机制", "attention mechanism", "zh-en")
    rows = parse_list("term,gloss,style,example sentence,source\n'=x,'+y,en-zh,s,src\n").rows
    assert [(r.term, r.gloss, r.tags, r.problem) for r in rows] == [("=x", "+y", (), "")]


def test_import_of_an_empty_file_changes_nothing(lists, tmp_path):
    f = tmp_path / "empty.csv"
    f.write_text("term,gloss\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no terms"):
        lists.import_csv(f, "Empty")
    assert lists.all() == []
