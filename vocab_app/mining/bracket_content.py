"""What a bracket holds: its gloss part(s), a pronunciation, and where a nested gloss begins.

`read_content` turns one parenthetical into the spans gloss extraction judges:
- T1 clean-up (surrounding space, a `Note:` label, trailing stray punctuation), and a learner's
  word-class label (`n. 节奏`, `adj. 冗余的`: word_classes.py);
- N1: a bracket that holds its own glossed term (`标签（labels，也称目标（targets））`) ends before
  that inner term: the outer gloss is `labels`, the inner bracket is judged on its own (an
  inner bracket that is no gloss, an aside in a note, stays part of the content);
- P1: pronunciations (`/ˈkeɪdəns/`, `[ˈkeɪdəns]`, `in-FLAM-uh-tor-ee`) are taken out and kept;
- E1: equivalents of different kinds (Chinese, an English abbreviation, other English) separated
  by `，,;；、/` become one part each, their lead-ins (`也称`, `简称`, `aka`, `or`) dropped.
  Parts of one kind stay one gloss (T2: `低垂果实,容易摘的机会`, `脚手架式系统封装/编排`).

Every step looks at no more than `MAX_CONTENT` characters, so a line of thousands of brackets
costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.brackets import Parenthetical
from vocab_app.mining.lang import CJK_RE, has_cjk, has_latin
from vocab_app.mining.noise import (
    clean_span,
    dotted_end,
    note_label_end,
)
from vocab_app.mining.pronunciation import (
    IPA_RE,
    is_ipa,
    is_respelling,
    only_label,
    respelling_after_word,
)
from vocab_app.mining.word_classes import sense_spans, word_class_end
from vocab_app.mining.word_shortenings import (
    is_clipping,
    is_contraction_of,
    is_initialism_of,
    is_partly_shortened,
)

#: A bracket holding more than this is no gloss (the seeds' longest, a def note, has 195).
MAX_CONTENT = 300
#: (` or ` too: `Hybrid Engine or HE` are two equivalents when their kinds differ, E1)
_SEPARATOR_RE = re.compile(r"[,，;；、/]|(?<=\S) or (?=\S)")
_OPEN_RE = re.compile(r"[(（]")
_CLOSE_RE = re.compile(r"[)）]")
#: Characters that may start a separator, an IPA transcription or a respelling.
_SPECIAL_RE = re.compile(r"[,，;；、/\[\-]| or ")
_IPA_START_RE = re.compile(r"[/\[]")
_SPECIAL_OR_OPEN_RE = re.compile(r"[,，;；、/\[\-(（]| or ")
_TRIM = " \t\u3000,，;；、.。:："
#: A spaced dash (or a doubled one) before an explanation: `（背压 — 系统负载…）`.
_EXPLANATION_DASH_RE = re.compile(r"\s(?:—|–|——)\s|——")
#: What an equivalent before such a dash never holds: a clause's punctuation, a formula.
_NOT_EQUIVALENT_RE = re.compile(r"[,，;；。:：=+$%]|\d")
_MAX_EQUIVALENT = 24
#: Words that introduce an equivalent rather than being part of it. Chinese lead-ins that also
#: start ordinary words (即时, 英文版, 或然率) count only before a space, a colon or a Latin
#: letter; English ones only before a space.
#: Chinese lead-ins: a naming verb (称为, 简称, 缩写为, 叫做), maybe after an adverb of habit or
#: place in the text (通常, 也, 以下) and a passive 被: `也称`, `通常缩写为`, `以下简称`,
#: `也被称作`.
_ZH_LEAD_IN = (r"(?:通常|一般|常|也|又|亦|或|以下|下文|后文)?被?"
               r"(?:简称为?|缩写为?|简写为?|称作|称为|称之为|叫做|叫作)"
               r"|(?:也|又|亦|或|俗|全|下)称(?:为|作)?|(?:也|又|还)叫(?:做|作)?|英文缩写")
_ZH_LEAD_IN_FIRST = "通一常也又亦或以下后被简缩称叫俗全还英"
_ZH_LOOSE_LEAD_INS = ("英文全称", "英文名", "英文", "英语", "全称", "全名", "即", "或")
_EN_LEAD_INS = ("or", "aka", "a.k.a.", "a.k.a", "short for", "i.e.,", "i.e.", "hereafter",
                "henceforth", "abbreviated as", "abbreviated")
#: English lead-ins that name another word for the same thing; before an English note they may
#: open a definition (`platelets (also called thrombocytes)`), which noise.py judges whole.
_EN_NAMING = ("also called", "also known as", "also")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _lead_in_re(english: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?:{_ZH_LEAD_IN})\s*[:：]?\s*"
        rf"|(?:{_alternatives(_ZH_LOOSE_LEAD_INS)})(?:\s*[:：]\s*|\s+|(?=[A-Za-z]))"
        rf"|(?:{_alternatives(english)})\s+)",
        re.I)


#: The formula of a legal text's defined term before its short name (`(the FD&C Act)`,
#: `(hereinafter referred to as the CSA)`): no part of the short form.
_EN_DEFINING = ("the", "hereinafter", "hereinafter the", "hereinafter, the",
                "hereinafter referred to as", "hereinafter referred to as the")
_LEAD_IN_RE = _lead_in_re(_EN_LEAD_INS + _EN_NAMING)
_ABBREVIATION_LEAD_IN_RE = _lead_in_re(_EN_LEAD_INS + _EN_DEFINING)
#: First characters of every lead-in: a cheap test before the regex.
LEAD_IN_FIRST = frozenset(
    [ch for w in _ZH_LOOSE_LEAD_INS + _EN_LEAD_INS + _EN_NAMING for ch in (w[0], w[0].upper())]
    + list(_ZH_LEAD_IN_FIRST))
_MAX_PART_WORDS = 8
_MAX_PART_CJK = 16
_MAX_PARTS = 3


class Content(NamedTuple):
    """A bracket's content as gloss extraction sees it.

    `parts` are the gloss spans (offsets into the text): one for a bracket that is one gloss,
    several for a bracket of equivalents of different kinds (E1), none for a bracket that holds
    only a pronunciation. `whole` is the raw content, stripped (for the checks that judge the
    bracket as a whole); `labelled` says a `Note:` label opened it; `nested` that it ended
    before an inner bracket's term; `split` that the parts are separate equivalents."""

    parts: tuple[tuple[int, int], ...]
    whole: tuple[int, int]
    labelled: bool
    pronunciation: str
    nested: bool
    split: bool
    single: tuple[int, int] = (0, 0)  # the one-gloss span when `split` (its parts joined)
    led_in: tuple[bool, ...] = ()  # when `split`: which parts a lead-in (`也称`, `aka`) opened


def lead_in_end(text: str, start: int, end: int, naming: bool = True) -> int:
    """Index after a lead-in (`也称`, `简称`, `英文：`, `aka`, `or`, `also called`) at the start
    of `text[start:end]`, when something follows it; else `start`. Without `naming`, the
    English lead-ins that may open a definition (`also called`) are not taken."""
    m = (_LEAD_IN_RE if naming else _ABBREVIATION_LEAD_IN_RE).match(text, start, end)
    if m and m.end() < end:
        return m.end()
    return start


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "'": "'"}


def unquoted(text: str, g0: int, g1: int) -> tuple[int, int]:
    """The span `text[g0:g1]` without quotes around the whole of it (`“shallow copy”`): quoting
    marks an expression as a term, like quotes around a head (B3), and is no part of it."""
    close = _QUOTE_PAIRS.get(text[g0]) if g1 - g0 > 2 else None
    if close is None or text[g1 - 1] != close:
        return g0, g1
    inner = text[g0 + 1:g1 - 1]
    if text[g0] in inner or close in inner:
        return g0, g1  # `“a” and “b”`: two quoted words, not one quoted gloss
    a, b = g0 + 1, g1 - 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, dotted_end(text, a, b)


def read_content(text: str, p: Parenthetical,
                 cut_at: Mapping[int, int] | None = None) -> Content | None:
    """The gloss part(s) and pronunciation of parenthetical `p`; None when it holds nothing a
    gloss could be (empty, or longer than `MAX_CONTENT` up to its first inner gloss).

    `cut_at` holds the opening positions of inner brackets the content stops before: inner
    glosses (N1) and brackets never closed; so does a bracket that ends the content; other
    inner brackets stay in the content."""
    start, end = p.start, p.end
    end = _before_explanation(text, start, end)
    if end - start <= MAX_CONTENT and _SPECIAL_OR_OPEN_RE.search(text, start, end) is None:
        # The common case: one gloss, nothing to split off, no inner bracket.
        g0, g1 = clean_span(text, start, end)
        g0 = word_class_end(text, g0, g1)
        if g0 >= g1:
            return None
        raw = text[start:end]
        s0 = start + len(raw) - len(raw.lstrip())
        labelled = note_label_end(text, s0, end) != s0
        whole = (s0, start + len(raw.rstrip()))
        if respelling_after_word(text, p.open, raw):
            return Content((), whole, labelled, raw.strip(), False, False)  # `(toe FAY shus)`
        return Content(((g0, g1),), whole, labelled, "", False, False)
    cut_at = cut_at or {}
    inner = _OPEN_RE.search(text, start, min(end, start + MAX_CONTENT + 1))
    nested = inner is not None and (
        (inner.start() in cut_at and not _mid_name(text, inner.start(), cut_at[inner.start()],
                                                   end))
        or (end - start <= MAX_CONTENT and _trailing_bracket(text, inner.start(), end)))
    if inner is not None and nested:
        end = inner.start()
    elif end - start > MAX_CONTENT:
        return None
    raw = text[start:end]
    core = raw.strip()
    if not core:
        return None
    s0 = start + raw.find(core[0])
    whole = (s0, s0 + len(core))
    labelled = note_label_end(text, s0, end) != s0
    g0, g1 = clean_span(text, start, end)
    c0, g0 = g0, word_class_end(text, g0, g1)  # `(n. 节奏；韵律)`: the label is no part of it
    if nested:
        # The outer gloss stops before the inner term: at the last separator before it.
        last = -1
        for m in _SEPARATOR_RE.finditer(text, g0, g1):
            last = m.start()
        if last >= 0:
            g0, g1 = _trim(text, g0, last)
        else:
            g0, g1 = _trim(text, lead_in_end(text, g0, g1), g1)
    if g1 <= g0:
        return None
    if _SPECIAL_RE.search(text, g0, g1) is None:
        # The common case: one gloss, nothing to split off.
        return Content(((g0, g1),), whole, labelled, "", nested, False)
    ipa = [m.span() for m in IPA_RE.finditer(text, g0, g1) if is_ipa(m.group())] if (
        _IPA_START_RE.search(text, g0, g1)) else []
    raw_parts = _split(text, g0, g1, ipa)
    pron: list[str] = []
    parts: list[tuple[int, int]] = []
    after_class: list[tuple[int, int]] = []  # the parts after their word-class labels
    classed: list[bool] = []  # which parts had one
    for a, b in raw_parts:
        label = not parts and g0 != c0
        if ipa:
            a, b = _strip_ipa(text, a, b, ipa, pron)
            a, was = word_class_end(text, a, b), a  # `(/ˈtempəʊ/ n. 速度)`
            label = label or a != was
            if a >= b:
                continue
        if "-" in text[a:b] and is_respelling(text[a:b]):
            pron.append(text[a:b])
            continue
        parts.append((a, b))
        after_class.append((word_class_end(text, a, b), b))
        classed.append(label or after_class[-1][0] != a)
    pronunciation = ", ".join(pron)
    if not parts:
        return Content((), whole, labelled, pronunciation, nested, False)
    senses = sense_spans(text, after_class, classed)
    if senses:  # `(n. 节奏；v. 使有节奏)`: a gloss per labelled sense
        return Content(tuple(senses), whole, labelled, pronunciation, nested, True,
                       (parts[0][0], parts[-1][1]), (False,) * len(senses))
    equivalents = _equivalents(text, parts) if len(parts) > 1 else None
    if equivalents:
        led_in = tuple(e[0] != p[0] for e, p in zip(equivalents, parts, strict=True))
        return Content(tuple(equivalents), whole, labelled, pronunciation, nested, True,
                       (parts[0][0], parts[-1][1]), led_in)
    return Content(((parts[0][0], parts[-1][1]),), whole, labelled, pronunciation, nested,
                   False)


def _before_explanation(text: str, start: int, end: int) -> int:
    """The end of the equivalent when the bracket goes on with an explanation after a spaced
    dash (a glossary's `backpressure（背压 — 系统负载过高时…）`): the card's gloss is the
    equivalent, not the sentence explaining it. Else `end`."""
    if end - start > MAX_CONTENT:
        return end
    dash = _EXPLANATION_DASH_RE.search(text, start, end)
    if dash is None:
        return end
    a, b = _trim(text, start, dash.start())
    rest = text[dash.end():end].strip(_TRIM)
    if not (0 < b - a <= _MAX_EQUIVALENT) or len(rest) <= 2 * (b - a) \
            or _NOT_EQUIVALENT_RE.search(text, a, b):
        return end
    return dash.start()


def _mid_name(text: str, inner: int, after: int, end: int) -> bool:
    """True when the inner gloss bracket at `inner` (closed just before `after`) sits in the
    middle of the outer gloss's name (`Dynamic Programming (DP) Methods`): words go on after
    it, with no separator between. The outer gloss then keeps it verbatim; it stops before an
    inner bracket that ends the content or is followed by a separator (`labels，也称目标
    （targets）`)."""
    if after < 0 or after > end:
        return False  # never closed, or closed past the outer content
    rest = after
    while rest < end and text[rest] in " \t\u3000":
        rest += 1
    return rest < end and text[rest] not in _TRIM and not has_cjk(text[inner:after])


def _trailing_bracket(text: str, inner: int, end: int) -> bool:
    """True when the inner bracket opening at `inner` closes and ends the content (`attention
    (see chapter 3)`): a note on the gloss, which the gloss stops before. An inner bracket in
    the middle of a note (`a protein (see below) that carries oxygen`) stays part of it."""
    close = _CLOSE_RE.search(text, inner + 1, end)
    if close is None or _OPEN_RE.search(text, inner + 1, close.start()) is not None:
        return False
    return not text[close.end():end].strip(_TRIM)


def _split(text: str, a: int, b: int, ipa: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """text[a:b] cut at separators that are not inside an IPA transcription, parts trimmed."""
    parts = []
    for m in _SEPARATOR_RE.finditer(text, a, b):
        pos = m.start()
        if any(i0 <= pos < i1 for i0, i1 in ipa):
            continue
        parts.append(_trim(text, a, pos))
        a = m.end()
    parts.append(_trim(text, a, b))
    return [(x, y) for x, y in parts if x < y]


def _strip_ipa(text: str, a: int, b: int, ipa: list[tuple[int, int]],
               found: list[str]) -> tuple[int, int]:
    """The part text[a:b] without an IPA transcription at its start or end (`/ˈkeɪdəns/ 节奏`)."""
    for i0, i1 in ipa:
        if a <= i0 and i1 <= b:
            found.append(text[i0:i1])
            if only_label(text, a, i0):  # `英 /drɪft/ 美 /drɪft/, 漂移`: labels go with it
                a = i1
            elif text[i1:b].strip() == "":
                b = i0
            a, b = _trim(text, a, b)
    return a, b


def _kind(part: str) -> str:
    """'zh' for a part with Chinese, 'abbr' for one English short form, 'en' for other English,
    '' for anything else (numbers, symbols)."""
    if has_cjk(part):
        return "zh"
    if is_short_form(part):
        return "abbr"
    return "en" if has_latin(part) else ""


def _term_like(part: str, kind: str) -> bool:
    """A part short enough to be one equivalent (whether it is one, an aside or a reference,
    gloss extraction judges: a bracket splits only when every part pairs with the head)."""
    if not kind:
        return False
    if kind == "zh":  # a number with a unit (`2019 年`, `3 个`) is a qualifier, not a name
        return not part[0].isdigit() and len(CJK_RE.findall(part)) <= _MAX_PART_CJK
    return len(part.split()) <= _MAX_PART_WORDS


def _slash_name_before(text: str, parts: list[tuple[int, int]]) -> bool:
    """True when two parts joined by a bare `/` spell a name that the text right before the
    bracket holds (`LeCun/Bengio 初始化（LeCun/Bengio Initialization）`): one name, no
    alternatives."""
    if len(parts) != 2 or text[parts[0][1]:parts[1][0]] != "/":
        return False
    second = text[parts[1][0]:parts[1][1]].split(" ", 1)[0]
    name = text[parts[0][0]:parts[1][0]] + second
    return name in text[max(0, parts[0][0] - 60):parts[0][0]]


def _initial_and_word(short: str, long: str) -> bool:
    """True for the first word's initial joined by a hyphen to the last word (`H-mean` for
    `Harmonic mean`)."""
    head, _, rest = short.partition("-")
    words = long.split()
    return (len(head) == 1 and len(words) == 2 and head.lower() == words[0][0].lower()
            and rest.lower() == words[1].lower())


def _equivalents(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """E1: the parts as separate equivalents, lead-ins dropped, when they are of different
    kinds and each is term-like; else None (the bracket stays one gloss)."""
    if len(parts) > _MAX_PARTS or _slash_name_before(text, parts):
        return None
    spans = [(lead_in_end(text, a, b), b) for a, b in parts]
    words = [text[slice(*unquoted(text, a, b))] for a, b in spans]
    kinds = [_kind(w) for w in words]
    # A word and its clipped form are of different kinds (`Predicate，Pred`), and so are words
    # and a short form in lower case that spells their initials (`learning rate，lr`) or
    # letters of each (`congestion window, cwnd`), or initials and the rest (`Post Training
    # Quantization Dynamic, PTQ Dynamic`).
    kinds = [("abbr" if k == "en" and any(
        is_clipping(w, o) or is_initialism_of(w, o) or is_contraction_of(w, o)
        or _initial_and_word(w, o) or is_partly_shortened(w, o) for o in words if o != w)
        else k)
        for w, k in zip(words, kinds, strict=True)]
    renamed = any(has_cjk(text[a:b]) for (a, _), (b, _) in zip(parts, spans, strict=True))
    if len(set(kinds)) < 2 and not renamed and not (
            kinds[0] == "abbr" and all(" or " in text[b:a] for (_, b), (a, _)
                                       in zip(parts, parts[1:], strict=False))):
        # (`，简称 Attention`: a Chinese lead-in says the part names the head again; two
        # short forms joined by `or` are two names of it: `（ECG or EKG）`)
        return None
    if not all(_term_like(text[a:b], k) for (a, b), k in zip(spans, kinds, strict=True)):
        return None
    return spans
