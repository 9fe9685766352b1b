"""A plain-English description glossed by the technical word in brackets (RULES.md DEF, S1b):
`widely spaced eyes (hypertelorism)`, `an opening in the roof of the mouth (cleft palate)`,
`turns on (activates)`. Consumer-health pages write the plain words first and name the medical
term after them; the pair keeps the text's order (term = description, gloss = bracketed word).

`description_start` finds where the description before a bracket naming a technical term
starts: a noun phrase, with `of`/`between`/`in` phrases and a relative clause (`webbing of the
skin between some fingers`), after a determiner, a comma, a verb or `such as`."""

from __future__ import annotations

import re
from bisect import bisect_left

from vocab_app.mining.description_bounds import (
    modifier_pair,
    plural_things,
    renames_alternative,
    renders_degree,
    verb_complement,
)
from vocab_app.mining.description_modifiers import (
    after_coordinated_modifier,
    after_owner,
    coordinate_adjective_start,
    counted_start,
    degree_start,
    noun_pair_start,
)
from vocab_app.mining.description_words import (
    CLOSING,
    CONDITION_AMOUNTS,
    CONDITION_LINKS,
    DETERMINERS,
    EXPERIENCING,
    FORMING,
    ING_PREPOSITIONS,
    IRREGULAR_PARTICIPLES,
    LINKS,
    MAX_WORDS,
    NO_NOUN_BEFORE,
    NOT_FIRST,
    NOT_NOUN_ENDINGS,
    NUMBER_WORDS,
    OCCURRENCE_NOUNS,
    PARTICLES,
    PEOPLE_WORDS,
    PLACE_PREDICATES,
    PREPOSITIONAL_VERBS,
    PREPOSITIONS,
    PRONOUN_HEADS,
    QUANTITY_NOUNS,
    QUANTITY_WORDS,
    RELATIVES,
    WORD_RE,
    change_noun,
)
from vocab_app.mining.description_words import content_word as _content
from vocab_app.mining.description_words import core_word as _core
from vocab_app.mining.description_words import is_plural as _plural
from vocab_app.mining.en_terms import noun_phrase_start
from vocab_app.mining.en_words import OBJECT_VERBS, looks_adverb
from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import RARE, word_rank
from vocab_app.mining.when_notes import names_condition


def verb_and_particle(words: list[str], note: str) -> bool:
    """True when `words` are a verb and its particle (`turns on`, `broken down`) and the
    one-word note is a verb of the same form or one by its ending (`activates`, `metabolizing`,
    `inactivate`), a state a participle is in (`turned on (active)`) or a condition (`waste
    away (atrophy)`)."""
    if len(words) != 2 or " " in note.strip() or _core(words[1]) not in PARTICLES:
        return False
    verb, low = _core(words[0]), note.lower()
    if not _content(words[0]) or not note.isalpha():
        return False
    for ending in ("s", "ed", "ing"):  # (`broken down (degraded)`: an irregular participle)
        if (verb.endswith(ending) or ending == "ed" and _participle(verb)) and low.endswith(
                ending) and not low.endswith("ss"):
            return True
    return (len(low) > 6 and low.endswith(("ate", "ize", "ise", "ify"))
            or verb.endswith("ed") and low.endswith("ive")
            or names_condition(note) and _core(words[1]) in ("away", "out", "down", "up", "off")
            and not verb.endswith("er"))  # `waste away (atrophy)`; not `lower back (lordosis)`


def description_start(text: str, start: int, end: int, note: str) -> int:
    """Start of the plain description that ends at `end` (the text before the bracket holding
    the technical term `note`), never left of `start`; `end` when there is none.

    The description is a noun phrase (en_terms.noun_phrase_start: back to a determiner, a
    comma, `such as`, a verb) that runs on leftwards across `of`/`between`/`in`/`at`/`with`
    (and the determiner after one) when a noun stands before it (`webbing of the skin between
    some fingers`; not after a quantity: `a small amount of radioactive sugar`), across `that`
    after a plural noun (`medications that constrict the blood vessels`) and across `and`/`or`
    joining one bare word after a determiner or preposition (`the nose and mouth`). A verb and
    its particle before a one-verb note are the term (`turns on (activates)`)."""
    words = list(WORD_RE.finditer(text, start, end))
    if not words or words[-1].group()[-1] in CLOSING:
        return end
    n = len(words)
    if n > 1 and verb_and_particle([words[-2].group(), words[-1].group()], note):
        return words[-2].start()  # `turns on (activates)`, `turn off (inactivate)`
    starts = [m.start() for m in words]
    begin = seg = n
    via_relative = False
    while n - seg <= MAX_WORDS:
        s = noun_phrase_start(text, start, words[seg - 1].end(), max_words=6)
        j = _after_verb(words, bisect_left(starts, s), seg)
        if j >= seg:
            break
        kept = begin
        begin = j
        while True:  # words joined to the phrase without a noun phrase of their own
            kind, idx = _joined_before(words, begin, names_condition(note))
            if kind == "and" and renames_alternative(words, begin, note) and not (begin < n - 1
                    and modifier_pair(words[idx].group(), words[begin].group(), True)):
                break  # (`or` between two modifiers of a noun offers no other word for it)
            if kind in ("and", "pronoun"):
                begin = idx
                continue
            break
        relative = kind == "link" and _core(words[idx].group()) in RELATIVES
        if (seg < n and begin > 0 and not via_relative and not relative
                and _opens_clause(words[begin - 1].group()) and not _gerund_after(words, seg)):
            # `causes impairment of the …`, `in which progressive degeneration of the …`: the
            # noun before the link belongs to the clause, not to the description; after `and`
            # the description may be the whole coordination (`develop poor coordination and
            # difficulty with …`) or, in a list, the phrase after the link
            if _core(words[begin - 1].group()) in ("and", "or"):
                if begin > 1 and words[begin - 2].group().endswith((",", ";")):
                    break  # `redness, itchiness, or missing patches of skin`: a list's last item
                both = _coordination_start(words, begin - 1)
                if both is not None:
                    return words[both].start()
                if kept >= n - 1 or any(_core(w.group()) in ("and", "or") for w in words[kept:]):
                    return end  # (`problems with walking and balance`: no telling either)
                if names_condition(note):  # the whole phrase after the link, less a modifier
                    begin = after_coordinated_modifier(words, begin, n)  # (`partial or complete`)
                    break
            if kept < n - 1:  # (one word after the link is no description: keep the noun,
                # `causes inflammation of the liver (hepatitis)`)
                opener = _core(words[begin - 1].group())
                if opener not in RELATIVES and opener not in ("and", "or") and not any(
                        _core(w.group()) in RELATIVES for w in words[kept:]):
                    if names_condition(note) or opener in EXPERIENCING or change_noun(
                            _core(words[begin].group())):  # (`causes clouding of the lens`)
                        break  # a condition is the whole: `cancer of the bone marrow (myeloma)`;
                        # so is what one experiences or a change, a sign (`yellowing of …`)
                    # `causes yellowing of the skin … (jaundice)`, `break down complexes of
                    # sugar molecules (oligosaccharides)`: after a verb the term may name the
                    # whole or the part after the link, and only a relative clause there
                    # (`causes impairment of the contractions that move food …`) tells, or a
                    # plural note of things after a place link (`within nerve cells (neurons)`)
                    if "of" in (_core(w.group()) for w in words[max(0, kept - 2):kept]) or (
                            not plural_things(note, words[-1].group())):
                        return end
                begin = kept
            break
        if kind != "link":
            break
        seg = idx
        # a noun with its relative clause is the description whatever stands before it
        via_relative = _core(words[idx].group()) in RELATIVES
    begin = _after_quantity(words, begin, n, note)
    while (begin < n - 1 and _core(words[begin].group()) in PARTICLES
           and _core(words[begin + 1].group()) in PREPOSITIONS):
        begin += 1  # `builds up in the arteries of the neck`: the verb's particle goes
    if _infinitive_at(words, begin, n):
        begin += 1  # `is used to bounce sound waves (ultrasound)`: the verb goes
    while begin < n and _core(words[begin].group()) in NOT_FIRST:
        begin += 1
    if begin >= n or _object_in_relative_clause(words, begin):
        return end
    before = begin - 1
    if begin == n - 1 and before > 0 and (_core(words[before].group()) == "the" or (
            _core(words[before].group()) in ("a", "an")
            and not _naming_preposition(words, before - 1)
            and not verb_complement(words, before - 1))):
        before -= 1  # `from the ears`; but `lead to a shortage`, `result in a lack`, `with
        # a fever (pyrexia)`, `breaks it down into a sugar (glucose)` name a thing
    if begin == n - 1 and before >= 0 and _core(words[before].group()) in NO_NOUN_BEFORE:
        return end  # `before birth`, `help them breathe`: no description of one word
    if (begin == n - 1 and before >= 0 and before < begin - 1 and " " not in note
            and _core(words[before].group()) in ("and", "or")):
        return words[begin].start()  # `structure or the movement (migration)`: the movement
    if begin == n - 1 and before >= 0 and _core(words[before].group()) in ("and", "or"):
        # `X and Y (term)`: the term names the coordination or more, not its last word; a
        # one-word note after `or` renames the alternative it follows (`tilt or unevenness`)
        both = _coordination_start(words, before)
        if both is not None and not renames_alternative(words, begin, note):
            return words[both].start()
        if " " in note:
            return end
        pair = noun_pair_start(words, before)
        last, first = _core(words[begin].group()), _core(words[before - 1].group())
        if pair is not None and word_rank(last) < RARE and (not renames_alternative(
                words, begin, note) or (_plural(first) and _plural(last))):
            # `short fingers and toes (brachydactyly)`: a set (`long, slender fingers and …`)
            return words[coordinate_adjective_start(words, pair, n)].start()
    if (begin >= 3 and _core(words[begin - 1].group()) in NUMBER_WORDS | {"one"}
            and _core(words[begin - 2].group()) in ("and", "or")
            and _noun_before(words, begin - 2)):
        return end  # `the face or one side of the body (hemiplegia)`: a conjunct's tail
    begin = counted_start(words, after_owner(words, begin, n), note)  # `one eye (unilateral)`
    return words[coordinate_adjective_start(words, degree_start(words, begin, note), n)].start()


#: Verbs whose object a description may be, whole, when it is a coordination (`include general
#: weakness and tiredness (fatigue)`, `develop poor coordination and difficulty with …`).
_COORDINATION_VERBS = OBJECT_VERBS | word_set("have has had experience experiences show shows "
                                              "exhibit exhibits")


def _naming_preposition(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is `to` or the `in` of `result in`, after which `a`/`an` and one word
    may be the description (`lead to a shortage`; not `inserted into a vein`)."""
    core = _core(words[i].group())
    return core == "to" or (
        core == "in" and i > 0 and _core(words[i - 1].group()).startswith("result"))


#: Words before `to` that make the next word a verb (`used to bounce`, `hard to study`).
_BEFORE_INFINITIVE = word_set("used able unable difficult hard easy possible impossible want "
                              "wants need needs try tries way ways")


def _infinitive_at(words: list[re.Match[str]], i: int, n: int) -> bool:
    """True when words[i] is a bare verb after `to` and a word that takes an infinitive
    (`used to bounce …`, `difficult to study …`), with a noun phrase of its own after it."""
    if i < 2 or i >= n - 1 or _core(words[i - 1].group()) != "to":
        return False
    if words[i - 2].group()[-1] in CLOSING or words[i].group()[-1] in CLOSING:
        return False
    before = _core(words[i - 2].group())
    nxt = _core(words[i + 1].group())
    return (before in _BEFORE_INFINITIVE and _content(words[i].group())
            and nxt not in PREPOSITIONS and nxt not in RELATIVES)


def _coordination_start(words: list[re.Match[str]], conj: int) -> int | None:
    """Index of the first conjunct when words[conj] (`and`/`or`) joins two phrases that are
    together the object of a verb right before them: one to three content words, no
    punctuation, after a verb such as `include`, `develop`, `have`; else None (a list's last
    items: `include fever, weakness and tiredness`)."""
    i = conj - 1
    while i >= 0 and conj - i <= 4 and _content(words[i].group()) and (
            words[i].group()[-1] not in CLOSING) and _core(words[i].group()) not in (
            _COORDINATION_VERBS):
        i -= 1
    if i == conj - 1 or i < 0 or words[i].group()[-1] in CLOSING:
        return None
    return i + 1 if _core(words[i].group()) in _COORDINATION_VERBS else None


def _object_in_relative_clause(words: list[re.Match[str]], begin: int) -> bool:
    """True when words[begin:] is the object of a verb in a relative clause whose noun the walk
    did not take (`glands … that produce a substance that protects the skin and hair
    (sebaceous glands)`): the term names the noun the clause describes, not the object."""
    i = begin - 1
    if i >= 0 and _core(words[i].group()) in DETERMINERS:
        i -= 1
    return (i >= 1 and _content(words[i].group()) and words[i].group()[-1] not in CLOSING
            and _core(words[i - 1].group()) in RELATIVES
            and _core(words[i].group()) not in OBJECT_VERBS)  # (`that causes brain dysfunction`)


def _gerund_after(words: list[re.Match[str]], link: int) -> bool:
    """True when a gerund and its object follow the link words[link] (`difficulty in
    coordinating movements`): the noun before it takes the gerund as its complement, so it
    belongs to the description whatever verb stands before it. (Not a gerund as a noun in a
    coordination: `problems with walking and balance`.)"""
    if link + 2 >= len(words) or _core(words[link].group()) not in LINKS:
        return False
    gerund = words[link + 1].group()
    core = _core(gerund)
    return (core.endswith("ing") and len(core) > 5 and _content(gerund)
            and gerund[-1] not in CLOSING and _content(words[link + 2].group()))


def _after_quantity(words: list[re.Match[str]], begin: int, n: int, note: str) -> int:
    """`begin`, or the index after the last word of number in words[begin:n - 1] with no link
    after it (`change single protein building blocks` → protein building blocks; not
    `one of the chromosomes in each of their cells`), unless the note renders it (`frequent
    urination (polyuria)`: poly- says how often)."""
    for i in range(n - 2, begin - 1, -1):
        core = _core(words[i].group())
        if core in LINKS or core in RELATIVES:
            return begin
        if core in QUANTITY_WORDS:
            if i > begin + 1 and _core(words[i - 1].group()) in LINKS:
                return begin  # `involuntary tensing of various muscles (dystonia)`
            return i if i == n - 2 and renders_degree(note, core) else i + 1
    return begin


def _after_verb(words: list[re.Match[str]], j: int, seg: int) -> int:
    """Index of the first word of words[j:seg] after a verb or preposition the noun phrase
    took in: a finite -ed verb after a noun (`acatalasemia developed open sores` → open sores;
    not `abnormal star-shaped cells`), or a preposition that is no link (`slowly before
    birth` → birth), else `j`."""
    cut = j
    for i in range(j, seg - 1):
        core = _core(words[i].group())
        if core in PREPOSITIONS and core not in LINKS:
            cut = i + 1
        elif i < seg - 2 and _plural(core) and _content(words[i + 1].group()) and not _plural(
                _core(words[i + 1].group())):
            cut = i + 2  # `adults notice ringing ears`: a plural noun and its verb
        elif core in FORMING and _core(words[i + 1].group()) not in ("of", "and", "or") and (
                i == j or _core(words[i - 1].group()) not in DETERMINERS):
            cut = i + 1  # `proteins form clumps (aggregates)`: the verb that makes the thing;
            # a noun before `of` (`a form of arthritis`) or after an article stays
        elif i > j and core in EXPERIENCING and _content(words[i - 1].group()):
            cut = i + 1  # `infants with this disorder experience yellowing of …`: a noun and
            # the verb of having a sign (after a determiner it is a noun: `the experience of`)
        elif i > j and core.endswith("ed") and "-" not in core and len(core) > 4:
            prev = _core(words[i - 1].group())
            if _content(words[i - 1].group()) and not prev.endswith(NOT_NOUN_ENDINGS):
                cut = i + 1
    return cut


def _joined_before(words: list[re.Match[str]], begin: int,
                   condition: bool = False) -> tuple[str, int]:
    """What joins words[begin:] to the words before it: (`link`, i) when words[i] is a
    preposition (maybe followed by a determiner) after a noun, so a noun phrase ends at
    words[i - 1]; (`pronoun`, i) for `one of`/`each of` (words[i] is the pronoun); (`and`, i)
    for one bare conjunct words[i] after a determiner or preposition; else (``, begin)."""
    if begin == 0:
        return "", begin
    b = begin - 1
    w = _core(words[b].group())
    if w == "other" and b > 2 and _core(words[b - 1].group()) in ("and", "or"):
        b, w = b - 1, "and"  # `the blood and other tissues`: one class and what joins it
    if w in RELATIVES:
        verb = _core(words[begin].group()) if begin < len(words) else ""
        if b > 0 and _noun_before(words, b) and (
                _core(words[b - 1].group()).endswith("s")
                or verb.endswith("s") and not verb.endswith("ss") and verb not in OBJECT_VERBS):
            return "link", b  # (`the vein that supplies …`: a verb agreeing with one noun)
        return "", begin
    if w in ("and", "or"):
        if b > 1 and _noun_before(words, b) and _core(words[b - 2].group()) in (
                DETERMINERS | LINKS):
            return "and", b - 1
        if b > 2 and _noun_before(words, b) and _content(words[b - 2].group()) and _core(
                words[b - 3].group()) in DETERMINERS and words[b - 2].group()[-1] not in (
                CLOSING):
            return "and", b - 2  # `an enlarged liver and spleen`
        if b > 0 and modifier_pair(words[b - 1].group(), words[begin].group()):
            return "and", b - 1  # `heavy or prolonged menstrual bleeding`, `red and inflamed`
        return "", begin
    if w in DETERMINERS and b > 2 and _content(words[b - 1].group()) and _core(
            words[b - 2].group()) in RELATIVES:
        # the object of a relative clause: `medications that constrict the blood vessels`
        kind, idx = _joined_before(words, b - 1)
        return (kind, idx) if kind == "link" else ("", begin)
    link = b - 1 if w in DETERMINERS else b
    if link < 1 or _core(words[link].group()) not in (
            LINKS | CONDITION_LINKS if condition else LINKS):
        verb = _core(words[link].group()) if link >= 1 else ""
        if (link < b and verb.endswith("ing") and len(verb) > 6 and verb not in ING_PREPOSITIONS
                and _noun_before(words, link)):
            return "link", link  # `the fluid surrounding the nucleus`: a participle's object
        return "", begin
    left = _core(words[link - 1].group())
    if left in PRONOUN_HEADS and words[link - 1].group()[-1] not in CLOSING:
        return "pronoun", link - 1
    if ((left in QUANTITY_NOUNS and not (condition and left in CONDITION_AMOUNTS))
            or (condition and left in OCCURRENCE_NOUNS)
            or left in PREPOSITIONAL_VERBS or left in PEOPLE_WORDS
            or not _noun_before(words, link)
            or (left.endswith("ed") and len(left) > 4 and "-" not in left)  # `looked at`
            or left in IRREGULAR_PARTICIPLES  # `found in the outermost layer of skin`
            or looks_adverb(left) and link >= 2 and _participle(_core(words[link - 2].group()))
            or left in PLACE_PREDICATES  # `is active in the energy-producing centers of …`
            or verb_complement(words, link)):  # `fill the lungs with fluid (…)`
        return "", begin
    return "link", link


def _participle(word: str) -> bool:
    """True for a past participle by its ending or an irregular one (`found`, `seen`)."""
    return word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PARTICIPLES


def _opens_clause(word: str) -> bool:
    """True when `word`, right before a noun phrase, makes it part of a clause: a content word
    (a verb or an adjective of its own) or a conjunction or relative pronoun."""
    core = _core(word)
    return word[-1] not in CLOSING and (_content(word) or core in ("and", "or", "but", "nor")
                                         or core in RELATIVES)


def _noun_before(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i - 1] is a content word not closed by punctuation."""
    left = words[i - 1].group()
    return _content(left) and left[-1] not in CLOSING
