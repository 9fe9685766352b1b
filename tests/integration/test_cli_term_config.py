"""`vocab term add|edit|show` and `vocab config get|set|list` run as processes on a real
collection file: what the user reads, exit codes, and one-line errors."""

from __future__ import annotations

import re

import pytest
from helpers.cli import vocab


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.sqlite"
    done = vocab("term", "add", "attention head", "--gloss", "注意力头", "--list", "Week 1",
                 "--context", "Each attention head attends to other tokens.", db=path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "added “attention head” (list “Week 1”)"
    return path


def one_line_error(done, *words):
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vocab: ") and "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0]


def test_term_show_prints_glosses_contexts_cards_and_lists(db):
    done = vocab("term", "show", "Attention heads", db=db)  # case and plural aside
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.splitlines()[0] == "attention head"
    assert "注意力头" in out and "Each attention head attends to other tokens." in out
    assert "forward: new, due new" in out and "lists: Week 1" in out


def test_term_edit_changes_the_gloss_and_renames_and_merges_only_when_asked(db):
    assert vocab("term", "edit", "attention head", "--gloss", "注意力 头", db=db).returncode == 0
    assert "注意力 头" in vocab("term", "show", "attention head", db=db).stdout
    assert vocab("term", "add", "head", "--gloss", "头", db=db).returncode == 0
    clash = vocab("term", "edit", "head", "--rename", "Attention Head", db=db)
    one_line_error(clash, "already in your collection", "--merge")
    merged = vocab("term", "edit", "head", "--rename", "Attention Head", "--merge", db=db)
    assert merged.returncode == 0 and "merged into “attention head”" in merged.stdout
    shown = vocab("term", "show", "attention head", db=db).stdout
    assert "头" in shown and "variants: head" in shown
    one_line_error(vocab("term", "show", "head", db=db), "There is no term “head”")
    renamed = vocab("term", "edit", "attention head", "--rename", "attention heads!", db=db)
    assert renamed.returncode == 0, renamed.stderr


@pytest.mark.parametrize(("args", "words"), [
    (("term", "add", "  ", "--gloss", "x"), ("A term cannot be empty",)),
    (("term", "add", "ATTENTION HEADS", "--gloss", "x"),
     ("already in your collection as “attention head”", 'vocab term show "attention head"')),
    (("term", "add", "new one", "--gloss", " "), ("gloss",)),
    (("term", "edit", "nothing here", "--gloss", "x"), ("There is no term “nothing here”",)),
    (("term", "edit", "attention head"), ("Say what to change",)),
    (("term", "edit", "attention head", "--rename", ""), ("A term cannot be empty",)),
    (("term", "show", "nothing here"), ("There is no term",)),
    (("config", "get", "colour"), ("There is no setting “colour”",)),
    (("config", "set", "new_per_day", "10000"),
     ("New cards a day must be a whole number from 0 to 9999",)),
    (("config", "set", "leech_suspend", "perhaps"), ("Suspend leeches must be on or off",)),
])
def test_bad_input_is_one_sentence_and_exit_1(db, args, words):
    one_line_error(vocab(*args, db=db), *words)


def test_config_set_takes_effect_for_the_next_command(db):
    listing = vocab("config", "list", db=db).stdout
    # names padded to the longest setting's name
    assert re.search(r"^new_per_day +  = 20 ", listing, re.M)
    assert re.search(r"^day_start_hour +  = 0 ", listing, re.M)
    assert vocab("config", "get", "new_per_day", db=db).stdout.strip() == "20"
    assert vocab("due", db=db).stdout.splitlines()[0] == "new: 1"
    done = vocab("config", "set", "new-per-day", "0", db=db)
    assert done.returncode == 0 and done.stdout.strip() == "new_per_day = 0"
    assert vocab("config", "get", "new_per_day", db=db).stdout.strip() == "0"
    assert vocab("due", db=db).stdout.splitlines()[0] == "new: 0"
    assert vocab("config", "set", "reverse_cards", "on", db=db).stdout.strip() == \
        "reverse_cards = true"
    assert re.search(r"^frequency_filter +  = 0 .*frequency filter default", listing, re.M)
    assert vocab("config", "set", "frequency_filter", "5000", db=db).stdout.strip() == \
        "frequency_filter = 5000"


def test_term_known_takes_the_term_out_of_the_queue_and_unknown_puts_it_back(db):
    done = vocab("term", "known", "attention head", db=db)
    assert done.returncode == 0, done.stderr
    assert "marked known" in done.stdout
    assert "marked known: never scheduled" in vocab("term", "show", "attention head",
                                                    db=db).stdout
    assert "new: 0" in vocab("due", db=db).stdout
    done = vocab("term", "known", "attention head", "--unknown", db=db)
    assert done.returncode == 0 and "no longer marked known" in done.stdout
    assert "new: 1" in vocab("due", db=db).stdout
