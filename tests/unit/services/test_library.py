# ruff: noqa: F811 - pytest fixtures imported from library_helpers are used as arguments
"""The Library's browse and edit API over the seeds in a real file: filters, sorts and pages
agree with the rows themselves; edits show up in the rows; delete + restore gives back exactly
the rows that were there (scheduling, review log and list memberships included)."""

from __future__ import annotations

from datetime import date

import pytest
from library_helpers import (
    clock,
    rows,
    snapshot,
)

from vocab_app.errors import VocabError
from vocab_app.paths import seed_files
from vocab_app.services.library import EditError, Library, TermFilter
from vocab_app.services.settings import Settings


@pytest.fixture
def lib(seeded):
    with Library.open(seeded, clock=clock()) as library:
        yield library


def all_rows(lib: Library, flt: TermFilter | None = None, **kw):
    return lib.term_rows(flt or TermFilter(), limit=100_000, **kw)


def test_pages_cover_every_term_once_in_order(lib):
    total = lib.count_terms()
    assert total > 200
    paged = []
    for offset in range(0, total, 50):
        paged += lib.term_rows(TermFilter(), offset=offset, limit=50)
    assert [r.id for r in paged] == [r.id for r in all_rows(lib)]
    assert len({r.id for r in paged}) == total
    positions = rows(lib, "SELECT id FROM terms ORDER BY position")
    assert [r.id for r in paged] == [p[0] for p in positions]
    assert lib.term_rows(TermFilter(), offset=total, limit=50) == []


@pytest.mark.parametrize("sort, key", [
    ("term", lambda r: r.term.casefold()),
    ("gloss", lambda r: r.gloss.casefold()),
    ("style", lambda r: r.style),
    ("count", lambda r: r.count),
])
def test_sorts_order_rows_by_their_column(lib, sort, key):
    ascending = all_rows(lib, sort=sort)
    descending = all_rows(lib, sort=sort, descending=True)
    assert [key(r) for r in ascending] == sorted(key(r) for r in ascending)
    assert [key(r) for r in descending] == sorted((key(r) for r in descending), reverse=True)
    assert [r.id for r in descending] == [r.id for r in reversed(ascending)]  # ties by id


def test_due_sort_puts_unscheduled_terms_last(lib):
    first, second = [r.id for r in lib.term_rows(limit=2)]
    lib.db.execute("UPDATE cards SET state = 'review', due = '2026-04-01' WHERE term_id = ?",
                   [first])
    lib.db.execute("UPDATE cards SET state = 'review', due = '2026-03-20' WHERE term_id = ?",
                   [second])
    top = lib.term_rows(sort="due", limit=3)
    assert [r.id for r in top[:2]] == [second, first]
    assert top[0].due == date(2026, 3, 20) and top[0].state == "review"
    assert top[2].due is None
    assert lib.term_rows(sort="due", descending=True, limit=1)[0].due is None


def test_state_sort_groups_terms_by_state(lib):
    first, second = [r.id for r in lib.term_rows(limit=2)]
    lib.set_suspended([first], True)
    lib.db.execute("UPDATE cards SET state = 'review', due = '2026-04-01' WHERE term_id = ?",
                   [second])
    states = [r.state for r in all_rows(lib, sort="state")]
    assert states == sorted(states) and {"new", "review", "suspended"} <= set(states)
    assert lib.term_rows(sort="state", limit=1)[0].state == "new"
    assert lib.term_rows(sort="state", descending=True, limit=1)[0].id == first


def test_text_filter_matches_term_gloss_and_sentence_case_insensitively(lib):
    everything = all_rows(lib)
    by_term = [r.id for r in everything if "model" in r.term.lower()
               or "model" in r.gloss.lower()]
    found = all_rows(lib, TermFilter(text="MODEL"))
    assert set(by_term) <= {r.id for r in found}
    assert lib.count_terms(TermFilter(text="MODEL")) == len(found)
    # a word found only in a context sentence still finds its term
    sentence_only = [r for r in found if "model" not in r.term.lower()
                     and "model" not in r.gloss.lower()]
    assert sentence_only
    detail = lib.term_detail(sentence_only[0].id)
    assert any("model" in o.sentence.lower() for o in detail.occurrences)
    assert lib.count_terms(TermFilter(text="zz-no-such-text-zz")) == 0


def test_like_wildcards_in_the_search_are_plain_characters(lib):
    assert lib.count_terms(TermFilter(text="%")) == len(
        [r for r in all_rows(lib) if "%" in r.term or "%" in r.gloss
         or any("%" in o.sentence for o in lib.term_detail(r.id).occurrences)])
    assert lib.count_terms(TermFilter(text="_")) < lib.count_terms()


def test_source_style_filters(lib):
    sources = lib.sources()
    assert [s.title for s in sources] and all(s.term_count > 0 for s in sources)
    for source in sources:
        found = all_rows(lib, TermFilter(source_id=source.id))
        assert len(found) == source.term_count
        for row in found[:5]:
            assert source.id in {o.source_id for o in lib.term_detail(row.id).occurrences}
    abbr = all_rows(lib, TermFilter(style="abbr"))
    assert abbr and all(any(s.style == "abbr" for s in lib.term_detail(r.id).senses)
                        for r in abbr)
    both = lib.count_terms(TermFilter(style="abbr", source_id=sources[1].id))
    assert 0 < both < len(abbr)


def test_tags_add_set_filter_and_list(lib):
    ids = [r.id for r in lib.term_rows(limit=3)]
    lib.add_tag(ids, "week1")
    lib.add_tag(ids[:1], "week1")  # no duplicate
    lib.set_tags(ids[1:2], ["hard", "week1", "hard"])
    assert lib.tags() == ["hard", "week1"]
    assert [r.tags for r in lib.term_rows(limit=3)] == [("week1",), ("hard", "week1"),
                                                        ("week1",)]
    assert [r.id for r in all_rows(lib, TermFilter(tag="week1"))] == ids
    assert [r.id for r in all_rows(lib, TermFilter(tag="hard"))] == ids[1:2]
    assert lib.count_terms(TermFilter(tag="week")) == 0  # whole tags only
    with pytest.raises(EditError, match="cannot contain spaces"):
        lib.add_tag(ids, "two words")
    assert isinstance(EditError("x"), VocabError)


def test_suspend_changes_state_and_keeps_scheduling(lib):
    term = lib.term_rows(limit=1)[0].id
    lib.db.execute("UPDATE cards SET state = 'review', due = '2026-03-20', interval = 6,"
                   " reps = 2 WHERE term_id = ?", [term])
    cards = rows(lib, "SELECT id, state, ef, interval, reps, due FROM cards WHERE term_id = ?",
                 [term])
    lib.set_suspended([term], True)
    assert lib.term_rows(limit=1)[0].state == "suspended"
    assert [r.id for r in all_rows(lib, TermFilter(state="suspended"))] == [term]
    lib.set_suspended([term], False)
    assert lib.term_rows(limit=1)[0].state == "review"
    assert [r.id for r in all_rows(lib, TermFilter(state="review"))] == [term]
    assert rows(lib, "SELECT id, state, ef, interval, reps, due FROM cards WHERE term_id = ?",
                [term]) == cards
    assert lib.count_terms(TermFilter(state="new")) == lib.count_terms() - 1


def test_leech_and_list_filters(lib):
    a, b, c = [r.id for r in lib.term_rows(limit=3)]
    lib.db.execute("UPDATE cards SET leech = 1 WHERE term_id = ?", [b])
    assert [r.id for r in all_rows(lib, TermFilter(state="leech"))] == [b]
    lib.db.execute("INSERT INTO lists (id, name, created_at) VALUES (7, 'Week 1', 'now')")
    lib.db.execute("INSERT INTO list_terms (list_id, term_id, position) VALUES (7, ?, 0),"
                   " (7, ?, 1)", [a, c])
    assert [r.id for r in all_rows(lib, TermFilter(list_id=7))] == [a, c]


def test_update_gloss_shows_in_rows_and_detail(lib):
    row = next(r for r in all_rows(lib) if "; " in r.gloss)
    detail = lib.term_detail(row.id)
    assert row.gloss == "; ".join(s.gloss for s in detail.senses)
    lib.update_gloss(detail.senses[0].id, "  a   better gloss ")
    assert lib.term_detail(row.id).senses[0].gloss == "a better gloss"
    assert lib.term_rows(TermFilter(text="a better gloss"))[0].gloss.startswith("a better gloss")
    with pytest.raises(EditError, match="cannot be empty"):
        lib.update_gloss(detail.senses[0].id, "   ")
    with pytest.raises(EditError, match="already has the gloss"):
        lib.update_gloss(detail.senses[0].id, detail.senses[1].gloss)
    assert lib.term_detail(row.id).senses[0].gloss == "a better gloss"


def test_detail_of_a_transcript_term_links_to_its_timestamp(lib):
    transcript = next(s for s in lib.sources() if s.kind == "transcript")
    row = next(r for r in all_rows(lib, TermFilter(source_id=transcript.id))
               if r.first_source == transcript.title)
    detail = lib.term_detail(row.id)
    occ = detail.occurrences[0]
    assert occ.source_id == transcript.id
    assert occ.sentence[occ.span[0]:occ.span[1]] == occ.surface
    assert occ.speaker and occ.start is not None and occ.translation
    assert occ.link == f"{transcript.url}&t={int(occ.start)}s"
    assert occ.source_title == transcript.title
    assert [c.direction for c in detail.cards] == ["forward"]
    assert detail.cards[0].state == "new" and detail.cards[0].due is None


def test_unknown_term_is_a_clear_error(lib):
    with pytest.raises(EditError, match="no longer exists"):
        lib.term_detail(10**9)


def test_delete_then_restore_gives_back_identical_rows(lib, seeded):
    ids = [r.id for r in lib.term_rows(limit=4)]
    session = lib.review.start_session()
    card = session.next_card()
    lib.review.answer(session, card.card_id, 5, answer_ms=900)
    ids.append(card.term_id)
    lib.db.execute("INSERT INTO lists (id, name, created_at) VALUES (1, 'Week 1', 'now')")
    lib.db.execute("INSERT INTO list_terms (list_id, term_id, position, gloss_override)"
                   " VALUES (1, ?, 0, 'mine')", [ids[0]])
    lib.add_tag(ids, "doomed")
    lib.set_suspended(ids[1:2], True)
    before = snapshot(seeded)

    deleted = lib.delete_terms(ids)
    assert len(deleted) == len(set(ids))
    assert lib.count_terms() == len(before["terms"]) - len(set(ids))
    assert rows(lib, "SELECT count(*) FROM reviews") == [(0,)]
    assert rows(lib, "SELECT count(*) FROM list_terms") == [(0,)]
    assert lib.tags() == []

    lib.restore_terms(deleted)
    assert snapshot(seeded) == before


def test_restore_after_the_term_came_back_is_refused(lib):
    row = lib.term_rows(limit=1)[0]
    deleted = lib.delete_terms([row.id])
    # the first seed holds that term; ticking it in a preview brings it back (a plain import
    # leaves a deleted term out)
    preview = lib.mine_files(seed_files()[:1])
    lib.import_result(preview, accept={(c.note_key, c.gloss) for c in preview.candidates
                                       if c.status == "deleted"})
    before = lib.count_terms()
    with pytest.raises(EditError, match="imported again"):
        lib.restore_terms(deleted)
    assert lib.count_terms() == before


def test_settings_round_trip_and_composed_review(lib):
    assert lib.settings == Settings()
    lib.save_settings(Settings(new_per_day=5))
    assert lib.settings.new_per_day == 5
    assert lib.review.due_counts().new == 5


def test_a_search_sees_edits_made_here_and_by_another_connection(lib, seeded):
    search = TermFilter(text="qqxq")
    assert lib.count_terms(search) == 0
    first, second = [r.id for r in lib.term_rows(limit=2)]
    lib.update_gloss(lib.term_detail(first).senses[0].id, "qqxq one")
    assert lib.count_terms(search) == 1
    assert [r.id for r in lib.term_rows(search)] == [first]
    with Library.open(seeded, clock=clock()) as other:  # e.g. a second window's worker
        other.update_gloss(other.term_detail(second).senses[0].id, "two qqxq")
    assert lib.count_terms(search) == 2
    assert [r.id for r in lib.term_rows(search, sort="gloss", descending=True)] == [second, first]
