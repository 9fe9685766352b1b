"""Sources are identified by their normalised content, not their path (issue 10, case 4): a copy
under another path or name adds nothing and counts nothing twice; a changed file under the same
path is that source updated; a changed file under a new name is a new source."""

from __future__ import annotations

import shutil

from library_helpers import clock, rows, snapshot

from vocab_app.paths import seed_files
from vocab_app.services.library import Library

ARTICLE = """A short note on models

We train large language models (LLMs) every day in the lab.

The team studies reinforcement learning (RL) with real robots.
"""
CHANGED = """A short note on models

We train large language models (LLMs) every day in the lab.

Our mixture of experts (MoE) layer is cheap to run.
"""


def test_a_copy_under_another_path_and_name_adds_nothing(seeded, tmp_path):
    seed = seed_files()[0]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copyfile(seed, elsewhere / seed.name)
    renamed = elsewhere / "talk copy.txt"
    # the same text saved as UTF-16 with Windows line endings is the same content
    renamed.write_bytes(b"\xff\xfe" + seed.read_text(encoding="utf-8")
                        .replace("\n", "\r\n").encode("utf-16-le"))
    before = snapshot(seeded)
    with Library.open(seeded, clock=clock()) as lib:
        report = lib.import_files([elsewhere / seed.name, renamed])
        assert (report.new_terms, report.new_senses, report.new_occurrences) == (0, 0, 0)
    after = snapshot(seeded)
    for table in ("sources", "segments", "terms", "senses", "occurrences"):
        assert after[table] == before[table], table


def test_a_copy_mined_with_its_original_counts_once(tmp_path):
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([one, two])
        assert rows(lib, "SELECT count(*) FROM sources") == [(1,)]
        assert rows(lib, "SELECT term, frequency FROM terms ORDER BY id") == [
            ("large language models", 1), ("reinforcement learning", 1)]


def test_a_changed_file_is_the_same_source_updated_and_a_renamed_change_is_new(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([note])
        note.write_text(CHANGED, encoding="utf-8")
        report = lib.import_files([note])
        assert (report.new_terms, report.new_occurrences) == (1, 1)  # MoE added
        assert rows(lib, "SELECT count(*) FROM sources") == [(1,)]
        assert dict(rows(lib, "SELECT term, frequency FROM terms")) == {
            "large language models": 1, "reinforcement learning": 0, "mixture of experts": 1}

        renamed = tmp_path / "note v3.txt"
        renamed.write_text(CHANGED + "\nOne more line.\n", encoding="utf-8")
        lib.import_files([renamed])
        assert rows(lib, "SELECT count(*) FROM sources") == [(2,)]


def test_a_changed_file_keeps_the_occurrences_of_known_pairs_left_unticked(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([note])
        note.write_text(CHANGED, encoding="utf-8")
        preview = lib.mine_files([note])
        new = {(c.note_key, c.gloss) for c in preview.candidates if c.is_new}
        assert [g for _, g in new] == ["MoE"]
        lib.import_result(preview, accept=new)  # as the Mine view does: only new ones ticked
        assert dict(rows(lib, "SELECT term, frequency FROM terms")) == {
            "large language models": 1, "reinforcement learning": 0, "mixture of experts": 1}
