"""Sentence alignment inside a bilingual segment, so a card shows one sentence and its own
translation rather than the whole paired paragraph.

`SentencePairs(text, translation)` splits both sides into sentences (sentences.py) and aligns
them with the length-based method of Gale and Church (1993): a dynamic programme over beads of
1–1, 1–2, 2–1, 2–2, 1–3, 3–1, 1–0 and 0–1 sentences, each scored by how far its length ratio
strays from the segment's own ratio (Chinese and English lengths differ, so the ratio is
measured on the pair itself) and by the bead's prior probability. Latin words that appear on
both sides (terms the Chinese line quotes in English, names, numbers) are strong anchors: a
bead that keeps them together costs less. When the best alignment is not credible (its mean
cost per bead is high) the translation falls back to the sentences at the same relative
position, capped in length.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from vocab_app.mining.sentences import sentence_spans

Span = tuple[int, int]

# (sentences of text, sentences of translation): prior probability (Gale & Church's Table 5,
# with the 2–2, 1–3 and 3–1 beads that a Chinese line merging English sentences needs).
_BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.80, (1, 2): 0.07, (2, 1): 0.07, (2, 2): 0.02, (1, 3): 0.015, (3, 1): 0.015,
    (1, 0): 0.005, (0, 1): 0.005,
}
_BEAD_LIST = tuple((di, dj, -math.log(p)) for (di, dj), p in _BEADS.items())
_VARIANCE = 8.0  # variance of the length difference per character (G&C measured 6.8)
_ANCHOR_BONUS = 3.0  # cost taken off per Latin word a bead holds on both sides
# Mean cost per bead above which an alignment is not credible. On seed 001, 119 of the 124
# segments with several sentences on both sides align below it, and 9 of 144 segments paired
# with another segment's translation do.
_MAX_MEAN_COST = 1.0
_MAX_CELLS = 40_000  # sentence pairs above which a segment is not aligned at all
FALLBACK_CAP = 300  # characters of translation kept when there is no credible alignment
# On lower-cased text: a word of three characters or more, or a number. (Opening with one
# character class lets the regex engine skip ahead between matches.)
_WORD_RE = re.compile(r"[a-z\d](?:(?<=[a-z])[a-z0-9'’-]{2,}|(?<=\d)\d*(?:[.,]\d+)?)")


def _length(text: str) -> int:
    """Length in UTF-8 bytes: a Chinese character counts as three Latin letters (the segment's
    own length ratio then scales one side to the other)."""
    return len(text.encode("utf-8", "surrogatepass"))


def _anchors(text: str) -> frozenset[str]:
    """Latin words of three letters or more and numbers: what both languages write alike."""
    return frozenset(_WORD_RE.findall(text.lower()))


class SentencePairs:
    """The sentences of `text` and `translation` and how they correspond (see module).

    `text_spans` may pass `sentence_spans(text)` when the caller has it already.
    """

    def __init__(self, text: str, translation: str,
                 text_spans: list[Span] | None = None) -> None:
        self.text = text
        self.translation = translation
        if text_spans is None:
            text_spans = sentence_spans(text)
        self.text_spans = text_spans or [(0, len(text))]
        self._translation_spans: list[Span] | None = None
        self._beads: list[tuple[range, range]] | None | bool = False  # False: not yet aligned
        self._sentence_starts: list[list[int] | None] = [None, None]  # text, translation

    @property
    def translation_spans(self) -> list[Span]:
        """The sentences of `translation` (split on first use)."""
        if self._translation_spans is None:
            self._translation_spans = sentence_spans(self.translation) or [
                (0, len(self.translation))]
        return self._translation_spans

    @property
    def beads(self) -> list[tuple[range, range]] | None:
        """(text sentences, translation sentences) of each bead in order, or None when no
        alignment is credible (aligned on first use)."""
        if self._beads is False:
            self._beads = _align(self.text, self.text_spans, self.translation,
                                 self.translation_spans)
        return self._beads  # type: ignore[return-value]

    def _starts(self, translation: bool) -> list[int]:
        """Where each sentence of the text (of the translation) starts (listed on first use)."""
        found = self._sentence_starts[translation]
        if found is None:
            spans = self.translation_spans if translation else self.text_spans
            found = self._sentence_starts[translation] = [a for a, _ in spans]
        return found

    def translation_of(self, span: Span, *, reverse: bool = False,
                       anchors: tuple[str, ...] = ()) -> str:
        """The translation of the sentence(s) of `text` that `span` touches (of `translation`
        when `reverse`): the aligned sentences, or a capped neighbourhood when none is credible.

        `anchors` are words that may be written alike on both sides (the term and gloss of a
        hit: an English term quoted in a Chinese line): when the aligned sentences hold none and
        a sentence right next to them does, that sentence is taken too (it straddles two).
        """
        if not reverse and len(self.text_spans) == 1:
            return self.translation  # one sentence: the whole translation is its own
        src_text, src_spans, tgt_text, tgt_spans = (
            (self.translation, self.translation_spans, self.text, self.text_spans) if reverse
            else (self.text, self.text_spans, self.translation, self.translation_spans))
        starts = self._starts(reverse)
        lo = max(0, bisect_right(starts, span[0]) - 1)
        hi = max(0, bisect_right(starts, max(span[0], span[1] - 1)) - 1)
        if self.beads is not None:
            first = last = None
            for text_range, translation_range in self.beads:
                src_range, tgt_range = ((translation_range, text_range) if reverse
                                        else (text_range, translation_range))
                if src_range.start <= hi and src_range.stop > lo and tgt_range:
                    first = tgt_range.start if first is None else first
                    last = tgt_range.stop - 1
            if first is not None and last is not None:
                if anchors:
                    first, last = _reach_anchor(anchors, tgt_text, tgt_spans, first, last)
                return tgt_text[tgt_spans[first][0]:tgt_spans[last][1]]
        if len(tgt_text) <= FALLBACK_CAP:
            return tgt_text
        n, m = len(src_spans), len(tgt_spans)
        first = min(m - 1, lo * m // n)
        last = max(first, min(m - 1, -(-(hi + 1) * m // n) - 1))
        if anchors:
            first, last = _reach_anchor(anchors, tgt_text, tgt_spans, first, last)
        window = tgt_text[tgt_spans[first][0]:tgt_spans[last][1]]
        return window if len(window) <= FALLBACK_CAP else window[:FALLBACK_CAP - 1].rstrip() + "…"


def _reach_anchor(anchors: tuple[str, ...], text: str, spans: list[Span], first: int,
                  last: int) -> tuple[int, int]:
    words = [a.lower() for a in anchors if len(a) > 1]

    def holds(lo: int, hi: int) -> bool:
        chunk = text[spans[lo][0]:spans[hi][1]].lower()
        return any(w in chunk for w in words)

    if not words or holds(first, last):
        return first, last
    if last + 1 < len(spans) and holds(last + 1, last + 1):
        return first, last + 1
    if first > 0 and holds(first - 1, first - 1):
        return first - 1, last
    return first, last


def _align(text: str, text_spans: list[Span], translation: str,
           translation_spans: list[Span]) -> list[tuple[range, range]] | None:
    """The best bead sequence, or None when it is not credible or the segment is too big.

    The cost of a bead is its prior plus δ²/2, δ being the length difference in standard
    deviations (the log of Gale & Church's normal density, without its constant), minus the
    anchor bonus. Only cells near the diagonal are visited (a band wide enough for the
    difference in sentence counts), so a segment costs O((n + m) · band).
    """
    n, m = len(text_spans), len(translation_spans)
    if n == 1 or m == 1:
        return [(range(n), range(m))]
    if n * m > _MAX_CELLS:
        return None
    src_len = [_length(text[a:b]) for a, b in text_spans]
    tgt_len = [_length(translation[a:b]) for a, b in translation_spans]
    ratio = max(sum(tgt_len), 1) / max(sum(src_len), 1)
    src_pre = [0.0]
    for v in src_len:
        src_pre.append(src_pre[-1] + v)
    tgt_pre = [0.0]
    for v in tgt_len:
        tgt_pre.append(tgt_pre[-1] + v / ratio)
    shared = _shared_anchors(text, text_spans, translation, translation_spans)
    if n == m and _diagonal_fits(src_pre, tgt_pre, shared):
        return [(range(i, i + 1), range(i, i + 1)) for i in range(n)]
    band = abs(n - m) + 1
    inf = float("inf")
    width = m + 1
    cost = [inf] * ((n + 1) * width)  # cell (i, j) at i * width + j
    back = [0] * ((n + 1) * width)  # the cell a bead came from
    cost[0] = 0.0
    half_var = 2 * _VARIANCE
    bonus = _ANCHOR_BONUS if shared is not None else 0.0
    sums = shared if shared is not None else []
    for i in range(n + 1):
        centre = i * m // n
        s_i = src_pre[i]
        lo_j = centre - band if centre > band else 0
        hi_j = centre + band if centre + band < m else m
        # What a bead ending in row i needs that does not depend on j, beads in _BEAD_LIST
        # order (the first of equal costs wins): its dj, prior, row start, source length and
        # anchor weight.
        row = [(dj, prior, (i - di) * width, s_i - src_pre[i - di],
                bonus if di and dj else 0.0, sums[i - di] if bonus else [])
               for di, dj, prior in _BEAD_LIST if di <= i]
        sums_i = sums[i] if bonus else []
        for j in range(lo_j, hi_j + 1):
            if not (i or j):
                continue
            best, arg = inf, 0
            t_j = tgt_pre[j]
            for dj, prior, base, l1, weight, sums_pi in row:
                pj = j - dj
                if pj < 0:
                    continue
                here = cost[base + pj]
                if here == inf:
                    continue
                l2 = t_j - tgt_pre[pj]
                d = l2 - l1
                mean = (l1 + l2) * 0.5
                total = here + prior + d * d / (half_var * (mean if mean > 1.0 else 1.0))
                if weight:
                    total -= weight * (sums_i[j] - sums_pi[j] - sums_i[pj] + sums_pi[pj])
                if total < best:
                    best, arg = total, base + pj
            cost[i * width + j] = best
            back[i * width + j] = arg
    final = cost[n * width + m]
    if final == inf:
        return None
    beads: list[tuple[range, range]] = []
    i, j = n, m
    while i or j:
        pi, pj = divmod(back[i * width + j], width)
        beads.append((range(pi, i), range(pj, j)))
        i, j = pi, pj
    beads.reverse()
    if final / len(beads) > _MAX_MEAN_COST:
        return None
    return beads


def _diagonal_fits(src_pre: list[float], tgt_pre: list[float],
                   shared: list[list[int]] | None) -> bool:
    """True when sentence i simply translates sentence i all along: every pair's length
    difference is within 1.5 standard deviations and no sentence shares more anchors with a
    neighbour of its partner than with its partner (then the full search would agree)."""
    n = len(src_pre) - 1
    for i in range(n):
        l1 = src_pre[i + 1] - src_pre[i]
        l2 = tgt_pre[i + 1] - tgt_pre[i]
        d = l2 - l1
        if d * d > 2.25 * _VARIANCE * max((l1 + l2) / 2, 1.0):
            return False
    if shared is None:
        return True

    def cell(i: int, j: int) -> int:
        return shared[i + 1][j + 1] - shared[i][j + 1] - shared[i + 1][j] + shared[i][j]

    for i in range(n):
        own = cell(i, i)
        if (i and cell(i, i - 1) > own) or (i + 1 < n and cell(i, i + 1) > own):
            return False
    return True


def _shared_anchors(text: str, text_spans: list[Span], translation: str,
                    translation_spans: list[Span]) -> list[list[int]] | None:
    """Prefix sums over (text sentence, translation sentence) of how many Latin words or
    numbers of the text sentence the translation sentence holds (a block's total in O(1)), or
    None when the text has none. (The text is the side with glosses, where Latin words are
    few: a Chinese line quoting English terms; the other side is only searched.)"""
    lower = text.lower()
    if len(lower) != len(text):  # (a character whose lower case is longer: `İ`)
        src = [_anchors(text[a:b]) for a, b in text_spans]
    else:
        src = [frozenset(_WORD_RE.findall(lower, a, b)) for a, b in text_spans]
    if not any(src):
        return None
    lower = translation.lower()
    if len(lower) != len(translation):
        tgt = [translation[a:b].lower() for a, b in translation_spans]
    else:
        tgt = [lower[a:b] for a, b in translation_spans]
    sums = [[0] * (len(tgt) + 1)]
    for words in src:
        above = sums[-1]
        if not words:
            sums.append(above[:])  # (no count added: the row above again)
            continue
        row = [0]
        run = 0
        for j, other in enumerate(tgt, 1):
            for w in words:
                if w in other:
                    run += 1
            row.append(above[j] + run)
        sums.append(row)
    return sums


#: A card's translation is at most this many times as wide as its context sentence.
MAX_TRANSLATION_RATIO = 2.0
# Where a long translated sentence may be cut: after a clause mark or a sentence end.
_CLAUSE_END_RE = re.compile(r"[,;:，；：、。！？!?](?:[”’\"'」』)）]*)\s*|\.(?:[”’\"'」』)）]*)\s+")
_FINAL = ("…", ".", "。", "!", "?", "！", "？", "”", "\"")
_FOLD_RE = re.compile(r"[\s\-‐‑–]+")


def display_width(text: str) -> int:
    """Columns `text` takes: a Chinese (wide) character counts two, a Latin letter one. (From
    its UTF-8 length: three bytes for a CJK character, one for ASCII.)"""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2


def fit_translation(translation: str, sentence: str, anchors: tuple[str, ...] = (),
                    position: float = 0.5, ratio: float = MAX_TRANSLATION_RATIO) -> str:
    """`translation` cut to the clauses that render `sentence` when it is more than `ratio`
    times as wide (a Chinese line often splits one long spoken English sentence in three): the
    clause holding an anchor (the term or gloss, written alike on both sides), else the clause
    at `position` (0–1, where the term sits in the sentence), widened by its neighbours while
    the whole stays within the budget; cut ends shown as "…". A translation that fits is
    returned as it is."""
    if len(translation) <= len(sentence) and ratio >= 2:
        return translation  # at most two columns a character: it cannot be twice as wide
    budget = int(ratio * display_width(sentence))
    if display_width(translation) <= budget or not translation:
        return translation
    budget -= 2  # room for the "…" at the cut ends
    cuts = [0, *(m.end() for m in _CLAUSE_END_RE.finditer(translation)
                 if m.end() < len(translation)), len(translation)]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]
    centre = _anchor_piece(translation, pieces, anchors)
    if centre is None:
        at = int(position * len(translation))
        centre = next((k for k, (_, b) in enumerate(pieces) if b > at), len(pieces) - 1)
    first = last = centre
    width = display_width(translation[slice(*pieces[centre])])
    grew = True
    while grew:
        grew = False
        for k in (last + 1, first - 1):  # after the clause first: it usually completes it
            if 0 <= k < len(pieces):
                extra = display_width(translation[slice(*pieces[k])])
                if width + extra <= budget:
                    first, last, width = min(first, k), max(last, k), width + extra
                    grew = True
    text = translation[pieces[first][0]:pieces[last][1]].strip()
    if display_width(text) > budget:  # one clause alone is too long: cut it by characters
        text = _cut_chars(text, anchors, budget)
    head = "…" if pieces[first][0] > 0 and not text.startswith("…") else ""
    if pieces[last][1] < len(translation) and not text.endswith(_FINAL):
        return head + text.rstrip(",;:，；：、 ") + "…"
    return head + text


def _anchor_piece(text: str, pieces: list[Span], anchors: tuple[str, ...]) -> int | None:
    """The first piece holding one of `anchors` (case, spaces and hyphens folded), or None."""
    folded = [_FOLD_RE.sub(" ", a).strip().lower() for a in anchors]
    folded = [a for a in folded if len(a) > 1]
    if not folded:
        return None
    for k, (a, b) in enumerate(pieces):
        chunk = _FOLD_RE.sub(" ", text[a:b]).lower()
        if any(word in chunk for word in folded):
            return k
    return None


def _cut_chars(text: str, anchors: tuple[str, ...], budget: int) -> str:
    """`text` cut to about `budget` columns around the first anchor it holds (else its start),
    at spaces where there are any, with "…" at each cut end."""
    lower = text.lower()
    at = min((i for i in (lower.find(a.lower()) for a in anchors if len(a) > 1) if i >= 0),
             default=0)
    chars = max(budget * len(text) // max(display_width(text), 1) - 2, 1)
    start = max(0, min(at - chars // 3, len(text) - chars))
    end = min(len(text), start + chars)
    if start > 0 and " " in text[start:at]:
        start = text.index(" ", start) + 1
    if end < len(text) and " " in text[max(at, start):end]:
        end = text.rindex(" ", max(at, start), end)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
