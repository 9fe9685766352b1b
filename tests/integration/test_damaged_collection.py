"""Issue 12 cases 3, 8 and 10 as a user meets them: the real `vocab` process on real files.

3: a damaged collection (garbage in the middle of the file, a bad `schema_version`) is reported
   in one sentence with exit code 2, read what can be read, and is never written;
8: a read-only collection (a read-only bind mount: tests run as root, who ignores chmod) serves
   `due`, `stats`, `export`, `list ls`/`list show` and mining without import;
10: a second import is told the collection is in use before it mines.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.cli import ROOT, vocab
from library_helpers import can_unshare, clock, run_in_namespace

from vocab_app.paths import seed_files
from vocab_app.services.library import Library


def damage(path: Path) -> None:
    """Overwrite four pages in the middle of the file with random bytes (a bad disk sector)."""
    page = 4096
    offset = path.stat().st_size // 2 // page * page
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(random.Random(12).randbytes(4 * page))


def one_sentence_each(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert lines and all(line.startswith("vocab: ") for line in lines), stderr
    assert "Traceback" not in stderr
    return lines


# --- case 3: damaged files -----------------------------------------------------------------

def test_garbage_in_the_middle_gives_a_sentence_exit_2_and_no_write(seeded, tmp_path):
    damage(seeded)
    before = seeded.read_bytes()
    out = tmp_path / "terms.csv"
    for args in (["due"], ["stats"], ["export", "--csv", out], ["list", "ls"],
                 ["import", seed_files()[0]]):
        done = vocab(*args, db=seeded)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        lines = one_sentence_each(done.stderr)
        assert "is damaged" in lines[0] and "vocab check --repair" in lines[0], lines
    assert seeded.read_bytes() == before, "a damaged collection is never written"


def test_a_bad_schema_version_reads_what_it_can_and_refuses_import(seeded):
    conn = sqlite3.connect(seeded)
    conn.execute("UPDATE meta SET value = 'four-ish' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = seeded.read_bytes()

    due = vocab("due", db=seeded)
    assert due.returncode == 2, due.stderr
    assert "schema_version is 'four-ish'" in one_sentence_each(due.stderr)[0]
    assert due.stdout.startswith("new: ")  # what could be read is still shown

    imported = vocab("import", seed_files()[0], db=seeded)
    assert imported.returncode == 2
    assert "is damaged" in one_sentence_each(imported.stderr)[0]
    assert imported.stdout == ""
    assert seeded.read_bytes() == before


def test_a_damaged_file_is_refused_for_writing_through_the_library(seeded):
    from vocab_app.errors import DamagedCollectionError

    damage(seeded)
    with pytest.raises(DamagedCollectionError, match="is damaged"):
        Library.open(seeded)
    lib = Library.open(seeded, reading=True)
    try:
        assert lib.damage is not None
        with pytest.raises(DamagedCollectionError):
            lib.import_files([seed_files()[0]])
    finally:
        lib.close()


# --- case 8: read-only collections ---------------------------------------------------------

@pytest.mark.skipif(not can_unshare(), reason="needs a private mount namespace (unshare -m)")
def test_a_read_only_collection_serves_every_read_only_command(seeded, tmp_path):
    with Library.open(seeded, clock=clock()) as lib:
        list_id = lib.lists.create("week 1")
        lib.lists.add_terms(list_id, [row.id for row in lib.term_rows(limit=3)])
    mnt = tmp_path / "ro"
    mnt.mkdir()
    path = mnt / seeded.name
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "due": ["due"], "stats": ["stats"], "csv": ["export", "--csv", str(out / "t.csv")],
        "apkg": ["export", "--apkg", str(out / "t.apkg")], "ls": ["list", "ls"],
        "show": ["list", "show", "week 1"], "import": ["import", str(seed_files()[0])],
    }
    code = (
        "import contextlib, io, json\n"
        "from vocab_app.cli import main\n"
        "from vocab_app.services.library import Library\n"
        f"path = {str(path)!r}\n"
        "res = {}\n"
        f"for name, args in {commands!r}.items():\n"
        "    o, e = io.StringIO(), io.StringIO()\n"
        "    with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):\n"
        "        rc = main(['--db', path, *args])\n"
        "    res[name] = [rc, o.getvalue(), e.getvalue()]\n"
        "lib = Library.open(path, reading=True)\n"
        f"res['mined'] = len(lib.mine_files([{str(seed_files()[0])!r}]).candidates)\n"
        "print(json.dumps(res))\n"
    )
    done = run_in_namespace(f"mount --bind -o ro {seeded.parent} {mnt}", code)
    assert done.returncode == 0, done.stderr
    res = json.loads(done.stdout.splitlines()[-1])
    for name in ("due", "stats", "csv", "apkg", "ls", "show"):
        assert res[name][0] == 0, (name, res[name])
    assert res["due"][1].startswith("new: ")
    assert "week 1\t3 terms" in res["ls"][1]
    assert len(res["show"][1].splitlines()) == 3
    assert (out / "t.csv").stat().st_size > 0 and (out / "t.apkg").stat().st_size > 0
    assert res["import"][0] == 1 and "is read-only" in res["import"][2]
    assert res["mined"] > 0


# --- case 10: two writers ------------------------------------------------------------------

HOLDER = """
import sys, time
from pathlib import Path
from vocab_app.services.library import Library
db, go, files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
said = []
def cancelled():
    if not said:
        print("mining", flush=True)
        said.append(1)
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return False
with Library.open(db) as lib:
    report = lib.import_files(files, cancelled=cancelled)
print("stored", report.new_terms, flush=True)
"""


def test_a_second_import_is_told_in_use_before_it_mines(tmp_path):
    db = tmp_path / "c.sqlite"
    go = tmp_path / "go"
    seeds = [str(p) for p in seed_files()]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(go), *seeds],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env=env)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "mining"  # the first import is mining
        started = time.monotonic()
        second = vocab("import", *seeds, db=db)
        elapsed = time.monotonic() - started
        assert second.returncode == 1, second.stderr
        assert one_sentence_each(second.stderr) == [
            f"vocab: The collection {db} is in use (another vocab_app is importing into it); "
            "wait for that import to finish and try again."]
        assert second.stdout == ""
        assert elapsed < 10
    finally:
        go.touch()
        rest, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert rest.startswith("stored ") and int(rest.split()[1]) > 0
    again = vocab("import", seeds[0], db=db)  # free again once the first import is done
    assert again.returncode == 0, again.stderr


# --- vocab check ---------------------------------------------------------------------------

def terms_of(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return set(conn.execute("SELECT key, term FROM terms").fetchall())
    finally:
        conn.close()


def test_check_finds_damage_and_repair_keeps_every_readable_term(seeded):
    whole = vocab("check", db=seeded)
    assert whole.returncode == 0, whole.stderr
    assert "whole, no problems found" in whole.stdout
    original = terms_of(seeded)
    damage(seeded)
    damaged_bytes = seeded.read_bytes()

    found = vocab("check", db=seeded)
    assert found.returncode == 2
    assert "is damaged" in one_sentence_each(found.stderr)[-1]

    repaired = vocab("check", "--repair", db=seeded)
    assert repaired.returncode == 0, repaired.stderr
    kept = [p for p in seeded.parent.iterdir() if ".damaged-" in p.name and
            not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert f"the damaged file is kept as {kept[0]}" in repaired.stdout

    assert vocab("check", db=seeded).returncode == 0
    now = terms_of(seeded)
    assert now <= original and len(now) >= 0.8 * len(original)
    with Library.open(seeded, clock=clock()) as lib:  # whole again: opens for writing
        assert lib.damage is None
        assert lib.count_terms() == len(now)
        assert lib.review.due_counts().new > 0
        probe = max((term for _, term in now), key=len)  # the search index was rebuilt
        assert lib.count_terms(lib_filter(probe)) >= 1
    due = vocab("due", db=seeded)
    assert due.returncode == 0 and due.stderr == ""


def lib_filter(text: str):
    from vocab_app.services.library import TermFilter

    return TermFilter(text=text)
