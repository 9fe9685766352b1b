"""What a card says, in plain text: the pieces the Anki cards (export/collect.py) and the app's own
review view (gui/review_card.py, through services/cards.py) both show, so one card reads the same
in both places.

- the context sentence, cut to about 250 characters around the term (mining/sentences.py);
- its translation: one sentence, at most twice as wide as the context sentence (mining/align.py);
- the span a cloze blanks: the term with the author's bracket after it (`deep learning(深度学习)`),
  or for an abbreviation note the long form only, so the abbreviation is the cue;
- a gloss or hint with the term masked where the gloss contains it (a definition that repeats
  the term would give the answer away);
- the source line `▶ 39:43 · Episode title…`, and the speaker only when it is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.align import fit_translation
from vocab_app.mining.sentences import CARD_SENTENCE_LIMIT as CARD_SENTENCE_LIMIT
from vocab_app.mining.sentences import cut_around as cut_around

MASK = "…"
BLANK = "[…]"
TITLE_LIMIT = 36  # characters of a source title on the source line (one line at 400 px)
#: Senses are joined with this in ExportNote.gloss and the store's browse column.
SENSE_SEPARATOR = "; "

# A transcript's label for an unnamed voice: "Speaker 1", "SPEAKER_2", "说话人 2", "B".
_GENERIC_SPEAKER_RE = re.compile(r"(?:speaker|说话人|发言人|spk)[\s_-]*\d*\s*\Z|\d+\Z|[A-Z]\Z",
                                 re.IGNORECASE)
# The author's bracket right after a term (`term (gloss)`, `术语（gloss）`): one level of nesting.
_BRACKET_AFTER_RE = re.compile(r"\s*[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]")
_CLOSE_RE = re.compile(r"[^()（）]*[)）]")
_LATIN_RE = re.compile("[A-Za-z]")
_HYPHENS = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " "})


def card_sentence(sentence: str, span: tuple[int, int] | None,
                  ) -> tuple[str, tuple[int, int] | None]:
    """The context sentence as a card shows it (cut around the term when long), and the span."""
    if span is None:
        return sentence, None
    return cut_around(sentence, span)


def card_translation(translation: str, sentence: str, span: tuple[int, int] | None,
                     term: str, gloss: str) -> str:
    """The translation as a card shows it: the sentence's own, at most twice as wide as the
    sentence the card shows (`card_sentence`), cut to the clauses holding the term or a gloss
    when longer (mining/align.fit_translation)."""
    if not translation:
        return ""
    if len(translation) <= len(sentence) <= CARD_SENTENCE_LIMIT:
        return translation  # fits: at most two columns a character (the common case, quick)
    shown, at = card_sentence(sentence, span)
    position = (at[0] + at[1]) / 2 / len(shown) if at and shown else 0.5
    return fit_translation(translation, shown, (term, *gloss.split(SENSE_SEPARATOR)), position)


def cloze_span(sentence: str, span: tuple[int, int], style: str, term: str) -> tuple[int, int]:
    """The span a cloze card blanks: the term and the author's bracket right after it, so the
    gloss is not left beside the blank; for an abbreviation note (term = long form, gloss = the
    abbreviation) the long form only, also where it stands in the bracket after the
    abbreviation that `span` marks (`SVB (Silicon Valley Bank)`)."""
    lo, hi = span
    if style == "abbr":
        if fold(sentence[lo:hi]) == fold(term.strip()):
            return lo, hi
        near = find_term(sentence, term, max(0, lo - len(term) - 8), hi + len(term) + 8)
        return near if near is not None else (lo, hi)
    after = _BRACKET_AFTER_RE.match(sentence, hi)
    if after is not None:
        return lo, after.end()
    # the term written inside the bracket after its gloss: `深度学习（deep learning）`
    before = sentence[:lo].rstrip()
    if before.endswith(("(", "（")):
        close = _CLOSE_RE.match(sentence, hi)
        if close is not None:
            return lo, close.end()
    return lo, hi


def fold(text: str) -> str:
    """`text` lower-cased with hyphens as spaces (`Trade-off` → `trade off`), one character for
    one wherever lower-casing keeps the length, so offsets in the folded text are offsets in
    `text`."""
    return text.translate(_HYPHENS).lower()


def find_term(text: str, term: str, start: int = 0, end: int | None = None, *,
              folded: str | None = None) -> tuple[int, int] | None:
    """The first span of `term` in text[start:end], case, hyphens and spaces folded (`trade-off`
    finds `Trade off`), or None (also for a term under two characters). `folded` may pass
    `fold(text)` when the caller searches one text for several terms."""
    word = fold(term.strip())
    if len(word) < 2:
        return None
    if folded is None:
        folded = fold(text)
    if len(folded) != len(text):  # a character whose lower case is longer: exact case only
        folded, word = text, term.strip()
    at = folded.find(word, start, len(text) if end is None else end)
    return (at, at + len(word)) if at >= 0 else None


def find_any(text: str, words: tuple[str, ...] | list[str]) -> tuple[int, int] | None:
    """The span of the first of `words` (in their order) found in `text` as `find_term` finds
    them: exactly where it stands as written, else case, hyphens and spaces folded."""
    folded = None
    for word in words:
        at = text.find(word) if len(word) > 1 else -1
        if at >= 0:
            return at, at + len(word)
    if _LATIN_RE.search(text) is None:
        return None  # folding changes only Latin letters and hyphens: nothing more to find
    for word in words:
        if _LATIN_RE.search(word) is None:
            continue
        if folded is None:
            folded = fold(text)
        found = find_term(text, word, folded=folded)
        if found is not None:
            return found
    return None


def mask_term(text: str, term: str) -> str:
    """`text` with every occurrence of `term` replaced by "…" (a gloss that holds its term)."""
    found = find_term(text, term) if text else None
    if found is None:
        return text
    pieces, done = [], 0
    while found is not None:
        pieces += [text[done:found[0]], MASK]
        done = found[1]
        found = find_term(text, term, done)
    return "".join(pieces) + text[done:]


_GLOSSED_RE = re.compile(r"([A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*)*)?\s*[(（]([^()（）]{1,80})[)）]")


def mask_cloze_rest(text: str, term: str, gloss: str) -> str:
    """A cloze sentence's text beside its blank with nothing left that answers it: the term
    masked, and another bracket holding the note's gloss masked with the word before it when
    that word is a form of the term (`game(游戏)` beside a blank for `games`), else its
    content (`…(…)`)."""
    text = mask_term(text, term)
    glosses = {g.lower() for g in gloss_lines(gloss)}
    if not glosses or ("(" not in text and "（" not in text):
        return text
    stem = term[:4].lower()

    def hide(match: re.Match[str]) -> str:
        if match.group(2).strip().lower() not in glosses:
            return match.group()
        word = match.group(1) or ""
        if word and word.lower().startswith(stem):
            return MASK
        return match.group().replace(match.group(2), MASK)

    return _GLOSSED_RE.sub(hide, text)


def gloss_lines(gloss: str) -> list[str]:
    """The senses of a joined gloss, one per line on a card."""
    return [g for g in (s.strip() for s in gloss.split(SENSE_SEPARATOR)) if g] if gloss else []


@lru_cache(maxsize=256)
def speaker_name(speaker: str | None) -> str:
    """The speaker as a card names them: "" for a transcript's generic label (`Speaker 1`)."""
    if not speaker or _GENERIC_SPEAKER_RE.match(speaker.strip()):
        return ""
    return speaker.strip()


def timestamp(seconds: float | None) -> str:
    """'39:43', or '1:02:05' past an hour; '' without a time."""
    if seconds is None or seconds < 0:
        return ""
    whole = int(seconds)
    if whole < 3600:  # (two-digit strings from a table: a format spec costs more per card)
        return f"{whole // 60}:{_TWO_DIGITS[whole % 60]}"
    return f"{whole // 3600}:{_TWO_DIGITS[whole // 60 % 60]}:{_TWO_DIGITS[whole % 60]}"


_TWO_DIGITS = tuple(f"{n:02d}" for n in range(60))


@lru_cache(maxsize=1024)
def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """`title` shortened to `limit` characters at a word end where there is one, with "…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—·") + "…"


def source_label(start: float | None, title: str) -> str:
    """`▶ 39:43 · Episode title…` (the time only where there is one, the title shortened)."""
    return source_line(timestamp(start), short_title(title) if title else "")


def source_line(stamp: str, title: str) -> str:
    """`▶ 39:43 · Episode title…` from a timestamp and a title already shortened (and, for
    HTML, escaped)."""
    if stamp:
        return f"▶ {stamp} · {title}" if title else f"▶ {stamp}"
    return title
