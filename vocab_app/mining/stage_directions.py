"""Chinese stage directions in transcripts (G3): `Right (笑)`, `OK（掌声）`, `yeah (叹气)`.

A subtitle or transcript marks sounds and actions in brackets: 笑, 掌声, 叹气, 音乐 … a closed
class of words. After an English word such a bracket is a gloss only when it translates that
word (`music (音乐)`, `the applause (掌声)`); after a discourse word (`Right`, `OK`) or a whole
cue (`That's a great question (笑)`) it says what the audience heard, and translates nothing
before it. Each direction is listed with the English stems of the words it translates.
"""

from __future__ import annotations

import re

#: Chinese stage direction → English stems (lower case) of the words it translates.
_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "笑": ("laugh", "chuckl", "giggl", "smil", "grin"),
    "大笑": ("laugh",), "笑声": ("laugh", "chuckl", "giggl"), "众笑": ("laugh",),
    "观众笑": ("laugh",), "笑了": ("laugh", "smil"), "微笑": ("smil",),
    "掌声": ("applau", "clap", "ovation"), "鼓掌": ("applau", "clap"),
    "欢呼": ("cheer",), "欢呼声": ("cheer",),
    "音乐": ("music", "soundtrack"), "背景音乐": ("music", "soundtrack"),
    "叹气": ("sigh",), "叹息": ("sigh",), "咳嗽": ("cough",), "清嗓子": ("throat",),
    "停顿": ("paus",), "沉默": ("silen",), "静默": ("silen",),
    "听不清": ("inaudibl", "unintelligibl"), "噪音": ("nois",), "杂音": ("nois",),
    "哭": ("cry", "cried", "sob", "weep"), "哭泣": ("cry", "cried", "sob", "weep"),
    "点头": ("nod",), "摇头": ("shak",),
}
_WORD_RE = re.compile(r"[A-Za-z]+")
_TRIM = " \t.。!！*"


def is_chinese_stage_direction(gloss: str) -> bool:
    """True when the Chinese `gloss` is one of the closed class of transcript stage directions
    (笑, 笑声, 掌声, 鼓掌, 音乐, 叹气, 咳嗽, 停顿, 沉默 …)."""
    return gloss.strip(_TRIM) in _DIRECTIONS


def direction_translates(gloss: str, term: str) -> bool:
    """True when the stage direction `gloss` translates the last word of the English `term`
    (`music (音乐)`, `long pause (停顿)`): then the bracket is a gloss, not a stage direction."""
    stems = _DIRECTIONS.get(gloss.strip(_TRIM))
    words = _WORD_RE.findall(term)
    return stems is not None and bool(words) and words[-1].lower().startswith(stems)
