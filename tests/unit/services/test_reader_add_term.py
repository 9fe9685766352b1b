"""Add as term from a file not in the collection (services/reader.py add_term_at): the file is
recorded as a source the way an import records it, the context keeps its segment (source and
timestamp); a refused term records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab_app.services.library import Library
from vocab_app.services.reader import SegmentAt
from vocab_app.services.term_edits import TermExists

TALK = ("Ep 2: Short talk\n\nSpeaker 100:00 - 00:10\nWe begin.\n"
        "Speaker 201:05 - 01:09\nA gizmotron appears.\n")


def test_the_file_becomes_a_source_and_the_context_its_segment(tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite") as lib:
        doc = lib.reader.open_path(talk)
        assert doc.source_id is None
        seg = next(s for s in doc.segments if "gizmotron" in s.text)
        added = lib.reader.add_term_at("gizmotron", "小玩意", context=seg.text,
                                       list_name=None, at=SegmentAt(doc.path, seg.index,
                                                                    seg.text))
        assert added.changes.sources and added.changes.terms
        row = lib.db.execute(
            "SELECT s.path, g.start FROM occurrences o JOIN segments g ON g.id = o.segment_id"
            " JOIN sources s ON s.id = g.source_id WHERE o.term_id = ?",
            [added.term_id]).fetchall()
        assert row == [(str(talk), 65.0)]
        assert lib.reader.open_path(talk).source_id is not None  # the same file, now stored


def test_a_refused_term_records_no_source(tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite") as lib:
        lib.reader.add_term_at("gizmotron", "小玩意", context="", list_name=None,
                               at=SegmentAt(str(talk), 1, "A gizmotron appears."))
        before = lib.db.execute("SELECT count(*) FROM sources").fetchone()[0]
        other = tmp_path / "other.txt"
        other.write_text(TALK.replace("Ep 2", "Ep 3") + "More.\n", encoding="utf-8")
        with pytest.raises(TermExists):
            lib.reader.add_term_at("Gizmotron", "别的", context="", list_name=None,
                                   at=SegmentAt(str(other), 1, "A gizmotron appears."))
        assert lib.db.execute("SELECT count(*) FROM sources").fetchone()[0] == before
