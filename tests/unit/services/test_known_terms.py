"""The learner's "known" mark (store/known.py, schema v7): a known term is never scheduled (not
due, not a new card, not relearned today, not in the forecast), shows state `known` in the
Library, is offered unticked by the Mine preview, and the mark is undone exactly."""

from __future__ import annotations

from datetime import timedelta

from library_helpers import clock
from review_helpers import NOW, TODAY, add_term, make_service, open_collection, set_card

from vocab_app.services.library import Library, TermFilter
from vocab_app.store import known
from vocab_app.store.stats import forecast


def queued_terms(svc, day=TODAY) -> set[int]:
    session = svc.start_session(day)
    ids = set(session.srs.queue)
    return {svc.db.execute("SELECT term_id FROM cards WHERE id = ?", [c]).fetchone()[0]
            for c in ids}


def test_known_terms_are_never_scheduled(tmp_path):
    db = open_collection(tmp_path / "c.sqlite")
    svc, _clock, _settings = make_service(db)
    new_id, _cards = add_term(db, "fresh")
    due_id, due_cards = add_term(db, "overdue")
    set_card(db, due_cards[0], state="review", reps=3, interval=10,
             due=(TODAY - timedelta(days=3)).isoformat())
    learn_id, learn_cards = add_term(db, "learning")
    set_card(db, learn_cards[0], state="learning", reps=1, interval=1, due=TODAY.isoformat())
    assert queued_terms(svc) == {new_id, due_id, learn_id}
    known.set_known(db, [new_id, due_id, learn_id], True)
    assert queued_terms(svc) == set()
    assert svc.due_counts(TODAY).new == svc.due_counts(TODAY).review == 0
    assert sum(forecast(db, TODAY).values()) == 0
    states = dict(db.execute("SELECT id, state FROM terms").fetchall())
    assert set(states.values()) == {"known"}
    assert db.execute("SELECT count(*) FROM terms WHERE due IS NOT NULL").fetchone()[0] == 0
    assert svc.start_session(TODAY).next_card() is None
    known.set_known(db, [due_id], False)
    assert queued_terms(svc) == {due_id}
    assert dict(db.execute("SELECT id, state FROM terms").fetchall())[due_id] == "review"
    db.conn.close()


def test_known_mark_is_undone_exactly_and_shows_in_library_and_mine(seeded, seed_paths):
    with Library.open(seeded, clock=clock()) as lib:
        first = lib.term_rows(TermFilter(), limit=3)
        ids = [r.id for r in first]
        before = lib.marks(ids)
        changes = lib.set_known(ids, True)
        assert changes.terms and changes.cards
        assert {r.state for r in lib.term_rows(TermFilter(state="known"))} == {"known"}
        assert lib.count_terms(TermFilter(state="known")) == 3
        # re-mining: the known terms' pairs are not offered (unticked, status known)
        result = lib.mine_files(seed_paths[:3])
        keys = {k for (k,) in lib.db.execute(
            "SELECT key FROM terms WHERE id IN (?, ?, ?)", ids).fetchall()}
        for cand in result.candidates:
            if cand.note_key in keys:
                assert not cand.is_new and cand.status == "known"
        lib.restore_marks(before)
        assert lib.count_terms(TermFilter(state="known")) == 0
        assert [r.state for r in lib.term_rows(TermFilter(), limit=3)] == [
            r.state for r in first]


def test_a_new_marked_known_sense_is_offered_unticked(seeded, seed_paths):
    with Library.open(seeded, clock=clock()) as lib:
        lib.db.execute("DELETE FROM senses WHERE id = (SELECT min(id) FROM senses)")
        term_id = lib.term_rows(TermFilter(), limit=1)[0].id
        lib.set_known([term_id], True)
        key = lib.db.execute("SELECT key FROM terms WHERE id = ?", [term_id]).fetchone()[0]
        result = lib.mine_files(seed_paths)
        mine = [c for c in result.candidates if c.note_key == key]
        assert mine and all(not c.is_new for c in mine)
    assert NOW  # the review helpers' clock is the library's
