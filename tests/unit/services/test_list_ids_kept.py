"""A list made again keeps its id (so the later steps of an undo history that name it still find
it), over the seeds in a real file: `TermLists.create(list_id=…)` and `restore_list`."""

from __future__ import annotations

import pytest
from library_helpers import clock

from vocab_app.services.library import Library
from vocab_app.services.list_undo import delete_list, restore_list
from vocab_app.services.lists import ListError


@pytest.fixture
def lib(seeded):
    with Library.open(seeded, clock=clock()) as library:
        yield library


def test_a_list_is_made_again_under_the_id_it_had(lib):
    first = lib.lists.create("Week 1")
    second = lib.lists.create("Week 2")
    lib.lists.delete(first)
    assert lib.lists.create("Week 1", list_id=first) == first
    assert [lst.name for lst in lib.lists.all()] == ["Week 2", "Week 1"]
    with pytest.raises(ListError):
        lib.lists.create("Other", list_id=second)  # taken: refused, nothing stored
    assert [lst.name for lst in lib.lists.all()] == ["Week 2", "Week 1"]


def test_a_deleted_list_comes_back_whole_under_its_id_and_place(lib):
    terms = [row.id for row in lib.term_rows()[:3]]
    week = lib.lists.create("Week 1")
    lib.lists.create("Exam")
    lib.lists.add_terms(week, terms)
    lib.lists.set_gloss(week, terms[1], "list gloss")
    before = [(lst.id, lst.name) for lst in lib.lists.all()], lib.lists.terms(week)
    deleted = delete_list(lib, week)
    assert [lst.name for lst in lib.lists.all()] == ["Exam"]
    assert restore_list(lib, deleted) == week
    assert ([(lst.id, lst.name) for lst in lib.lists.all()], lib.lists.terms(week)) == before
