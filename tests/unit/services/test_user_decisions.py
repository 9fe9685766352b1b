"""User edits win (issue 10, case 3): a gloss the user fixed, a term deleted, a pair left
unticked in the preview are remembered; re-mining the same or another file never offers them as
new again, and adding never stores the old gloss as a second sense or a sentence twice."""

from __future__ import annotations

from library_helpers import clock, rows

from vocab_app.services.library import Library

TALK = """Notes from the lab

We compared reinforcement learning (强化学习) with imitation learning (模仿学习) today.

Scaling laws (缩放定律) held up again.
"""
OTHER = """More notes

Later on, reinforcement learning (强化学习) helped the robot walk.
"""


def status(lib: Library, paths, gloss: str):
    found = [c for c in lib.mine_files(paths).candidates if c.gloss == gloss]
    assert len(found) == 1, found
    return found[0]


def senses(lib: Library, term: str) -> list[tuple]:
    return rows(lib, "SELECT s.gloss, s.count FROM senses s JOIN terms t ON t.id = s.term_id"
                     " WHERE t.term = ? ORDER BY s.id", [term])


def test_a_gloss_fixed_in_the_library_is_not_mined_back_as_a_second_sense(tmp_path):
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([talk])
        sense = rows(lib, "SELECT id FROM senses WHERE gloss = '强化学习'")[0][0]
        lib.update_gloss(sense, "强化式学习")

        again = status(lib, [talk], "强化学习")
        assert (again.is_new, again.status, again.edited_to) == (False, "edited", "强化式学习")
        assert "强化式学习" in again.reason
        # even ticked on purpose, Add keeps the fixed gloss and the one stored sentence
        report = lib.import_result(lib.mine_files([talk]),
                                   accept={(again.note_key, again.gloss)})
        assert (report.new_senses, report.new_occurrences) == (0, 0)
        lib.import_files([talk])  # the CLI's plain import too
        assert senses(lib, "reinforcement learning") == [("强化式学习", 1)]

        # another file with the old gloss: known as edited; its sentence joins the fixed sense
        assert status(lib, [other], "强化学习").status == "edited"
        report = lib.import_files([other])
        assert (report.new_senses, report.new_occurrences) == (0, 1)
        assert senses(lib, "reinforcement learning") == [("强化式学习", 2)]

        # a second fix follows on: the mined gloss now leads to the newest one
        lib.update_gloss(sense, "RL 强化学习")
        assert status(lib, [talk], "强化学习").edited_to == "RL 强化学习"
        lib.import_files([talk, other])
        assert senses(lib, "reinforcement learning") == [("RL 强化学习", 2)]


def test_a_gloss_edited_in_the_preview_is_remembered(tmp_path):
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        preview = lib.mine_files([talk])
        pairs = {(c.note_key, c.gloss) for c in preview.candidates}
        rl = next(c for c in preview.candidates if c.gloss == "强化学习")
        lib.import_result(preview, accept=pairs,
                          edits={(rl.note_key, rl.gloss): "强化式学习"})
        assert senses(lib, "reinforcement learning") == [("强化式学习", 1)]

        again = lib.mine_files([talk])
        assert {c.gloss: c.status for c in again.candidates} == {
            "强化学习": "edited", "模仿学习": "known", "缩放定律": "known"}
        report = lib.import_result(again, accept={(c.note_key, c.gloss)
                                                  for c in again.candidates})
        assert (report.new_senses, report.new_occurrences) == (0, 0)
        assert senses(lib, "reinforcement learning") == [("强化式学习", 1)]


def test_a_deleted_term_stays_deleted_until_undone(tmp_path):
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([talk])
        term = rows(lib, "SELECT id FROM terms WHERE key = 'scaling law'")
        assert term, rows(lib, "SELECT term FROM terms")
        deleted = lib.delete_terms([term[0][0]])

        gone = status(lib, [talk], "缩放定律")
        assert (gone.is_new, gone.status) == (False, "deleted")
        assert lib.import_files([talk]).new_terms == 0
        assert lib.count_terms() == 2

        lib.restore_terms(deleted)  # undo: it is known again, nothing more
        assert status(lib, [talk], "缩放定律").status == "known"


def test_a_deleted_term_ticked_again_comes_back(tmp_path):
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([talk])
        lib.delete_terms([rows(lib, "SELECT id FROM terms WHERE key = 'scaling law'")[0][0]])
        gone = status(lib, [talk], "缩放定律")
        report = lib.import_result(lib.mine_files([talk]),
                                   accept={(gone.note_key, gone.gloss)})
        assert (report.new_terms, report.new_occurrences) == (1, 1)
        assert status(lib, [talk], "缩放定律").status == "known"


def test_a_deleted_term_added_back_from_a_list_is_known_again(tmp_path):
    talk = tmp_path / "talk.txt"
    talk.write_text(TALK, encoding="utf-8")
    csv = tmp_path / "ana.csv"
    csv.write_text("Scaling laws,缩放定律\n", encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite", clock=clock()) as lib:
        lib.import_files([talk])
        lib.delete_terms([rows(lib, "SELECT id FROM terms WHERE key = 'scaling law'")[0][0]])
        lib.lists.import_csv(csv, "Ana")
        assert status(lib, [talk], "缩放定律").status == "known"
