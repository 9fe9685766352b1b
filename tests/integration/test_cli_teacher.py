"""The teacher's commands as processes: `vocab source list`, a quiz handout for one source, and
list names the CLI refuses with one sentence."""

from __future__ import annotations

import pytest
from helpers.cli import vocab
from pypdf import PdfReader


def test_source_list_gives_the_ids_that_export_source_takes(seeded, tmp_path):
    done = vocab("source", "list", db=seeded)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split("\t") == ["id", "title", "file", "terms", "added"]
    cells = [row.split("\t") for row in rows]
    assert len(cells) == 3 and all(len(c) == 5 for c in cells)
    assert [c[3].isdigit() and int(c[3]) > 0 for c in cells] == [True] * 3
    assert all(c[2].endswith(".txt") and len(c[4]) == 10 for c in cells)  # file, YYYY-MM-DD
    source_id, terms = cells[1][0], int(cells[1][3])
    out = tmp_path / "quiz.pdf"
    done = vocab("export", "--handout", out, "--source", source_id, "--layout", "quiz",
                 db=seeded)
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(out).pages)
    assert f"{terms} terms, {pages} pages -> " in done.stdout
    last = " ".join(PdfReader(out).pages[-1].extract_text().split())
    assert last.startswith("Answer key")  # "(continued)" on the key's later pages


def test_source_list_on_an_empty_collection_says_so(tmp_path):
    done = vocab("source", "list", db=tmp_path / "new.sqlite")
    assert done.returncode == 0 and "no sources yet" in done.stdout


@pytest.mark.parametrize(("name", "says"), [
    ("", "needs a name"), ("   ", "needs a name"), ("Week 1/2", "cannot hold '/'"),
    ("Week\x1b[2J", "control characters"), ("Week\n2", "control characters"),
])
def test_a_bad_list_name_is_one_sentence_on_the_command_line(tmp_path, name, says):
    db = tmp_path / "c.sqlite"
    done = vocab("list", "create", name, db=db)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "\x1b" not in lines[0]
    assert vocab("list", "ls", db=db).stdout == ""
