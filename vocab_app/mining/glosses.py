"""Gloss extraction: every glossed term of one line of text, with its style and spans.

`find_glosses(text, marks)` scans the brackets of `text` once (brackets.py), then for each
parenthetical decides, cheapest checks first:

1. the head before the bracket (heads.py): a span the author marked (M1), a quoted term, or
   the character right before the bracket, which says which side is which language (a closing
   bracket means no term, rule S3); an IPA transcription in between is the term's (P1);
2. what the bracket holds (bracket_content.py): the gloss cleaned (T1), a pronunciation taken
   out (P1), several equivalents split (E1), an outer gloss cut before a nested one (N1);
3. whether it is noise (noise.py, rules G1–G9);
4. the style (S1): en-zh, zh-en, abbr (two English sides, one abbreviating the other, pair
   normalised to long form → abbreviation) or def (an English note saying what the head means);
5. the term's left boundary, unless the head fixed it: the Latin run for English inside
   Chinese text (B2), the noun phrase in English prose (B4), the abbreviation's long form
   (abbrev.py) or the Chinese term found with jieba on a short window (zh_terms.py, B3, split
   for coordinated glosses, S2; zh_en_pairs.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from vocab_app.mining.abbrev import is_short_form, short_form_side
from vocab_app.mining.bracket_content import (
    LEAD_IN_FIRST,
    MAX_CONTENT,
    Content,
    lead_in_end,
    read_content,
    unquoted,
)
from vocab_app.mining.bracket_equivalents import no_equivalent
from vocab_app.mining.brackets import Parenthetical, is_call, scan_parentheticals
from vocab_app.mining.cancel import POLL_EVERY, CancelCheck, stop_if_cancelled
from vocab_app.mining.def_noise import no_def_term
from vocab_app.mining.def_term_trims import trim_def_term
from vocab_app.mining.document_names import is_type_annotation
from vocab_app.mining.en_idioms import after_subject
from vocab_app.mining.english_abbreviations import names_initial, short_form_head_pairs
from vocab_app.mining.english_pairs import en_en_pairs, en_zh_pairs, make_hit
from vocab_app.mining.example_names import cites_or_computes, lists_names
from vocab_app.mining.figure_legends import is_figure_legend
from vocab_app.mining.gloss_alternatives import english_alternatives
from vocab_app.mining.heads import Head, find_head, whole_line_start
from vocab_app.mining.lang import LATIN_RE, has_cjk, has_latin, strip_span
from vocab_app.mining.latin_runs import latin_run_start
from vocab_app.mining.marked_terms import MarkIndex
from vocab_app.mining.mixed_heads import mixed_head_start
from vocab_app.mining.model import GlossHit
from vocab_app.mining.noise import (
    describes_person,
    english_aside,
    is_joined_initials,
    is_reference_or_number,
    is_sentence,
    is_stage_direction,
)
from vocab_app.mining.numbered_references import is_numbered_reference
from vocab_app.mining.other_names import also_called_after, with_other_name
from vocab_app.mining.parallel_lists import parallel_pairs
from vocab_app.mining.part_of_whole import part_of_whole
from vocab_app.mining.pinyin_readings import reading_free_end, reads_han
from vocab_app.mining.procedure_names import names_procedure_of_no_action
from vocab_app.mining.pronunciation import ipa_after
from vocab_app.mining.proper_names import lists_brands
from vocab_app.mining.rendered_terms import rendered_start
from vocab_app.mining.run_in_headings import after_run_in_heading
from vocab_app.mining.status_marks import is_status_mark, is_usage_mark
from vocab_app.mining.term_limits import bracket_bounds, left_limit
from vocab_app.mining.units import is_unit_symbol, unit_name_start
from vocab_app.mining.zh_en_pairs import mixed_zh_en_pairs, quoted_zh_pair, zh_en_pairs
from vocab_app.mining.zh_mixed_terms import latin_name_start, short_name_lead_in
from vocab_app.mining.zh_numbers import level_name, numbered_label_start
from vocab_app.mining.zh_synonyms import slash_synonyms

_SENTENCE_END = frozenset("。.;；!！?？")


def find_glosses(text: str, marks: Sequence[tuple[int, int]] = (),
                 cancelled: CancelCheck | None = None) -> list[GlossHit]:
    """All glossed terms in `text` (one line, segment or paragraph), in text order.

    `marks` are the spans the author emphasised (`Segment.marks`, markup already removed): a
    marked span right before a bracket is the term (RULES.md M1, marked_terms.py).

    Spans are offsets into `text`. Parentheticals that are not glosses (asides, examples,
    citations, URLs, years, stage directions, biographies, quoted sentences, zh-zh notes,
    pronunciations alone) give nothing; a bracket of several equivalents gives one hit each
    (E1), and a pronunciation in the bracket (or between the term and it) goes to
    `GlossHit.pronunciation` (P1). Never raises on odd input: unbalanced brackets run to the
    end of their sentence. Time is linear in the length of `text`. `cancelled` is polled every
    POLL_EVERY brackets (errors.Cancelled), so a long line does not hold up Cancel.
    """
    parens = scan_parentheticals(text, cancelled)
    if not parens:
        return []
    index = MarkIndex(text, marks) if marks else None
    if len(parens) == 1:  # the common case
        return _glosses_of(text, parens[0], left_limit(text, [], parens[0].open), index, {})
    bounds = bracket_bounds(text, parens)  # (a term never crosses another bracket: S3)
    # Inner brackets first (they open later): an outer gloss stops before an inner bracket
    # that is a gloss itself (N1) or never closes; an aside inside a note stays in the note.
    found: list[list[GlossHit]] = [[]] * len(parens)
    cut_at: dict[int, int] = {}  # opening position → index after its close (-1: unclosed)
    for i in range(len(parens) - 1, -1, -1):
        if i % POLL_EVERY == 0:
            stop_if_cancelled(cancelled)
        p = parens[i]
        found[i] = _glosses_of(text, p, left_limit(text, bounds, p.open), index, cut_at)
        if found[i] or not p.closed:
            cut_at[p.open] = p.end + 1 if p.closed else -1
    return [hit for hits in found for hit in hits]


_LINE_END_RE = re.compile(r"\s*\Z")


def _cut_by_line_end(text: str, p: Parenthetical) -> bool:
    """True when unclosed `p` runs to the end of the text without a sentence end (a bracket
    whose close is on the next line); looks at no more than `p`'s content."""
    if _LINE_END_RE.match(text, p.end) is None:
        return False
    i = p.end
    while i > p.start and text[i - 1].isspace():
        i -= 1
    return i > p.start and text[i - 1] not in _SENTENCE_END


def _glosses_of(text: str, p: Parenthetical, lo: int, marks: MarkIndex | None,
                cut_at: Mapping[int, int]) -> list[GlossHit]:
    if not p.closed and _cut_by_line_end(text, p):
        # cut by the end of the line, not by a sentence end: a bracket whose close is on the
        # next line of a paragraph (`（CPU⏎和内存）`), so where its content ends is unknown
        return []
    if is_call(text, p):  # `glossary('parse', '解析')`: code
        return []
    if p.closed:
        parallel = parallel_pairs(text, p.open, p.start, p.end, lo)
        if parallel:  # S2: `big、bigger（大的、更大的）`, one pair per item of both lists
            return parallel
    head = find_head(text, p, lo, marks)
    if head is None:
        return []
    if head.zh and LATIN_RE.search(text, p.start, min(p.end, p.start + MAX_CONTENT + 1)) is None \
            and mixed_head_start(text, head.end, text[p.start:p.end].strip(), lo) is None:
        # G6: every part would be a Chinese note on a Chinese head (_core_pairs), but for a
        # mixed head (mixed_heads.py); (a part never reaches past MAX_CONTENT: read_content)
        return []
    content = read_content(text, p, cut_at)
    if content is None or not content.parts:
        return []
    if head.zh and (lists_names(text[slice(*content.whole)])
                    or cites_or_computes(text[slice(*content.whole)])):
        return []  # `激活函数（ReLU / Sigmoid）`: names of instances of the head, examples (G2)
    mixed = (short_form_head_pairs(text, head.end, content.parts, lo)
             if content.split and head.zh and head.start is None else [])
    if mixed:  # `ANN 索引（Approximate Nearest Neighbor，近似最近邻索引）`
        hits = mixed
    elif content.split and not head.zh and lists_brands(text[slice(*content.whole)]):
        hits = _pairs(text, head, *content.single, content, lo)  # a drug's brands, one gloss
    elif content.split:
        # E1: one pair per equivalent, but only when every part is one: a bracket mixing an
        # equivalent with a description (`(brand name X, 译名)`) is judged as a whole.
        per_part = _per_part(text, head, content, lo)
        if not head.zh:  # `Endpointing（Turn Detection，对话轮次检测）`: another name
            per_part = with_other_name(text, list(content.parts), per_part)
        # A part that is no equivalent (another name in the head's language, a note, a stray
        # abbreviation) is no pair, and no reason to judge the bracket whole either.
        term = next((h.term for hits in per_part for h in hits), "")
        if head.zh and any(len(text[a:b]) > len(term) > 0 and text[a:b].endswith(term)
                           for a, b in content.parts):
            return []  # `误差（截断误差，Truncation Error）`: the English names a kind of the head
        needed = [hits for hits, skip in zip(
            per_part, no_equivalent(text, content, head.zh, term), strict=True) if not skip]
        if needed and all(needed):
            hits = [h for part in needed for h in part]
            if head.start is None:
                hits = _same_head(text, hits)
        else:
            hits = _pairs(text, head, *content.single, content, lo)
    else:
        hits = _pairs(text, head, *content.parts[0], content, lo)
    if len(hits) == 1 and hits[0].style == "abbr" and not head.zh:
        # `acute lymphoid leukemia (ALL; also called …)`: the other name is a def pair too
        t0, t1 = hits[0].term_span
        hits += also_called_after(text, t0, t1, hits[0].gloss_span[1], content.whole[1])
    pron = content.pronunciation or head.pronunciation
    if not pron and hits and p.closed:  # `facade(外观) 英 /fə'sɑ:d/`: it follows the bracket
        pron = ipa_after(text, p.end + 1)
    if pron:
        hits = [GlossHit(h.term, h.gloss, h.style, h.term_span, h.gloss_span, pron)
                for h in hits]
    return [h for h in hits if not is_numbered_reference(h.term)  # (`Lesson 12 (…)`: G3)
            and not (h.style == "def" and is_figure_legend(h.gloss, text[p.end + 1:p.end + 30]))]


def _per_part(text: str, head: Head, content: Content, lo: int) -> list[list[GlossHit]]:
    """The pairs of each equivalent in a split bracket. Before a Chinese head the fullest
    rendering (not an abbreviation) finds the term once; the other parts take it as found."""
    parts = content.parts
    if not head.zh or head.start is not None:
        return [_pairs(text, head, g0, g1, content, lo, False) for g0, g1 in parts]
    ref = next((i for i, (a, b) in enumerate(parts) if not is_short_form(text[a:b])), 0)
    found = _pairs(text, head, *parts[ref], content, lo, False)
    if len(found) != 1:
        return [found if i == ref else _pairs(text, head, g0, g1, content, lo, False)
                for i, (g0, g1) in enumerate(parts)]
    t0, t1 = found[0].term_span
    fixed = head._replace(start=t0, end=t1, marked=True)
    return [found if i == ref else _pairs(text, fixed, g0, g1, content, lo, False)
            for i, (g0, g1) in enumerate(parts)]


def _without_lead_in(text: str, hit: GlossHit) -> GlossHit:
    t0, t1 = hit.term_span
    n0 = lead_in_end(text, t0, t1)
    if n0 == t0:
        return hit
    return GlossHit(text[n0:t1], hit.gloss, hit.style, (n0, t1), hit.gloss_span)


def _with_latin_name(text: str, hit: GlossHit, lo: int) -> GlossHit:
    """`hit` with its term widened to the brand name before its Chinese part (zh_mixed_terms:
    a short name stands for the whole name)."""
    t0, t1 = hit.term_span
    n0 = latin_name_start(text, t0, lo)
    return hit if n0 == t0 else GlossHit(text[n0:t1], hit.gloss, hit.style, (n0, t1),
                                         hit.gloss_span, hit.pronunciation)


def _same_head(text: str, hits: list[GlossHit]) -> list[GlossHit]:
    """E1: equivalents in one bracket share the head term. Each part found its own boundary;
    all take the one the fullest rendering found (an abbreviation says less about how many
    words the term has: `存进向量数据库（vector database，VDB）` → 向量数据库 for both)."""
    plain = [h for h in hits if h.style != "abbr"]
    if len(plain) < 2:
        return hits
    ref = next((h for h in plain if not is_short_form(h.gloss)), plain[0])
    t0, t1 = ref.term_span
    if any(h.term_span[1] != t1 for h in plain):
        return hits
    return [GlossHit(text[t0:t1], h.gloss, h.style, (t0, t1), h.gloss_span)
            if h.style != "abbr" else h for h in hits]


def _pairs(text: str, head: Head, g0: int, g1: int, content: Content, lo: int,
           whole: bool = True) -> list[GlossHit]:
    """The pairs one gloss part `text[g0:g1]` makes with the head before the bracket; `whole`
    says the part is the bracket's one gloss (not one of several equivalents, E1)."""
    # A lead-in (`也称`, `简称`, `aka`) is judged apart, except before an English note on an
    # English head (`also called …` may open a definition: noise.py judges it whole). The gloss
    # of a one-gloss bracket keeps it (T1: `以下简称“Hub”`), unless it is a label (`英文：`);
    # one of several equivalents loses it (E1: `（Predicate，通常简写为“Pred”）` → Pred).
    lead0 = g0
    if text[g0] in LEAD_IN_FIRST:
        lead = lead_in_end(text, g0, g1)
        if lead != g0 and (head.zh or has_cjk(text[lead:g1]) or (
                has_cjk(text[g0:lead]) and short_form_side(text, head.end, lead, g1))):
            g0 = lead  # (`Collection Set（简称 CSet）`, `GC（全称 Garbage Collection）`)
    q0, q1 = unquoted(text, g0, g1)
    hits = _core_pairs(text, head, q0, q1, content, lo, named=lead0 != g0)
    if head.zh and lead0 != g0 and short_name_lead_in(text[lead0:g0]):
        hits = [_with_latin_name(text, h, lo) for h in hits]
    if whole and lead0 != g0 and text[lead0:g0].rstrip()[-1] not in ":：":
        hits = [GlossHit(h.term, text[lead0:g1], h.style, h.term_span, (lead0, g1))
                if h.gloss_span == (q0, q1) and h.style != "abbr" else h for h in hits]
        # (S1a: an abbr pair's gloss is the short form itself)
    return hits


def _core_pairs(text: str, head: Head, g0: int, g1: int, content: Content,
                lo: int, named: bool) -> list[GlossHit]:
    """`_pairs` for the gloss without lead-in or quotes; `named` says a lead-in (`也称`) said
    the gloss is another name of the head."""
    labelled = content.labelled
    gloss = text[g0:g1]
    if (is_reference_or_number(gloss) and not _one_letter_unit(text, head, gloss, lo)
            and not (head.zh and level_name(text, head.end, gloss, lo))  # `二层网络 (l2)`
            and not (not head.zh and is_joined_initials(gloss))  # `research and development (R&D)`
            and not (not head.zh and names_initial(text, head.end, g1, gloss, lo))  # `(M) cells`
            or is_stage_direction(gloss) or is_type_annotation(gloss, head.zh)
            or is_status_mark(text, head.end, g0, g1)
            or is_usage_mark(text, head.end, g0, g1)):
        return []
    gloss_zh = has_cjk(gloss)
    if head.zh and not gloss_zh and reads_han(text[max(lo, head.end - 8):head.end], gloss):
        return []  # `测试 (cèshì)`: a reading, no gloss (P1)
    if head.zh:
        if gloss_zh or not has_latin(gloss):
            alternatives = (english_alternatives(text, g0, g1)
                            if gloss_zh and not content.split else None)
            if alternatives is None:  # G6: a Chinese note on a Chinese head has no style,
                m0 = mixed_head_start(text, head.end, gloss, lo) if gloss_zh else None
                return [] if m0 is None else [make_hit(text, m0, head.end, g0, g1, "en-zh")]
            first = _core_pairs(text, head, *alternatives[0], content, lo, named)
            if len(first) != 1:  # `（backward propagation或backpropagation）`: same term
                return first
            fixed = head._replace(start=first[0].term_span[0], end=first[0].term_span[1],
                                  marked=True)
            return first + [h for a, b in alternatives[1:]
                            for h in _core_pairs(text, fixed, a, b, content, lo, named)]
        if ":" in gloss:  # `Twitter: …`, `Chapter 3: …`: a label or citation, not a name,
            s0 = numbered_label_start(text, head.end, gloss, lo)  # unless the head has it too
            return [] if s0 is None else [make_hit(text, s0, head.end, g0, g1, "zh-en")]
        w0, w1 = content.whole
        if (english_aside(gloss) or is_sentence(text[w0:w1]) or labelled
                or describes_person(gloss)):
            return []
        if head.marked and head.start is not None:
            parts = slash_synonyms(text, head.start, head.end, gloss)
            return [make_hit(text, a, b, g0, g1, "zh-en")
                    for a, b in parts or [(head.start, head.end)]]
        if head.quoted and head.start is not None:
            return quoted_zh_pair(text, head.start, head.end, g0, g1)
        # A lead-in before the term (`也称目标（targets）`) is no part of it.
        label = _LABEL_TAIL_RE.match(text, content.whole[1]) is not None
        return [_without_lead_in(text, h) for h in zh_en_pairs(text, head.end, g0, g1, lo, label)]

    # English head.
    if head.start is not None:
        t0, t1 = strip_span(text, head.start, head.end)
    else:
        t1 = head.end
        t0 = latin_run_start(text, t1, lo)
    if t0 >= t1 or not any(c.isalpha() for c in text[t0:t1]):
        return []
    if gloss_zh:
        g1 = reading_free_end(text, g0, g1)  # `(参加考试 - cānjiā kǎoshì)`
        # a line that is only the term and its gloss (a table cell, a heading, a list item:
        # `What it is (是什么)`): the author glossed the whole line
        whole = whole_line_start(text, t0, t1, g1, lo) if head.start is None else None
        if whole is not None:
            t0 = whole
        elif head.start is None:  # `老板说 they rolled out（推出）`, `MSE loss（损失）`
            t0 = rendered_start(text, after_subject(text, t0, t1), t1, text[g0:g1])
        return en_zh_pairs(text, t0, t1, g0, g1, head.start is not None or whole is not None, named,
                           content.whole[1] if content.split else None)
    hits = _english_pairs(text, t0, t1, g0, g1, labelled, lo, head, content)
    h0 = after_run_in_heading(text, lo, t1)  # `… Other Causes Low blood pressure (…)`
    if h0 > lo and all(h.style == "def" and h.term_span[0] < h0 for h in hits):
        hits = _english_pairs(text, max(t0, h0), t1, g0, g1, labelled, h0, head, content)
    if not hits and head.start is None and not labelled:
        hits = mixed_zh_en_pairs(text, t0, t1, g0, g1, lo)
    return hits


def _english_pairs(text: str, t0: int, t1: int, g0: int, g1: int, labelled: bool, lo: int,
                   head: Head, content: Content) -> list[GlossHit]:
    """The pairs of an English head and an English note, def terms trimmed (def_term_trims),
    without a procedure's name on a phrase that names no action (procedure_names)."""
    hits = [trim_def_term(text, p, t0 if head.quoted else None)
            for h in en_en_pairs(text, t0, t1, g0, g1, labelled, lo, head.marked, content.split)
            for p in part_of_whole(text, lo, h)]
    return [h for h in hits if not names_procedure_of_no_action(h)
            and not (h.style == "def" and no_def_term(h.term))]


def _one_letter_unit(text: str, head: Head, gloss: str, lo: int) -> bool:
    """True for a one-letter unit symbol after the unit's name (`grams (g)`, `liters (L)`), or
    one with signs (`degrees Celsius (°C)`, `square meters (m2)`), which is a short form
    although it has no word in it."""
    return (len(gloss) <= 6 and not head.zh and is_unit_symbol(gloss)
            and unit_name_start(gloss, text[max(lo, head.end - 40):head.end]) is not None)


#: What may follow the bracket of a label (a heading, a list label, `术语（term）：释义`): its
#: close, then the line's end or a colon; or, for a paragraph that opens by naming its subject,
#: a verb that defines it (`持续性能分析 (Continuous Profiling) 是…`, `至少一次(At least Once)指…`).
_LABEL_TAIL_RE = re.compile(
    r"\s*[)）]\s*(?:[:：]|\Z|是指|是|指|即|表示|意味着|用于|会|可以|能够)")


