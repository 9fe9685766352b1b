"""The author's own usage settles a Chinese term's left boundary across one document."""

from __future__ import annotations

from dataclasses import replace

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.cancel import CancelCheck, polled
from vocab_app.mining.model import Occurrence


def prefer_known_terms(occurrences: list[Occurrence],
                       cancelled: CancelCheck | None = None) -> list[Occurrence]:
    """The occurrences of one document, a zh-en term that ran long shortened to the term the
    author glossed the same way elsewhere in it, as often or more often: after
    `这个标记器(tokenizer)` (and more like it), `一个子词标记器(tokenizer)` is 标记器 too. The left
    boundary of a Chinese term is the uncertain one; the author's own usage settles it.
    `cancelled()` is polled every POLL_EVERY occurrences (errors.Cancelled)."""
    counts: dict[tuple[str, str], int] = {}
    for occ in polled(occurrences, cancelled):
        if occ.style == "zh-en":
            key = (occ.gloss.casefold(), occ.term)
            counts[key] = counts.get(key, 0) + 1
    if len(counts) < 2:
        return occurrences
    occurrences = _without_stray_short_forms(occurrences)
    by_gloss: dict[str, list[tuple[str, int]]] = {}
    for (gloss, term), n in counts.items():
        by_gloss.setdefault(gloss, []).append((term, n))
    out = []
    for occ in polled(occurrences, cancelled):
        if occ.style == "zh-en":
            gloss = occ.gloss.casefold()
            n = counts[(gloss, occ.term)]
            shorter = [t for t, m in by_gloss[gloss]
                       if len(t) < len(occ.term) and occ.term.endswith(t) and m >= n
                       and not _repeated_in_gloss(occ.term[:len(occ.term) - len(t)], gloss)]
            if shorter:
                term = max(shorter, key=len)
                a, b = occ.term_in_sentence
                occ = replace(occ, term=term, term_in_sentence=(b - len(term), b))
        out.append(occ)
    return out


def _repeated_in_gloss(cut: str, gloss: str) -> bool:
    """True when the part a shortening would cut is Latin words the gloss repeats (`barrier
    对齐（barrier alignment）`: the term is the mixed head, whatever `对齐` is glossed as
    elsewhere)."""
    words = cut.split()
    return bool(words) and cut.isascii() and all(w.casefold() in gloss.split() for w in words)


def _without_stray_short_forms(occurrences: list[Occurrence]) -> list[Occurrence]:
    """The occurrences less a zh-en pair whose short-form gloss the document gives, more often,
    to a Chinese term with no character in common (`标量量化（SQ）` twice and `SQ（标量量化）`,
    then a heading `源码要点（SQ）`: the bracket there says which one the section is about; it
    does not name 源码要点). A short form stands for one thing in one text; both directions
    count as evidence."""
    support: dict[str, dict[str, int]] = {}
    for occ in occurrences:
        if occ.style == "zh-en" and is_short_form(occ.gloss):
            short, term = occ.gloss, occ.term
        elif occ.style == "en-zh" and is_short_form(occ.term):
            short, term = occ.term, occ.gloss
        else:
            continue
        terms = support.setdefault(short, {})
        terms[term] = terms.get(term, 0) + 1
    stray = {(short, term) for short, terms in support.items() if len(terms) > 1
             for term, n in terms.items()
             if any(m > n and not set(other) & set(term) for other, m in terms.items())}
    stray |= _not_the_spelled_out_term(occurrences, support)
    if not stray:
        return occurrences
    return [occ for occ in occurrences
            if not (occ.style == "zh-en" and (occ.gloss, occ.term) in stray)]


def _not_the_spelled_out_term(occurrences: list[Occurrence],
                              support: dict[str, dict[str, int]]) -> set[tuple[str, str]]:
    """(short form, term) pairs of a zh-en gloss that the document spells out for another
    Chinese term: after `服务水平指标（Service Level Indicator）`, `SLI` stands for 服务水平指标,
    so `页面加载时间（SLI）` or `具体的技术指标（SLI）` says what kind of thing the phrase is (an
    example of an SLI), not its name (G). A term sharing half the spelled-out term's characters
    is a variant translation and stays (服务等级指标)."""
    named: dict[str, set[str]] = {}
    by_letters: dict[str, list[str]] = {}  # one look-up per gloss: no short × gloss work
    for short in support:
        by_letters.setdefault(short.casefold(), []).append(short)
    for occ in occurrences:
        if occ.style != "zh-en" or " " not in occ.gloss.strip():
            continue
        # one word a letter, all of them (`Function as a Service` for FaaS)
        letters = "".join(w[0] for w in occ.gloss.split()).casefold()
        for short in by_letters.get(letters, ()):
            named.setdefault(short, set()).add(occ.term)
    return {(short, term) for short, names in named.items() for term in support[short]
            if term not in names
            and all(2 * len(set(name) & set(term)) < len(set(name)) for name in names)}
