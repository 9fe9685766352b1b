"""Helpers shared by the readers: line iteration, language tests, choosing a pair's text side,
and a document title when the format has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vocab_app.mining.model import Segment
from vocab_app.mining.readers.marked_text import Marked, join_marked

CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# (`[…][…]*`, not `[…]+`: a pattern that opens with a character class lets the engine skip
# ahead to the next match instead of trying the pattern at every character)
_CJK_CLASS = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_CJK_RUN_RE = re.compile(f"{_CJK_CLASS}{_CJK_CLASS}*")
_OPEN_PAREN_RE = re.compile("[(（]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z]*")
_PAREN_GROUP_RE = re.compile("[(（][^()（）]*[)）]")
_TERMINAL = tuple(".。!！?？:：;；")
_URL_RE = re.compile(r"https?://|www\.", re.I)
# Captioning conventions for sounds and stage directions: square brackets anywhere (`[Music]`,
# `[笑声]`), music notes, and a round bracket that opens a line (`(applause) Thank you`). (Two
# patterns: one opening with a literal in each branch, which the regex engine skips ahead to,
# and the one anchored at the start, tried there only; as one alternation the whole pattern was
# tried at every character of a line.)
_STAGE_RE = re.compile(r"\[[^\[\]\n]{0,80}\](?!\()|【[^【】\n]{0,80}】|♪[^♪\n]{0,300}♪?")
_STAGE_OPENING_RE = re.compile(r"\s*(?:[-–—]|>>)?\s*[(（][^()（）\n]{0,80}[)）]")
_DIALOGUE_RE = re.compile(r"^\s*(?:[-–—]|>>|&gt;&gt;)\s+")


def iter_lines(text: str) -> Iterator[str]:
    """The lines of `text` (newlines already normalised to \\n), without building a list."""
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        yield text[start:end]
        start = end + 1


def cjk_count(text: str) -> int:
    """Number of Chinese ideographs in `text`."""
    if text.isascii():
        return 0
    # Runs, not characters: one match per run of Chinese text instead of one per ideograph.
    return sum(map(len, _CJK_RUN_RE.findall(text)))


def is_chinese(text: str) -> bool:
    """True when `text` reads as a Chinese line (it may hold English glossed terms).

    Parenthesised asides are not counted: `world models (世界模型)` is an English line.
    """
    if "(" in text or "（" in text:
        text = _PAREN_GROUP_RE.sub("", text)
    cjk = cjk_count(text)
    if not cjk:
        return False
    latin_words = len(_LATIN_WORD_RE.findall(text))
    return cjk >= latin_words / 2


def pick_text(first: str, second: str, *, prefer_glosses: bool) -> tuple[str, str]:
    """(text, translation) for two lines that translate each other.

    The Chinese line is the text: that is where this material puts `term(译文)` glosses.
    With `prefer_glosses`, a line with parentheses wins over one without, whatever its language
    (English subtitles annotated with Chinese, under a plain Chinese line).
    """
    if prefer_glosses:
        first_has = bool(_OPEN_PAREN_RE.search(first))
        second_has = bool(_OPEN_PAREN_RE.search(second))
        if first_has != second_has:
            return (first, second) if first_has else (second, first)
    first_zh, second_zh = is_chinese(first), is_chinese(second)
    if second_zh and not first_zh:
        return second, first
    if first_zh and not second_zh:
        return first, second
    return (second, first) if cjk_count(second) > cjk_count(first) else (first, second)


def drop_stage_directions(line: str) -> str:
    """`line` of a caption or transcript without its sound and stage directions and without
    the dialogue dash or `>>` that opens it (captioning conventions, not text)."""
    if "[" in line or "【" in line or "♪" in line or "(" in line or "（" in line:
        # (the opening bracket cannot start where `[`, `【` or `♪` does, nor those elsewhere
        # than they stand: removing it first, then the others, removes what one pass would)
        opening = _STAGE_OPENING_RE.match(line)
        if opening is not None:
            line = line[opening.end():]
        line = _STAGE_RE.sub("", line)
    return _DIALOGUE_RE.sub("", line) if line[:1] in "-–—>&" or line[:1].isspace() else line


def pick_marked(first: Marked, second: Marked, *, prefer_glosses: bool) -> tuple[Marked, Marked]:
    """`pick_text` for lines that carry their emphasis and code spans."""
    text, _ = pick_text(first.text, second.text, prefer_glosses=prefer_glosses)
    return (first, second) if text is first.text else (second, first)


def join_display_lines(lines: list[Marked], sep: str = " ") -> Marked:
    """Join display lines of one cue or paragraph: `sep` between Latin text, nothing between
    two Chinese lines (a line break inside a Chinese sentence is no space)."""
    seps = ["" if is_chinese(a.text[-1:]) and is_chinese(b.text[:1]) else sep
            for a, b in zip(lines, lines[1:], strict=False)]
    return join_marked(lines, seps)


def bilingual_segment(lines: list[Marked], *, index: int, speaker: str | None = None,
                      start: float | None = None, end: float | None = None,
                      sep: str = " ") -> Segment | None:
    """One segment from the text lines of a cue or timed paragraph pair: when it holds both
    Chinese and English lines, the side with glosses is the text (else the Chinese side) and the
    other its translation; otherwise all lines are the text. None when there is no text."""
    lines = [line for line in lines if line.text]
    if not lines:
        return None
    chinese = [is_chinese(line.text) for line in lines]
    zh = [line for line, flag in zip(lines, chinese, strict=True) if flag]
    en = [line for line, flag in zip(lines, chinese, strict=True) if not flag]
    if zh and en:
        body, other = pick_marked(join_display_lines(en, sep), join_display_lines(zh, sep),
                                  prefer_glosses=True)
        return Segment(index=index, text=body.text, marks=body.marks, code=body.code,
                       translation=other.text, translation_marks=other.marks,
                       translation_code=other.code, speaker=speaker, start=start, end=end)
    body = join_display_lines(lines, sep)
    return Segment(index=index, text=body.text, marks=body.marks, code=body.code,
                   speaker=speaker, start=start, end=end)


def display_width(text: str) -> int:
    """Width of `text` counting a Chinese character as two columns."""
    return len(text) + cjk_count(text)


def looks_like_title(line: str) -> bool:
    """A plausible title: long enough, not a sentence, not a link or a list of menu items."""
    line = line.strip()
    return (30 <= display_width(line) <= 200 and not line.endswith(_TERMINAL)
            and not _URL_RE.search(line))


def fallback_title(paragraphs: list[str], default: str) -> str:
    """A title for a document without a heading or title-like line: `default` (the file's
    name). Its first sentence is not a title: on a card it reads as a second context line."""
    return default
