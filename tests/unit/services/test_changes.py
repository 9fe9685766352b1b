"""Every write of the Library facade says which kinds of data it changed (what the GUI's views
refresh on), over the seeds in a real file."""

from __future__ import annotations

import pytest
from library_helpers import clock

from vocab_app.paths import seed_files
from vocab_app.services.changes import ALL, CARDS, LISTS, NONE, Changes, changes_of
from vocab_app.services.library import Library
from vocab_app.services.settings import Settings


@pytest.fixture
def lib(seeded):
    with Library.open(seeded, clock=clock()) as library:
        yield library


def test_merging_and_asking():
    both = Changes(terms=True).merged(CARDS)
    assert both == Changes(terms=True, cards=True) == Changes(terms=True) | CARDS
    assert both.kinds() == ("terms", "cards")
    assert both.any() and not NONE.any()
    assert both.touches(Changes(cards=True, lists=True)) and not both.touches(LISTS)
    assert all(ALL.kinds()) and len(ALL.kinds()) == 6


def test_library_edits_report_their_kinds(lib):
    ids = [r.id for r in lib.term_rows(limit=3)]
    sense = lib.term_detail(ids[0]).senses[0].id
    assert lib.update_gloss(sense, "a new gloss") == Changes(senses=True)
    assert lib.add_tag(ids, "week1") == Changes(terms=True)
    assert lib.set_tags(ids[:1], ["a"]) == Changes(terms=True)
    saved = lib.marks(ids)
    assert lib.set_suspended(ids[:1], True) == CARDS
    assert lib.restore_marks(saved) == Changes(terms=True, cards=True)
    assert lib.marks(ids) == saved
    assert lib.save_settings(Settings(new_per_day=3)).settings
    deleted = lib.delete_terms(ids[1:])
    assert changes_of(deleted) == Changes(terms=True, senses=True, lists=True, cards=True,
                                          sources=True)
    assert lib.restore_terms(deleted) == deleted.changes
    assert lib.count_terms(None) > 3


def test_lists_answers_and_imports_report_their_kinds(lib, tmp_path):
    ids = [r.id for r in lib.term_rows(limit=2)]
    list_id = lib.lists.create("Week 1")
    lib.lists.add_terms(list_id, ids)
    assert lib.lists.rename(list_id, "Week 2") == LISTS
    assert lib.lists.set_gloss(list_id, ids[0], "mine") == LISTS
    assert lib.lists.move_term(list_id, ids[0], 1) == LISTS
    assert lib.lists.remove_terms(list_id, ids[:1]) == LISTS
    assert lib.lists.delete(list_id) == LISTS

    session = lib.review.start_session()
    card = session.next_card()
    answer = lib.review.answer(session, card.card_id, 5)
    assert changes_of(answer) == CARDS
    assert lib.review.bury([card.card_id]) == CARDS

    report = lib.import_files(seed_files()[:1])
    assert changes_of(report) == ALL
    csv = tmp_path / "l.csv"
    csv.write_text("term,gloss\nbrand-new qqq,新\n", encoding="utf-8")
    listed = lib.lists.import_csv(csv, "Imported")
    assert listed.changes == Changes(lists=True, terms=True, senses=True, cards=True)
