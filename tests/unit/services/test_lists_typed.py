"""Typing terms into a teacher list (services/lists_typed.py) and the names a list may have."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library
from vocab_app.services.lists import ListError
from vocab_app.services.lists_typed import add_typed, put_back, take_back

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def lib(col):
    return Library(col.db, col.path, FixedClock(NOW))


def _count(col, table: str) -> int:
    return col.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_new_typed_term_becomes_a_note_at_the_end_of_the_list(lib, col):
    known = col.add_term("agent", ("智能体",))
    lid = lib.lists.create("Week 1")
    lib.lists.add_terms(lid, [known])
    typed = add_typed(lib.lists, lid, "  retrieval   augmented generation ", "检索增强生成")
    assert typed.created and typed.term == "retrieval augmented generation"
    assert [t.term for t in lib.lists.terms(lid)] == ["agent", "retrieval augmented generation"]
    # a note like any other: its sense and its card, found by search and exported
    assert _count(col, "terms") == 2 and _count(col, "cards") == 2
    notes = lib.export.notes(list_id=lid)
    assert [(n.term, n.gloss, n.style) for n in notes][1] == (
        "retrieval augmented generation", "检索增强生成", "en-zh")
    # undo: gone from the list and from the collection, and not remembered as deleted
    taken = take_back(lib.lists, typed)
    assert [t.term for t in lib.lists.terms(lid)] == ["agent"]
    assert _count(col, "terms") == 1 and _count(col, "decisions") == 0
    # redo: the same note back, under its id, in its place
    put_back(lib.lists, taken)
    assert [(t.term_id, t.term) for t in lib.lists.terms(lid)][1] == (
        typed.term_id, "retrieval augmented generation")


def test_a_known_term_is_linked_and_a_different_gloss_becomes_the_lists(lib, col):
    known = col.add_term("token", ("词元",))
    lid = lib.lists.create("Week 1")
    typed = add_typed(lib.lists, lid, "Token", "令牌")
    assert not typed.created and typed.term_id == known and _count(col, "terms") == 1
    assert [(t.term, t.gloss) for t in lib.lists.terms(lid)] == [("token", "令牌")]
    taken = take_back(lib.lists, typed)
    assert lib.lists.terms(lid) == [] and _count(col, "terms") == 1  # the note stays
    put_back(lib.lists, taken)
    assert [(t.term, t.gloss) for t in lib.lists.terms(lid)] == [("token", "令牌")]
    same = add_typed(lib.lists, lib.lists.create("Week 2"), "token")  # no gloss needed
    assert same.override is None


@pytest.mark.parametrize(("term", "gloss", "says"), [
    ("", "x", "term given is empty"),
    ("   ", "x", "term given is empty"),
    ("new\x07term", "x", "control characters"),
    ("unknown term", "", "give it a gloss"),
    ("agent", "", "already in this list"),
])
def test_a_typed_term_that_cannot_be_added_is_one_sentence(lib, col, term, gloss, says):
    lid = lib.lists.create("Week 1")
    lib.lists.add_terms(lid, [col.add_term("agent", ("智能体",))])
    with pytest.raises(ListError, match=says):
        add_typed(lib.lists, lid, term, gloss)
    assert _count(col, "terms") == 1 and len(lib.lists.terms(lid)) == 1


@pytest.mark.parametrize(("name", "says"), [
    ("", "needs a name"), ("  \u3000 ", "needs a name"), ("Week 1/2", "cannot hold '/'"),
    ("Week\n1", "control characters"), ("Week\t1", "control characters"),
    ("Exam\x1b[31m", "control characters"), ("evil\u202etxt", "control characters"),
])
def test_a_bad_list_name_is_refused_with_a_sentence(lib, name, says):
    lid = lib.lists.create("Week 1")
    with pytest.raises(ListError, match=says) as err:
        lib.lists.create(name)
    assert str(err.value).endswith(".")
    with pytest.raises(ListError, match=says):
        lib.lists.rename(lid, name)
    assert [x.name for x in lib.lists.all()] == ["Week 1"]
