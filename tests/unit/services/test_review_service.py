"""ReviewService over a real SQLite file: queue limits and order, siblings, suspend/bury, leeches,
answers and their log, undo, stats, and errors a user can cause."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from review_helpers import NOW, TODAY, add_term, card_row, make_service, open_collection, set_card

from vocab_app.errors import StoreError
from vocab_app.services.review import ReviewError
from vocab_app.services.settings import Settings, load_settings, save_settings
from vocab_app.services.stats import StatsService
from vocab_app.srs import sm2
from vocab_app.store.db import open_db


@pytest.fixture
def db(tmp_path):
    db = open_collection(tmp_path / "collection.sqlite")
    yield db
    db.conn.close()


def due_card(db, term, due, *, reps=3, interval=10, state="review", lapses=0):
    """A term whose forward card is a review card due on `due`."""
    term_id, cards = add_term(db, term)
    set_card(db, cards[0], state=state, reps=reps, interval=interval, due=due, lapses=lapses)
    return cards[0]


def session_ids(svc, today=None):
    session = svc.start_session(today)
    return list(session.srs.queue)


def log_rows(db):
    return db.execute("SELECT card_id, grade, answer_ms, reviewed_at, before, after"
                      " FROM reviews ORDER BY id").fetchall()


# --- queue ------------------------------------------------------------------------------------

def test_overdue_cards_come_first_then_by_due_then_new_cards(db):
    svc, _, _ = make_service(db)
    new = add_term(db, "fresh")[1][0]
    later = due_card(db, "tomorrow", TODAY + timedelta(days=1))
    today = due_card(db, "today", TODAY)
    old = due_card(db, "old", TODAY - timedelta(days=9))
    learning = due_card(db, "lapsed", TODAY - timedelta(days=1), state="learning", reps=0)
    assert session_ids(svc) == [old, learning, today, new]
    assert later not in session_ids(svc)
    assert svc.due_counts() == svc.due_counts(TODAY)
    counts = svc.due_counts()
    assert (counts.new, counts.learning, counts.review, counts.total) == (1, 1, 2, 4)


def test_new_cards_per_day_limit_and_source_order(db):
    svc, _, _ = make_service(db)
    ids = [add_term(db, f"t{i}", position=100 - i)[1][0] for i in range(30)]
    queue = session_ids(svc)
    assert queue == list(reversed(ids))[:20]  # lowest position first


def test_new_cards_by_frequency(db):
    svc, _, holder = make_service(db)
    rare = add_term(db, "rare", position=1, frequency=1)[1][0]
    common = add_term(db, "common", position=2, frequency=9)[1][0]
    holder.settings = replace(holder.settings, new_order="frequency")
    assert session_ids(svc) == [common, rare]


def test_reviews_per_day_limit_keeps_the_most_overdue(db):
    svc, _, holder = make_service(db, settings=Settings(reviews_per_day=5, new_per_day=0))
    cards = [due_card(db, f"t{i}", TODAY - timedelta(days=i)) for i in range(8)]
    assert session_ids(svc) == cards[::-1][:5]
    holder.settings = replace(holder.settings, reviews_per_day=0)
    assert session_ids(svc) == []


def test_limits_count_what_was_answered_earlier_today(db):
    svc, _, _ = make_service(db, settings=Settings(new_per_day=5))
    for i in range(8):
        add_term(db, f"t{i}")
    first = svc.start_session()
    for _ in range(3):
        svc.answer(first, first.next_card().card_id, 4, answer_ms=900)
    assert svc.due_counts().new == 2
    assert svc.due_counts(TODAY + timedelta(days=1)).new == 5


def test_siblings_are_not_both_shown_on_one_day(db):
    svc, _, holder = make_service(db, settings=Settings(reverse_cards=True))
    term_id, (fwd, rev) = add_term(db, "scaffolding", reverse=True)
    assert session_ids(svc) == [fwd]
    session = svc.start_session()
    svc.answer(session, fwd, 5, answer_ms=1)
    assert session_ids(svc) == []  # the reverse card waits for another day
    assert session_ids(svc, TODAY + timedelta(days=1)) == [fwd]  # due again; rev still waits
    set_card(db, fwd, due=TODAY + timedelta(days=5))
    assert session_ids(svc, TODAY + timedelta(days=1)) == [rev]


def test_reverse_cards_are_left_out_when_the_setting_is_off(db):
    svc, _, _ = make_service(db)
    _, (fwd, rev) = add_term(db, "scaffolding", reverse=True)
    set_card(db, fwd, suspended=1)
    assert session_ids(svc) == []


def test_suspended_and_buried_cards_are_excluded(db):
    svc, _, _ = make_service(db)
    kept = due_card(db, "kept", TODAY)
    hidden = due_card(db, "hidden", TODAY)
    buried = due_card(db, "buried", TODAY)
    set_card(db, hidden, suspended=1)
    session = svc.start_session()
    svc.bury([buried], session=session)
    assert list(session.srs.queue) == [kept]
    assert session_ids(svc) == [kept]
    assert buried in session_ids(svc, TODAY + timedelta(days=1))


def test_queue_reads_due_cards_from_the_index_without_sorting(db):
    svc, _, _ = make_service(db)
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT c.due, c.id FROM cards c WHERE c.suspended = 0"
        " AND c.state = 'review' AND c.due <= '2026-03-10' ORDER BY c.due, c.id").fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "cards_due" in details and "TEMP B-TREE" not in details


# --- answers, relearning, undo ----------------------------------------------------------------

def test_an_answer_updates_the_card_and_logs_before_and_after(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY, reps=3, interval=10)
    session = svc.start_session()
    result = svc.answer(session, card, 5, answer_ms=1234)
    row = card_row(db, card)
    assert (row["ef"], row["interval"], row["reps"], row["state"]) == (2.6, 26, 4, "review")
    assert row["due"] == (TODAY + timedelta(days=26)).isoformat()
    assert result.rescheduled and not result.again_today
    assert result.after == sm2.review(result.before, 5, TODAY)
    [(card_id, grade, ms, at, before, after)] = log_rows(db)
    assert (card_id, grade, ms) == (card, 5, 1234)
    assert at == NOW.strftime("%Y-%m-%dT%H:%M:%S.%f")
    assert json.loads(before)["interval"] == 10
    after = json.loads(after)
    assert (after["interval"], after["day"], after["relearn"]) == (26, TODAY.isoformat(), False)
    assert session.next_card() is None and session.done == 1


def test_a_failed_card_returns_in_the_session_without_being_rescheduled_twice(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY, reps=3, interval=10)
    other = due_card(db, "model", TODAY)
    session = svc.start_session()
    svc.answer(session, card, 1, answer_ms=10)
    after_fail = card_row(db, card)
    assert (after_fail["reps"], after_fail["lapses"], after_fail["interval"]) == (0, 1, 1)
    assert session.next_card().card_id == other
    svc.answer(session, other, 4, answer_ms=10)
    assert session.next_card().card_id == card
    assert svc.preview(card, session=session) == {q: TODAY + timedelta(days=1) for q in range(6)}
    again = svc.answer(session, card, 3, answer_ms=10)  # still < 4: once more
    assert not again.rescheduled and again.again_today
    final = svc.answer(session, card, 4, answer_ms=10)
    assert not final.again_today and session.next_card() is None
    assert card_row(db, card) == after_fail  # the later grades are logged only
    assert [json.loads(r[5])["relearn"] for r in log_rows(db)] == [False, False, True, True]


def test_a_card_left_to_relearn_comes_back_in_a_new_sitting_the_same_day(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY)
    svc.answer(svc.start_session(), card, 0, answer_ms=5)
    assert svc.due_counts().learning == 1
    again = svc.start_session()
    assert again.next_card().card_id == card
    assert not svc.answer(again, card, 4, answer_ms=5).rescheduled
    assert svc.due_counts().total == 0
    assert svc.due_counts(TODAY + timedelta(days=1)).learning == 1  # due tomorrow (I(1))


def test_undo_restores_the_card_row_and_deletes_the_log_row_exactly(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY, reps=5, interval=40, lapses=2)
    before = card_row(db, card)
    session = svc.start_session()
    svc.answer(session, card, 2, answer_ms=10)
    svc.answer(session, card, 4, answer_ms=10)
    assert svc.undo(session) == card
    assert svc.undo(session) == card
    assert card_row(db, card) == before
    assert log_rows(db) == []
    assert session.next_card().card_id == card and session.done == 0
    assert svc.undo(session) is None
    assert svc.answer(session, card, 4, answer_ms=1).rescheduled


def test_answering_again_after_an_undo_redoes_the_same_answer_exactly(db):
    # what the window's Redo does: the same grade on the same card of the same session
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY, reps=5, interval=40, lapses=2)
    session = svc.start_session()
    first = svc.answer(session, card, 5, answer_ms=700)
    answered, logged = card_row(db, card), [r[:3] for r in log_rows(db)]
    svc.undo(session)
    again = svc.answer(session, card, 5, answer_ms=700)
    assert (again.before, again.after) == (first.before, first.after)
    assert card_row(db, card) == answered
    assert [r[:3] for r in log_rows(db)] == logged == [(card, 5, 700)]


def test_preview_matches_the_engine_and_changes_nothing(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY, reps=3, interval=10)
    before = card_row(db, card)
    state = sm2.SM2State(ef=2.5, interval=10, reps=3, due=TODAY)
    assert svc.preview(card) == sm2.preview(state, TODAY)
    assert card_row(db, card) == before and log_rows(db) == []


def test_fuzz_setting_spreads_cards_learned_together(db):
    svc, _, holder = make_service(db, settings=Settings(fuzz=True))
    cards = [due_card(db, f"t{i}", TODAY, reps=4, interval=38) for i in range(12)]
    session = svc.start_session()
    for c in cards:
        assert svc.preview(c)[4] == svc.answer(session, c, 4, answer_ms=1).after.due
    assert len({card_row(db, c)["due"] for c in cards}) > 2


# --- leeches ----------------------------------------------------------------------------------

def test_the_eighth_lapse_makes_a_leech_tagged_on_its_term(db):
    svc, _, _ = make_service(db)
    term_id, (card,) = add_term(db, "agent")
    set_card(db, card, state="review", reps=3, interval=10, lapses=7, due=TODAY)
    db.execute("UPDATE terms SET tags = 'ml' WHERE id = ?", [term_id])
    db.conn.commit()
    result = svc.answer(svc.start_session(), card, 1, answer_ms=1)
    assert result.became_leech
    assert card_row(db, card)["leech"] == 1 and card_row(db, card)["suspended"] == 0
    assert db.execute("SELECT tags FROM terms WHERE id = ?", [term_id]).fetchone()[0] == "ml leech"
    assert svc.leeches() == [term_id]
    assert StatsService(svc.db, svc.clock).stats().cards_by_state["leech"] == 1


def test_leech_suspend_takes_the_card_out_and_undo_puts_everything_back(db):
    svc, _, holder = make_service(db, settings=Settings(leech_threshold=3, leech_suspend=True))
    term_id, (card,) = add_term(db, "agent")
    set_card(db, card, state="review", reps=3, interval=10, lapses=2, due=TODAY)
    before = card_row(db, card)
    session = svc.start_session()
    result = svc.answer(session, card, 0, answer_ms=1)
    assert not result.again_today and session.next_card() is None
    assert card_row(db, card)["suspended"] == 1
    assert svc.due_counts(TODAY + timedelta(days=1)).total == 0
    svc.undo(session)
    assert card_row(db, card) == before
    assert db.execute("SELECT tags FROM terms WHERE id = ?", [term_id]).fetchone()[0] == ""
    assert svc.leeches() == [] and session.next_card().card_id == card


# --- stats ------------------------------------------------------------------------------------

def test_stats_count_states_reviews_per_day_forecast_and_retention(db):
    svc, clock, _ = make_service(db)
    a = due_card(db, "a", TODAY)
    b = due_card(db, "b", TODAY)
    add_term(db, "new one")
    due_card(db, "soon", TODAY + timedelta(days=3))
    s = svc.start_session()
    svc.answer(s, a, 5, answer_ms=1)
    svc.answer(s, b, 1, answer_ms=1)
    svc.answer(s, b, 4, answer_ms=1)  # relearning: counted per day, not in retention
    clock.advance(days=1)
    svc.answer(svc.start_session(), svc.start_session().next_card().card_id, 4, answer_ms=1)
    stats = StatsService(svc.db, svc.clock).stats()
    tomorrow = TODAY + timedelta(days=1)
    assert stats.reviews_per_day[TODAY] == 3 and stats.reviews_per_day[tomorrow] == 1
    assert len(stats.reviews_per_day) == 14 and max(stats.reviews_per_day) == tomorrow
    assert stats.retention == 0.5  # review cards: a passed, b failed (b is learning next day)
    assert stats.cards_by_state == {"new": 1, "learning": 1, "review": 2, "suspended": 0,
                                    "leech": 0, "known": 0}
    assert sum(stats.forecast.values()) == 3 and stats.forecast[TODAY + timedelta(days=3)] == 1


def test_stats_of_an_empty_collection(db):
    svc, _, _ = make_service(db)
    stats = StatsService(svc.db, svc.clock).stats()
    assert stats.retention is None and sum(stats.reviews_per_day.values()) == 0


# --- card view, settings, errors --------------------------------------------------------------

def test_card_view_shows_term_senses_and_context_with_a_timed_link(db):
    svc, _, holder = make_service(db, settings=Settings(reverse_cards=True))
    _, (fwd, rev) = add_term(db, "world model", ("世界模型", "世界模型系统"), reverse=True,
                             sentence="We need a world model here.",
                             url="https://www.youtube.com/watch?v=abc")
    view = svc.card_view(fwd)
    assert (view.front, view.back) == ("world model", ("世界模型", "世界模型系统"))
    assert view.state == "new" and view.direction == "forward"
    ctx = view.context
    assert ctx.sentence[ctx.span[0]:ctx.span[1]] == "world model"
    assert ctx.link == "https://www.youtube.com/watch?v=abc&t=65s"
    assert (ctx.translation, ctx.speaker, ctx.source_title) == ("译文", "Speaker 1", "A talk")
    assert svc.card_view(rev).front == "世界模型; 世界模型系统"
    assert svc.card_view(rev).back == ("world model",)


def test_settings_round_trip_through_meta_and_bad_values_are_refused(db):
    assert load_settings(db) == Settings()
    save_settings(db, Settings(new_per_day=7, new_order="frequency", fuzz=True))
    assert load_settings(db) == Settings(new_per_day=7, new_order="frequency", fuzz=True)
    from vocab_app.services.settings import SettingsError
    with pytest.raises(SettingsError, match="New cards a day must be a whole number from 0 to"):
        save_settings(db, Settings(new_per_day=-1))
    with pytest.raises(SettingsError, match="New-card order must be one of source, frequency"):
        save_settings(db, Settings(new_order="random"))
    assert load_settings(db).new_per_day == 7  # nothing lost
    db.execute("UPDATE meta SET value = ? WHERE key = 'settings'",
               [json.dumps({"new_per_day": "lots", "reviews_per_day": 50, "future": 1})])
    db.conn.commit()
    assert load_settings(db) == Settings(reviews_per_day=50)


def test_bad_grades_and_unknown_cards_get_clear_errors(db):
    svc, _, _ = make_service(db)
    card = due_card(db, "agent", TODAY)
    session = svc.start_session()
    for bad in (6, -1, 2.5, True):
        with pytest.raises(ReviewError, match="from 0 to 5"):
            svc.answer(session, card, bad, answer_ms=1)
    with pytest.raises(ReviewError, match="not waiting"):
        svc.answer(session, 999, 4, answer_ms=1)
    with pytest.raises(ReviewError, match="does not exist"):
        svc.preview(999)
    assert session.next_card().card_id == card and log_rows(db) == []


def test_a_read_only_collection_gives_a_store_error_and_keeps_the_session(db, tmp_path):
    card = due_card(db, "agent", TODAY)
    ro = open_db(tmp_path / "collection.sqlite", read_only=True)
    svc, _, _ = make_service(ro)
    session = svc.start_session()
    with pytest.raises(StoreError, match="is read-only, so nothing can be saved"):
        svc.answer(session, card, 4, answer_ms=1)
    assert session.next_card().card_id == card and session.done == 0
    assert log_rows(db) == []
    ro.conn.close()


def test_answers_use_the_session_day_even_across_midnight(db):
    svc, clock, _ = make_service(db)
    card = due_card(db, "agent", TODAY)
    session = svc.start_session()
    clock.advance(hours=20)  # past midnight UTC while the session is open
    assert svc.preview(card, session=session)[4] == TODAY + timedelta(days=25)
    svc.answer(session, card, 4, answer_ms=1)
    assert card_row(db, card)["due"] == (TODAY + timedelta(days=25)).isoformat()
    assert json.loads(log_rows(db)[0][5])["day"] == TODAY.isoformat()
    assert date.fromisoformat(log_rows(db)[0][3][:10]) == TODAY + timedelta(days=1)


def test_a_card_deleted_during_the_session_is_skipped(db):
    svc, _, _ = make_service(db)
    gone = due_card(db, "gone", TODAY - timedelta(days=1))
    kept = due_card(db, "kept", TODAY)
    session = svc.start_session()
    with db.atomic():
        db.execute("DELETE FROM cards WHERE id = ?", [gone])
    with pytest.raises(ReviewError, match="does not exist"):
        svc.answer(session, gone, 4, answer_ms=1)
    assert session.next_card().card_id == kept and log_rows(db) == []


def test_building_the_queue_does_not_load_every_card(db):
    import tracemalloc

    svc, _, _ = make_service(db)
    with db.atomic():
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
            " INSERT INTO terms (id, key, term, lang, position, created_at)"
            " SELECT i, 'k' || i, 'term ' || i, 'en', i, '' FROM n")
        db.execute("INSERT INTO cards (term_id, direction, state, reps, interval, due)"
                   " SELECT id, 'forward', 'review', 3, 10, ? FROM terms", [TODAY.isoformat()])
    tracemalloc.start()
    session = svc.start_session()
    queue_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    db.execute("SELECT * FROM cards").fetchall()
    all_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert session.remaining == 200
    assert queue_peak * 10 < all_peak


@pytest.mark.parametrize("reps", [0, 3])
@pytest.mark.parametrize("grade", range(6))
def test_outcomes_say_what_each_answer_really_does(db, reps, grade):
    svc, _, _ = make_service(db)
    if reps:
        card = due_card(db, "agent", TODAY, reps=reps, interval=10)
    else:
        _, (card,) = add_term(db, "agent")  # a new card
    session = svc.start_session()
    predicted = svc.outcomes(card, session=session)[grade]
    result = svc.answer(session, card, grade, answer_ms=1)
    assert predicted.due == result.after.due
    assert predicted.again_today == result.again_today == (grade < 4)
    back = session.next_card()
    assert (back is not None and back.card_id == card) is predicted.again_today
    if predicted.again_today:  # a same-day repetition: the day stays, the card may come back
        later = svc.outcomes(card, session=session)
        assert {g: o.due for g, o in later.items()} == {g: result.after.due for g in range(6)}
        assert [later[g].again_today for g in range(6)] == [True] * 4 + [False] * 2
