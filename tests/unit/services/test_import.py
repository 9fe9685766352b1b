# ruff: noqa: F811 - pytest fixtures imported from library_helpers are used as arguments
"""Importing mined files into a real collection file: what is stored matches what mining found,
importing again adds nothing and never touches a card's schedule, a changed file updates its
occurrences, curation (`accept`) and cancel are honoured, bad files are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_helpers import (
    clock,
    rows,
    snapshot,
)

from vocab_app.errors import Cancelled
from vocab_app.mining.pipeline import mine_paths
from vocab_app.paths import seed_files
from vocab_app.services.library import Library
from vocab_app.services.settings import Settings

ARTICLE = """A short note on models

We train large language models (LLMs) every day in the lab.

The team studies reinforcement learning (RL) with real robots.

A world model (世界模型) predicts what happens next.
"""
CHANGED = """A short note on models

We now train large language models (LLMs) every single night in the lab.

A world model (世界模型) predicts what happens next.

Our mixture of experts (MoE) layer is cheap to run.
"""


def term_id(lib: Library, gloss: str) -> int:
    """The id of the term that has the sense `gloss`."""
    return rows(lib, "SELECT term_id FROM senses WHERE gloss = ?", [gloss])[0][0]


def review_once(lib: Library, term: int, grade: int = 4) -> dict:
    """Answer the forward card of `term` in a real review session; return its row after."""
    session = lib.review.start_session()
    card = rows(lib, "SELECT id FROM cards WHERE term_id = ? AND direction = 'forward'",
                [term])[0][0]
    while (view := session.next_card()) is not None and view.card_id != card:
        lib.review.bury([view.card_id], session=session)
    assert view is not None, "the card was not in today's session"
    lib.review.answer(session, card, grade, answer_ms=1500)
    return card_state(lib, card)


def card_state(lib: Library, card: int) -> dict:
    cur = lib.db.execute("SELECT * FROM cards WHERE id = ?", [card])
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def test_seeds_store_exactly_what_mining_found(seeded_template):
    run = mine_paths(seed_files())
    with Library.open(seeded_template, clock=clock()) as lib:
        assert lib.count_terms() == len(run.notes)
        assert rows(lib, "SELECT count(*) FROM senses")[0][0] == sum(len(n.senses)
                                                                       for n in run.notes)
        assert rows(lib, "SELECT count(*) FROM occurrences")[0][0] == len(run.occurrences)
        assert rows(lib, "SELECT count(*) FROM sources")[0][0] == len(seed_files())
        stored = dict(rows(lib, "SELECT key, frequency FROM terms"))
        assert stored == {n.key: n.count for n in run.notes}
        # every new term has exactly one (forward) card, and it is new
        assert rows(lib, "SELECT direction, state, count(*) FROM cards GROUP BY 1, 2") \
            == [("forward", "new", len(run.notes))]


def test_report_counts_per_file_add_up(tmp_path):
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        report = lib.import_files(seed_files())
        assert [Path(f.path).name for f in report.files] == [p.name for p in seed_files()]
        assert report.new_terms == lib.count_terms()
        assert report.new_senses == rows(lib, "SELECT count(*) FROM senses")[0][0]
        assert report.new_occurrences == rows(lib, "SELECT count(*) FROM occurrences")[0][0]
        assert all(f.new_occurrences > 0 for f in report.files)


def test_importing_twice_adds_nothing_and_keeps_a_reviewed_schedule(seeded):
    with Library.open(seeded, clock=clock()) as lib:
        first = lib.term_rows(limit=1)[0].id
        reviewed = review_once(lib, first)
        assert reviewed["state"] != "new" and reviewed["due"] is not None
    before = snapshot(seeded)
    with Library.open(seeded, clock=clock()) as lib:
        report = lib.import_files(seed_files())
    assert (report.new_terms, report.new_senses, report.new_occurrences) == (0, 0, 0)
    assert snapshot(seeded) == before


def test_one_file_at_a_time_gives_the_same_collection_as_all_at_once(seeded_template, tmp_path):
    path = tmp_path / "c.sqlite"
    with Library.open(path, clock=clock()) as lib:
        for seed in seed_files():
            lib.import_files([seed])
        one_by_one = sorted(rows(lib, "SELECT key, glosses FROM terms"))
    with Library.open(seeded_template, clock=clock()) as lib:
        assert one_by_one == sorted(rows(lib, "SELECT key, glosses FROM terms"))


def test_a_changed_file_updates_occurrences_and_keeps_cards(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([source])
        llm, rl, world = term_id(lib, "LLMs"), term_id(lib, "RL"), term_id(lib, "世界模型")
        reviewed = review_once(lib, llm, grade=5)
        world_occurrence = rows(lib, "SELECT * FROM occurrences WHERE term_id = ?", [world])
        cards_before = rows(lib, "SELECT * FROM cards ORDER BY id")

        source.write_text(CHANGED, encoding="utf-8")
        report = lib.import_files([source])

        assert (report.new_terms, report.new_senses) == (1, 1)  # mixture of experts (MoE)
        assert report.new_occurrences == 2  # the rewritten LLM sentence and the MoE one
        assert card_state(lib, reviewed["id"]) == reviewed
        assert rows(lib, "SELECT * FROM cards WHERE term_id != ? ORDER BY id",
                    [term_id(lib, "MoE")]) == cards_before
        # the LLM sentence is the new one; RL's paragraph is gone; the world model's paragraph
        # moved up one place and keeps its row
        assert rows(lib, "SELECT sentence FROM occurrences WHERE term_id = ?", [llm]) == [
            ("We now train large language models (LLMs) every single night in the lab.",)]
        assert rows(lib, "SELECT count(*) FROM occurrences WHERE term_id = ?", [rl]) == [(0,)]
        assert rows(lib, "SELECT frequency FROM terms WHERE id = ?", [rl]) == [(0,)]
        assert rows(lib, "SELECT * FROM occurrences WHERE term_id = ?", [world]) \
            == world_occurrence
        assert rows(lib, "SELECT count(*) FROM sources") == [(1,)]
        assert rows(lib, "SELECT count(*) FROM segments")[0][0] == len(
            mine_paths([source]).documents[0].segments)


def test_mine_files_marks_known_pairs_and_stores_nothing(seeded, tmp_path):
    extra = tmp_path / "note.txt"
    extra.write_text(ARTICLE.replace("(世界模型)", "(世界模式)"), encoding="utf-8")
    before = snapshot(seeded)
    with Library.open(seeded, clock=clock()) as lib:
        result = lib.mine_files([extra, seed_files()[0]])
    assert snapshot(seeded) == before
    by_gloss = {c.gloss: c for c in result.candidates}
    assert not by_gloss["RL"].is_new  # reinforcement learning (RL) is in the seeds
    assert by_gloss["世界模式"].is_new
    assert by_gloss["LLMs"].first_context.startswith("We train large language models")
    assert {c.note_key for c in result.candidates} == {n.key for n in result.notes}


def test_accept_keeps_only_the_curated_pairs_and_the_rest_come_when_ticked_again(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        preview = lib.mine_files([source])
        keep = next(c for c in preview.candidates if c.gloss == "RL")
        report = lib.import_result(preview, accept={(keep.note_key, keep.gloss)})
        assert report.new_terms == 1
        assert [r.gloss for r in lib.term_rows()] == ["RL"]

        # the two left unticked are remembered as declined: not offered as new, and a plain
        # import (the CLI's) leaves them out too
        again = lib.mine_files([source])
        assert {c.gloss: c.status for c in again.candidates} == {
            "LLMs": "declined", "RL": "known", "世界模型": "declined"}
        assert not any(c.is_new for c in again.candidates)
        assert lib.import_result(again).new_terms == 0
        # ticking them again is a new decision: they are stored and no longer declined
        report = lib.import_result(again, accept={(c.note_key, c.gloss)
                                                  for c in again.candidates})
        assert (report.new_terms, report.new_occurrences) == (2, 2)
        assert lib.count_terms() == 3
        assert {c.status for c in lib.mine_files([source]).candidates} == {"known"}


def test_reverse_cards_setting_gives_new_terms_both_directions(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.save_settings(Settings(reverse_cards=True))
        lib.import_files([source])
        assert rows(lib, "SELECT direction, count(*) FROM cards GROUP BY 1") == [
            ("forward", 3), ("reverse", 3)]


def test_cancel_stores_nothing(tmp_path):
    path = tmp_path / "c.sqlite"
    with Library.open(path, clock=clock()) as lib:
        calls = []

        def cancelled() -> bool:
            calls.append(1)
            return len(calls) > 1

        with pytest.raises(Cancelled):
            lib.import_files(seed_files(), cancelled=cancelled)
        assert lib.count_terms() == 0
        assert rows(lib, "SELECT count(*) FROM sources") == [(0,)]


def test_bad_files_are_reported_and_the_others_imported(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        progress: list[tuple[int, int]] = []
        report = lib.import_files([empty, seed_files()[0], binary, tmp_path / "missing.txt"],
                                  progress=lambda done, total: progress.append((done, total)))
        assert [Path(e.path).name for e in report.errors] == [
            "empty.txt", "image.txt", "missing.txt"]
        assert all(e.message for e in report.errors)
        assert [Path(f.path).name for f in report.files] == [seed_files()[0].name]
        assert lib.count_terms() == report.new_terms > 0
        assert progress and progress[-1][0] == progress[-1][1]

