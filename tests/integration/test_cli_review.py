"""`vocab due`, `vocab stats` and `vocab review` run as processes, driven through a pipe."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from helpers.cli import vocab
from review_helpers import TODAY, add_term, card_row, open_collection, set_card

from vocab_app import paths


@pytest.fixture
def collection(tmp_path):
    path = tmp_path / "c.sqlite"
    db = open_collection(path)
    _, (agent,) = add_term(db, "agent", ("智能体",))
    set_card(db, agent, state="review", reps=3, interval=10, due=TODAY - timedelta(days=2))
    _, (model,) = add_term(db, "world model", ("世界模型",), sentence="We need a world model now.",
                           url="https://youtu.be/xyz")
    _, (tokens,) = add_term(db, "tokens", ("词元",))
    db.conn.close()
    return path, {"agent": agent, "model": model, "tokens": tokens}


def reviews(path):
    db = open_collection(path)
    rows = db.execute("SELECT card_id, grade, after FROM reviews ORDER BY id").fetchall()
    db.conn.close()
    return [(c, g, json.loads(a)["relearn"]) for c, g, a in rows]


def test_due_counts_new_learning_and_review(collection):
    path, _ = collection
    out = vocab("due", "--today", TODAY.isoformat(), db=path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["new: 2", "learning: 0", "review: 1"]


def test_a_piped_review_session_with_buttons_relearning_undo_and_a_typo(collection):
    path, ids = collection
    keys = ["", "g",  # agent: Good
            "", "a",  # world model: Again → comes back at the end
            "", "x", "e",  # tokens: a typo, then Easy
            "u",  # undo Easy on tokens
            "", "3",  # tokens again: 3 is Good (grade 4), as in the Review view
            "", "g"]  # world model relearned
    out = vocab("review", "--today", TODAY.isoformat(), db=path, stdin="\n".join(keys) + "\n")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Due today: 2 new, 0 learning, 1 review." in text
    assert "» We need a [world model] now." in text
    assert "https://youtu.be/xyz?t=65s" in text
    # agent: Again and Hard bring it back in this session; Good and Easy give 10 days × EF
    assert "1) Again: again today  2) Hard: again today  3) Good: 25d  4) Easy: 26d" in text
    # a new card: Again and Hard do not read "1d"
    assert "1) Again: again today  2) Hard: again today  3) Good: 1d  4) Easy: 1d" in text
    assert "'x' is not an answer" in text and "Undid the last answer." in text
    assert "It comes back later in this session." in text
    assert "Answered 4; 0 cards left for today." in text
    assert reviews(path) == [(ids["agent"], 4, False), (ids["model"], 1, False),
                             (ids["tokens"], 4, False), (ids["model"], 4, True)]
    db = open_collection(path)
    assert card_row(db, ids["agent"])["due"] == (TODAY + timedelta(days=25)).isoformat()
    assert card_row(db, ids["model"])["due"] == (TODAY + timedelta(days=1)).isoformat()
    db.conn.close()


def test_end_of_input_quits_and_keeps_what_was_answered(collection):
    path, ids = collection
    out = vocab("review", "--today", TODAY.isoformat(), db=path, stdin="\n4\n\n")  # 4 = Easy
    assert out.returncode == 0, out.stderr
    assert "Answered 1; 2 cards left for today." in out.stdout
    assert reviews(path) == [(ids["agent"], 5, False)]
    again = vocab("due", "--today", TODAY.isoformat(), db=path)
    assert again.stdout.splitlines() == ["new: 2", "learning: 0", "review: 0"]


@pytest.mark.parametrize(("six", "key", "grade"), [
    (False, "1", 1), (False, "2", 3), (False, "3", 4), (False, "4", 5),
    (True, "0", 0), (True, "3", 3), (True, "5", 5)])
def test_a_digit_means_the_same_grade_as_in_the_review_view(collection, six, key, grade):
    from dataclasses import replace

    from vocab_app.gui.review_view import answer_keys
    from vocab_app.services.library import Library

    path, ids = collection
    with Library.open(path) as lib:
        lib.save_settings(replace(lib.settings, six_grade_mode=six))
    assert {s.key: s.grade for s in answer_keys(six)}[key] == grade  # what the GUI sends
    out = vocab("review", "--today", TODAY.isoformat(), db=path, stdin=f"\n{key}\nq\n")
    assert out.returncode == 0, out.stderr
    assert reviews(path) == [(ids["agent"], grade, False)]
    assert ("0) Blackout" in out.stdout) is six


def test_review_help_gives_the_grade_table():
    out = vocab("review", "--help")
    text = "".join(out.stdout.split())  # argparse wraps lines (and breaks at hyphens)
    assert "1-4(ora/h/g/e)forAgain/Hard/Good/Easy(SM-2grades1/3/4/5)" in text
    assert "0-5fortheSM-2gradeinsix-grademode" in text


def test_stats_after_a_session(collection):
    path, _ = collection
    vocab("review", "--today", TODAY.isoformat(), db=path, stdin="\ng\n\n1\nq\n")
    out = vocab("stats", "--today", TODAY.isoformat(), "--days", "3", db=path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "cards: new 1, learning 1, review 1, suspended 0, leech 0, known 0"
    assert f"  {TODAY.isoformat()}      2  ##" in lines
    assert "retention (review cards graded >= 3): 100.0%" in lines


def test_bad_arguments_get_one_clear_line(collection):
    path, _ = collection
    out = vocab("due", "--today", "tomorrow", db=path)
    assert out.returncode == 2 and "'tomorrow' is not a date like 2026-03-10" in out.stderr
    out = vocab("stats", "--days", "0", db=path)
    assert out.returncode == 2 and "not a whole number of days" in out.stderr


def test_the_default_collection_is_used_without_db(collection):
    path, _ = collection
    default = paths.default_db_path()
    default.write_bytes(path.read_bytes())
    out = vocab("due", "--today", TODAY.isoformat())
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["new: 2", "learning: 0", "review: 1"]


def test_an_unopenable_collection_gets_one_line_not_a_traceback(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("these are my notes, not a collection\n" * 100)
    out = vocab("review", db=bogus)
    assert out.returncode == 1
    assert out.stderr.startswith("vocab: ") and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_nothing_due_says_so(tmp_path):
    path = tmp_path / "empty.sqlite"
    open_collection(path).conn.close()
    out = vocab("review", db=path, stdin="")
    assert out.returncode == 0, out.stderr
    assert "Due today: 0 new, 0 learning, 0 review." in out.stdout
    assert "Answered 0; 0 cards left for today." in out.stdout
