"""Plain-English notes that the noun-phrase rules (definitions.py, term_first.py) leave out
(RULES.md DEF): a relative clause saying what the thing does (`the pineal gland (which makes
melatonin)`, `stomata (through which leaves breathe)`), a space said by where it lies (`the
nasal vestibule (the space just inside the nostrils)`), another name after `or` (`emesis (or
vomiting)`), a compound renamed with a plainer modifier of the same noun (`lacrimal glands
(tear glands)`), and a negated plain word (`benign (not cancer)`).

Each rule asks the head to hold a word a reader may need explained (rarity.py: rank FLOOR or
beyond): a note on an everyday word (`the server (which runs the site)`, `the kitchen (or
hall)`) says which thing is meant or gives an alternative, not what a word means.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vocab_app.mining.definitions import is_name, points_at_one, points_back
from vocab_app.mining.description_words import (
    DEGREE_ADVERBS,
    IRREGULAR_PARTICIPLES,
    PEOPLE_WORDS,
)
from vocab_app.mining.en_terms import noun_phrase_start
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import FLOOR, OBSCURE_RATIO, RARE, RATIO, derived_rank, word_rank
from vocab_app.mining.relative_descriptions import THOSE_RE, those_note
from vocab_app.mining.sentences import LIST_MARKER
from vocab_app.mining.when_notes import when_clause_note
from vocab_app.mining.word_for_word import comparative_start

_LOWER_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
_WORDS_RE = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d")

#: `which produces hormones`, `from which hair grows`: a relative clause opening the note.
_RELATIVE_RE = re.compile(r"(?:(from|in|through|into|by|on|with)\s+)?which\s+(\S+)\s+(\S+)")
#: Words after `which` that make the clause a remark, not what the thing is or does: modals
#: and past tense (`which may feel soft`, `which was removed`), adverbs of frequency,
#: and `which means` / `which is why`, said of the sentence before.
_REMARK_VERBS = word_set("""
may might can could will would shall should must was were had did does do
also often sometimes usually always never rarely still then now already
means meant explains
""")
#: `which includes countries such as …`, `which includes some of …`: members named as
#: examples (G2), not the whole a part list makes (`which includes the brain and spinal cord`).
_EXAMPLE_MEMBERS_RE = re.compile(r"which includes? (?:.*\b(?:such as|for example|e\.g\.|like)\b"
                                 r"|(?:some|many|several|most) (?:of )?)")
#: Objects that make a clause a remark on the sentence before (`which makes it harder`).
_REMARK_OBJECTS = word_set("it this that them sense")
#: Participles that say where a thing is, not what it is (`which is located in the neck`).
_PLACE_PARTICIPLES = word_set("located situated found placed positioned seen based housed kept "
                              "stored contained")
#: Words after `PREP which` that make the clause a remark on the sentence (`in which case`).
_REMARK_NOUNS = word_set("case cases event instance time times way point")


def relative_clause_note(head: str, note: str, before: str) -> bool:
    """True for a note that is a relative clause saying what the head is or does, in the present
    tense (`endocrine system (which produces hormones)`, `hair follicles (from which hair
    grows)`, `sebaceous glands (which are associated with hair follicles and …)`).

    Not a clause about people (`who …`: G4), a remark in a modal or the past (`a lump (which
    may feel soft)`, `the tumor (which was removed)`), a clause on the sentence before
    (`which means …`, `in which case …`), nor a note on an everyday word or a particular
    thing (`our server (which runs …)`)."""
    m = _RELATIVE_RE.match(note)
    words = _WORDS_RE.findall(note)
    if m is None or not 3 <= len(words) <= 25 or any(w.isdigit() for w in words):
        return False
    if any(ch in note for ch in ";:?!") or _EXAMPLE_MEMBERS_RE.match(note):
        return False
    prep, first, second = m.group(1), m.group(2).lower(), m.group(3).lower()
    if prep:  # `from which hair grows`: a subject of its own, then its verb
        if first in _REMARK_NOUNS or first in PEOPLE_WORDS or (
                first in NP_STOP_WORDS and first not in ("the", "a", "an")):
            return False
        if second in _REMARK_VERBS or first in _REMARK_VERBS:
            return False
    elif first in _REMARK_VERBS or second in _REMARK_OBJECTS:
        return False  # (`which makes it harder`: said of what the sentence says)
    elif first in ("is", "are"):
        # only a passive (`which are associated with …`); `which is a hormone …` is the noun
        # phrase rules' (noise.is_definition), and `which is in the neck`, `which are common in
        # children`, `which is located …` are remarks on where or how it is
        return (second.endswith("ed") and len(second) > 4 and second not in _PLACE_PARTICIPLES
                and _rare_head(head, before))
    elif not (first.endswith("s") or first in ("are", "have")):
        return False  # a present-tense verb of the head (`produces`, `are`, `have`)
    return _rare_head(head, before)


def _rare_head(head: str, before: str) -> bool:
    """True for a lower-case head (a capital may open the sentence) of one to four words, one
    of them rank FLOOR or rarer, not a name nor a particular thing (`our …`, `these …`)."""
    words = head.split()
    if not 1 <= len(words) <= 4 or is_name(head, before):
        return False
    if points_at_one(before) or points_back(before):
        return False
    lowered = [w.lower() for w in words]
    if not all(_LOWER_RE.fullmatch(w) for w in lowered) or lowered[-1] in PEOPLE_WORDS:
        return False
    return any(word_rank(w) >= FLOOR for w in lowered if w not in NP_STOP_WORDS)


#: Nouns for a space, which a note names before saying where it is.
_SPACE_NOUNS = word_set("space spaces cavity gap area region zone layer passage canal channel "
                        "pocket opening hollow groove recess chamber part")
#: Prepositions of place after the space noun (`the space between …`, `the area behind …`).
_WHERE_WORDS = word_set("between behind inside within around under beneath below above "
                        "along outside near")


def space_note(head: str, note: str, before: str) -> bool:
    """True for a note naming a space and where it lies (`oral vestibule (the space between the
    gums, lips, and teeth)`, `pleural cavity (a thin gap between the lungs and the chest
    wall)`): an article, maybe one adjective, a noun for a space, then a preposition of place.
    The head holds a word a reader may need explained; not a name or a particular place
    (`our office (the room behind the lab)`)."""
    words = note.split()
    if len(words) < 4 or words[0] not in ("the", "a", "an"):
        return False
    i = 1 if words[1] in _SPACE_NOUNS else 2  # (maybe one adjective: `a thin gap`)
    if words[i] not in _SPACE_NOUNS:
        return False
    if words[i + 1] == "just":
        i += 1
    if i + 2 >= len(words) or words[i + 1] not in _WHERE_WORDS:
        return False
    if len(note.split()) > 15 or any(ch.isdigit() or ch in ";:?!" for ch in note):
        return False
    return _rare_head(head, before)


#: Words of time and order after `or`: a remark (`(or later)`, `(or again)`).
_TIME_WORDS = word_set("later earlier again once twice first next last soon sooner before after "
                       "else")
#: `(or X)` renames a word at least this rare; commoner words take alternatives (`the noun
#: (or verb) phrase`, `the kidney (or liver)`).
_OR_FLOOR = RARE
_OR_NOTE_RE = re.compile(r"or\s+([a-z]+(?:-[a-z]+)*(?:\s+[a-z]+(?:-[a-z]+)*)?)")


def _or_words(note: str) -> list[str] | None:
    """The one or two content words after `or` in the note (`or nostrils`), or None for
    another shape or a remark (`or both`, `or later`, `or her`, `or usually`)."""
    m = _OR_NOTE_RE.fullmatch(note.strip())
    if m is None:
        return None
    other = m.group(1).split()
    if any(w in NP_STOP_WORDS or w in PEOPLE_WORDS or w in _TIME_WORDS or w.endswith("ly")
           for w in other):
        return None
    return other


def or_synonym(head: str, note: str, before: str) -> bool:
    """True for `(or X)` after a rare word, X one or two lower-case content words: another name
    for it (`emesis (or vomiting)`, `pruritic (or itchy)`). After an everyday word `or` gives
    an alternative (`your doctor (or nurse)`, `the kidney (or liver)`), or a remark (`(or
    both)`, `(or later)`), which stay noise. (Another name sharing a word with the head is
    definitions.or_another_name's.)"""
    other = _or_words(note)
    words = head.split()
    # a name the sentence gives (`drugs called typical blockers (or inhibitors)`): the bracket
    # gives another name for it, whatever its length or rarity
    introduced = _NAMING_BEFORE_RE.search(before) is not None and head.islower()
    if other is None or not (len(words) == 1 or introduced and len(words) <= 4):
        return False
    if not head[1:].islower() or is_name(head, before):
        return False
    if other[-1][:4] == head.lower()[:4]:
        return False
    rank, other_rank = word_rank(head.lower()), word_rank(other[-1])
    # after an everyday noun, one rare noun is its technical name (`this tube (or stent)`),
    # whichever thing the sentence points at
    technical = (len(other) == 1 and not _learned_adjective(head.lower())
                 and other_rank >= max(_OR_FLOOR, RATIO * rank))
    if points_at_one(before) or (points_back(before) and not technical):
        return False
    if introduced or technical:
        return True
    if rank >= _OR_FLOOR:
        return True
    # a rare learned word after a much commoner one is its technical name (`frontal (or
    # coronal)`, `upper (or cranial)` for two adjectives): an alternative is about as plain
    # as the head (`the kidney (or liver)`, `renal (or hepatic)`)
    return other_rank >= max(_OR_FLOOR, OBSCURE_RATIO * rank) and (
        rank >= FLOOR or (len(other) == 1 and _learned_adjective(head.lower())
                          and _learned_adjective(other[0])))


#: A naming verb right before the head: the head is a name the sentence introduces.
_NAMING_BEFORE_RE = re.compile(r"\b(?:called|known as|named|termed)\s+(?:the\s+)?\Z", re.I)
#: Endings of a learned (Latin) adjective: `ventral`, `cranial`, `superior`, `dorsal`.
_LEARNED_ADJECTIVE_ENDINGS = ("al", "ar", "ior", "ic", "ous", "ary")


def _learned_adjective(word: str) -> bool:
    return len(word) > 4 and word.endswith(_LEARNED_ADJECTIVE_ENDINGS)


def same_noun_rename(head: str, note: str, before: str) -> bool:
    """True for a two-word compound renamed by a plainer modifier of the same noun
    (`lacrimal glands (tear glands)`, `tympanic membrane (ear membrane)`): the head's modifier
    rank FLOOR or rarer and rarer than the note's. Not a contrast of kinds with common
    modifiers (`left kidney (right kidney)`), a name, or a particular thing."""
    hw, nw = head.split(), note.split()
    if len(hw) != 2 or len(nw) != 2 or not head.islower() or not note.islower():
        return False
    if nw[1] != hw[1] or nw[0] == hw[0] or not all(_LOWER_RE.fullmatch(w) for w in nw + hw):
        return False
    if nw[0] in NP_STOP_WORDS or nw[0] in DEGREE_ADVERBS or points_at_one(before):
        return False
    rank = word_rank(hw[0])
    return rank >= FLOOR and rank > word_rank(nw[0])


_NOT_NOTE_RE = re.compile(r"not\s+([a-z]+)(?:\s+([a-z]+))?")


def negated_plain_word(head: str, note: str, before: str) -> bool:
    """True for `(not X)` after a rare single word, X one or two plain content words: the word
    said by what it is not (`benign (not cancer)`, `afebrile (not feverish)`). Not a remark
    on an everyday word (`results (not shown)`, `optional (not required)`)."""
    m = _NOT_NOTE_RE.fullmatch(note.strip())
    if m is None or " " in head.strip() or not head.isalpha() or not head.islower():
        return False
    rest = [w for w in m.groups() if w]
    if any(w in NP_STOP_WORDS or w.endswith("ly") for w in rest):
        return False
    if len(rest) == 1 and (rest[0].endswith(("ed", "en")) or rest[0] in IRREGULAR_PARTICIPLES):
        return False  # `(not shown)`, `(not given)`: a remark on what is done, not a meaning
    return word_rank(head) >= FLOOR and derived_rank(rest[-1]) < word_rank(head)


#: `not enough water in your body`, `not being able to sleep`: what a condition lacks.
_NOT_PHRASE_RE = re.compile(r"not\s+(enough|having|being|getting|making|producing|able)"
                            r"((?:\s+[a-z']+){2,10})")


def negated_phrase_note(head: str, note: str, before: str) -> bool:
    """True for `(not enough …)`, `(not having …)`, `(not being able to …)` after the one-word
    name of a condition, rank FLOOR or rarer (a capital may open the sentence): what it is
    said by what is missing (`dehydration (not having enough water in your body)`). Not a
    remark on an everyday word (`the price (not including tax)`, `results (not shown)`)."""
    m = _NOT_PHRASE_RE.fullmatch(note.strip())
    if m is None or " " in head.strip() or not head.isalpha() or is_name(head, before):
        return False
    if "enough" not in note.split() and m.group(1) != "able" and "able to" not in note:
        return False  # `(not having a cure yet)`: a remark on the condition, not what it is
    if points_at_one(before) or points_back(before):
        return False
    return word_rank(head.lower()) >= FLOOR


_BY_NOTE_RE = re.compile(r"by\s+([a-z]+)(?:\s+[a-z]+){0,4}")
#: Endings of a classifying adjective (`mechanical`, `enzymatic`) and of a noun of a process
#: (`digestion`, `ventilation`, `hemolysis`, `treatment`).
_CLASS_ENDINGS = ("al", "ic")
_PROCESS_ENDINGS = ("ion", "sis", "ment")


def means_note(head: str, note: str, before: str) -> bool:
    """True for `(by …)` after a kind of process named by a classifying adjective, saying how
    that kind is done (`mechanical digestion (by chewing)`, `enzymatic hydrolysis (by enzymes
    in the gut)`): what the adjective means there. Not an agent or a source (`(by the
    author)`, `(by Smith)`), nor a remark on any other head (`payment (by card)`)."""
    m = _BY_NOTE_RE.fullmatch(note.strip())
    words = head.split()
    if m is None or len(words) != 2 or not head.islower() or points_at_one(before):
        return False
    first = m.group(1)
    if first in NP_STOP_WORDS or first in PEOPLE_WORDS:
        return False
    return words[0].endswith(_CLASS_ENDINGS) and words[1].endswith(_PROCESS_ENDINGS)


#: How far back the head may start (characters).
_REACH = 80


def clause_note_start(text: str, lo: int, t1: int, note: str, g1: int) -> int | None:
    """Start of the noun phrase before `t1` that the unlabelled English bracket `note` explains
    by one of this module's rules or a comparative (word_for_word.comparative_start), else
    None; `g1` ends the note. Cheap for most brackets: the head is looked for only when the
    note has the shape of one rule (`_rules_for`)."""
    first = note.split(" ", 1)[0]
    f0 = shared_frame_start(text, lo, t1, note)
    if f0 is None and first in ("more", "less"):
        f0 = comparative_start(text, lo, t1, note, g1)  # `a lower (more stringent) limit`
    if f0 is not None:
        return f0
    rules = _rules_for(note, first, text[max(lo, t1 - 40):t1])
    if not rules:
        return None
    n0 = noun_phrase_start(text, max(lo, t1 - _REACH), t1, note=note)
    if n0 >= t1:
        return None
    head = text[n0:t1]
    before = text[max(lo, n0 - _REACH):n0]
    if first == "or" and _list_entry(text, lo, n0, t1, g1) and _or_words(note) is not None:
        return n0  # `Ventral (or anterior) describes the front …`: an entry and its other name
    return n0 if any(rule(head, note, before) for rule in rules) else None


#: After the bracket of a list entry: its definition (`: …`, `– …`, `describes …`).
_ENTRY_TAIL_RE = re.compile(r"\)\s*(?:[:–—]|-\s|(?:describes|denotes|means|refers)\b)",
                            re.I)
_LINE_OPENING_RE = re.compile(rf"(?:\A|\n)[ \t]*{LIST_MARKER}?\Z")


def _list_entry(text: str, lo: int, n0: int, t1: int, g1: int) -> bool:
    """True when the one-word head at `n0` opens a line (maybe after a bullet) and its
    definition follows the bracket (a colon, a dash or a defining verb; not `is`, which any
    sentence may open with: `Kidney (or liver) is affected`): a glossary or list entry, whose
    `(or X)` gives the entry's other name whatever the word's rank (`Lateral (or outer) means
    …`)."""
    if " " in text[n0:t1].strip() or not text[n0:t1].isalpha():
        return False
    if _LINE_OPENING_RE.search(text, max(lo, n0 - 8), n0) is None:
        return False
    return _ENTRY_TAIL_RE.match(text, g1) is not None


_RuleFn = Callable[[str, str, str], bool]


def _rules_for(note: str, first: str, tail: str) -> list[_RuleFn]:
    """The rules whose note shape `note` has (a cheap look at its first words; `tail` is the
    text right before the bracket), so that the head is looked for only when one may fire."""
    rules: list[_RuleFn] = []
    if _RELATIVE_RE.match(note):
        rules.append(relative_clause_note)
    elif THOSE_RE.match(note):
        rules.append(those_note)  # `depository institutions (those that accept deposits)`
    elif first in ("the", "a", "an"):
        if any(w in _SPACE_NOUNS for w in note.split(" ", 3)[1:3]):
            rules.append(space_note)
    elif first == "or":
        rules.append(or_synonym)
    elif first == "not":
        rules += [negated_plain_word, negated_phrase_note]
    elif first == "by":
        rules.append(means_note)
    elif first == "when":
        rules.append(when_clause_note)  # `hypoglycemia (when blood sugar drops too low)`
    elif note.count(" ") == 1 and tail.endswith(" " + note.split(" ")[1]):
        rules.append(same_noun_rename)  # (the two share the last word)
    return rules


#: Links that make a frame of a noun and what it is said of (`failure to …`, `loss of …`).
_FRAME_LINKS = word_set("to of in on with from")
_FRAME_NOTE_RE = re.compile(r"([a-z]{4,})\s+([a-z]+)\s+([a-z]+(?:-[a-z]+)*)")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\].!?]")


def shared_frame_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of a plain description before `t1` that opens with the same frame as the
    technical name in the note, `noun link word` (`failure to gain weight and grow at the
    expected rate (failure to thrive)`, `loss of the ability to recognise faces (loss of
    recognition)`): the name says in one word what the description spells out, and where the
    frame opens is the description's start. None when the frame is not within the last
    fourteen words of the clause, or no more than two words follow it."""
    m = _FRAME_NOTE_RE.fullmatch(note.strip())
    if m is None or m.group(2) not in _FRAME_LINKS or m.group(1) in NP_STOP_WORDS:
        return None
    window = text[max(lo, t1 - 120):t1]
    cut = list(_CLAUSE_BREAK_RE.finditer(window))
    w0 = max(lo, t1 - 120) + (cut[-1].end() if cut else 0)
    words = list(_WORDS_RE.finditer(text, w0, t1))[-14:]
    for i in range(len(words) - 4, -1, -1):
        if words[i].group().lower() == m.group(1) and words[i + 1].group() == m.group(2):
            if words[-1].group().lower() == m.group(3) or words[i + 2].group() == m.group(3):
                return None  # the note repeats the description's words: no plainer side
            return words[i].start()
    return None


#: Nouns of a disease or sign named after a person (`Lynch syndrome`, `Bell's palsy`).
_EPONYM_NOUNS = word_set("syndrome disease tumor tumour sarcoma palsy disorder anemia anaemia "
                         "lymphoma sign phenomenon")


def eponym(words: list[str]) -> bool:
    """True when the last words before a bracket name a disease after a person (`Lynch
    syndrome`, `Bell's palsy`, `Askin tumor`): a term in its own right, so a technical-looking
    name in the bracket (`(hereditary non-polyposis colon cancer)`) is another name for it, not
    the term for a plain description before it."""
    if len(words) < 2 or words[-1] not in _EPONYM_NOUNS:
        return False
    name = words[-2].removesuffix("'s").removesuffix("’s")
    return name.isalpha() and name[:1].isupper() and name[1:].islower()
