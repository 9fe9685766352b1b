"""Issue 12, case 2: no command prints raw terminal control characters from collection or input
text. A card holding `ESC[2J` (clear screen), an OSC title sequence, a C1 CSI and a bidi override
is shown with those characters visibly escaped by `list show`, `review` and `list import
--dry-run`; `vocab mine` on a text full of them prints none. Real processes, stdout as bytes."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers.cli import ROOT
from review_helpers import TODAY, add_term, open_collection

HOSTILE_TERM = "agent\x1b[2J\x1b]0;pwned\x07"
HOSTILE_GLOSS = "智能体\x9b31m\u202e反\x1bc"
RAW = (b"\x1b", b"\x07", "\x9b".encode(), "\u202e".encode())


def run(*args: object, db=None, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "vocab_app", *(["--db", str(db)] if db else []), *map(str, args)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, input=stdin, capture_output=True, cwd=ROOT, env=env, timeout=120)


def assert_no_raw_controls(data: bytes) -> None:
    for raw in RAW:
        assert raw not in data, (raw, data)


def hostile_collection(tmp_path):
    from helpers.collection_factory import Collection

    path = tmp_path / "c.sqlite"
    db = open_collection(path)
    term_id, _ = add_term(db, HOSTILE_TERM, (HOSTILE_GLOSS,))
    db.conn.close()
    c = Collection(path, open_collection(path))
    c.add_list("Week 1", [term_id])
    c.close()
    return path


def test_list_show_escapes_control_characters_visibly(tmp_path):
    path = hostile_collection(tmp_path)
    done = run("list", "show", "Week 1", db=path)
    assert done.returncode == 0, done.stderr
    assert_no_raw_controls(done.stdout)
    shown = done.stdout.decode()
    assert "agent\\u001b[2J\\u001b]0;pwned\\u0007" in shown
    assert "智能体\\u009b31m\\u202e反\\u001bc" in shown


def test_review_escapes_control_characters_visibly(tmp_path):
    path = hostile_collection(tmp_path)
    done = run("review", "--today", TODAY.isoformat(), db=path, stdin=b"\n\n")
    assert done.returncode == 0, done.stderr
    assert_no_raw_controls(done.stdout + done.stderr)
    assert "agent\\u001b[2J" in done.stdout.decode()
    assert "智能体\\u009b31m" in done.stdout.decode()


def test_list_import_preview_escapes_control_characters(tmp_path):
    path = hostile_collection(tmp_path)
    csv = tmp_path / "list.csv"
    csv.write_text("term,gloss\nreward\x1b[2J,奖励\x1b]0;x\x07\n", encoding="utf-8")
    done = run("list", "import", csv, "Imported", "--dry-run", db=path)
    assert_no_raw_controls(done.stdout + done.stderr)
    assert "\\u001b[2J" in (done.stdout + done.stderr).decode()


def test_mine_prints_no_control_characters_from_the_text(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("We train an agent\x1b[2J (智能\x9b体\u202e) here.\n"
                    "A world\x1b]0;pwned\x07 model (世界模型) too.\n"
                    + "Plain prose to read as ordinary text. " * 20, encoding="utf-8")
    for fmt in ("tsv", "json"):
        done = run("mine", text, "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert_no_raw_controls(done.stdout + done.stderr)
        assert "智能体" in done.stdout.decode() and "世界模型" in done.stdout.decode()


def test_a_file_name_with_an_escape_is_shown_escaped_in_the_error(tmp_path):
    name = tmp_path / "bad\x1b[2Jname.txt"
    done = run("mine", name)
    assert done.returncode != 0
    assert_no_raw_controls(done.stderr)
    assert "\\u001b[2J" in done.stderr.decode()
