"""terms.pronunciation: stored from mining's notes, first non-empty one kept, never replaced."""

from __future__ import annotations

from vocab_app.mining.model import Note, Occurrence, Sense
from vocab_app.store.browse import term_detail
from vocab_app.store.terms import store_notes

NOW = "2026-03-10T09:30:00.000000"


def note(pronunciation: str, gloss: str = "智能体") -> Note:
    occ = Occurrence(term="agent", gloss=gloss, style="en-zh", source_path="/talk.txt",
                     segment_index=0, sentence="An agent acts.", term_in_sentence=(3, 8),
                     pronunciation=pronunciation)
    return Note(key="agent", term="agent", lang="en", senses=[Sense(gloss, "en-zh", 1)],
                occurrences=[occ], pronunciation=pronunciation)


def store(col, *notes: Note) -> int:
    src = col.add_source("talk", path="/talk.txt")
    seg = col.add_segment(src, "An agent acts.")
    with col.db.atomic():
        store_notes(col.db, notes, {"/talk.txt": {0: seg}}, now=NOW)
    return col.db.execute("SELECT id FROM terms WHERE key = 'agent'").fetchone()[0]


def pronunciation(col) -> str:
    return col.db.execute("SELECT pronunciation FROM terms WHERE key = 'agent'").fetchone()[0]


def test_a_new_term_keeps_the_pronunciation_mining_found(col):
    term_id = store(col, note("/ˈeɪ.dʒənt/"))
    assert term_detail(col.db, term_id).pronunciation == "/ˈeɪ.dʒənt/"


def test_a_later_note_fills_an_empty_one_but_never_replaces_one(col):
    store(col, note(""))
    assert pronunciation(col) == ""
    seg = col.add_segment(1, "An agent acts.")
    with col.db.atomic():
        store_notes(col.db, [note("/ˈeɪdʒənt/", "代理")], {"/talk.txt": {0: seg}}, now=NOW)
    assert pronunciation(col) == "/ˈeɪdʒənt/"
    col.db.execute("UPDATE terms SET pronunciation = 'AY-jent' WHERE key = 'agent'")  # an edit
    with col.db.atomic():
        store_notes(col.db, [note("/ˈeɪ.dʒənt/")], {"/talk.txt": {0: seg}}, now=NOW)
    assert pronunciation(col) == "AY-jent"
    with col.db.atomic():
        store_notes(col.db, [note("")], {"/talk.txt": {0: seg}}, now=NOW)
    assert pronunciation(col) == "AY-jent"


def test_a_term_without_one_shows_none(col):
    term_id = col.add_term("token", ("词元",))
    assert term_detail(col.db, term_id).pronunciation == ""
