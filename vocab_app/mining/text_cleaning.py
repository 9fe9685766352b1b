"""What mining removes from text as it reads it: terminal escape sequences, control characters,
zero-width, soft-hyphen and bidi characters (issue 12: nothing a term or a gloss carries may move a
terminal's cursor or make a look-alike sense), then NFC."""

from __future__ import annotations

import re
import unicodedata

# What `clean_text` removes: terminal escape sequences (CSI `ESC[…m`, OSC `ESC]…BEL` or
# `ESC]…ESC\\`, two-character `ESC x`, the C1 CSI), then control characters but tab, zero-width
# characters and soft hyphens, and bidirectional controls.
_ESCAPE_RE = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x1b[@-Z\\\\-_]"
    "|\x9b[0-?]*[ -/]*[@-~]"
)
# A zero-width space marks a word break (typography, and web text that wraps long words): between
# letters or digits of a spaced script it becomes a space, `post\u200btraining` → `post training`;
# next to CJK or punctuation, where no space is written, it is simply removed.
_ZWSP_BREAK_RE = re.compile(
    "(?<=[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])\u200b+"
    "(?=[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])"
)
_INVISIBLE_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)

# Spaces of other widths (no-break, thin, narrow no-break, …; not the ideographic space, which
# Chinese text writes as a character of its own) read as a plain space: web pages put a
# no-break space before a bracket (`term&nbsp;(gloss)`), and a term is found across spaces.
_SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")

# Letters a PDF or a Chinese input method writes in other forms: full-width Latin letters and
# digits (`ＧＰＵ`, `ｇｒａｄｉｅｎｔ`) and the Latin ligatures (`ﬁbrosis`). They read as plain
# letters, so the term is found and its card shows the word. (Full-width brackets and commas
# stay: Chinese text writes them.)
_FORMS_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufb00-\ufb06]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_ODD_RE = re.compile("|".join(r.pattern for r in (_INVISIBLE_RE, _SPACES_RE, _FORMS_RE)))


def _plain_form(m: re.Match[str]) -> str:
    ch = m.group()
    return _LIGATURES.get(ch) or chr(ord(ch) - 0xFEE0)  # (full-width: 0xFEE0 above ASCII)


def clean_text(text: str) -> str:
    """`text` as mining reads it: terminal escape sequences, control characters (newline and
    tab kept), zero-width, soft-hyphen and bidi characters removed, spaces of other widths
    made plain spaces, full-width Latin letters and digits and Latin ligatures made plain
    letters, then NFC; a zero-width space between two Latin (Greek, Cyrillic)
    letters or digits becomes a space.

    So `post\u200btraining` reads as `post training` (not `training` cut off), `后\u200d训练` as
    `后训练` (not a look-alike second sense), and nothing a term or gloss carries to a
    terminal can move the cursor, clear the screen or reverse the text around it. Works on a
    line or on many lines at once (the cheap way: one scan of a whole block).
    """
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_RE.sub("", text)
    odd = _ODD_RE.search(text)  # (one scan for the three kinds; most text has none)
    if odd is not None:
        start = odd.start()
        if _INVISIBLE_RE.search(text, start):
            if "\u200b" in text:
                text = _ZWSP_BREAK_RE.sub(" ", text)
            text = _INVISIBLE_RE.sub("", text)
        text = plain_spaces(text)
        if _FORMS_RE.search(text, start):
            text = _FORMS_RE.sub(_plain_form, text)  # (str.translate: ~80 ns a character)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def plain_spaces(text: str) -> str:
    """`text` with spaces of other widths (`&nbsp;`, thin spaces) made plain spaces."""
    if text.isascii() or not _SPACES_RE.search(text):
        return text
    return _SPACES_RE.sub(" ", text)
