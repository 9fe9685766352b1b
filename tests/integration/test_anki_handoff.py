"""Handing notes to a learner's Anki profile again and again, checked with Anki's own library.

What a learner would notice: a re-export updates only the notes edited here (their own edits in
Anki survive), a teacher's list deck and their own deck never touch each other's notes or leave
blank cards whichever is imported first, and a newer version of a list updates that list only.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers.anki_profile import Anki, senses, visible

from vocab_app.export.apkg import note_guid
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

WORDS = [("world model", "世界模型"), ("scaffolding", "脚手架"), ("token", "词元"),
         ("agent", "智能体"), ("alignment", "对齐"), ("benchmark", "基准测试"),
         ("inference", "推理"), ("fine-tuning", "微调"), ("embedding", "嵌入"),
         ("latency", "延迟")]


@pytest.fixture
def anki(tmp_path):
    a = Anki(tmp_path / "anki")
    yield a
    a.close()


def fill(col) -> dict[str, int]:
    """Ten terms, each seen once in a sentence of one talk."""
    talk = col.add_source("Talk")
    return {word: col.term_in_source(talk, word, gloss, f"Today the {word} matters most.")
            for word, gloss in WORDS}


def lib_at(col, when: datetime) -> Library:
    return Library(col.db, col.path, FixedClock(when))


def sense_of(col, term_id: int) -> int:
    return col.db.execute("SELECT min(id) FROM senses WHERE term_id = ?", [term_id]).fetchone()[0]


def test_reexport_updates_only_the_note_edited_here_and_keeps_anki_side_edits(
        col, anki, tmp_path):
    ids = fill(col)
    lib = lib_at(col, datetime.now(timezone.utc) - timedelta(days=1))
    anki.import_apkg(lib.export.apkg(tmp_path / "1.apkg").path)
    # In Anki the learner types a note on A ...
    a = anki.notes()[note_guid("world model")]
    a["Notes"] = "my own mnemonic"
    anki.col.update_note(a)
    # ... and here edits the gloss of another term B, then exports again later.
    lib.clock.advance(days=1, hours=1)
    lib.update_gloss(sense_of(col, ids["token"]), "标记")
    log = anki.import_apkg(lib.export.apkg(tmp_path / "2.apkg").path).log
    assert [n.fields[0] for n in log.updated] == ["token"]
    assert len(log.new) == 0
    notes = anki.notes()
    assert anki.col.note_count() == len(WORDS) == len(notes)
    assert notes[note_guid("world model")]["Notes"] == "my own mnemonic"
    assert senses(notes[note_guid("token")]["Gloss"]) == "标记"


def test_unchanged_collection_reexports_byte_identically(col, tmp_path):
    fill(col)
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    first = lib.export.apkg(tmp_path / "a.apkg", reverse=True, cloze=True).path.read_bytes()
    lib.clock.advance(days=30)
    assert lib.export.apkg(tmp_path / "b.apkg", reverse=True, cloze=True).path.read_bytes() == (
        first)


def own_and_list_decks(col, tmp_path) -> tuple[dict[str, int], int, object, object]:
    """The student's forward-only deck of everything and a teacher's list deck of the same
    terms with reverse and cloze cards and one list gloss, exported in either order."""
    ids = fill(col)
    lid = col.add_list("Week 1", list(ids.values()), {ids["agent"]: "智能体 (list gloss)"})
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    # The list deck is exported before the own deck: the own deck's notes are the newer.
    listed = lib.export.apkg(tmp_path / "list.apkg", list_id=lid, reverse=True, cloze=True)
    lib.clock.advance(hours=1)
    own = lib.export.apkg(tmp_path / "own.apkg")
    return ids, lid, own, listed


@pytest.mark.parametrize("order", [("own", "list"), ("list", "own")])
def test_own_deck_and_list_deck_in_either_order_give_no_blank_card(col, anki, tmp_path, order):
    _ids, _lid, own, listed = own_and_list_decks(col, tmp_path)
    packages = {"own": own.path, "list": listed.path}
    for name in order:
        anki.import_apkg(packages[name])
    assert anki.blank_cards() == []
    n = len(WORDS)
    assert anki.col.note_count() == 2 * n  # the list's notes are its own
    assert anki.col.card_count() == n + 3 * n  # own: forward; list: forward, reverse, cloze
    notes = anki.notes()
    # The student's own note keeps the student's gloss; the list's note has the list's.
    assert senses(notes[note_guid("agent")]["Gloss"]) == "智能体"
    decks = {anki.col.decks.name(c.did) for c in notes[note_guid("agent")].cards()}
    assert decks == {"vocab_app"}
    list_notes = [n for g, n in notes.items() if g not in {note_guid(w) for w, _ in WORDS}]
    assert {senses(n["Gloss"]) for n in list_notes if n["Term"] == "agent"} == {
        "智能体 (list gloss)"}
    assert {anki.col.decks.name(c.did) for n in list_notes for c in n.cards()} == {"Week 1"}


def test_importing_a_list_deck_changes_none_of_the_students_notes(col, anki, tmp_path):
    _ids, _lid, own, listed = own_and_list_decks(col, tmp_path)
    anki.import_apkg(own.path)
    before = {g: (n.mod, list(n.fields)) for g, n in anki.notes().items()}
    log = anki.import_apkg(listed.path).log
    assert len(log.updated) == 0 and len(log.new) == len(WORDS)
    after = anki.notes()
    assert {g: (after[g].mod, list(after[g].fields)) for g in before} == before


def test_a_newer_version_of_a_list_updates_exactly_that_lists_note(col, anki, tmp_path):
    ids, lid, own, listed = own_and_list_decks(col, tmp_path)
    anki.import_apkg(own.path)
    anki.import_apkg(listed.path)
    lib = lib_at(col, datetime(2026, 3, 12, tzinfo=timezone.utc))
    lib.lists.set_gloss(lid, ids["latency"], "时延 (list gloss)")
    newer = lib.export.apkg(tmp_path / "list2.apkg", list_id=lid, reverse=True, cloze=True)
    log = anki.import_apkg(newer.path).log
    # (the log shows fields as plain text: the senses, then the pinyin line)
    assert [(n.fields[0], n.fields[1].startswith("时延 (list gloss)")) for n in log.updated] == [
        ("latency", True)]
    assert len(log.new) == 0
    assert anki.col.note_count() == 2 * len(WORDS)
    assert senses(anki.notes()[note_guid("latency")]["Gloss"]) == "延迟"  # the student's own note
    assert anki.blank_cards() == []


def test_a_term_without_gloss_gets_no_blank_reverse_card(col, anki, tmp_path):
    fill(col)
    col.add_term("backpropagation，反向传播", ())  # a list line whose gloss was lost
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    report = lib.export.apkg(tmp_path / "r.apkg", reverse=True)
    anki.import_apkg(report.path)
    assert anki.blank_cards() == []
    assert report.cards == anki.col.card_count() == 2 * len(WORDS) + 1
    # Anki generates no further card for any note: our card set is Anki's own.
    nids = anki.col.find_notes("")
    anki.col.after_note_updates(nids, mark_modified=False, generate_cards=True)
    assert anki.col.card_count() == report.cards


def test_pronunciation_shows_under_the_term_on_the_card(col, anki, tmp_path):
    ids = fill(col)
    col.db.execute("UPDATE terms SET pronunciation = '/ˈeɪ.dʒənt/' WHERE id = ?",
                   [ids["agent"]])
    col.db.conn.commit()
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    anki.import_apkg(lib.export.apkg(tmp_path / "p.apkg", reverse=True).path)
    notes = anki.notes()
    agent = notes[note_guid("agent")]
    assert agent["Pronunciation"] == "/ˈeɪ.dʒənt/"
    forward = next(c for c in agent.cards() if c.ord == 0)
    assert visible(forward.question()) == "agent /ˈeɪ.dʒənt/"
    reverse = next(c for c in agent.cards() if c.ord == 1)
    assert "/ˈeɪ.dʒənt/" not in visible(reverse.question())
    assert "agent /ˈeɪ.dʒənt/" in visible(reverse.answer())
    token = next(c for c in notes[note_guid("token")].cards() if c.ord == 0)
    assert visible(token.question()) == "token"
    assert "vocab-pron" not in token.question().split("</style>")[-1]


def test_exporting_without_reverse_after_exporting_with_it_leaves_no_blank_card(
        col, anki, tmp_path):
    ids = fill(col)
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    first = lib.export.apkg(tmp_path / "1.apkg", reverse=True, cloze=True)
    anki.import_apkg(first.path)
    # Later the learner unticks both options and edits one gloss.
    lib.clock.advance(days=1)
    lib.update_gloss(sense_of(col, ids["agent"]), "代理")
    second = lib.export.apkg(tmp_path / "2.apkg")
    log = anki.import_apkg(second.path).log
    assert [n.fields[0] for n in log.updated] == ["agent"]
    assert anki.blank_cards() == []
    assert second.cards == first.cards == anki.col.card_count() == 3 * len(WORDS)
    # The other order: a profile that gets the later package first, then the earlier one.
    other = Anki(tmp_path / "other")
    try:
        other.import_apkg(second.path)
        other.import_apkg(first.path)
        assert other.blank_cards() == []
        assert other.col.card_count() == 3 * len(WORDS)
        assert senses(other.notes()[note_guid("agent")]["Gloss"]) == "代理"
    finally:
        other.close()


def test_pinyin_shows_under_the_senses_and_a_corrected_reading_updates_the_note_in_place(
        col, anki, tmp_path):
    from helpers.anki_profile import pinyin_line

    from vocab_app.store.pinyin import set_reading

    fill(col)
    col.term_in_source(col.add_source("Money talk"), "bank run", "银行挤兑",
                              "A bank run starts with rumours.")
    lib = lib_at(col, datetime(2026, 3, 10, tzinfo=timezone.utc))
    anki.import_apkg(lib.export.apkg(tmp_path / "1.apkg", reverse=True, cloze=True).path)
    notes = anki.notes()
    assert pinyin_line(notes[note_guid("world model")]["Gloss"]) == "shìjiè móxíng"
    assert pinyin_line(notes[note_guid("bank run")]["Gloss"]) == "yínháng jǐduì"
    card_ids = {g: sorted(c.id for c in n.cards()) for g, n in notes.items()}
    forward = next(c for c in notes[note_guid("agent")].cards() if c.ord == 0)
    assert "zhìnéng" not in visible(forward.question())  # the answer's reading: on the back
    assert "智能体" in visible(forward.answer()) and "zhìnéng" in visible(forward.answer())
    reverse = next(c for c in notes[note_guid("agent")].cards() if c.ord == 1)
    assert "zhìnéng" not in visible(reverse.question())
    # The learner corrects a reading here; the next export updates that note only, in place.
    set_reading(col.db, "智能体", "zhìnéngtǐ")
    lib.clock.advance(days=1)
    log = anki.import_apkg(lib.export.apkg(tmp_path / "2.apkg", reverse=True, cloze=True)
                           .path).log
    assert [n.fields[0] for n in log.updated] == ["agent"] and len(log.new) == 0
    after = anki.notes()
    assert pinyin_line(after[note_guid("agent")]["Gloss"]) == "zhìnéngtǐ"
    assert {g: sorted(c.id for c in n.cards()) for g, n in after.items()} == card_ids
    assert [m.name for m in anki.col.models.all_names_and_ids()
            if "vocab_app" in m.name] == ["vocab_app term"]
    assert anki.blank_cards() == []
