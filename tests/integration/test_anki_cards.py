"""The cards of the seed deck as Anki itself renders them (Anki's own library, `anki` on PyPI).

What a learner studying the deck would notice: a cloze that does not print its answer, a
translation of one sentence behind a tap, an answer side that keeps the question where it was,
no miner jargon, a reverse card that does not spell its term, a short front, a source line that
says when and where, Chinese text tagged as Chinese, and siblings buried by the deck's preset.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.anki_profile import Anki, visible

from vocab_app.export.card_text import gloss_lines
from vocab_app.mining.align import display_width
from vocab_app.paths import seed_files
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
_HIDDEN_HINT = re.compile(r'<div[^>]*class="?hint[^>]*style="display: none"[^>]*>.*?</div>'
                          r'|</summary>.*?</details>', re.DOTALL)  # a closed <details> too


def text(rendered: str) -> str:
    """What a rendered side shows, entities decoded."""
    return html.unescape(visible(rendered))


def shown(rendered: str) -> str:
    """What a rendered side shows before any hint is tapped open."""
    return text(_HIDDEN_HINT.sub(" ", rendered))


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    """The seed transcripts mined, exported with reverse and cloze cards, imported into Anki
    with the package's deck presets."""
    folder: Path = tmp_path_factory.mktemp("seed_deck")
    with Library.open(folder / "c.sqlite", clock=FixedClock(NOW)) as lib:
        lib.import_files(seed_files())
        apkg = lib.export.apkg(folder / "seed.apkg", reverse=True, cloze=True).path
    anki = Anki(folder / "anki")
    anki.import_apkg(apkg, presets=True)
    cards = [anki.col.get_card(cid) for cid in anki.col.find_cards("")]
    yield anki, cards
    anki.close()


def test_no_cloze_front_shows_its_answer(deck):
    _, cards = deck
    clozes = [c for c in cards if c.ord == 2]
    assert len(clozes) > 150
    for card in clozes:
        note = card.note()
        answer = text(note["Term"]).lower()  # the long form, for an abbreviation note
        front = text(card.question()).lower()  # the hint's hidden text included
        assert answer not in front, (answer, front)
        assert "[…]" in front
        if "style::abbr" not in note.tags:  # the author's bracket is not left beside the blank
            for gloss in gloss_lines(text(note["Gloss"])):
                assert f"({gloss.lower()})" not in front.replace(" ", ""), (gloss, front)


def test_abbreviation_clozes_ask_for_the_long_form_with_the_abbreviation_as_cue(deck):
    _, cards = deck
    svb = next(c for c in cards if c.ord == 2 and text(c.note()["Term"]) == "Silicon Valley Bank")
    front = shown(svb.question())
    assert "SVB ( […] )" in front.replace("([…])", "( […] )") or "SVB ([…])" in front
    assert "Silicon Valley Bank" not in front


def test_no_front_is_longer_than_400_characters(deck):
    _, cards = deck
    longest = max(cards, key=lambda c: len(shown(c.question())))
    assert len(shown(longest.question())) <= 400, shown(longest.question())


def test_each_translation_is_one_sentence_at_most_twice_the_context(deck):
    anki, _ = deck
    notes = anki.notes().values()
    with_translation = [n for n in notes if n["Translation"]]
    assert len(with_translation) > 150
    for note in with_translation:
        context, translation = text(note["Context"]), text(note["Translation"])
        assert display_width(translation) <= 2 * display_width(context), (context, translation)


def test_the_translation_is_behind_a_tap_and_marks_the_term(deck):
    _, cards = deck
    forward = [c for c in cards if c.ord == 0 and c.note()["Translation"]]
    marked = 0
    for card in forward:
        answer = card.answer()
        translation = text(card.note()["Translation"])
        assert translation not in shown(answer)  # hidden until the hint is tapped
        assert translation in text(answer)
        marked += '<b class="term">' in card.note()["Translation"]
    assert marked > 0.8 * len(forward)


def test_answers_keep_the_question_and_add_below_one_rule(deck):
    _, cards = deck
    for card in cards:
        question, answer = card.question(), card.answer()
        body = answer.split("</style>")[-1]
        assert body.count("<hr") == 1
        above = body.split('<hr id="answer">')[0]
        assert text(above) == text(question), card.note()["Term"]


def test_no_card_shows_a_style_label(deck):
    _, cards = deck
    labels = re.compile(r"(?<![\w-])(?:EN-ZH|ZH-EN|ABBR|DEF|en-zh|zh-en|abbr|def)(?![\w-])")
    for card in cards:
        for side in (card.question(), card.answer()):
            assert not labels.search(text(side).replace(text(card.note()["Context"]), "")), (
                text(side))


def test_a_reverse_prompt_never_spells_its_term(deck):
    _, cards = deck
    reverse = [c for c in cards if c.ord == 1]
    assert reverse
    for card in reverse:
        term = text(card.note()["Term"]).lower()
        assert term not in text(card.question()).lower()


def test_source_line_names_time_and_title_not_a_generic_speaker(deck):
    anki, _ = deck
    notes = list(anki.notes().values())
    assert not any("Speaker" in text(n["Speaker"]) for n in notes)
    timed = [text(n["Source"]) for n in notes if "▶" in n["Source"]]
    assert timed and all(re.match(r"▶ \d+:\d\d · \S", s) for s in timed)
    assert all(len(s) < 70 for s in timed)


def test_chinese_text_is_tagged_as_chinese(deck):
    anki, _ = deck
    note = next(n for n in anki.notes().values() if text(n["Term"]) == "deep learning")
    assert '<span lang="zh-Hans">深度学习</span>' in note["Gloss"]


def test_the_deck_preset_buries_siblings(deck):
    anki, _ = deck
    conf = anki.col.decks.config_dict_for_deck_id(anki.col.decks.id_for_name("vocab_app"))
    assert conf["new"]["bury"] and conf["rev"]["bury"] and conf["buryInterdayLearning"]


OLD_BACK = ('{{FrontSide}}<hr id="answer"><div class="vocab-gloss">{{Gloss}}</div>'
            '{{#Style}}<span class="vocab-style">{{Style}}</span>{{/Style}}')


def older_design(package: Path, out: Path, days: int = 30) -> Path:
    """`package` as an earlier release wrote it: templates with the style label, the reverse
    switch "y", a "Speaker 1" line and everything `days` older (so a later export is newer)."""
    import json
    import sqlite3
    import zipfile

    folder = out.parent / "older"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
    conn = sqlite3.connect(folder / "collection.anki2")
    with conn:
        models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
        for model in models.values():
            model["mod"] -= days * 86400
            for tmpl in model["tmpls"]:
                tmpl["afmt"] = OLD_BACK
        conn.execute("UPDATE col SET models = ?", [json.dumps(models)])
        for nid, flds in conn.execute("SELECT id, flds FROM notes").fetchall():
            fields = flds.split("\x1f")
            fields[6], fields[8] = "Speaker 1", "y" if fields[8] else ""
            conn.execute("UPDATE notes SET flds = ?, mod = mod - ? WHERE id = ?",
                         ["\x1f".join(fields), days * 86400, nid])
    conn.close()
    with zipfile.ZipFile(out, "w") as zf:
        for name in ("collection.anki2", "media"):
            zf.write(folder / name, name)
    return out


def test_a_profile_holding_the_older_design_is_updated_in_place(tmp_path):
    with Library.open(tmp_path / "c.sqlite", clock=FixedClock(NOW)) as lib:
        lib.import_files(seed_files()[2:])
        new = lib.export.apkg(tmp_path / "new.apkg", reverse=True, cloze=True).path
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(older_design(new, tmp_path / "old.apkg"))
        before = {guid: note.cards() for guid, note in anki.notes().items()}
        assert "vocab-style" in anki.col.get_card(anki.col.find_cards("")[0]).answer()
        log = anki.import_apkg(new).log  # Anki's defaults: "update if newer", no merging
        assert len(log.new) == 0 and len(log.updated) == len(before)
        ours = [m.name for m in anki.col.models.all_names_and_ids() if "vocab_app" in m.name]
        assert ours == ["vocab_app term"]  # the note type updated, not copied
        after = anki.notes()
        assert {g: [c.id for c in n.cards()] for g, n in after.items()} == {
            g: [c.id for c in cards] for g, cards in before.items()}  # same cards, progress kept
        for cid in anki.col.find_cards(""):
            answer = anki.col.get_card(cid).answer()
            assert "vocab-style" not in answer and "Speaker 1" not in text(answer)
        assert anki.blank_cards() == []
    finally:
        anki.close()


def test_tap_labels_follow_the_card_language_and_a_language_change_updates_in_place(tmp_path):
    """Anki's {{hint:Translation}} would show the field name: our own <details> tap reads
    the card language's label, and switching the card language updates the note type already
    in Anki (no copy of it, no duplicate notes) while the notes, whose fields did not change,
    are left alone (the note type has a stamp of its own: Anki takes it only when newer)."""
    import dataclasses

    with Library.open(tmp_path / "c.sqlite", clock=FixedClock(NOW)) as lib:
        lib.import_files(seed_files())
        lib.save_settings(dataclasses.replace(lib.settings, card_language="en"))
        english = lib.export.apkg(tmp_path / "en.apkg").path
        lib.save_settings(dataclasses.replace(lib.settings, card_language="zh_CN"))
        chinese = lib.export.apkg(tmp_path / "zh.apkg").path  # same fields
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(english)
        before = {guid: [c.id for c in note.cards()] for guid, note in anki.notes().items()}
        cards = [anki.col.get_card(cid) for cid in anki.col.find_cards("")]
        translated = [c for c in cards if c.ord == 0 and c.note()["Translation"]]
        assert translated and all(">Translation</summary>" in c.answer() for c in translated)
        mods = {guid: note.mod for guid, note in anki.notes().items()}
        log = anki.import_apkg(chinese).log  # Anki's defaults: "update if newer"
        assert len(log.new) == 0 and len(log.updated) == 0  # the notes' content is the same
        assert {guid: note.mod for guid, note in anki.notes().items()} == mods
        ours = [m.name for m in anki.col.models.all_names_and_ids() if "vocab_app" in m.name]
        assert ours == ["vocab_app term"]  # the note type updated, not copied
        after = {guid: [c.id for c in note.cards()] for guid, note in anki.notes().items()}
        assert after == before
        cards = [anki.col.get_card(cid) for cid in anki.col.find_cards("")]
        for card in cards:
            answer = card.answer()
            if card.ord == 0 and card.note()["Translation"]:
                assert '<span lang="zh-Hans">译文</span></summary>' in answer
                assert text(card.note()["Translation"]) not in shown(answer)  # behind the tap
            assert not re.search(r"\b(Translation|Hint)\b", visible(answer)), answer
    finally:
        anki.close()
