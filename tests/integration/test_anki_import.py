"""Every exported package is imported by Anki's own library into a fresh collection and read back.

Anki (AGPL) is a test oracle only. What a user would notice: the notes and cards they chose, the
fields and tags, markup arriving as text, progress carried over, and a second export updating
the same notes instead of duplicating them.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone

import pytest
from helpers.anki_profile import Anki, senses
from helpers.collection_factory import Collection
from library_helpers import can_unshare, run_in_namespace

from vocab_app.errors import ExportError
from vocab_app.export.apkg import note_guid
from vocab_app.services.clock import FixedClock, SystemClock
from vocab_app.services.library import Library

URL = "https://www.youtube.com/watch?v=abc123"
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)


def library(c: Collection, clock=None) -> Library:
    return Library(c.db, c.path, clock or FixedClock(NOW))


def fill(c: Collection) -> dict[str, int]:
    """Three terms over two sources: a timestamped transcript and an article."""
    talk = c.add_source("AI Talk: episode 1", url=URL)
    article = c.add_source("Scaling notes")
    ids = {
        "world model": c.term_in_source(
            talk, "world model", "世界模型", "We need a world model to plan.",
            translation="我们需要一个世界模型来规划。", speaker="Speaker 2", start=125.7,
            tags="ai"),
        "RLHF": c.term_in_source(article, "RLHF", "人类反馈的强化学习",
                                 "RLHF made chat models helpful.", style="zh-en"),
    }
    ids["scaffolding"] = c.add_term("scaffolding", ("脚手架式系统封装", "脚手架式设计"))
    return ids


@pytest.fixture
def anki(tmp_path):
    a = Anki(tmp_path / "anki")
    yield a
    a.close()


def test_every_term_arrives_with_its_fields_tags_and_timestamped_link(col, anki, tmp_path):
    fill(col)
    report = library(col).export.apkg(tmp_path / "out.apkg", deck_name="AI vocab")
    assert (report.notes, report.cards) == (3, 3)
    anki.import_apkg(report.path)
    notes = anki.notes()
    assert len(notes) == 3
    wm = notes[note_guid("world model")]
    assert wm["Term"] == "world model"
    assert senses(wm["Gloss"]) == "世界模型"
    assert wm["Context"] == 'We need a <b class="term">world model</b> to plan.'
    assert wm["Translation"] == ('<span lang="zh-Hans">我们需要一个</span><b class="term">'
                                 '<span lang="zh-Hans">世界模型</span></b>'
                                 '<span lang="zh-Hans">来规划。</span>')
    assert wm["Source"] == f'<a href="{URL}&amp;t=125s">▶ 2:05 · AI Talk: episode 1</a>'
    assert wm["Speaker"] == ""  # "Speaker 2" names nobody
    assert set(wm.tags) == {"ai", "source::AI_Talk:_episode_1", "style::en-zh"}
    assert notes[note_guid("scaffolding")]["Gloss"] == (
        '<span lang="zh-Hans">脚手架式系统封装<br>脚手架式设计</span>'
        '<div class="vocab-pron vocab-pinyin">jiǎoshǒujià shì xìtǒng fēngzhuāng; '
        'jiǎoshǒujià shì shèjì</div>')  # the senses, and their pinyin under them
    assert notes[note_guid("rlhf")]["Source"] == "Scaling notes"
    assert {anki.col.decks.name(c.did) for n in notes.values() for c in n.cards()} == {
        "AI vocab"}


@pytest.mark.parametrize(("reverse", "cloze", "per_note"), [
    (False, False, {"world model": 1, "scaffolding": 1}),
    (True, False, {"world model": 2, "scaffolding": 2}),
    (False, True, {"world model": 2, "scaffolding": 1}),  # no context sentence, no cloze card
    (True, True, {"world model": 3, "scaffolding": 2}),
])
def test_cards_per_note_follow_the_chosen_options(col, anki, tmp_path, reverse, cloze, per_note):
    fill(col)
    report = library(col).export.apkg(tmp_path / "o.apkg", reverse=reverse, cloze=cloze)
    anki.import_apkg(report.path)
    notes = anki.notes()
    for key, n in per_note.items():
        assert len(notes[note_guid(key)].cards()) == n
    assert report.cards == anki.col.card_count()
    if cloze:
        card = next(c for c in notes[note_guid("world model")].cards() if c.ord == 2)
        question = card.question()
        assert "[…]" in question and "world model" not in question.split("</style>")[-1]


def test_markup_quotes_and_braces_arrive_as_literal_text(col, anki, tmp_path):
    src = col.add_source("Tricky & <b>bold</b>")
    nasty = '<script>alert("x")</script> & {{Gloss}}'
    col.term_in_source(src, nasty, "SECRET", f"Before {nasty} after.", key="nasty")
    report = library(col).export.apkg(tmp_path / "o.apkg", reverse=True)
    anki.import_apkg(report.path)
    note = anki.notes()[note_guid("nasty")]
    forward = next(c for c in note.cards() if c.ord == 0)
    front = forward.question().split("</style>")[-1]
    assert "<script>" not in front
    assert "SECRET" not in front  # {{Gloss}} in the term is text, not a field reference
    assert "&lt;script&gt;" in front and "&amp;" in front
    assert note["Term"] == ("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                            "&#123;&#123;Gloss&#125;&#125;")
    assert "<b>" not in note["Source"]


def test_scheduling_is_carried_over_as_review_cards_with_history(col, anki, tmp_path):
    ids = fill(col)
    today = SystemClock().today()
    wm = col.card_id(ids["world model"])
    state = col.review(wm, [5, 5, 4, 5], first_day=today - timedelta(days=60))
    lapsed = col.card_id(ids["RLHF"])
    lapsed_state = col.review(lapsed, [4, 4, 1], first_day=today - timedelta(days=20))
    report = library(col, SystemClock()).export.apkg(tmp_path / "s.apkg", with_scheduling=True)
    assert report.scheduled == 2
    anki.import_apkg(report.path, scheduling=True)
    notes = anki.notes()
    for card_id, term, st in ((wm, "world model", state), (lapsed, "rlhf", lapsed_state)):
        card = notes[note_guid(term)].cards()[0]
        assert (card.type, card.queue) == (2, 2)
        assert card.ivl == st["interval"]
        assert card.factor == round(st["ef"] * 1000)
        assert card.reps == st["reps"] and card.lapses == st["lapses"]
        due = date.fromisoformat(st["due"])
        assert card.due - anki.col.sched.today == (due - today).days
        log = anki.col.db.all("SELECT id, ease, ivl, factor FROM revlog WHERE cid = ?"
                              " ORDER BY id", card.id)
        ours = col.db.execute("SELECT reviewed_at, grade, after FROM reviews WHERE card_id = ?"
                              " ORDER BY reviewed_at", [card_id]).fetchall()
        assert len(log) == len(ours)
        for (rid, ease, ivl, factor), (at, grade, after) in zip(log, ours, strict=True):
            stamp = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
            assert rid == int(stamp.timestamp() * 1000)
            assert ease == {1: 1, 4: 3, 5: 4}[grade]
            assert ivl == json.loads(after)["interval"]
            assert factor == round(json.loads(after)["ef"] * 1000)
    new_card = notes[note_guid("scaffolding")].cards()[0]
    assert new_card.type == 0
    # Importing the same package again adds no second history.
    before = anki.col.db.scalar("SELECT count(*) FROM revlog")
    anki.import_apkg(report.path, scheduling=True)
    assert anki.col.db.scalar("SELECT count(*) FROM revlog") == before == 7


def test_a_suspended_reviewed_card_stays_suspended_in_anki(col, anki, tmp_path):
    ids = fill(col)
    card = col.card_id(ids["scaffolding"])
    col.review(card, [5, 5], first_day=date.today() - timedelta(days=9))
    col.db.execute("UPDATE cards SET suspended = 1 WHERE id = ?", [card])
    col.db.conn.commit()
    report = library(col, SystemClock()).export.apkg(tmp_path / "s.apkg", with_scheduling=True)
    anki.import_apkg(report.path, scheduling=True)
    imported = anki.notes()[note_guid("scaffolding")].cards()[0]
    assert (imported.type, imported.queue, imported.ivl) == (2, -1, 6)


def test_without_the_option_reviewed_cards_arrive_new(col, anki, tmp_path):
    ids = fill(col)
    col.review(col.card_id(ids["world model"]), [5, 5], first_day=date.today() - timedelta(9))
    report = library(col).export.apkg(tmp_path / "n.apkg")
    anki.import_apkg(report.path, scheduling=True)
    assert {c.type for n in anki.notes().values() for c in n.cards()} == {0}
    assert anki.col.db.scalar("SELECT count(*) FROM revlog") == 0


def test_export_again_after_adding_terms_updates_the_same_notes(col, anki, tmp_path):
    ids = fill(col)
    lib = library(col)
    anki.import_apkg(lib.export.apkg(tmp_path / "1.apkg").path)
    # The learner edits a gloss and mines two more terms.
    col.db.execute("UPDATE senses SET gloss = '世界模型（内部模型）' WHERE term_id = ?",
                   [ids["world model"]])
    col.db.conn.commit()
    src = col.add_source("Second talk")
    col.term_in_source(src, "mixture of experts", "专家混合", "A mixture of experts routes.")
    col.add_term("agent", ("智能体",))
    second = lib.export.apkg(tmp_path / "2.apkg")
    log = anki.import_apkg(second.path).log
    assert len(log.new) == 2
    assert len(log.updated) == 1  # the edited gloss; the two untouched notes are left alone
    assert len(log.duplicate) == 2
    notes = anki.notes()
    assert len(notes) == 5 == anki.col.note_count()
    assert senses(notes[note_guid("world model")]["Gloss"]) == "世界模型（内部模型）"
    guids = anki.col.db.list("SELECT guid FROM notes")
    assert len(guids) == len(set(guids))
    # A third import of the same package changes nothing.
    again = anki.import_apkg(second.path).log
    assert len(again.new) == 0 and anki.col.note_count() == 5


def test_reexport_of_an_unchanged_collection_is_byte_identical(col, tmp_path):
    fill(col)
    lib = library(col)
    a = lib.export.apkg(tmp_path / "a.apkg", reverse=True)
    FixedClock.advance(lib.clock, days=3)
    b = lib.export.apkg(tmp_path / "b.apkg", reverse=True)
    assert a.path.read_bytes() == b.path.read_bytes()
    col.add_term("agent", ("智能体",))
    c = lib.export.apkg(tmp_path / "c.apkg", reverse=True)
    assert c.path.read_bytes() != a.path.read_bytes()


def test_a_teacher_list_exports_in_list_order_with_its_glosses(col, anki, tmp_path):
    ids = fill(col)
    lid = col.add_list("Week 1", [ids["scaffolding"], ids["world model"]],
                       {ids["world model"]: "world model = 世界模型 (list gloss)"})
    report = library(col).export.apkg(tmp_path / "l.apkg", list_id=lid)
    assert report.notes == 2
    anki.import_apkg(report.path)
    notes = anki.notes()
    uid = col.db.execute("SELECT uid FROM lists WHERE id = ?", [lid]).fetchone()[0]
    in_list = ("list", uid)
    assert set(notes) == {note_guid("scaffolding", in_list), note_guid("world model", in_list)}
    assert senses(notes[note_guid("world model", in_list)]["Gloss"]) == (
        "world model = 世界模型 (list gloss)")
    order = anki.col.db.list("SELECT n.sfld FROM cards c JOIN notes n ON n.id = c.nid"
                             " ORDER BY c.due")
    assert order == ["scaffolding", "world model"]
    assert {anki.col.decks.name(c.did) for n in notes.values() for c in n.cards()} == {
        "Week 1"}  # the list's name is the default deck name


def test_one_source_exports_only_its_terms(col, anki, tmp_path):
    fill(col)
    talk = col.db.execute("SELECT id FROM sources WHERE title LIKE 'AI Talk%'").fetchone()[0]
    anki.import_apkg(library(col).export.apkg(tmp_path / "s.apkg", source_id=talk).path)
    assert set(anki.notes()) == {note_guid("world model")}


def test_anki_reads_the_tsv_header_lines(col, anki, tmp_path):
    fill(col)
    out = library(col).export.csv(tmp_path / "t.tsv", dialect="anki-tsv").path
    meta = anki.col.get_csv_metadata(str(out), None)
    assert meta.is_html
    assert meta.tags_column == 10
    assert list(meta.column_labels)[:3] == ["Term", "Gloss", "Style"]
    assert len(meta.preview) >= 3
    assert meta.preview[0].vals[0] == "world model"


def test_unwritable_target_gives_one_sentence_and_no_partial_file(col, tmp_path):
    fill(col)
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="does not exist; choose another place"):
        library(col).export.apkg(blocker / "out.apkg")
    target = tmp_path / "keep.apkg"
    target.write_bytes(b"older export")
    before = sorted(os.listdir(tmp_path))
    (tmp_path / "folder.apkg").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        library(col).export.apkg(tmp_path / "folder.apkg")
    assert sorted(os.listdir(tmp_path)) == sorted([*before, "folder.apkg"])
    assert target.read_bytes() == b"older export"


@pytest.mark.skipif(not can_unshare(), reason="needs a private mount namespace (unshare -m)")
@pytest.mark.parametrize(("mount", "sentence"), [
    ("mount -t tmpfs -o size=16k tmpfs {mnt}", "The disk is full"),
    ("mount -t tmpfs tmpfs {mnt} && mount -o remount,ro {mnt}", "cannot be written to"),
])
def test_full_or_read_only_disk_leaves_nothing_behind(col, tmp_path, mount, sentence):
    for i in range(60):  # enough notes for a package larger than 16 KB
        col.add_term(f"term number {i}", (f"释义 {i} " * 8,))
    col.close()
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    code = (
        "import json, os\n"
        "from vocab_app.services.library import Library\n"
        "from vocab_app.errors import ExportError\n"
        f"lib = Library.open({str(col.path)!r})\n"
        "try:\n"
        f"    lib.export.apkg({str(mnt / 'out.apkg')!r})\n"
        "    msg = None\n"
        "except ExportError as err:\n"
        "    msg = str(err)\n"
        f"print(json.dumps({{'msg': msg, 'left': os.listdir({str(mnt)!r})}}))\n"
    )
    done = run_in_namespace(mount.format(mnt=mnt), code)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["msg"] and sentence in out["msg"]
    assert out["left"] == []
    col.db = Collection.create(col.path).db  # reopened for the fixture's close


def test_new_cards_are_shown_in_the_collections_order(col, anki, tmp_path):
    for word in ("zeta", "alpha", "mid", "beta"):  # first-seen order, not alphabetical
        col.add_term(word)
    anki.import_apkg(library(col).export.apkg(tmp_path / "o.apkg", reverse=True).path)
    rows = anki.col.db.all("SELECT n.sfld, c.ord FROM cards c JOIN notes n ON n.id = c.nid"
                           " ORDER BY c.due, c.ord")
    assert rows == [[w, o] for w in ("zeta", "alpha", "mid", "beta") for o in (0, 1)]
