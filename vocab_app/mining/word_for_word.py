"""One word glossed by one word in brackets (RULES.md DEF, S1b): an adjective inside a noun
phrase (`noncancerous (benign) growths`, `fatty (adipose) tissue`: the bracket sits between the
adjective and its noun, so it glosses the adjective alone, not the words before it), and a
predicate word after a linking verb (`the gene is active (expressed) in`, `the rash was
itchy (pruritic)`). Both keep the text's order, like the other def pairs.

These run per bracket and look only at the word before the bracket and the word after it.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_bounds import adjective_like
from vocab_app.mining.description_words import (
    ASIDE_WORDS,
    CLASSIFYING_ENDINGS,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    PEOPLE_WORDS,
    POINTING_WORDS,
    PREPOSITIONS,
    REMARK_ADJECTIVES,
    REMARK_WORDS,
    clause_opening,
)
from vocab_app.mining.en_words import ADVERBS, MODALS, NP_STOP_WORDS, THIRD_PERSON_RE, looks_adverb
from vocab_app.mining.lang import word_set
from vocab_app.mining.predicate_subjects import predicate_subject_start
from vocab_app.mining.rarity import FLOOR, RATIO, derived_rank, word_rank

#: One lower-case word (a hyphen inside): the only shape either side may have here.
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: The closing bracket and the word after it.
_AFTER_RE = re.compile(r"\s*[)）]\s*([A-Za-z][a-z]*(?:-[a-z]+)*)(?=[\s,.;:!?)]|$)")
#: Verbs that link a subject to a predicate adjective (`is active`, `may become brittle`).
_LINKING = word_set("is are was were be been being seem seems seemed become becomes became "
                    "remain remains remained appear appears appeared occur occurs occurred")
#: Endings of adjectives besides those of description_words (`malignant`, `dependent`,
#: `ixodid`, Latin comparatives of place: `anterior`, `inferior`).
_MORE_ADJ_ENDINGS = ("ant", "ent", "id", "erior")
#: Words that are no term and no plain word for one, on either side (`acute` and `chronic`,
#: remarks when alone in brackets, are technical words when glossed: `chronic (ongoing)`).
_NEVER = (ASIDE_WORDS | PEOPLE_WORDS | REMARK_WORDS | NP_STOP_WORDS
          | (REMARK_ADJECTIVES - word_set("acute chronic")))
#: Prepositions of place that open a plain phrase for a predicate adjective (`is internal
#: (inside your body)`, `is subcutaneous (under the skin)`); not `in`/`on`/`at`, which mostly
#: open remarks (`was published (in Nature)`).
_PLACE_OPENERS = word_set("inside outside under beneath below above within between behind")
_PHRASE_RE = re.compile(r"[a-z]+(?: [a-z']+){1,4}")
_TWO_WORDS_RE = re.compile(r"[a-z]{2,} [a-z]{2,}")


def _adjective(word: str) -> bool:
    """An adjective by its ending or a short common one (`noncancerous`, `fatty`, `typical`),
    or a compound ending in a participle (`hormone-producing`, `calcium-based`)."""
    return (adjective_like(word) or word.endswith(CLASSIFYING_ENDINGS + _MORE_ADJ_ENDINGS)
            or word in REMARK_ADJECTIVES
            or "-" in word and word.endswith(("ing", "ed")) and word[0] != "-")


def _plain_pair(head: str, note: str) -> bool:
    """Both sides one lower-case word, neither an aside, a remark or a function word, the note
    of four letters or more, not built on the head (`tonsil (tonsillitis)`) and not an adverb."""
    if not (_WORD_RE.fullmatch(head) and _WORD_RE.fullmatch(note)):
        return False
    if len(note) < 4 or len(head) < 3 or head in _NEVER or note in _NEVER:
        return False
    return not (note.endswith("ly") or head[:4] == note[:4])


def word_gloss_start(text: str, lo: int, t1: int, g0: int, g1: int) -> int | None:
    """Start of the one word before the bracket `text[g0:g1]` that the bracket glosses word for
    word (`modifier_start`, `predicate_start`), or of the predicate's subject when the bracket
    names its condition (predicate_subjects.py), else None. Cheap for the many brackets that
    hold more than one word: only a note of one lower-case word, or a place phrase, is read
    further, and only the last two words before the bracket."""
    note = text[g0:g1].strip()
    one_word = _WORD_RE.fullmatch(note) is not None
    # (`or X` is an alternative, clause_notes.py's case)
    two_words = _TWO_WORDS_RE.fullmatch(note) is not None and not note.startswith("or ")
    phrase = not one_word and (note.split(" ", 1)[0] in _PLACE_OPENERS
                               or _plain_predicate_note(note))
    if not (one_word or two_words or phrase):
        return None
    if t1 <= lo or text[t1 - 1].isspace():
        return None  # (`t1` ends the head word)
    parts = text[max(lo, t1 - 40):t1].rsplit(None, 2)
    if not parts:
        return None
    head = parts[-1]
    h0 = t1 - len(head)
    if one_word and head[:1].isupper() and head[1:].islower() and _opens_line(text, lo, h0):
        # `Chronic (ongoing) cough` opening a list line: the capital only opens it
        return h0 if modifier_start(text, h0, head.lower(), note, g1, "") is not None else None
    if two_words and _latin_for_adjective(text, head, note, g1):
        return h0  # `new (de novo) mutations`: a two-word phrase for the adjective
    if not (one_word or phrase):
        return None
    if one_word and _short_form_quality(text, head, note, g1):
        return h0  # `LDL (bad) cholesterol`: what kind the short form names, in a plain word
    if one_word:
        before = parts[-2] if len(parts) >= 2 else ""
        start = modifier_start(text, h0, head, note, g1, before)
        if start is not None and looks_adverb(before):
            return h0 - len(before) - 1 if text[h0 - 1] == " " else h0  # `extremely thin`
        if start is not None:
            return _coordinated_adjective_start(text, lo, start)
        if _noun_before_of(text, head, parts[-2] if len(parts) >= 2 else "", note, g1):
            return h0  # `one part (subunit) of a protein`: a noun renamed inside its phrase

    verb = parts[-2] if len(parts) >= 2 else ""
    linked = verb.lower() in _LINKING or _after_glossed_conjunct(text, h0, verb)
    start = predicate_start(h0, head, linked, note, one_word)
    if start is None and one_word and _verb_for_verb(text, h0, head, note, verb, g1):
        return h0
    if start is not None:  # `eyes that are missing (anophthalmia)`: a condition of the subject
        subject = predicate_subject_start(text, lo, start, t1, note)
        return start if subject is None else subject
    return start


#: Words a transitive verb is followed by: its object's determiner, or `to` (`binds to`).
#: (not `that`/`which`: a plural noun may go on with a relative clause)
_OBJECT_OPENERS = word_set("the a an its their his her this these our your to")
#: Subjects a verb follows that are no nouns (`it controls`, `which binds`).
_SUBJECTS = word_set("it this that which who")


def _verb_for_verb(text: str, h0: int, head: str, note: str, before: str, g1: int) -> bool:
    """True for a verb glossed by another verb of the same form, between its subject and its
    object (`the complex attaches (binds) to DNA`, `this protein controls (regulates) a
    pathway`): both -s forms, after a short subject that opens its clause (a noun phrase
    with no preposition in it, or a pronoun), before a determiner or `to` (a plural noun
    is followed by its verb, `cell walls (membranes) are`, or is inside a phrase, `the
    movement of nerve cells (neurons) to their places`). A note that can only be a verb
    (`metastasizes`) needs none of that."""
    if not (THIRD_PERSON_RE.fullmatch(head) and THIRD_PERSON_RE.fullmatch(note)) or not _plain_pair(
            head, note):
        return False
    if _VERB_NOTE_RE.fullmatch(note) and not head.endswith("ss"):
        return True  # a note that can only be a verb: `the cancer spreads (metastasizes)`
    subject = before.lower().strip(",;:")
    if not subject.isalpha() or subject.endswith("ing") or (
            subject in NP_STOP_WORDS and subject not in _SUBJECTS):
        return False
    clause = text[clause_opening(text, 0, h0, 60):h0].lower().split()
    if len(clause) > 4 or any(w in PREPOSITIONS or w in _NOT_IN_SUBJECT for w in clause):
        return False
    after = _AFTER_RE.match(text, g1)
    return after is not None and after.group(1).lower() in _OBJECT_OPENERS


#: A note that is a verb in the third person by its ending (`metastasizes`, `proliferates`):
#: whatever the clause around it, it renames the verb before it.
_VERB_NOTE_RE = re.compile(r"[a-z]{4,}(?:izes|ises|ates|ifies)")
#: Words no subject holds: an infinitive's `to`, modals and verbs of having (`may need to
#: have extra tests`).
_NOT_IN_SUBJECT = MODALS | word_set("to need needs have has")


def _after_glossed_conjunct(text: str, h0: int, conjunction: str) -> bool:
    """True when `or`/`and` before the word at `h0` follows a bracket: the word is the second
    of two coordinated predicate words, each glossed, in the first one's frame (`is acute
    (short-term) or chronic (ongoing)`)."""
    before = text[max(0, h0 - 60):h0].rstrip()
    return (conjunction in ("or", "and") and before.endswith(conjunction)
            and before[:-len(conjunction)].rstrip().endswith(")"))


def _short_form_quality(text: str, head: str, note: str, g1: int) -> bool:
    """True for a capital short form inside a noun phrase glossed by one plain adjective that
    says what it is like (`LDL (bad) cholesterol`, `HDL (good) cholesterol`): the noun after
    the bracket goes on with the phrase."""
    if not (head.isupper() and head.isalpha() and 2 <= len(head) <= 6 and note.isalpha()
            and note.islower() and note not in _NEVER and _adjective(note)
            and not note.endswith(_RELATIONAL_ENDINGS)):  # (`FDA (federal) agency` says whose)
        return False
    return _noun_goes_on(text, g1)


def modifies_noun_after(text: str, word: str, g1: int) -> bool:
    """True when `word`, an adjective, stands before a bracket (its content ending at `g1`)
    that a noun phrase goes on after (`damaged or artificial (man-made) heart valves`): the
    note glosses that adjective alone."""
    return _adjective(word) and _noun_goes_on(text, g1)


def _noun_goes_on(text: str, g1: int) -> bool:
    """True when the word right after the bracket closing at `g1` is a lower-case content word
    the noun phrase goes on with: not a preposition, a determiner, an adverb or a stop word."""
    after = _AFTER_RE.match(text, g1)
    nxt = after.group(1) if after else ""
    return (nxt.islower() and len(nxt) >= 3 and nxt not in NP_STOP_WORDS
            and nxt not in PREPOSITIONS and nxt not in DETERMINERS and not nxt.endswith("ly"))


def _latin_for_adjective(text: str, head: str, note: str, g1: int) -> bool:
    """True for an adjective glossed by a two-word phrase between it and its noun (`new (de
    novo) mutations`), the phrase not built on the adjective itself (`canal (osteonic canal)`)."""
    return (_WORD_RE.fullmatch(head) is not None and _adjective(head) and head not in _NEVER
            and head not in note.split() and _noun_goes_on(text, g1))


#: Determiners a noun renamed inside its phrase follows (`one part (subunit) of a protein`).
_NOUN_DETERMINERS = word_set("a an the one its their")
_OF_AFTER_RE = re.compile(r"\s*[)）]\s*of\s")


def _noun_before_of(text: str, head: str, before: str, note: str, g1: int) -> bool:
    """True for a noun after a determiner, glossed by one word, with `of` right after the
    bracket (`a lack (deficiency) of`, `the production (synthesis) of`): the bracket sits
    inside the noun phrase, so the note is another word for the noun. Not an adjective note
    (`the size (narrow) of`: a remark on it)."""
    return (before.lower() in _NOUN_DETERMINERS and _plain_pair(head, note)
            and _OF_AFTER_RE.match(text, g1) is not None and not _adjective(note)
            and not head.endswith("ly"))


_COMPARATIVE_NOTE_RE = re.compile(r"(?:more|less) [a-z]{4,}")


def comparative_start(text: str, lo: int, t1: int, note: str, g1: int) -> int | None:
    """Start of a one-word comparative inside a noun phrase glossed by a `more …` comparative
    (`a lower (more stringent) limit`, `a higher (more severe) grade`): what the word means
    there. Not a word repeated (`a faster (more faster) car`) or a remark after the noun."""
    if _COMPARATIVE_NOTE_RE.fullmatch(note) is None:
        return None
    m = re.search(r"[a-z]+$", text[max(lo, t1 - 20):t1])
    if m is None:
        return None
    head = m.group()
    h0 = t1 - len(head)
    if h0 > lo and text[h0 - 1].isalpha():
        return None
    adjective = note.split()[1]
    if not (head.endswith("er") and len(head) >= 5) or head in _NEVER or adjective in _NEVER:
        return None
    if adjective[:4] == head[:4] or not _adjective(adjective):
        return None
    return h0 if _noun_goes_on(text, g1) else None


def modifier_start(text: str, h0: int, head: str, note: str, g1: int,
                   before: str) -> int | None:
    """`h0`, the start of the adjective `head` right before the bracket, when the bracket stands
    inside a noun phrase, between that adjective and the noun after it (`multiple noncancerous
    (benign) fatty tumors` → noncancerous, `fatty (adipose) tissue` → fatty, `severe
    (advanced) cases`); else None.

    The note is one word, the head an adjective by its ending or a common one, and the word
    after the bracket a lower-case content word that the phrase goes on with (not a
    preposition, a determiner or an adverb). An -ed note after a head without that ending and
    a word `before` it that points at one thing (`the local (cached) copy`) says which one; it
    does not rename `local`. Nor does a note rename a name given (`called amyloid`)."""
    if not _noun_goes_on(text, g1) or not _plain_pair(head, note) or not (
            _adjective(head) or _relational_for_noun(head, note)
            or _plainer_adjective(head, note)):
        return None
    if before.lower() in _NAMING:
        return None
    if (note.endswith("ed") and not head.endswith("ed") and "-" not in note
            and before.lower() in _POINTING):
        return None  # (a compound adjective is no participle: `binaural (two-eared) cues`)
    return h0


#: Words before a head that point at one thing (`the local (cached) copy`).
_POINTING = POINTING_WORDS | word_set("the that")
#: Words before a head that make it a name given (`a protein called amyloid (amyloidosis)`).
_NAMING = word_set("called named termed")


_COORDINATED_RE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)*) and \Z")


def _coordinated_adjective_start(text: str, lo: int, h0: int) -> int:
    """`h0`, or the start of an adjective joined to the glossed one by `and` (`a sudden and
    time-limited (acute) illness`): the note renders the pair that modifies the noun. (After
    `or` it renames the alternative: `damaged or artificial (man-made) joints`.)"""
    m = _COORDINATED_RE.search(text, max(lo, h0 - 30), h0)
    return m.start() if m is not None and (
        _adjective(m.group(1)) or m.group(1) in IRREGULAR_PARTICIPLES) else h0


#: Endings of relational adjectives, which render a noun used as a modifier (`kidney (renal)
#: failure`, `heart (cardiac) muscle`, `eye (ocular) pressure`).
_RELATIONAL_ENDINGS = ("al", "ic", "ac", "ar", "ary")


def _relational_for_noun(head: str, note: str) -> bool:
    """True for a noun modifier glossed by its relational adjective inside a noun phrase
    (`side (peripheral) vision`, `lung (pulmonary) function`): the technical adjective, rare
    and rarer than the noun, that a technical text puts where the plain text has the noun. Not
    a commoner qualifier (`the team (national) office`: which office, not another word)."""
    if len(note) < 5 or not note.endswith(_RELATIONAL_ENDINGS) or head.endswith("ly"):
        return False
    rank = word_rank(note)
    return rank >= FLOOR and rank >= 2 * word_rank(head)


def _plainer_adjective(head: str, note: str) -> bool:
    """True for a rare word glossed by an adjective a reader knows by its stem, at least RATIO
    times commoner (`benign (noncancerous) tumor`: noncancerous is read as cancer), inside a
    noun phrase: the head is an adjective too, whatever its ending."""
    if not _adjective(note) or note.endswith("ed"):
        return False
    rank = word_rank(head)
    return rank >= FLOOR and RATIO * derived_rank(note) <= rank


def predicate_start(h0: int, head: str, linked: bool, note: str, one_word: bool) -> int | None:
    """`h0`, the start of a predicate word `head` after a linking verb (`linked`), glossed by one
    word (`versions that are active (expressed) in …`, `the skin becomes brittle (fragile)`) or
    by a place phrase (`the bleeding is internal (inside your body)`); else None. Not a name, a
    remark (`the fix is minor (cosmetic)`), an aside (`the step is optional (recommended)`) or
    a word glossed by its own derivative."""
    if not linked:
        return None
    if not one_word:
        if (_PHRASE_RE.fullmatch(note) and _WORD_RE.fullmatch(head) and _adjective(head)
                and head not in _NEVER and len(head) >= 5
                and not any(w.startswith(head[:-2]) for w in note.split())):
            return h0  # (not `is resized (resized windows keep …)`: a remark repeating it;
            # `immunocompromised (has a weakened immune system)` only shares a stem)
        return None
    if not _plain_pair(head, note) or len(head) < 4:
        return None
    if note.endswith("ing") and "-" not in note and not head.endswith("ing") and (
            note[:2] == head[:2]):  # (of the same verb: `ongoing` is another adjective)
        return None  # `is swollen (swelling)`: a noun for the state, not another word for it
    # (`is chronic (long-lasting)`: a compound -ing adjective is another adjective)
    return h0


#: Words that open a plain predicate although they are function words (`(not severe)`, `(have
#: no symptoms)`, `(cannot spread)`).
_PREDICATE_OPENERS = word_set("not have has can cannot gets get becomes")


def _plain_predicate_note(note: str) -> bool:
    """True for a plain phrase of two to five lower-case words that may say what a predicate
    adjective means (`hereditary (passed down in families)`, `inflamed (swollen and red)`,
    `progressive (gets worse over time)`): it opens with a content word, not an adverb, an
    aside or a function word (`(but recommended)`, `(usually mild)`, `(in most cases)`)."""
    if _PHRASE_RE.fullmatch(note) is None:
        return False
    words = note.split()
    first = words[0]
    if first in _PREDICATE_OPENERS:
        return True
    if first in NP_STOP_WORDS or first in _NEVER or first.endswith("ly") or first in ADVERBS:
        return False
    if (first.endswith("ed") and len(first) > 4) or first in IRREGULAR_PARTICIPLES:
        return True  # `(passed down in families)`, `(caused by changes in genes)`
    # `(puffy and red)`: adjectives joined, what it looks like; not one adjective and its
    # scope (`(safe for most adults)`: another property, a remark)
    return len(words) == 3 and words[1] in ("and", "or") and _adjective(words[2])


def _opens_line(text: str, lo: int, h0: int) -> bool:
    """True when the word at `h0` opens the text, a line, a sentence or a list item (`- Chronic
    …`)."""
    before = text[max(lo, h0 - 3):h0].rstrip(" \t")
    return h0 <= lo or not before or before[-1] in "\n-•.!?:"
