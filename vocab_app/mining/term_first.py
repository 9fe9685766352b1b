"""A technical word first, plain words in brackets (RULES.md DEF): `the larynx (voice box)`,
`contains barium (a silver-white metallic compound)`, `you may have angina (chest pain or
discomfort)`, `high LDL cholesterol (sometimes called "bad" cholesterol)`.

Consumer-health pages and textbooks name the thing and explain it right after. The plain-first
order (`widely spaced eyes (hypertelorism)`, described_terms.py) runs the term back over the
description before the bracket; in this order the term is only the word before the bracket (or
an acronym and its noun: `LDL cholesterol`), and the words before it are the sentence
(`ends at the top of the trachea (windpipe)` → trachea; `Women taking estrogen (a hormone …)`
→ estrogen). When in doubt these rules do not fire: the bracket is then judged by the older ones.
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import (
    ALSO_CALLED_RE,
    describes_head,
    gerund_for_gerund,
    is_adjective,
    is_list,
    points_at_one,
    verb_for_verb,
)
from vocab_app.mining.description_words import (
    ADJ_ENDINGS,
    ASIDE_WORDS,
    CLASSIFYING_ENDINGS,
    COLOURS,
    DEGREE_ADVERBS,
    KIND_NOUNS,
    NUMBER_WORDS,
    PEOPLE_WORDS,
    REMARK_ADJECTIVES,
    REMARK_WORDS,
    TOOL_NOUNS,
)
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import everyday_compound, much_rarer
from vocab_app.mining.when_notes import names_condition

#: One word before the bracket: letters, inner hyphens.
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: A plain phrase: lower-case words (inner hyphens), maybe with an article first.
_PLAIN_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: Endings of Greek and Latin technical words, the words that such pages explain
#: (`pharynx`, `trachea`, `barium`, `endoscope`, `estrogen`, `hysterectomy`, `anemia`).
_TECHNICAL_ENDINGS = ("ynx", "ea", "ia", "ium", "oma", "itis", "osis", "sis", "ectomy",
                      "otomy", "ostomy", "scope", "scopy", "graphy", "gen", "emia", "ine",
                      "ase", "yte", "ae", "us", "um", "ette", "ina", "rta")
#: Words a plain phrase may hold besides content words: the article that opens it, and the
#: links that go on with its noun (`connective tissue and fat around the uterus`).
_ARTICLES = word_set("a an another")
_LINKS = word_set("of in on to for from with around inside within between under and or that "
                  "which who the")
#: Words before the head that end the sentence part before it (`to the larynx`, `that
#: contains barium`): the term is the head alone.
_DEFINITE = word_set("the this that these those")
#: Words that make a note a remark rather than an explanation, wherever they stand.
_REMARK_NOTE_WORDS = word_set("see example examples including include includes such like "
                              "etc usually often sometimes mostly also especially only "
                              "approximately nearly almost called named")


def technical(word: str) -> bool:
    """True for a word of five letters or more with a Greek or Latin ending (`pharynx`,
    `barium`, `aorta`)."""
    w = word.lower()
    return len(w) >= 5 and w.endswith(_TECHNICAL_ENDINGS)


def _plain_phrase(note: str, rare_head: bool = False) -> list[str] | None:
    """The words of `note` when it is a plain phrase: one to twelve lower-case words, maybe
    opening with `a`/`an`/`another`, no digit or clause mark, no list of three or more and no
    word of an example or a remark; else None. After a head much rarer than the note
    (rarity.py) it may also open with `the` or a word of place before a noun (`the vertebrae
    (back bones)`, `(the outer layer of the skin)`): an explanation, not an aside."""
    words = note.replace(",", " ").split()
    if len(words) > 2 and words[0] in DEGREE_ADVERBS and is_adjective(words[1]):
        words = words[1:]  # `(very small tubes)`: the degree word is no part of the name
    if any(w.startswith(("called", "named")) for w in words):
        return None  # `(a disease called …)`: it names a term, which may be another thing's
    rel = next((k for k, w in enumerate(words) if k >= 2 and w in ("that", "which", "who")),
               len(words))
    if not 1 <= len(words) <= 12 or any(
            not _PLAIN_WORD_RE.fullmatch(w) and not (k > rel and w.isdigit())
            for k, w in enumerate(words)):
        return None  # (a number in a relative clause measures the thing: `that last 10 seconds`)
    if "," in note and (is_list(note) or not re.search(r"\b(?:which|who)\b", note)
                        and len(words) > 4):
        return None
    if any(w in _REMARK_NOTE_WORDS for w in words):
        return None
    if rare_head and len(words) > 1 and (words[0] == "the" or words[0] in ASIDE_WORDS
                                         and _noun_like(words[1])) and not _clause(words):
        words = ["a", *words[1:]] if words[0] == "the" else words[1:]
    first = words[1] if words[0] in _ARTICLES and len(words) > 1 else words[0]
    if first in NP_STOP_WORDS or first in _LINKS or first in ASIDE_WORDS \
            or first in REMARK_WORDS or first in PEOPLE_WORDS or first.endswith("ly"):
        return None
    if len(words) == 1 and (first in REMARK_ADJECTIVES or is_adjective(first)):
        return None  # `(mild)`, `(rare)`: a remark on the case, not another word for the head
    if all(w in COLOURS or w in REMARK_ADJECTIVES or is_adjective(w)
           for w in words if w not in _LINKS):
        return None  # `(red, blue or black)`: what the thing is like, no name for it
    i = words.index(first)
    if (first in REMARK_ADJECTIVES or is_adjective(first)) and i + 1 < len(words) \
            and words[i + 1] in _LINKS:
        return None  # `(rare in children)`: a remark said of the head, no name for it
    return words


def _clause(words: list[str]) -> bool:
    """True when an -s word is followed by an article (`emphasis marks the term`): a verb and
    its object, a sentence rather than a noun phrase naming the head."""
    return any(w.endswith("s") and not w.endswith("ss") and nxt in _ARTICLES | _DEFINITE
               for w, nxt in zip(words, words[1:], strict=False))


def _noun_like(word: str) -> bool:
    """True for a lower-case word that may be a noun: not a function word, an adverb, an
    adjective by its ending, or a participle."""
    w = word.lower()
    return not (w in NP_STOP_WORDS or w.endswith(("ly", "ing", "ed")) or is_adjective(w)
                or w.endswith(ADJ_ENDINGS + CLASSIFYING_ENDINGS) or "-" in w)


def _head_start(text: str, start: int, end: int) -> tuple[int, str, str] | None:
    """(start, head, word before it) for the bare noun before `end`: the last word, or an
    acronym and that word (`LDL cholesterol`), or a noun and that word after an article
    (`an ultrasound transducer`). None when the words before make it a name, or a noun before
    it may belong to the term (`complete blood counts`) and no article or relative tells."""
    words = list(_WORD_RE.finditer(text, max(start, end - 80), end))
    if not words or words[-1].end() != end:
        return None
    last = words[-1]
    gap = text[words[-2].end():last.start()] if len(words) > 1 else ""
    prev = words[-2].group() if len(words) > 1 and gap.strip() == "" else ""
    opening = not prev or _opens_sentence(text, start, last.start())
    if last.group()[:1].isupper() and not (opening and last.group()[1:].islower()):
        return None  # a name (`Tylenol`, `FDA`), unless the capital only opens the sentence
    if opening:
        return last.start(), last.group(), ""
    if len(prev) >= 2 and prev.isupper() and prev.isalpha():
        return words[-2].start(), text[words[-2].start():end], prev  # `LDL cholesterol`
    if prev[:1].isupper() and _opens_sentence(text, start, words[-2].start()):
        prev = prev.lower()  # `Having hyperinsulinemia (…)`, `The prognosis (…)`
    if prev[:1].isupper():
        return None  # `Lynch syndrome`: a name
    third = words[-3].group().lower() if len(words) > 2 else ""
    glued = text[words[-3].end():words[-2].start()].strip() == "" if len(words) > 2 else False
    if glued and third == "the" and prev.lower() in _PART_ADJECTIVES:
        # `the large intestine`, `the inner ear`: a part of the body named with its adjective
        return words[-2].start(), text[words[-2].start():end], third
    if not _noun_like(prev) or prev.lower() in _BOUNDARY_WORDS:
        return last.start(), last.group(), prev  # `the larynx`, `taking estrogen`
    if glued and third in ("a", "an"):
        return words[-2].start(), text[words[-2].start():end], third  # `an ultrasound transducer`
    if glued and (third in _RELATIVES or third in _BEFORE_VERB or third.endswith("ly")):
        # `that contains barium`, `may contain mucus`, `help clear mucus`: a verb before it
        return last.start(), last.group(), prev
    return None


#: Adjectives that name one part of a whole with its noun after `the` (`the small intestine`,
#: `the upper arm`, `the inner ear`), unlike plain adjectives (`high LDL cholesterol`).
_PART_ADJECTIVES = word_set("large small upper lower inner outer middle")
#: Words before the head that are no part of it (besides function words, adjectives and -ing
#: or -ed words, which `_noun_like` tells).
_BOUNDARY_WORDS = word_set("to")
#: Words after which the next word is a verb (`that contains barium`).
_RELATIVES = word_set("that which who it they")
#: Modals and the like, after which the next word is a verb (`may contain mucus`).
_BEFORE_VERB = word_set("can could may might must will would shall should to help helps "
                        "cannot can't won't don't doesn't")


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """True when `pos` opens a sentence, a line or a list item (`- Paralysis`)."""
    before = text[max(start, pos - 3):pos].rstrip()
    return pos <= start or not before or before[-1] in ".!?:;-•\n"


def term_first_start(text: str, start: int, end: int, note: str) -> int | None:
    """Start of the technical word before `end` that the bracket `note` explains in plain
    words, or None.

    The head is one noun (`pharynx`, `curette`), or an acronym and its noun (`LDL
    cholesterol`), or two nouns after an article (`an ultrasound transducer`); adjectives,
    verbs and the words of the sentence before it are not the term (`high LDL cholesterol`,
    `taking estrogen`, `the top of the trachea`). The note is a plain phrase (`voice box`,
    `chest pain or discomfort`, `a hormone that can affect the growth of some cancers`) or
    another name (`sometimes called "bad" cholesterol`).

    When the head follows `the`/`this` or is a single word glossed by a single word, the head
    must look technical (a Greek or Latin ending) or the note be much shorter: `the fix (a
    one-line change)`, `the hair strand (shaft)` and `a shortage (deficiency)` are left to the
    other rules. Not after a possessive (`our agent (…)`), not a kind noun or a tool."""
    note = _demonym_lowered(note)
    past = _past_after_subject(text, start, end, note)
    if past is not None:
        return past
    found = _head_start(text, start, end)
    if found is None:
        return None
    h0, head, prev = found
    if (gerund_for_gerund(head, note, text[max(start, h0 - 40):h0])
            or (verb_for_verb(head, note, text[max(start, h0 - 40):h0])
                and not names_condition(note))):  # (`sensitivity to light (photophobia)`)
        return h0  # `keeps it from recurring (coming back)`, `may recur (come back)`
    noun = head.split()[-1].lower()
    # a lower-case word alone after a function word (`to menstruation`, `or ova`), much rarer
    # than the note's words; not an identifier (`setDelayLevel`) or a modified noun
    rare = (head.isalpha() and head[1:].islower() and (not prev or prev.lower() in NP_STOP_WORDS)
            and much_rarer(noun, _PLAIN_WORD_RE.findall(note)))
    if (len(noun) < 4 and not rare or noun in NP_STOP_WORDS or noun in KIND_NOUNS
            or noun in TOOL_NOUNS or noun in PEOPLE_WORDS or noun in ASIDE_WORDS
            or not _noun_like(noun) and not technical(noun)):
        return None
    if points_at_one(text[max(start, h0 - 40):h0]):
        return None
    # a Greek or Latin ending, or (whatever the ending) a word much rarer than the note's
    tech = technical(noun) or rare or (" " in head and head.split()[0].isupper())
    part = possessive_part(note)
    if part is not None:  # `the atria (the heart's two upper chambers)`: a part of a whole
        return h0 if ((tech or much_rarer(noun, part)) and _noun_like(part[-1])
                      and noun[:5] not in {w[:5] for w in part}) else None
    called = ALSO_CALLED_RE.match(note)
    if called:  # `LDL cholesterol (sometimes called "bad" cholesterol)`
        rest = note[called.end():].replace('"', "").replace("“", "").replace("”", "")
        words = _plain_phrase(rest)
        return h0 if tech and words is not None and _plain_words(words) else None
    words = _plain_phrase(note, rare)
    if words is None:
        return None
    content = [w for w in words if w not in _ARTICLES and w not in _LINKS]
    if words[-1][:5] == noun[:5] or len(content) <= 3 and noun[:5] in {w[:5] for w in words}:
        # `tumor (benign tumor)`, `PET scan (positron emission tomography scan)`: a kind of the
        # head or its long form, not a plainer word for it
        return None
    if words[0] in _ARTICLES and len(words) >= 2:
        # `an endoscope (a thin, lighted tube)`: a class and what sets it apart
        if tech or words[0] == "another" and not is_adjective(prev):
            # (`another hormone`: it is one more of a class the text named)
            return classifying_adjective_start(text, start, h0)
        before = text[max(start, h0 - 80):h0]
        return classifying_adjective_start(text, start, h0) if describes_head(
            head, note, before) else None
    if not tech:
        return None
    if len(content) <= 3 and not _plain_words(content):
        return None  # `(gastroesophageal reflux)`, `(atrophy)`: a technical name, other order
    return h0


#: Endings of relational adjectives, made from a noun (`atrial`, `oral`, `gastric`, `pulmonary`,
#: `vascular`): with their noun they name one kind of thing, a compound term (B4).
_RELATIONAL_ENDINGS = ("al", "ic", "ary", "ar")
#: Words before a relational adjective that show it opens the noun phrase.
_PHRASE_OPENERS = frozenset(",;:(")


def classifying_adjective_start(text: str, start: int, h0: int) -> int:
    """Start of the term whose one-noun head starts at `h0` when a relational adjective opens
    its noun phrase (`an oral appliance (a device …)`, `of atrial fibrillation (an irregular
    heartbeat)`): a note that names a class defines the compound, not its noun (B4). The
    adjective is lower-case, not a plain or gradable one (`high`, `normal`), and follows a
    function word, a comma or the start of the text or a line (capitalised there); else `h0`."""
    m = _LAST_WORD_RE.search(text, max(start, h0 - 30), h0)
    if m is None or text[m.end():h0] != " ":
        return h0
    adj = m.group()
    if adj[:1].isupper() and adj[1:].islower() and _opens_sentence(text, start, m.start()):
        adj = adj.lower()  # `Abdominal obesity (…)`: the capital only opens the line
    if (len(adj) < 4 or not adj.isalpha() or not adj.islower() or is_adjective(adj)
            or not adj.endswith(_RELATIONAL_ENDINGS) or adj in _PLAIN_RELATIONAL):
        return h0
    before = text[max(start, m.start() - 30):m.start()].rstrip()
    prev = before.split()[-1].lower() if before.split() else ""
    if before and before[-1] not in _PHRASE_OPENERS and prev not in NP_STOP_WORDS:
        return h0
    return m.start()


_LAST_WORD_RE = re.compile(r"[A-Za-z]+(?=\s*$)")
#: `the heart's two upper chambers`, `your body's largest artery`: a whole and one of its parts.
_POSSESSIVE_PART_RE = re.compile(
    r"(?:the |your |a )?([a-z]{3,})['’]s((?: [a-z]+(?:-[a-z]+)*){1,4})")


def possessive_part(note: str) -> list[str] | None:
    """The words of `note` (the whole, then the part's words) when it names a part by its
    whole in the possessive (`the heart's two upper chambers`, `the eye's clear front layer`):
    the way health pages explain a Latin or Greek part name; else None."""
    m = _POSSESSIVE_PART_RE.fullmatch(note.strip())
    if m is None:
        return None
    words = [m.group(1), *m.group(2).split()]
    if any(w in NP_STOP_WORDS - _NUMBERS or w in _REMARK_NOTE_WORDS for w in words[1:]):
        return None  # `the team's first of the year`: a remark, not a part
    return words


_NUMBERS = word_set("two three four both")
#: Adjectives with a relational ending that qualify rather than classify (`a normal heartbeat`).
_PLAIN_RELATIONAL = word_set("""
normal usual general special typical basic total final actual real several natural critical
physical local personal additional potential original regular similar particular popular
familiar clear dear polar ideal equal legal formal global annual initial partial primary
necessary ordinary temporary secondary various certain""")


_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:an|ish|ese)(?= [a-z])")


def _demonym_lowered(note: str) -> str:
    """`note` with a capitalised first word lowered when it is a people's adjective and the
    rest is lower-case (`German measles`, `Spanish flu`): plain words, whose capital is only
    English spelling, not the mark of a name."""
    m = _DEMONYM_RE.match(note)
    if m is None or not note[m.end():].islower():
        return note
    return note[0].lower() + note[1:]


def _plain_words(words: list[str]) -> bool:
    """True when no word looks technical: no Greek or Latin ending, no classifying adjective
    ending (`-al`, `-ic`, `-ive`, `-ary`), none longer than twelve letters unless it is built
    of two everyday words (`nearsightedness`)."""
    return not any((technical(w) or w.endswith(CLASSIFYING_ENDINGS)
                    or len(w) > 12 and not everyday_compound(w))
                   and w not in NUMBER_WORDS for w in words)  # (`five` is no -ive adjective)




#: Irregular past forms that open a plain verb phrase (`broke open`, `came back`).
_IRREGULAR_PAST = word_set("broke came went grew fell got gave made took rose split spread "
                           "swelled tore wore")
_PAST_NOTE_RE = re.compile(r"([a-z]+)(?:\s+[a-z]+){1,2}")


def _past_after_subject(text: str, start: int, end: int, note: str) -> int | None:
    """Start of a past-tense verb right after its subject noun, glossed by a plainer past-tense
    phrase (`the capsule of the ovary ruptured (broke open)`, `the cyst burst (split open)`),
    else None. The subject is a lower-case word, not a function word; the note two or three
    words (one past word alone is as often a remark: `changed (updated)`) opening with an -ed
    word or an irregular past (`broke`), not the head again."""
    m = _PAST_NOTE_RE.fullmatch(note.strip())
    if m is None:
        return None
    first = m.group(1)
    if not (first in _IRREGULAR_PAST or first.endswith("ed") and len(first) > 4):
        return None
    words = list(_WORD_RE.finditer(text, max(start, end - 60), end))
    if len(words) < 2 or words[-1].end() != end:
        return None
    verb, subject = words[-1].group(), words[-2].group()
    if not (verb.islower() and verb.endswith("ed") and len(verb) > 4) or verb[:4] == first[:4]:
        return None
    if (text[words[-2].end():words[-1].start()].strip() or not subject.isalpha()
            or not subject.islower() or subject in NP_STOP_WORDS
            or subject.endswith(("ly", "ing", "ed"))):
        return None
    return words[-1].start()
