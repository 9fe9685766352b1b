"""Two English sides, one abbreviating the other (style abbr, RULES S1a): the shapes of
`en_en_pairs` (english_pairs.py) that pair a short form with its long form, in either order.

- short form first: `SVB (Silicon Valley Bank)`, `KV (Key-Value)`, and a short form that keeps
  its long form's head noun: `PET scan (positron emission tomography scan)`;
- a clipped word and its full form, either order: `evals (evaluations)`;
- a short form with a word shared with its long form: `emission tomography scan (PET scan)`;
- a unit's name and its symbol: `millimeters (mm)`, `grams (g)`, `millimeters of mercury
  (mm Hg)` (units.py);
- long form first: `reinforcement learning (RL)` (abbrev.py finds where the long form starts);
- a short form and its chemical name: `DEET (N, N-diethyl-m-toluamide)` (chemical_names.py);
- a legal text's defined term, `(the FD&C Act)`: the short form names the whole name before it.

The pair is normalised: term = long form, gloss = short form.
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import (
    expands,
    find_long_form,
    initials_match,
    is_lower_short_form,
    is_short_form,
)
from vocab_app.mining.bracket_content import lead_in_end
from vocab_app.mining.chemical_names import is_chemical_name, short_form_of_chemical
from vocab_app.mining.compounds import spells_contraction
from vocab_app.mining.en_words import NP_STOP_WORDS, OBJECT_VERBS
from vocab_app.mining.lang import CJK_RE, cjk_run_start, has_cjk, is_cjk
from vocab_app.mining.model import GlossHit
from vocab_app.mining.one_word_long_forms import compound_word_form
from vocab_app.mining.pronunciation import bracketed_pronunciation
from vocab_app.mining.spelled_initials import misses_initials, wordlike_short_form_start
from vocab_app.mining.units import is_unit_symbol, unit_name_start
from vocab_app.mining.word_shortenings import is_clipping, is_initialism_of

LONG_FORM_REACH = 200  # how much text before a short form may hold its long form


def abbreviation_pairs(text: str, t0: int, t1: int, g0: int, g1: int, lo: int,
                       marked: bool, equivalent: bool = False) -> list[GlossHit] | None:
    """The abbr pair of head `text[t0:t1]` and gloss `text[g0:g1]` (lead-in and trailing note
    already cut off); [] when the gloss is a short form whose long form is not there (no other
    style applies); None when the two sides are no abbreviation pair (try def). `equivalent`
    says the gloss is one of several equivalents in its bracket (E1: `(lr, 学习率)`)."""
    words = text[t0:t1].split()
    last = words[-1] if words else ""
    if marked and len(words) > 1:
        last = ""  # a marked phrase is the term as a whole, not its last word
    gloss = text[g0:g1]
    # Short form first: `SVB (Silicon Valley Bank)`, `KV（Key-Value）`; the hit's term is the
    # long form.
    if is_short_form(last) and (" " in gloss or "-" in gloss
                                or compound_word_form(last, gloss)):
        s0 = t1 - len(last)
        e1 = _long_form_before_note(text, last, g0, g1)
        if e1 is not None:
            # `HNSW (Hierarchical Navigable Small World，Malkov & Yashunin, 2016)`: the long form,
            # then a citation or note after a separator
            return [GlossHit(text[g0:e1], last, "abbr", (s0, t1), (g0, e1))]
        if (expands(last, gloss) and not misses_initials(last, gloss)) or (
                is_chemical_name(gloss) and short_form_of_chemical(last, gloss)):
            # (`DEET (N, N-diethyl-m-toluamide)`: chemical_names.py)
            return [GlossHit(gloss, last, "abbr", (s0, t1), (g0, g1))]
    w0 = None if marked else wordlike_short_form_start(text, gloss, t1, lo)
    if w0 is not None:  # `fragment antigen-binding (Fab)`: a short form like a word
        return [GlossHit(text[w0:t1], gloss, "abbr", (w0, t1), (g0, g1))]
    if (len(words) >= 2 and is_short_form(words[-1]) and words[-2].isupper() and (
            (gloss.startswith(words[-2] + " ") and expands(words[-1], gloss[len(words[-2]) + 1:]))
            or expands(words[-2] + words[-1], gloss))):
        # `AI RMF (AI Risk Management Framework)`: a word shared by both, then the short form;
        # `HPP GC (High Performance Partial Garbage Collection)`: two short forms
        s0 = t1 - len(words[-1]) - len(words[-2]) - 1
        if text[s0:t1] == f"{words[-2]} {words[-1]}" and (not marked or s0 == t0):
            return [GlossHit(gloss, text[s0:t1], "abbr", (s0, t1), (g0, g1))]
    kept = _short_form_with_noun_first(text, t1, g0, g1, words, marked)
    if kept is not None:
        return kept
    # A clipped or contracted word and its full form, either order: `evals (evaluations)`,
    # `checkpoint (ckpt)`.
    if " " not in gloss and (is_clipping(last, gloss) or spells_contraction(last, gloss)):
        return [GlossHit(gloss, last, "abbr", (t1 - len(last), t1), (g0, g1))]
    if " " not in gloss and (is_clipping(gloss, last) or spells_contraction(gloss, last)):
        return [GlossHit(last, gloss, "abbr", (t1 - len(last), t1), (g0, g1))]
    # A short form with a word shared with its long form: `emission tomography scan (PET scan)`;
    # not two short forms of one noun (`CT scan (CAT scan)`: def).
    shared = gloss.split()
    if (len(shared) == 2 and is_short_form(shared[0]) and not marked and last
            and shared[1].lower() == last.lower() and len(words) > 1
            and not is_short_form(words[-2])):
        cut = t1 - len(last)
        rel = find_long_form(shared[0], text[max(lo, cut - LONG_FORM_REACH):cut].rstrip())
        if rel is not None:
            l0 = max(lo, cut - LONG_FORM_REACH) + rel
            if _defined_term(text, g0):
                l0 = whole_name_start(text, l0, lo)
            return [GlossHit(text[l0:t1], gloss, "abbr", (l0, t1), (g0, g1))]
    if len(shared) == 2 and shared[0].isupper() and is_short_form(shared[1]) and not marked:
        # `the AI Risk Management Framework (AI RMF)`: the shared word opens the long form;
        # `High Performance Partial Garbage Collection (HPP GC)`: two short forms
        floor = max(lo, t1 - LONG_FORM_REACH)
        rel = find_long_form(shared[1], text[floor:t1])
        if rel is not None and text.endswith(shared[0] + " ", 0, floor + rel):
            l0 = floor + rel - len(shared[0]) - 1
            return [GlossHit(text[l0:t1], gloss, "abbr", (l0, t1), (g0, g1))]
        rel = find_long_form(shared[0] + shared[1], text[floor:t1])
        if rel is not None:
            return [GlossHit(text[floor + rel:t1], gloss, "abbr", (floor + rel, t1), (g0, g1))]
    # A unit's name and its symbol: `millimeters (mm)`, `beats per minute (bpm)`.
    if is_unit_symbol(gloss) and "/" not in text[g0 - 1:g0] + text[g1:g1 + 1]:
        u0 = t0 if marked else max(lo, t1 - LONG_FORM_REACH)
        rel = unit_name_start(gloss, text[u0:t1])
        if rel is not None and (not marked or rel == 0):
            return [GlossHit(text[u0 + rel:t1], gloss, "abbr", (u0 + rel, t1), (g0, g1))]
    if not marked and _initial_of_word(text, g1, last, gloss):
        # `microfold (M) cells`: one word's initial, which then names the noun after it
        return [GlossHit(last, gloss, "abbr", (t1 - len(last), t1), (g0, g1))]
    # Long form first: `reinforcement learning (RL)`; among equivalents, a short form in
    # lower case when the words before spell it (`Learning Rate (lr, 学习率)`: alone, a lower
    # case word is as likely any word or label, `big salt crystals (bsc)`).
    spelled = _spelled_by_words_before(text, t0 if marked else max(lo, t1 - LONG_FORM_REACH),
                                       t1, gloss)
    if spelled is not None and (not marked or spelled == t0) and (
            equivalent or len(gloss) >= 3 and " " not in text[spelled:t1]):
        # (alone, one hyphenated word whose parts spell it: `parts-per-million (ppm)`)
        return [GlossHit(text[spelled:t1], gloss, "abbr", (spelled, t1), (g0, g1))]
    if is_short_form(gloss) or is_lower_short_form(gloss):
        if text[t1 - 2:t1] in ("'s", "’s") and t1 - 2 > t0:
            t1 -= 2  # `the Food and Drug Administration's (FDA) rules`: the name, not its 's
        if marked:
            if find_long_form(gloss, text[t0:t1]) is not None:
                return [GlossHit(text[t0:t1], gloss, "abbr", (t0, t1), (g0, g1))]
            return []
        floor = max(lo, t1 - LONG_FORM_REACH)
        cjk = CJK_RE.search(text[floor:t1][::-1])  # a long form never spans Chinese text
        if cjk:
            floor = t1 - cjk.start()
        rel = find_long_form(gloss, text[floor:t1])
        if rel is not None:
            l0 = _initial_before(text, floor, floor + rel, t1, gloss)
            if _defined_term(text, g0):
                l0 = whole_name_start(text, l0, floor)
            return [GlossHit(text[l0:t1], gloss, "abbr", (l0, t1), (g0, g1))]
        if floor == lo:
            spoken = _across_pronunciation(text, lo, t1, gloss)
            if spoken is not None:
                return [GlossHit(spoken[0], gloss, "abbr", (spoken[1], t1), (g0, g1))]
        return []
    return None


_WORD_BEFORE_RE = re.compile(r"([A-Za-z][a-z]+)\s+\Z")


def _initial_before(text: str, floor: int, l0: int, t1: int, short: str) -> int:
    """`l0`, or the start of the word right before it when the long form `text[l0:t1]` matched
    a letter of `short` inside a word and that word starts with it: the short form puts the
    qualifier after the noun (`cytotoxic T lymphocytes (TC)`, `helper T cells (TH)`)."""
    initials = {w[0].lower() for w in re.split(r"[\s-]+", text[l0:t1]) if w}
    missing = {c.lower() for c in short if c.isalpha()} - initials
    if missing == {"s"} and short.endswith("s") and short[-2:-1].isupper():
        return l0  # (`specific language models (LMs)`: the plural's s is no word's initial)
    m = _WORD_BEFORE_RE.search(text, max(floor, l0 - 30), l0)
    if (len(missing) != 1 or m is None or m.group(1)[0].lower() not in missing
            or m.group(1).lower() in NP_STOP_WORDS | OBJECT_VERBS
            or m.group(1).endswith("ing")):
        return l0  # (a verb is no qualifier: `produce adenosine triphosphate (ATP)`,
        # `developing myelodysplastic syndrome (MDS)`)
    return m.start(1)


_WORDS_BEFORE_RE = re.compile(r"(?:[A-Za-z][A-Za-z\-]*\s+){1,5}[A-Za-z][A-Za-z\-]*\s*\Z")


def _spelled_by_words_before(text: str, lo: int, t1: int, short: str) -> int | None:
    """Start of the words right before `t1` whose initials spell `short`, a short form in lower
    case or capitalised (abbrev.is_initialism_of: `learning rate (lr)`, `parts-per-million
    (ppm)`); else None."""
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short[1:].islower():
        return None
    m = _WORDS_BEFORE_RE.search(text, max(lo, t1 - 12 * len(short)), t1)
    if m is None:
        return None
    words: list[str] = []  # the last words whose parts are one a letter (`parts-per-million`)
    for word in reversed(text[m.start():t1].split()):
        if sum(len(w.split("-")) for w in words) >= len(short):
            break
        words.insert(0, word)
    start = t1 - len(" ".join(words))
    if text[start:t1] != " ".join(words) or not is_initialism_of(short, " ".join(words)):
        return None
    return start


def _across_pronunciation(text: str, lo: int, t1: int, short: str) -> tuple[str, int] | None:
    """The long form of `short` when a pronunciation bracket (P1) stands inside it, right
    before `lo`: `Antiphospholipid (AN-te-fos-fo-LIP-id) antibody syndrome (APS)` gives
    (`Antiphospholipid antibody syndrome`, start of Antiphospholipid). The pronunciation is
    not part of the term; the term must start before it (else it was found without)."""
    spoken = bracketed_pronunciation(text, lo, 1)
    if spoken is None:
        return None
    opened = spoken[0]
    floor = max(0, opened - LONG_FORM_REACH)
    for bracket in "()（）":
        floor = max(floor, text.rfind(bracket, floor, opened) + 1)
    first = text[floor:opened].rstrip()
    if not first or CJK_RE.search(first) or CJK_RE.search(text, lo, t1):
        return None
    joined = f"{first} {text[lo:t1].strip()}"
    rel = find_long_form(short, joined)
    if rel is None or rel >= len(first):
        return None
    return joined[rel:], floor + rel


_NOUN_AFTER_RE = re.compile(r"[)）] ([a-z]{3,})\b")
#: Words after the bracket that are no noun the letter could qualify (`the arrow (A) and …`).
_NOT_NOUNS = frozenset({
    "and", "but", "nor", "the", "that", "this", "these", "those", "which", "who", "whose",
    "with", "was", "were", "are", "for", "from", "into", "onto", "has", "have", "had", "can",
    "may", "might", "must", "will", "would", "shall", "should", "could", "then", "than", "not",
    "also", "its", "their", "our", "your", "his", "her", "all", "each", "both", "such", "via",
    "where", "when", "while", "because", "since", "after", "before", "under", "over", "does",
    "did", "being", "been", "shows", "show", "see"})
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]*\Z")


def names_initial(text: str, head_end: int, g1: int, gloss: str, lo: int) -> bool:
    """True when the one capital `gloss` (ending at `g1`) is the initial of the word before the
    bracket at `head_end`, which it stands for in a noun after the bracket (`microfold (M)
    cells`): a short form, although a letter alone is usually a label (see _initial_of_word)."""
    if len(gloss) != 1:
        return False
    m = _LAST_WORD_RE.search(text, max(lo, head_end - 40), head_end)
    return m is not None and _initial_of_word(text, g1, m.group(1), gloss)



def _initial_of_word(text: str, g1: int, word: str, gloss: str) -> bool:
    """True for a one-capital short form that is the initial of the one lower-case word before
    its bracket, and that qualifies a noun right after it (`microfold (M) cells`: M cells): a
    letter alone is a label or a variable (`group (A)`) unless it abbreviates that way."""
    return (len(gloss) == 1 and "A" <= gloss <= "Z" and len(word) >= 5 and word.isalpha()
            and word.islower() and word[0] == gloss.lower()
            and (noun := _NOUN_AFTER_RE.match(text, g1)) is not None
            and noun.group(1) not in _NOT_NOUNS)


_DEFINING_THE_RE = re.compile(r"(?:[(（]|\bhereinafter,?|\bas)\s*the\s+\Z", re.I)
#: Capitalised words that open a sentence or clause rather than a name.
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                             "our", "his", "her", "under", "in", "on", "for", "by", "with",
                             "from", "to", "of", "at", "as", "and", "or", "if", "when", "each",
                             "every", "any", "all", "section", "title", "part"})


def _defined_term(text: str, g0: int) -> bool:
    """True when the short form at `g0` follows the formula of a legal text's defined term
    (`(the FD&C Act)`, `(hereinafter the CSA)`): it names the whole name before the bracket."""
    return _DEFINING_THE_RE.search(text, max(0, g0 - 20), g0) is not None


def whole_name_start(text: str, l0: int, lo: int) -> int:
    """Start of the capitalised name whose last words begin at `l0`: a defined term's short
    form stands for the whole name (`the Federal Food, Drug, and Cosmetic Act (the FD&C Act)`:
    `Federal` too, which no letter of FD&C gives). At most three words back, each capitalised
    and no article, preposition or sentence opener."""
    for _ in range(3):
        j = l0
        while j > lo and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > lo and (text[k - 1].isalpha() or text[k - 1] in ".-'’"):
            k -= 1
        word = text[k:j]
        if (k == j or j == l0 or not word[:1].isupper() or not word.rstrip(".").isalpha()
                or word.lower() in _NOT_NAME_WORDS or word.endswith(".")):
            return l0
        l0 = k
    return l0


_NOTE_SEPARATOR_RE = re.compile(r"\s*[,，;；]\s*")


def _long_form_before_note(text: str, short: str, g0: int, g1: int) -> int | None:
    """Where the long form of `short` ends when it is only the first part of the bracket, a
    note or a citation after it (`Hierarchical Navigable Small World, Malkov & Yashunin`): the
    first part's words must give the short form's initials exactly; else None."""
    sep = _NOTE_SEPARATOR_RE.search(text, g0, g1)
    if sep is None or sep.start() == g0:
        return None
    first = text[g0:sep.start()]
    words = first.split()
    if len(words) < 2 or not initials_match(short, words):
        return None
    return sep.start()


def _short_form_with_noun_first(text: str, t1: int, g0: int, g1: int, words: list[str],
                                marked: bool) -> list[GlossHit] | None:
    """`PET scan (positron emission tomography scan)`: a short form and a head noun, glossed by
    the long form that ends in the same noun; the pair is long form → `PET scan`."""
    if len(words) < 2 or (marked and len(words) != 2):
        return None
    short, noun = words[-2], words[-1]
    gloss_words = text[g0:g1].split()
    if (len(gloss_words) < 3 or gloss_words[-1].lower() != noun.lower()
            or not is_short_form(short) or is_short_form(noun)):
        return None
    if not expands(short, " ".join(gloss_words[:-1])):
        return None
    s0 = t1 - len(noun) - 1 - len(short)
    if text[s0:t1] != f"{short} {noun}":
        return None
    return [GlossHit(text[g0:g1], text[s0:t1], "abbr", (s0, t1), (g0, g1))]


_SHORT_BEFORE_ZH_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9\-]{1,9}) ?\Z")
_MAX_ZH_NOUN = 6


def short_form_head_pairs(text: str, head_end: int, parts: tuple[tuple[int, int], ...],
                          lo: int) -> list[GlossHit]:
    """A short form before a Chinese noun, glossed by its long form and a Chinese rendering of
    both (`ANN 索引（Approximate Nearest Neighbor，近似最近邻索引）`): the long form → short form
    (abbr) and the mixed head → the Chinese part (en-zh), when the Chinese part ends with the
    noun after the short form (索引). [] for any other bracket."""
    if len(parts) != 2:
        return []
    z0 = cjk_run_start(text, head_end, max(lo, head_end - _MAX_ZH_NOUN))
    if z0 == head_end or (z0 > lo and is_cjk(text[z0 - 1])):
        return []
    m = _SHORT_BEFORE_ZH_RE.search(text, max(lo, z0 - 12), z0)
    if m is None or not is_short_form(m.group(1)) or (
            m.start(1) > lo and text[m.start(1) - 1].isalnum()):
        return []
    short, noun = m.group(1), text[z0:head_end]
    en = [(a, b) for a, b in parts if not has_cjk(text[a:b])]
    zh = [(a, b) for a, b in parts if has_cjk(text[a:b])]
    rendering = text[slice(*zh[0])] if zh else ""
    if len(en) != 1 or len(zh) != 1 or not rendering.endswith(noun) or (
            len(rendering) <= len(noun)):  # it renders the short form too, not just the noun
        return []
    (e0, e1), (c0, c1) = en[0], zh[0]
    if not initials_match(short, text[e0:e1].split(), permuted=False):
        return []
    s0, s1 = m.start(1), m.end(1)
    return [GlossHit(text[e0:e1], short, "abbr", (s0, s1), (e0, e1)),
            GlossHit(text[s0:head_end], text[c0:c1], "en-zh", (s0, head_end), (c0, c1))]


_TWO_SHORT_RE = re.compile(r"(\S+)(\s+or\s+)(\S+)")


def alternative_short_forms(text: str, t0: int, t1: int, g0: int, g1: int, lo: int,
                            marked: bool) -> list[GlossHit] | None:
    """The abbr pairs of a bracket of two short forms joined by `or` (`electrocardiogram (EKG
    or ECG)`): one per short form whose long form is there (E1); None when the bracket has
    another shape. A short form the words before do not spell is left out (`(HIV or AIDS)`
    after `human immunodeficiency virus` names two things)."""
    m = _TWO_SHORT_RE.fullmatch(text, g0, g1)
    if m is None or not (is_short_form(m.group(1)) and is_short_form(m.group(3))):
        return None
    hits: list[GlossHit] = []
    for a, b in (m.span(1), m.span(3)):
        hits += abbreviation_pairs(text, t0, t1, a, b, lo, marked, True) or []
    return hits


_TAIL_RE = re.compile(r"\s+for short$|\s*[,;].*$", re.I | re.S)


def abbreviation_core(text: str, g0: int, g1: int, short: str) -> tuple[int, int]:
    """The span of `text[g0:g1]` without a lead-in (`or`, `aka`, `hereafter`) or a trailing
    `for short` / `, description`, unless only the whole list spells the short form `short`
    before the bracket (`CHNOPS (carbon, hydrogen, …, and sulfur)`)."""
    g0 = lead_in_end(text, g0, g1, naming=False)
    if is_chemical_name(text[g0:g1]):
        return g0, g1  # `N, N-diethyl-m-toluamide`: its comma is the name's own
    tail = _TAIL_RE.search(text, g0, g1)
    if tail and tail.start() > g0 and not (
            is_short_form(short) and expands(short, text[g0:g1])
            and not expands(short, text[g0:tail.start()])):
        g1 = tail.start()
    return g0, g1
