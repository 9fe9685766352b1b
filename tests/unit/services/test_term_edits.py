"""Terms by hand (services/term_edits.py) on a real collection file: add, rename, merge (with
review history), their undo, and a rename made in the Mine preview reaching the import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from library_helpers import NOW, rows, snapshot

from vocab_app.services import term_edits as te
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "c.sqlite", clock=FixedClock(NOW))
    yield library
    library.close()


def cards_of(lib, term_id):
    return rows(lib, "SELECT direction, state FROM cards WHERE term_id = ? ORDER BY direction",
                [term_id])


def test_add_term_makes_a_note_with_its_card_context_and_list(lib):
    added = te.add_term(lib, "  attention   head ", "注意力头", list_name="Week 1",
                        context="Each attention head attends to other tokens.")
    assert added.term == "attention head"
    assert cards_of(lib, added.term_id) == [("forward", "new")]
    detail = lib.term_detail(added.term_id)
    assert [s.gloss for s in detail.senses] == ["注意力头"]
    occ = detail.occurrences[0]
    assert occ.sentence == "Each attention head attends to other tokens."
    assert occ.sentence[occ.span[0]:occ.span[1]] == "attention head"
    assert te.term_lists(lib, added.term_id) == ["Week 1"]
    # its card shows the context it was given
    card = lib.review.card_view(rows(lib, "SELECT id FROM cards WHERE term_id = ?",
                                     [added.term_id])[0][0])
    assert card.context is not None and "attention head" in card.context.sentence


def test_reverse_cards_setting_gives_a_term_added_by_hand_a_reverse_card(lib):
    lib.save_settings(replace(lib.settings, reverse_cards=True))
    added = te.add_term(lib, "reward", "奖励")
    assert cards_of(lib, added.term_id) == [("forward", "new"), ("reverse", "new")]


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_an_empty_term_is_refused_with_a_sentence(lib, typed):
    with pytest.raises(te.TermError, match="A term cannot be empty"):
        te.add_term(lib, typed, "gloss")
    assert rows(lib, "SELECT count(*) FROM terms") == [(0,)]


@pytest.mark.parametrize("typed", ["Transformer", "transformers", "TRANSFORMERS", "boxes"])
def test_a_term_differing_by_case_or_plural_offers_the_existing_one(lib, typed):
    first = te.add_term(lib, "transformer", "变换器")
    box = te.add_term(lib, "box", "盒子")
    with pytest.raises(te.TermExists) as refused:
        te.add_term(lib, typed, "another gloss")
    expected = box if typed == "boxes" else first
    assert refused.value.term_id == expected.term_id
    assert "already in your collection" in str(refused.value)
    assert rows(lib, "SELECT count(*) FROM terms") == [(2,)]


def test_undo_of_an_add_removes_the_note_and_redo_brings_it_back(lib, tmp_path):
    before = snapshot(lib.path)
    added = te.add_term(lib, "policy", "策略", list_name="Week 2", context="A policy maps.")
    after = snapshot(lib.path)
    removed = te.take_back_added(lib, added)
    assert rows(lib, "SELECT count(*) FROM terms") == [(0,)]
    assert rows(lib, "SELECT count(*) FROM decisions") == [(0,)]  # not remembered as deleted
    te.put_back_added(lib, removed)
    restored = snapshot(lib.path)
    assert restored["terms"] == after["terms"] and restored["cards"] == after["cards"]
    assert restored["list_terms"] == after["list_terms"]
    assert before["terms"] == []


def test_rename_keeps_cards_and_the_old_text_as_variant_and_undo_gives_it_back(lib):
    added = te.add_term(lib, "引入低秩适配", "LoRA")
    card_before = rows(lib, "SELECT id FROM cards WHERE term_id = ?", [added.term_id])
    renamed = te.rename_term(lib, added.term_id, "低秩适配")
    detail = lib.term_detail(added.term_id)
    assert detail.term == "低秩适配" and "引入低秩适配" in detail.variants
    assert rows(lib, "SELECT id FROM cards WHERE term_id = ?", [added.term_id]) == card_before
    assert te.find_term(lib, "低秩适配") == added.term_id
    te.undo_rename(lib, renamed)
    assert lib.term_detail(added.term_id).term == "引入低秩适配"
    assert te.find_term(lib, "引入低秩适配") == added.term_id
    with pytest.raises(te.TermError, match="There is no term"):
        te.find_term(lib, "低秩适配")


def test_rename_to_empty_is_refused_and_onto_another_term_asks_for_a_merge(lib):
    a = te.add_term(lib, "tokens", "词元")
    b = te.add_term(lib, "token ids", "词元编号")
    with pytest.raises(te.TermError, match="cannot be empty"):
        te.rename_term(lib, b.term_id, "  ")
    with pytest.raises(te.MergeNeeded) as clash:
        te.rename_term(lib, b.term_id, "Token")
    assert clash.value.term_id == a.term_id


def answer(lib, term_id, grades, day):
    """Answer the term's forward card with `grades`, from `day`, each on the day it is due."""
    card_id = rows(lib, "SELECT id FROM cards WHERE term_id = ? AND direction = 'forward'",
                   [term_id])[0][0]
    for grade in grades:
        session = lib.review.start_session(day)
        while (view := session.next_card()) is not None and view.card_id != card_id:
            session.srs.drop(view.card_id)
        lib.review.answer(session, card_id, grade)
        due = rows(lib, "SELECT due FROM cards WHERE id = ?", [card_id])[0][0]
        day = date.fromisoformat(due)
    return card_id


def test_merge_moves_senses_contexts_lists_and_keeps_the_card_with_more_history(lib):
    target = te.add_term(lib, "low-rank adaptation", "低秩适配", list_name="Week 1",
                         context="We fine-tune with low-rank adaptation.")
    source = te.add_term(lib, "lora method", "LoRA 方法", list_name="Week 2",
                         context="The lora method adds adapters.")
    day = NOW.date()
    source_card = answer(lib, source.term_id, [4, 4, 4], day)  # three answers
    target_card = answer(lib, target.term_id, [4], day)  # one answer
    source_sched = rows(lib, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                        [source_card])
    before = snapshot(lib.path)

    merged = te.merge_terms(lib, source.term_id, target.term_id)
    detail = lib.term_detail(target.term_id)
    assert {s.gloss for s in detail.senses} == {"低秩适配", "LoRA 方法"}
    assert {o.sentence for o in detail.occurrences} == {
        "We fine-tune with low-rank adaptation.", "The lora method adds adapters."}
    assert "lora method" in detail.variants
    assert te.term_lists(lib, target.term_id) == ["Week 1", "Week 2"]
    # the card with more answers survives with its schedule; the other's answers join its log
    assert rows(lib, "SELECT id FROM cards WHERE term_id = ?", [target.term_id]) == [
        (source_card,)]
    assert rows(lib, "SELECT state, ef, interval, reps, due FROM cards WHERE id = ?",
                [source_card]) == source_sched
    assert rows(lib, "SELECT count(*) FROM reviews WHERE card_id = ?", [source_card]) == [(4,)]
    assert rows(lib, "SELECT count(*) FROM reviews WHERE card_id = ?", [target_card]) == [(0,)]
    assert rows(lib, "SELECT count(*) FROM terms WHERE id = ?", [source.term_id]) == [(0,)]

    te.unmerge(lib, merged)
    assert snapshot(lib.path) == before


def test_a_term_retyped_in_the_mine_preview_is_imported_under_the_new_text(lib, tmp_path):
    text = tmp_path / "talk.md"
    text.write_text("我们使用引入低秩适配（LoRA）来微调模型。\n\n后来我们又用了注意力机制（attention）。\n",
                    encoding="utf-8")
    result = lib.mine_files([text])
    mined = {c.term: c for c in result.candidates}
    assert mined, "the sample text has glossed terms"
    wrong = next(t for t in mined if "低秩适配" in t)
    renamed = te.renamed_result(result, {mined[wrong].note_key: "低秩适配"})
    lib.import_result(renamed, accept={(c.note_key, c.gloss) for c in renamed.candidates})
    found = te.find_term(lib, "低秩适配")
    detail = lib.term_detail(found)
    assert detail.term == "低秩适配"
    occ = detail.occurrences[0]
    assert occ.sentence[occ.span[0]:occ.span[1]] == "低秩适配"
