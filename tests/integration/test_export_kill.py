"""Issue 12, case 5: an export process SIGKILLed mid-write leaves the target as it was (the older
export intact, or no file at all), and its temporary files are removed by the next export into
that folder or by the next start, while files that are not a dead export's are kept."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.cli import ROOT, vocab
from helpers.collection_factory import Collection

from vocab_app.services.library import Library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL and FIFOs")

TERMS = 20_000


def big_collection(path: Path) -> Path:
    """A collection of TERMS terms with a sense and a card each, written in bulk."""
    Collection.create(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO terms (id, key, term, lang, tags, notes, frequency, position,"
            " created_at) VALUES (?, ?, ?, 'en', '', ?, 1, ?, '2026-01-01T00:00:00Z')",
            [(i, f"term {i}", f"term {i}", "a note " * 20, i) for i in range(1, TERMS + 1)])
        conn.executemany("INSERT INTO senses (term_id, gloss, style, count)"
                         " VALUES (?, ?, 'en-zh', 1)",
                         [(i, f"词语 {i} " * 8) for i in range(1, TERMS + 1)])
        conn.executemany("INSERT INTO cards (term_id, direction) VALUES (?, 'forward')",
                         [(i,) for i in range(1, TERMS + 1)])
    conn.close()
    return path


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def kill_mid_export(db: Path, out: Path, env: dict[str, str]) -> None:
    """Run `vocab export --apkg out` and SIGKILL it as soon as a temporary file appears."""
    before = names(out.parent)
    child = subprocess.Popen(
        [sys.executable, "-m", "vocab_app", "--db", str(db), "export", "--apkg", str(out)],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while not names(out.parent) - before - {out.name}:
            assert child.poll() is None, "the export ended before its temporary file was seen"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(0.05)  # mid-write
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def big_template(tmp_path_factory) -> Path:
    return big_collection(tmp_path_factory.mktemp("big") / "c.sqlite")


@pytest.fixture
def db(big_template, tmp_path) -> Path:
    return Path(shutil.copy(big_template, tmp_path / "c.sqlite"))


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    return {"XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}


def keepers(folder: Path) -> dict[str, bytes]:
    """Files a sweep must never remove: a user's look-alikes, a live process's temp file."""
    live = os.getppid()  # a running process that is not this one
    files = {"deck.apkg.part": b"user", ".deck.apkg.abc.part": b"user",
             ".vocab-export-notes.txt": b"user",
             f".vocab-export-{live}-abcdefgh.part": b"live export"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_killed_export_keeps_the_old_package_and_the_next_start_removes_its_temp_files(
        tmp_path, env, db):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "deck.apkg"
    old = b"PK an earlier export"
    out.write_bytes(old)
    files = keepers(out_dir)
    kill_mid_export(db, out, env)
    assert out.read_bytes() == old  # never half-written
    assert names(out_dir) - {*files, out.name}, "the killed export left no file to clean"
    done = vocab("due", db=db, env=env)  # any start of the app
    assert done.returncode == 0, done.stderr
    assert names(out_dir) == {*files, "deck.apkg"}
    assert all((out_dir / n).read_bytes() == data for n, data in files.items())
    assert out.read_bytes() == old
    assert list((tmp_path / "data" / "vocab_app" / "export-temp").iterdir()) == []


def test_killed_first_export_leaves_no_target_and_the_next_export_cleans_up(tmp_path, env,
                                                                            db):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "deck.apkg"
    files = keepers(out_dir)
    kill_mid_export(db, out, env)
    assert not out.exists()
    assert names(out_dir) - set(files), "the killed export left no file to clean"
    (out_dir / ".vocab-export-1-zzzzzzzz.part").symlink_to(out_dir / "deck.apkg.part")
    files_and_link = {*files, ".vocab-export-1-zzzzzzzz.part"}
    with Library.open(db) as lib:
        lib.export.csv(out_dir / "list.csv")  # the next export into that folder
    assert names(out_dir) == {*files_and_link, "list.csv"}
    assert not out.exists()
