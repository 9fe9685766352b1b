"""A short label is its own term: a heading, a table cell or a list label that is only a
Chinese name and its English gloss (`| 读已写入（Read Written） |`, `### 非阻塞写（Non-blocking
Write）`). The author named the whole run, so when the term found in it (zh_terms) is shorter
than the gloss, because a one-character verb or adverb inside it (读, 未, 非) cut it as it would
in running text (B3), the whole run is the term."""

from __future__ import annotations

from vocab_app.mining.lang import cjk_run_start
from vocab_app.mining.zh_function_words import STOP_WORDS
from vocab_app.mining.zh_terms import ZhTerm
from vocab_app.mining.zh_tokens import (
    SECTION_NUMBER_RE,
    STOP_FLAGS,
    Tok,
    gloss_units,
    tag_run,
    word_count,
)

#: The longest label taken whole (a longer one may hold a clause: 为什么要做归一化).
_LONGEST = 6
#: Tags that show a clause or a phrase around the name, not the name: pronouns, conjunctions,
#: prepositions, particles, numerals and classifiers, punctuation.
_CLAUSE_FLAGS = (STOP_FLAGS - {"i", "eng"}) | {"m"}  # (an idiom or English word is content)


def whole_label(text: str, term: ZhTerm, gloss: str, lo: int) -> ZhTerm:
    """`term`, or the whole Chinese run it ends when that run is a short label's only text
    (nothing but spaces or a heading number between `lo` and it), no word of it is a function
    word or shows a clause, and `term` is shorter than the gloss."""
    end = term.end
    start = cjk_run_start(text, end, max(lo, end - _LONGEST - 1))
    if end - start > _LONGEST or start >= term.start or SECTION_NUMBER_RE.sub(
            "", text[lo:start], count=1).strip():
        return term
    toks = tag_run(text[start:end])
    if any(w in STOP_WORDS or f in _CLAUSE_FLAGS for w, f in toks):
        return term
    found = [Tok(w, f, 0) for w, f in tag_run(text[term.start:end])]
    return ZhTerm(start, end) if word_count(found) < gloss_units(gloss) else term
