"""A card carries its sentence's own translation, not the whole paired segment (issue 9,
item 10): the miner aligns the sentences of a bilingual segment and the collection keeps the
aligned translation per occurrence, for the Library, the review card and the Anki export."""

from __future__ import annotations

import statistics

from library_helpers import clock

from vocab_app.export.collect import collect_notes
from vocab_app.services.library import Library
from vocab_app.store.browse import term_detail


def _long_segments(lib: Library) -> list[tuple[int, str, str | None, str]]:
    """(term id, segment translation, occurrence translation, sentence) for occurrences of the
    transcript seed whose segment's paired line is long."""
    return lib.db.execute(
        "SELECT o.term_id, g.translation, o.translation, o.sentence FROM occurrences o"
        " JOIN segments g ON g.id = o.segment_id WHERE length(g.translation) > 300"
        " ORDER BY o.id").fetchall()


def test_occurrences_of_long_segments_keep_a_short_aligned_translation(seeded):
    with Library.open(seeded, clock=clock()) as lib:
        rows = _long_segments(lib)
        assert len(rows) > 50
        aligned = [r for r in rows if r[2]]
        # most long segments align; each aligned translation is a part of the paired line, and
        # typically a third of it (the seed's median paired line is ~640 characters)
        assert len(aligned) >= 0.8 * len(rows)
        for _term, whole, own, _sentence in aligned:
            assert own in whole and len(own) < len(whole)
        assert statistics.median(len(r[2]) / len(r[1]) for r in aligned) < 0.4
        term_id, whole, own, _ = aligned[0]
        detail = term_detail(lib.db, term_id)
        assert own in [o.translation for o in detail.occurrences]


def test_the_exported_note_carries_the_aligned_translation(seeded):
    with Library.open(seeded, clock=clock()) as lib:
        rows = [r for r in _long_segments(lib) if r[2]]
        firsts = {}
        for term_id, whole, own, _ in rows:
            firsts.setdefault(term_id, (whole, own))
        notes = {n.term_id: n for n in collect_notes(lib.db)}
        checked = 0
        for term_id, (whole, own) in firsts.items():
            note = notes[term_id]
            if note.translation == own:
                checked += 1
            assert note.translation != whole
        assert checked > 20
