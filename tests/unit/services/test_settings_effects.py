"""Each setting takes effect at once (services/settings.py): a test per setting that fails if
the setting were ignored, on a real collection file with terms added by hand, read back through
the review service, the export (an .apkg read with Anki's own library) and the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from library_helpers import NOW, rows

from vocab_app.services import term_edits as te
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library
from vocab_app.services.settings import SPECS, SettingsError, parse_value, with_value

TODAY = NOW.date()


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "c.sqlite", clock=FixedClock(NOW))
    for n in range(30):
        te.add_term(library, f"term{n:02d}", f"gloss {n}",
                    context=f"A sentence with term{n:02d} in it.")
    yield library
    library.close()


def setting(lib, **values):
    lib.save_settings(replace(lib.settings, **values))


def answer_all(lib, day, grade=4):
    """Answer every card of the day's session with `grade`; how many were answered."""
    session = lib.review.start_session(day)
    done = 0
    while (card := session.next_card()) is not None:
        lib.review.answer(session, card.card_id, grade)
        done += 1
    return done


def due(lib, day=None):
    """Learning and review cards a session would show."""
    counts = lib.review.due_counts(day)
    return counts.learning + counts.review


def test_new_cards_a_day_limits_the_new_cards_shown(lib):
    assert lib.review.due_counts(TODAY).new == 20
    setting(lib, new_per_day=7)
    assert lib.review.due_counts(TODAY).new == 7
    setting(lib, new_per_day=0)
    assert lib.review.due_counts(TODAY).new == 0


def test_reviews_a_day_limits_the_due_cards_shown(lib):
    setting(lib, new_per_day=30)
    assert answer_all(lib, TODAY) == 30
    tomorrow = TODAY + timedelta(days=1)
    assert due(lib, tomorrow) == 30
    setting(lib, reviews_per_day=12)
    assert due(lib, tomorrow) == 12


def test_reverse_cards_are_made_reviewed_and_exported_when_on(lib, tmp_path):
    before = lib.export.apkg(tmp_path / "a.apkg")
    setting(lib, reverse_cards=True, new_per_day=100)
    added = te.add_term(lib, "reward", "奖励")
    assert {d for (d,) in rows(lib, "SELECT direction FROM cards WHERE term_id = ?",
                               [added.term_id])} == {"forward", "reverse"}
    after = lib.export.apkg(tmp_path / "b.apkg")
    assert before.cards == before.notes and after.cards == 2 * after.notes
    # forward cards learned on two days; on the third the reverse card is the one new card
    day = TODAY
    for step in (1, 1):
        answer_all(lib, day)
        day += timedelta(days=step)
    assert lib.review.due_counts(day).new == 1
    setting(lib, reverse_cards=False)
    assert lib.review.due_counts(day).new == 0


def test_cloze_cards_setting_adds_the_cloze_card_to_exports(lib, tmp_path):
    plain = lib.export.apkg(tmp_path / "a.apkg")
    setting(lib, cloze_cards=True)
    cloze = lib.export.apkg(tmp_path / "b.apkg")
    assert cloze.cards == plain.cards + 30  # every term here has a context sentence

    from helpers.anki_profile import Anki

    (tmp_path / "anki").mkdir()
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(tmp_path / "b.apkg")
        assert anki.col.card_count() == cloze.cards
    finally:
        anki.close()


def test_new_card_order_by_frequency_puts_the_most_seen_term_first(lib):
    seen = te.add_term(lib, "zeta", "最后")
    for n in range(3):  # seen three more times: the most frequent term
        from vocab_app.store.hand_terms import add_typed_context
        add_typed_context(lib.db, seen.term_id, "最后", f"zeta again {n}", now="x")
    first = lib.review.start_session(TODAY).next_card()
    assert first is not None and first.front == "term00"
    setting(lib, new_order="frequency")
    first = lib.review.start_session(TODAY).next_card()
    assert first is not None and first.front == "zeta"


def lapse_once(lib):
    """Learn one card, then fail it when due: its answer result."""
    setting(lib, new_per_day=1)
    session = lib.review.start_session(TODAY)
    card = session.next_card()
    lib.review.answer(session, card.card_id, 4)
    day = TODAY + timedelta(days=1)
    session = lib.review.start_session(day)
    assert session.next_card().card_id == card.card_id
    return card.card_id, lib.review.answer(session, card.card_id, 1)


def test_leech_threshold_decides_when_a_lapsing_card_is_a_leech(lib):
    card_id, result = lapse_once(lib)
    assert not result.became_leech  # threshold 8: one lapse is not enough
    lib.close()
    other = Library.open(lib.path, clock=FixedClock(NOW))
    try:
        other.db.execute("UPDATE cards SET state='new', reps=0, lapses=0, due=NULL, leech=0")
        other.db.execute("DELETE FROM reviews")
        setting(other, leech_threshold=1)
        _, result = lapse_once(other)
        assert result.became_leech
        assert "leech" in other.term_detail(result.card_id and _term(other, card_id)).tags
    finally:
        other.close()


def _term(lib, card_id):
    return rows(lib, "SELECT term_id FROM cards WHERE id = ?", [card_id])[0][0]


def test_suspend_leeches_suspends_a_card_that_becomes_a_leech(lib):
    setting(lib, leech_threshold=1, leech_suspend=True)
    card_id, result = lapse_once(lib)
    assert result.became_leech
    assert rows(lib, "SELECT suspended FROM cards WHERE id = ?", [card_id]) == [(1,)]


def test_load_spreading_moves_long_intervals_apart(lib):
    setting(lib, new_per_day=30)
    day = TODAY
    for _ in range(2):  # intervals 1 then 6: the next is ~15 days, long enough to spread
        answer_all(lib, day)
        day += timedelta(days=1 if day == TODAY else 6)
    session = lib.review.start_session(day)
    ids = [c for c in session.srs.queue]
    plain = {c: lib.review.preview(c, day)[4] for c in ids}
    setting(lib, fuzz=True)
    spread = {c: lib.review.preview(c, day)[4] for c in ids}
    assert len(set(plain.values())) == 1
    assert len(set(spread.values())) > 1


def test_the_hour_a_new_day_starts_decides_which_day_answers_count_for(tmp_path):
    early = FixedClock(datetime(2026, 3, 10, 3, 0, tzinfo=timezone.utc))
    lib = Library.open(tmp_path / "c.sqlite", clock=early)
    try:
        added = te.add_term(lib, "agent", "智能体")
        session = lib.review.start_session()
        lib.review.answer(session, session.next_card().card_id, 4)
        assert rows(lib, "SELECT due FROM cards WHERE term_id = ?",
                    [added.term_id]) == [("2026-03-11",)]
        assert lib.review.today() == date(2026, 3, 10)
        setting(lib, day_start_hour=4)  # 03:00 still belongs to the day before
        assert lib.review.today() == date(2026, 3, 9)
        early.advance(hours=22)  # 01:00 on the 11th: still the 10th, the card is not due
        assert due(lib) == 0
        setting(lib, day_start_hour=0)
        assert due(lib) == 1
    finally:
        lib.close()


def test_the_stats_forecast_starts_on_the_review_day_the_hour_setting_gives(tmp_path):
    clock = FixedClock(datetime(2026, 3, 10, 3, 30, tzinfo=timezone.utc))
    lib = Library.open(tmp_path / "c.sqlite", clock=clock)
    try:
        added = te.add_term(lib, "agent", "智能体")
        session = lib.review.start_session()
        lib.review.answer(session, session.next_card().card_id, 4)  # due on the 11th
        clock.advance(days=1)  # 03:30 on the 11th
        tenth, eleventh = date(2026, 3, 10), date(2026, 3, 11)
        assert rows(lib, "SELECT due FROM cards WHERE term_id = ?",
                    [added.term_id]) == [(eleventh.isoformat(),)]
        forecast = lib.stats.stats().forecast
        assert next(iter(forecast)) == eleventh and forecast[eleventh] == 1

        setting(lib, day_start_hour=4)  # 03:30 still belongs to the 10th: the card is due
        assert lib.stats.today() == lib.review.today() == tenth  # tomorrow, as in the queue
        forecast = lib.stats.stats().forecast
        assert next(iter(forecast)) == tenth
        assert forecast[tenth] == 0 and forecast[eleventh] == 1 and due(lib) == 0
        assert lib.stats.forecast() == forecast

        clock.advance(hours=1)  # 04:30: the 11th has begun, the card is due today
        forecast = lib.stats.stats().forecast
        assert next(iter(forecast)) == eleventh and forecast[eleventh] == 1 and due(lib) == 1
    finally:
        lib.close()


@pytest.mark.parametrize(("name", "text", "sentence"), [
    ("new_per_day", "10000", "New cards a day must be a whole number from 0 to 9999"),
    ("new_per_day", "ten", "New cards a day must be a whole number from 0 to 9999"),
    ("reviews_per_day", "-1", "Reviews a day must be a whole number from 0 to 9999"),
    ("leech_threshold", "0", "Leech threshold must be a whole number from 1 to 99"),
    ("day_start_hour", "24", "Hour a new day starts must be a whole number from 0 to 23"),
    ("reverse_cards", "maybe", "Reverse cards must be on or off"),
    ("new_order", "random", "New-card order must be one of source, frequency"),
    ("frequency_filter", "100001",
     "Frequency filter default must be a whole number from 0 to 100000"),
    ("no_such", "1", "There is no setting “no_such”"),
])
def test_bad_values_are_refused_with_a_sentence(lib, name, text, sentence):
    with pytest.raises(SettingsError, match=sentence):
        parse_value(name, text)
    with pytest.raises(SettingsError):
        lib.save_settings(with_value(lib.settings, name, text))


def test_every_setting_has_a_spec_and_round_trips_as_text(lib):
    for name, spec in SPECS.items():
        value = getattr(lib.settings, name)
        text = str(value).lower() if isinstance(value, bool) else str(value)
        assert parse_value(name, text) == value, spec.label
