"""`vocab list move` and `vocab list order` run as processes on a real collection file: what the
user sees in `list show` / `list ls`, and one-line errors for unknown lists and terms."""

from __future__ import annotations

import pytest
from helpers.cli import vocab
from helpers.collection_factory import Collection


@pytest.fixture
def db(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    ids = [c.add_term(t, (g,)) for t, g in (("agent", "智能体"), ("tokens", "词元"),
                                             ("reward", "奖励"), ("policy", "策略"))]
    c.add_list("Week 1", ids)
    c.add_list("Week 2", ids[:1])
    c.add_list("Exam", [])
    c.close()
    return c.path


def shown_terms(db, name="Week 1"):
    done = vocab("list", "show", name, db=db)
    assert done.returncode == 0, done.stderr
    return [line.split("\t")[:2] for line in done.stdout.splitlines()]


def list_names(db):
    return [line.split("\t")[0] for line in vocab("list", "ls", db=db).stdout.splitlines()]


def assert_one_line_error(done, *words):
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vocab: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0]


def test_move_a_term_to_a_position_as_show_numbers_them(db):
    assert shown_terms(db) == [["1", "agent"], ["2", "tokens"], ["3", "reward"], ["4", "policy"]]
    done = vocab("list", "move", "week 1", "policy", 2, db=db)
    assert done.returncode == 0, done.stderr
    assert shown_terms(db) == [["1", "agent"], ["2", "policy"], ["3", "tokens"], ["4", "reward"]]
    assert vocab("list", "move", "Week 1", "agent", 4, db=db).returncode == 0
    assert [t for _, t in shown_terms(db)] == ["policy", "tokens", "reward", "agent"]


def test_move_beyond_either_end_clamps_to_first_or_last(db):
    assert vocab("list", "move", "Week 1", "tokens", 99, db=db).returncode == 0
    assert [t for _, t in shown_terms(db)] == ["agent", "reward", "policy", "tokens"]
    assert vocab("list", "move", "Week 1", "policy", 0, db=db).returncode == 0
    assert [t for _, t in shown_terms(db)] == ["policy", "agent", "reward", "tokens"]
    assert vocab("list", "move", "Week 1", "reward", -3, db=db).returncode == 0
    assert [t for _, t in shown_terms(db)] == ["reward", "policy", "agent", "tokens"]


def test_move_with_unknown_list_or_term_is_one_line_and_changes_nothing(db):
    before = shown_terms(db)
    assert_one_line_error(vocab("list", "move", "Week 9", "agent", 1, db=db), "Week 9")
    assert_one_line_error(vocab("list", "move", "Week 1", "gradient", 1, db=db), "gradient")
    assert_one_line_error(vocab("list", "move", "Week 2", "policy", 1, db=db),
                          "policy", "Week 2")
    assert shown_terms(db) == before


def test_order_puts_named_lists_first_and_keeps_the_rest_after(db):
    assert list_names(db) == ["Week 1", "Week 2", "Exam"]
    done = vocab("list", "order", "exam", "Week 2", db=db)
    assert done.returncode == 0, done.stderr
    assert list_names(db) == ["Exam", "Week 2", "Week 1"]
    assert vocab("list", "order", "Week 1", "Week 2", "Exam", db=db).returncode == 0
    assert list_names(db) == ["Week 1", "Week 2", "Exam"]


def test_order_with_an_unknown_list_is_one_line_and_changes_nothing(db):
    assert_one_line_error(vocab("list", "order", "Exam", "Week 7", db=db), "Week 7")
    assert list_names(db) == ["Week 1", "Week 2", "Exam"]


def test_help_lists_move_and_order(db):
    done = vocab("list", "--help", db=db)
    assert "move" in done.stdout and "order" in done.stdout


def test_import_dry_run_prints_rows_and_warnings_and_stores_nothing(db, tmp_path):
    f = tmp_path / "ana.csv"
    f.write_text("backpropagation，反向传播\nagent,\nnew idea\nagent,智能体\n", encoding="utf-8")
    before = db.read_bytes()
    done = vocab("list", "import", f, "From Ana", "--dry-run", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split("\t") == ["line 1", "backpropagation", "反向传播", "", "new term"]
    assert lines[1].split("\t") == ["line 2", "agent", "", "", "in collection"]
    assert lines[2].split("\t") == ["line 3", "new idea", "", "", "skipped"]
    assert lines[-1] == ("dry run: 1 term would be linked, 1 created, 2 rows skipped;"
                         " nothing was stored")
    warnings = done.stderr.splitlines()
    assert [w.split(":")[1].strip() for w in warnings] == ["line 2", "line 3", "line 4"]
    assert "no gloss for 'agent'" in warnings[0] and "already given on line 2" in warnings[2]
    assert db.read_bytes() == before and list_names(db) == ["Week 1", "Week 2", "Exam"]

    done = vocab("list", "import", f, "From Ana", db=db)
    assert done.returncode == 0, done.stderr
    assert "1 term linked, 1 new term" in done.stdout
    assert shown_terms(db, "From Ana") == [["1", "backpropagation"], ["2", "agent"]]
    assert done.stderr.count("warning:") == 3


def test_rename_remove_and_delete_succeed_silently_with_exit_status_zero(db):
    for args in (("rename", "Week 2", "Week 3"), ("remove", "Week 1", "agent"),
                 ("delete", "Exam")):
        done = vocab("list", *args, db=db)
        assert (done.returncode, done.stderr) == (0, ""), args
    assert list_names(db) == ["Week 1", "Week 3"]
    assert [term for _, term in shown_terms(db)] == ["tokens", "reward", "policy"]
