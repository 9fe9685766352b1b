"""Plain descriptions that are no noun phrase, before a technical term of two words or more in
brackets (RULES.md DEF): a verb phrase after a modal (`babies may be born early (preterm
birth)` → be born early), a noun with an infinitive (`a tube to drain the fluid (chest
drain)`), a plural noun with its relative clause (`cells that do not divide normally (cell
cycle arrest)`). described_terms.description_start finds none of these (its phrase ends at
a preposition or pronoun: `before birth`, `help them breathe`); `clause_start` is asked when
it found nothing.

A one-word note is left out: after a verb phrase it is mostly a remark (`may change over time
(rarely)`) or a tool (`you can run the tests locally (pytest)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import CLOSING, RELATIVES, WORD_RE
from vocab_app.mining.description_words import content_word as _content
from vocab_app.mining.description_words import core_word as _core
from vocab_app.mining.lang import word_set

#: Modals before the bare verb of a description (`may grow slowly before birth`).
_MODALS = word_set("may might can could")
_ARTICLES = word_set("a an the")
#: The longest clause taken, in words (`grow slowly before birth`: 4).
_MAX_CLAUSE = 6
#: Verbs that say only that something happens: the description is the phrase after them.
_LIGHT_VERBS = word_set("occur happen appear exist arise")
#: Words a bare verb after a modal is not (`may also …`, `can not …`, `may be …` is kept).
_NOT_VERBS = word_set("also not never still even only often sometimes usually already")


def clause_start(text: str, start: int, end: int, note: str) -> int:
    """Start of a clause-shaped description ending at `end`, never left of `start`; `end`
    when there is none or the note is one word. The words from there to `end` hold no
    punctuation and no more than six words after the verb, the infinitive's noun or the
    relative's noun."""
    if " " not in note.strip():
        return end
    begin = _clause_start(text, start, end)
    if begin < end and set(note.lower().split()) & set(text[begin:end].lower().split()):
        return end  # `may restart after an update (rolling restart)`: a remark on which kind
    return begin


def _clause_start(text: str, start: int, end: int) -> int:
    words = list(WORD_RE.finditer(text, max(start, end - 160), end))
    n = len(words)
    if n < 2 or words[-1].group()[-1] in CLOSING:
        return end
    for i in range(n - 1, max(-1, n - _MAX_CLAUSE - 3), -1):
        word = words[i].group()
        core = _core(word)
        if i < n - 1 and word[-1] in CLOSING:
            return end
        if i == 0:
            return end
        left = _core(words[i - 1].group())
        if (left in _MODALS and words[i - 1].group()[-1] not in CLOSING and _content(word)
                and core not in _NOT_VERBS and not _participle(core)
                and n - i <= _MAX_CLAUSE):
            if core in _LIGHT_VERBS and i + 1 < n - 1:
                return words[i + 1].start()  # `can occur inside the body`: where, not what
            return words[i].start()  # `may grow slowly before birth`
        if core == "to" and i >= 2 and i + 1 < n and _content(words[i + 1].group()) and (
                _content(words[i - 1].group()) and words[i - 1].group()[-1] not in CLOSING
                and _core(words[i - 2].group()) in _ARTICLES and n - i <= _MAX_CLAUSE):
            return words[i - 1].start()  # `a machine to help them breathe`
        if (core in RELATIVES and i >= 1 and n - i <= _MAX_CLAUSE + 1 and _plural_noun(
                words[i - 1].group())):
            return words[i - 1].start()  # `pregnancies that do not survive to term`
    return end


_PLURAL_RE = re.compile(r"[a-z][a-z\-]{2,}[^s]s")


def _plural_noun(word: str) -> bool:
    """A lower-case plural noun not closed by punctuation (`pregnancies`, `cells`)."""
    return (_content(word) and word[-1] not in CLOSING and _PLURAL_RE.fullmatch(word) is not None
            and not word.endswith(("ous", "ss", "us", "is")))


def _participle(core: str) -> bool:
    """`-ing` and `-ed` forms (`grown` aside): no bare verb after a modal (`feed`, `need` are)."""
    return core.endswith("ing") or (core.endswith("ed") and not core.endswith("eed"))
