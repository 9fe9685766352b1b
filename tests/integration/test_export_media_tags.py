"""Issue 12, case 9: Anki media and TTS tag syntax in any exported text shows as literal text in
Anki and plays nothing. The package is imported with Anki's own library and every card of every
card type is rendered."""

from __future__ import annotations

import html
from datetime import datetime, timezone

import pytest
from helpers.anki_profile import Anki, visible
from helpers.collection_factory import Collection

from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
SOUND = "[sound:x.mp3]"
TTS = "[anki:tts lang=en_US]hello[/anki:tts]"
PLAY = "[anki:play:q:0]"


def shown(rendered: str) -> str:
    """The text a browser shows for a rendered card side (markup removed, entities decoded)."""
    return html.unescape(visible(rendered))


@pytest.fixture
def anki(tmp_path):
    a = Anki(tmp_path / "anki")
    yield a
    a.close()


def test_sound_and_tts_tags_in_every_field_play_nothing_and_show_literally(col: Collection,
                                                                          anki, tmp_path):
    src = col.add_source(f"Talk {SOUND}", url="https://youtu.be/q")
    col.term_in_source(
        src, f"echo {SOUND}", f"回声 {TTS}", f"Say echo {SOUND} twice {TTS}.",
        translation=f"说 {SOUND} {TTS}", speaker=f"Speaker {SOUND}",
        notes=f"note {TTS} {SOUND} {PLAY}", reverse=True)
    report = Library(col.db, col.path, FixedClock(NOW)).export.apkg(
        tmp_path / "out.apkg", reverse=True, cloze=True)
    assert report.cards == 3
    anki.import_apkg(report.path)
    cids = anki.col.find_cards("")
    assert len(cids) == 3
    for cid in cids:
        card = anki.col.get_card(cid)
        assert card.question_av_tags() == [] and card.answer_av_tags() == []
        for side in (card.question(), card.answer()):
            assert "[anki:play" not in side
            assert SOUND in shown(side) or TTS in shown(side)
    answer = shown(anki.col.get_card(cids[0]).answer())
    for text in (f"echo {SOUND}", f"回声 {TTS}", f"说 {SOUND} {TTS}", f"Speaker {SOUND}",
                 f"note {TTS} {SOUND} {PLAY}", f"Talk {SOUND}"):
        assert text in answer
