"""English brackets that look like a def pair but define nothing before them (RULES.md DEF, G1,
G2): the name of a kind of the thing the sentence is about (`When chemotherapy is injected …,
the drugs reach cells throughout the body (systemic chemotherapy)`), a method or instance
after `i.e.` (`confirmatory testing (i.e. mass spectrometry)`), membership of a named whole
(`one small study (part of the Ocular Microbiome project)`), and another name for the thing a
participle's place phrase is about (`a tube inserted into a vein (called intravenous …)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import CONTRAST_WORDS, IRREGULAR_PARTICIPLES, same_word
from vocab_app.mining.en_words import ADVERBS, MODALS, NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import much_rarer

#: The end of the sentence before a description: `.`/`!`/`?` and a space, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_LOWER_WORDS_RE = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)+")
_REACH = 400


def _sentence_before(text: str, lo: int, d0: int) -> str:
    """The part of the sentence before `d0`, never left of `lo`."""
    w0 = max(lo, d0 - _REACH)
    ends = list(_SENTENCE_END_RE.finditer(text, w0, d0))
    return text[ends[-1].end() if ends else w0:d0]


def names_kind_of_sentence_noun(text: str, lo: int, d0: int, t1: int, note: str) -> bool:
    """True when the bracket after the description `text[d0:t1]` is a modifier and a noun that
    the sentence named before the description (`When chemotherapy is placed into a body cavity,
    the drugs affect cancer cells in those areas (regional chemotherapy)`): the bracket names
    the kind of that thing the sentence described, not the words before it."""
    note = note.strip()
    if not _LOWER_WORDS_RE.fullmatch(note):
        return False
    noun = note.rsplit(" ", 1)[1]
    if len(noun) < 5 or noun in text[d0:t1].lower().split():
        return False
    # in either number: `infections that can spread throughout the entire body (disseminated
    # infection)` names the kind of infection, not the body
    forms = {noun, noun + "s", noun + "es", noun.removesuffix("s")}
    return bool(forms & set(re.findall(r"[a-z][a-z\-]*", _sentence_before(text, lo, d0).lower())))


#: `i.e.` and `viz.`: the bracket says which one is meant.
_IE_RE = re.compile(r"(?:i\.\s?e\.|viz\.)\s*,?\s*", re.I)
#: Nouns of a general activity or class that an `i.e.` bracket narrows to one method.
_ACTIVITY_ENDINGS = ("ing", "ings", "tion", "tions", "ment", "ments", "sis", "ysis")


def narrows_to_instance(head: str, note: str) -> bool:
    """True for `X (i.e. Y)` where X is a modified noun of an activity or process and Y a bare
    name of up to four words (`confirmatory testing (i.e. mass spectrometry)`): the bracket
    says which method is used, one instance of X, not what the words mean. (`i.e.` before a
    phrase may explain: `binding (i.e., required for conformance)`, `the vasculature (i.e. the
    blood vessels)`.)"""
    m = _IE_RE.match(note.strip())
    if m is None:
        return False
    words = head.lower().split()
    name = note.strip()[m.end():].split()
    return (len(words) >= 2 and words[-1].endswith(_ACTIVITY_ENDINGS) and 1 <= len(name) <= 4
            and all(w.isalpha() and w.lower() not in NP_STOP_WORDS for w in name)
            and not name[0].lower().endswith(("ed", "ing", "ly")))


#: `part of the X project`: the bracket says which whole the thing belongs to.
_PART_OF_NAME_RE = re.compile(r"(?:a\s+|one\s+)?part\s+of\s+(?:the\s+|a\s+)?.*[A-Z]")


def says_which_whole(note: str) -> bool:
    """True for `(part of the Ocular Microbiome project)`-like notes: membership of a named
    whole (a capitalised name in it), an aside on which one (G1), not a definition."""
    return _PART_OF_NAME_RE.match(note.strip()) is not None


#: A participle, a preposition and maybe an article before the head: `inserted into a`.
_PARTICIPLE_PLACE_RE = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|en)|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")"
    r"\s+(?:in|into|under|on|onto|through|from|to|within|inside|at)"
    r"(?:\s+(?:a|an|the))?\s*\Z")
_CALLED_RE = re.compile(r"(?:also\s+|sometimes\s+|often\s+)?called\s", re.I)


def names_participle_subject(before: str, note: str) -> bool:
    """True for `(called …)` after the place phrase of a participle (`a needle inserted into
    a vein (called intravenous injection)`, `cells found in the marrow (called stem cells)`):
    the name is of the thing the participle says something about, not of the place."""
    return _CALLED_RE.match(note.strip()) is not None and (
        _PARTICIPLE_PLACE_RE.search(before) is not None)


#: The noun phrase a participle follows, after its article: `a needle or tube`, `a thin line`.
_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:a|an|the)\s+([a-z]+(?:\s+(?:or|and)\s+[a-z]+|\s+[a-z]+)?)\s+\Z")


def participle_subject_start(text: str, lo: int, n0: int) -> int | None:
    """Start of the noun phrase before the participle whose place phrase ends at `n0` (`a
    needle or tube inserted into a vein` → needle or tube …), when an article opens it and
    it has one or two nouns (maybe joined by `or`/`and`); else None."""
    w0 = max(lo, n0 - 120)
    m = _PARTICIPLE_PLACE_RE.search(text, w0, n0)
    if m is None:
        return None
    subject = _SUBJECT_BEFORE_RE.search(text, w0, m.start())
    if subject is None or any(w in NP_STOP_WORDS for w in subject.group(1).split()
                              if w not in ("or", "and")):
        return None
    return subject.start(1)


#: `(death of neurons in this region)`: a place phrase with a demonstrative points back into
#: the text; `(vertebrates vs. invertebrates)`: two things set against each other. A definition
#: does neither (`a disagreement about these terms` names its topic, and stays).
_POINTING_RE = re.compile(
    r"\b(?:in|at|within|throughout|from)\s+(?:this|these|those)\s+\w+\s*\Z"
    # `cosmic evolution (the topics of this chapter)`: the text's own parts, no meaning
    r"|\b(?:this|the\s+next|the\s+previous|a\s+later|an\s+earlier)\s+(?:chapter|section|unit"
    r"|module|lesson|book)\b"
    r"|\s(?:vs\.?|versus)\s"
    # `Dark urine (a sign that red blood cells are breaking down)`: what it signals
    r"|\A(?:an?\s+|the\s+)?(?:early\s+|common\s+|warning\s+)?(?:sign|signal|symptom|marker)s?"
    r"\s+(?:that|of)\s", re.I)


def points_elsewhere(note: str) -> bool:
    """True when a def note ends with a place phrase that points back into the text (`death
    of dopamine neurons in this region`: it says what happens there, not what a word means),
    contrasts two things with `vs.`/`versus`, or says what the thing is a sign of (`a sign that
    red blood cells are breaking down`): no plain-English definition of the word before."""
    return _POINTING_RE.search(note) is not None


_COORDINATED_BEFORE_RE = re.compile(r"([A-Za-z]{6,})\s+(?:and|or)\s+\Z")
_SIBLING_SUFFIX = 5  # letters two coordinated sibling terms share at their end


def names_coordinated_pair(text: str, lo: int, t0: int, term: str, note: str) -> bool:
    """True when the one-word def term at `t0` is the second of two coordinated sibling terms
    with a shared ending of five letters (`the telencephalon and diencephalon (forebrain)`,
    `the ectoderm and endoderm (germ layers)`): a one-part note after them names what the two
    make up together, not the second alone."""
    if " " in term or any(sep in note for sep in (" and ", " or ", ",", ";")):
        return False
    m = _COORDINATED_BEFORE_RE.search(text, max(lo, t0 - 40), t0)
    if m is None:
        return False
    first, second = m.group(1).lower(), term.lower()
    return first != second and first[-_SIBLING_SUFFIX:] == second[-_SIBLING_SUFFIX:]


#: Units of time and counts of occurrences: no def term on their own (`for months or even
#: years (called remission)`, `return one or more times (relapse)`: the note names what
#: happens, the description is the verb phrase before).
_TIME_WORDS = word_set("seconds minutes hours days weeks months years decades times occasions")


_ONE_THING_RE = re.compile(r"an?\s", re.I)
_PAIR_BEFORE_RE = re.compile(r"(?<![\w,-])([a-z]{4,})\s+or\s+\Z")
#: Words before two verbs (`plaque can harden or rupture (break open)`): the note then renders
#: the second verb alone.
_VERB_OPENERS = MODALS | word_set("to does do did not")


def coordinated_term_start(text: str, lo: int, t0: int, term: str, note: str) -> int:
    """Start of `A or B` when the one-word def term `B` at `t0` is the second of two lower-case
    alternatives that the `note` explains together (`viruses or bacteria (germs)`, `deferment
    or forbearance (pushing pause on making payments)`); `t0` otherwise: a note on one thing
    (`a …`) or a `B` much rarer than `A` defines `B` alone. (After `and` the note as often
    explains the second alone: `optics and acoustics (sound waves)`.)"""
    if " " in term or not term.islower():
        return t0
    m = _PAIR_BEFORE_RE.search(text, max(lo, t0 - 40), t0)
    if m is None or m.group(1) in NP_STOP_WORDS or m.group(1) in ADVERBS:
        return t0
    before = text[max(lo, m.start(1) - 12):m.start(1)].split()
    if before and before[-1].lower() in _VERB_OPENERS:
        return t0
    if _ONE_THING_RE.match(note) or much_rarer(term, [m.group(1)]):
        return t0  # `dizziness or vertigo (a spinning sensation)`, `roots and rhizomes
        # (underground stems)`: the note defines the one word, the rarer one
    return m.start(1)


def no_def_term(term: str) -> bool:
    """True for a def term that names nothing a note could mean: a unit of time or a count on
    its own (`years`, `times`)."""
    return term.lower() in _TIME_WORDS


def offers_other_case(term: str, note: str) -> bool:
    """True when the note offers another case of the term rather than a gloss: the same word
    inflected (`child (or children)`, `cell (cells)`), or two hyphenated words that differ only
    in two words of a contrast (`high-fat (low-fat)`, `pre-op (post-op)`; `low-salt
    (low-sodium)` is a gloss)."""
    note = _OR_RE.sub("", note.strip())
    a, b = term.lower().split("-"), note.lower().split("-")
    if " " in term + note:
        return False
    if len(a) == 1 and len(b) == 1:
        return a[0] != b[0] and same_word(a[0], b[0])
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in CONTRAST_WORDS and diff[0][1] in CONTRAST_WORDS


_OR_RE = re.compile(r"^or\s+")
