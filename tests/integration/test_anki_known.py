"""Known terms in exports, read back with Anki's own library: a term marked known is never
scheduled, so its cards arrive suspended (queue -1), new or reviewed, with the note in the deck
(a later export still updates it) and tagged `known` (Anki resets suspension with the rest of
the progress when an import leaves progress out); the other terms' cards are not touched.
Teacher exports (CSV, handout) keep known terms: they are the teacher's list, not the learner's
queue."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone

from helpers.anki_profile import Anki
from helpers.collection_factory import Collection

from vocab_app.export.apkg import note_guid
from vocab_app.services.clock import FixedClock, SystemClock
from vocab_app.services.library import Library

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)


def library(c: Collection, clock=None) -> Library:
    return Library(c.db, c.path, clock or FixedClock(NOW))


def fill(c: Collection) -> dict[str, int]:
    talk = c.add_source("AI Talk", url="https://www.youtube.com/watch?v=abc123")
    return {term: c.term_in_source(talk, term, gloss, f"We use {term} here.")
            for term, gloss in (("world model", "世界模型"), ("scaffolding", "脚手架"),
                                ("reward model", "奖励模型"))}


def queues(anki: Anki) -> dict[str, set[int]]:
    """Note GUID → the queues of its cards."""
    return {guid: {card.queue for card in note.cards()} for guid, note in anki.notes().items()}


def test_known_terms_arrive_suspended_and_stay_updatable(col, tmp_path):
    ids = fill(col)
    lib = library(col)
    lib.set_known([ids["scaffolding"]], True)
    report = lib.export.apkg(tmp_path / "k.apkg", reverse=True)
    assert report.notes == 3  # the known term's note is in the package
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(report.path, scheduling=True)
        got = queues(anki)
        assert got[note_guid("scaffolding")] == {-1}  # both cards suspended
        assert got[note_guid("world model")] == {0} == got[note_guid("reward model")]
        assert "known" in anki.notes()[note_guid("scaffolding")].tags
        assert "known" not in anki.notes()[note_guid("world model")].tags
        # a later export (a gloss edited here) still updates the known term's note in Anki
        col.db.execute("UPDATE senses SET gloss = '脚手架结构' WHERE term_id = ?",
                       [ids["scaffolding"]])
        col.db.conn.commit()
        later = library(col, FixedClock(NOW + timedelta(minutes=5)))
        anki.import_apkg(later.export.apkg(tmp_path / "k2.apkg", reverse=True).path)
        assert "脚手架结构" in anki.notes()[note_guid("scaffolding")]["Gloss"]
    finally:
        anki.close()


def test_a_known_reviewed_card_arrives_as_a_suspended_review_card(col, tmp_path):
    ids = fill(col)
    card = col.card_id(ids["world model"])
    col.review(card, [5, 5], first_day=date.today() - timedelta(days=9))
    lib = library(col, SystemClock())
    lib.set_known([ids["world model"]], True)
    report = lib.export.apkg(tmp_path / "s.apkg", with_scheduling=True)
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(report.path, scheduling=True)
        imported = anki.notes()[note_guid("world model")].cards()[0]
        assert (imported.type, imported.queue) == (2, -1)  # its history kept, never due
        assert anki.col.db.scalar("SELECT count(*) FROM revlog WHERE cid = ?", imported.id) == 2
        assert {c.queue for c in anki.notes()[note_guid("reward model")].cards()} == {0}
    finally:
        anki.close()


def test_without_the_progress_anki_makes_cards_new_and_the_tag_finds_the_known(col, tmp_path):
    ids = fill(col)
    lib = library(col)
    lib.set_known([ids["scaffolding"]], True)
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(lib.export.apkg(tmp_path / "k.apkg").path)  # Anki's defaults
        found = anki.col.find_notes("tag:known")
        assert [anki.col.get_note(n).guid for n in found] == [note_guid("scaffolding")]
    finally:
        anki.close()


def test_teacher_exports_keep_known_terms(col, tmp_path):
    ids = fill(col)
    lib = library(col)
    lib.set_known([ids["scaffolding"]], True)
    lib.export.csv(tmp_path / "list.csv")
    with open(tmp_path / "list.csv", encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    assert "scaffolding" in text and "脚手架" in text
    assert len(list(csv.reader(text.splitlines()))) == 4  # a header and three terms
    lib.export.handout(tmp_path / "list.html")
    assert "scaffolding" in (tmp_path / "list.html").read_text(encoding="utf-8")
