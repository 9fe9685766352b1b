"""A plain-English description glossed by the technical word in brackets (RULES.md DEF, S1b):
`widely spaced eyes (hypertelorism)`, `an opening in the roof of the mouth (cleft palate)`,
`turns on (activates)`. Consumer-health pages write the plain words first and name the medical
term after them; the pair keeps the text's order (term = the description, gloss = the word in
brackets).

Two parts: `names_term` tells a bracket holding only a short technical term from the short
English asides that look like one (`(images)`, `(optional)`, `(left)`, `(stuff)`, a product
name after a kind of thing: `a plotting library (matplotlib)`), and `description_start` finds
where the description before it starts: a noun phrase that may go on with `of`/`between`/`in`
phrases and a relative clause (`webbing of the skin between some fingers`, `medications that
constrict the blood vessels`), starting after a determiner, a comma, a verb or `such as`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vocab_app.mining.definitions import ALSO_CALLED_RE, is_adjective
from vocab_app.mining.en_terms import NP_STOP_WORDS, noun_phrase_start
from vocab_app.mining.lang import word_set

_TERM_WORD_RE = re.compile(r"[a-z][a-z\-]*[a-z]")
#: One-word brackets that are asides, labels or editorial remarks, not terms.
_ASIDE_WORDS = word_set("""
images image photos photo pictures picture video videos audio stuff things thing optional
required recommended default deprecated plural singular left right above below center centre
top bottom middle front back inside outside approximately approx roughly sic again twice once
pending estimated preliminary unchanged unknown various others etcetera inclusive exclusive
free paid beta alpha draft final updated revised abridged translated edited continued
sometimes often maybe perhaps instead later earlier overnight tomorrow today tonight yesterday
outdoors indoors abroad together anyway however therefore otherwise meanwhile always never
usually frequently seldom also else elsewhere everywhere nowhere somewhere upstairs downstairs
nearby afterwards beforehand first second third last next previously thereafter
summary overview glossary appendix chapter figure table homepage login password reference
""")
#: Who a remark is about (`(children)`, `(young adults)`, `(mice)`): a scope, not a term;
#: before a link they say who has it (`patients with dyspnea`), not what it is.
PEOPLE_WORDS = word_set("""
children child adults adult women woman men man infants infant babies baby toddlers teens
teenagers elderly seniors mice rats dogs cats animals humans people persons patients males
females boys girls participants volunteers subjects users customers readers
""")
#: Nouns that name a kind of thing: a lower-case word in brackets after them is the instance
#: meant (`the tokenizer library (jieba)`, `a web server (nginx)`), not a term for them.
KIND_NOUNS = word_set("""
library libraries package packages tool tools framework frameworks module modules command
commands program programs software app apps application applications service services company
companies brand brands product products server servers database databases language languages
format formats editor editors browser browsers platform platforms file files folder folders
directory directories variable variables option options flag flags parameter parameters setting
settings field fields column columns version versions site sites website websites model models
name names word words term terms label labels treatment treatments therapy therapies medicine
medicines medication medications drug drugs dose doses test tests procedure procedures form forms
step steps section sections part parts page pages document documents text texts way ways
""")
#: Prepositions a description runs back across (`roof of the mouth`, `area between the nose and
#: mouth`, `tissue at the back of the eye`).
_LINKS = word_set("of between in into at through around with within across along inside from "
                  "on")
#: Words that stand for a noun before `of` (`one of the chromosomes`, `each of their cells`).
_PRONOUN_HEADS = word_set("one each all some most both either neither none any")
#: Nouns of quantity: `a small amount of radioactive sugar` describes the sugar, not the amount.
_QUANTITY_NOUNS = word_set("""
amount amounts number numbers lot lots variety group groups type types kind kinds sort sorts
range series set sets couple pair majority minority plenty dozens hundreds thousands millions
percent half level levels change changes
""")
_DETERMINERS = word_set("a an the this that these those their his her its our your my some any "
                        "each every certain particular specific corresponding respective "
                        "resulting subsequent")
#: Adverbs of degree: how much, not what (`severely reduced absorption (malabsorption)` →
#: reduced absorption); `widely spaced eyes` keeps its adverb of manner.
_DEGREE_ADVERBS = word_set("very extremely severely slightly mildly moderately markedly greatly "
                           "significantly somewhat rather quite fairly relatively highly")
#: Verbs whose gerund takes the description as its object (`taking medications that …`).
_GERUND_VERBS = word_set("taking using having getting eating drinking wearing receiving "
                         "needing causing including avoiding preventing treating")
_RELATIVES = word_set("that which who")
#: Particles of a phrasal verb glossed by one verb (`turns on (activates)`).
_PARTICLES = word_set("on off up down out back over away")
_WORD_RE = re.compile(r"\S+")
_CLOSING = ",;:.!?)]\"”"
_MAX_WORDS = 12


def names_term(note: str) -> bool:
    """True when the bracket `note` holds only a short technical term: one to four lower-case
    words, no digits, no function word but `of` (and an `and`/`or` joining two words), one word
    of five letters or more that is not an adverb or an aside word (`hypertelorism`,
    `cleft palate`, `fifth finger clinodactyly`, `miscarriages and stillbirths`)."""
    words = note.split()
    if not 1 <= len(words) <= 4 or not all(_TERM_WORD_RE.fullmatch(w) for w in words):
        return False
    for k, w in enumerate(words):
        if w == "of" and 0 < k < len(words) - 1:
            continue
        if w in ("and", "or") and len(words) == 3 and k == 1:
            continue
        if w in NP_STOP_WORDS or w in _NUMBER_WORDS:
            return False
    if len(words) == 1:
        w = words[0]
        return len(w) >= 5 and not _adverb(w) and w not in _ASIDE_WORDS and w not in PEOPLE_WORDS
    # not a remark: `(lightly edited)`, `(code available online)`
    return not words[-1].endswith("ed") and words[-1] not in PEOPLE_WORDS and not any(
        _adverb(w) or w in _ASIDE_WORDS or w in _REMARK_WORDS for w in words)


_NUMBER_WORDS = word_set("two three four five six seven eight nine ten eleven twelve dozen "
                         "hundred thousand million")
#: Words of a remark on availability or state, never of a term.
_REMARK_WORDS = word_set("available unavailable online offline only here there now soon")


def _adverb(word: str) -> bool:
    """`slowly`, `widely`, `daily`; not `brachydactyly`, `anomaly`, `monopoly`."""
    return word.endswith("ly") and len(word) > 4 and word[-3] not in "aoy"


def _core(word: str) -> str:
    return word.strip("\"'“”‘’([").lower()


def _content(word: str) -> bool:
    """True for a word that may belong to a description: lower-case letters (a hyphen or an
    apostrophe inside), not a function word."""
    core = _core(word)
    return (core.replace("-", "").replace("'", "").isalpha() and word[:1].islower()
            and core not in NP_STOP_WORDS and core not in _DETERMINERS)


def _verb_form(word: str) -> bool:
    core = _core(word)
    return core.endswith(("s", "ed")) and not core.endswith("ss")


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
    words = list(_WORD_RE.finditer(text, start, end))
    if not words or words[-1].group()[-1] in _CLOSING:
        return end
    n = len(words)
    if (_core(words[-1].group()) in _PARTICLES and n > 1 and _content(words[-2].group())
            and _verb_form(words[-2].group()) and " " not in note and _verb_form(note)):
        return words[-2].start()
    starts = [m.start() for m in words]
    begin = seg = n
    via_relative = False
    while n - seg <= _MAX_WORDS:
        s = noun_phrase_start(text, start, words[seg - 1].end(), max_words=6)
        j = _after_verb(words, bisect_left(starts, s), seg)
        if j >= seg:
            break
        kept = begin
        begin = j
        while True:  # words joined to the phrase without a noun phrase of their own
            kind, idx = _joined_before(words, begin)
            if kind in ("and", "pronoun"):
                begin = idx
                continue
            break
        relative = kind == "link" and _core(words[idx].group()) in _RELATIVES
        if (seg < n and begin > 0 and not via_relative and not relative
                and _opens_clause(words[begin - 1].group())):
            # `causes impairment of the …`, `in which progressive degeneration of the …`: the
            # noun before the link belongs to the clause, not to the description; after `and`
            # the description may be the whole coordination: no telling where it starts
            if _core(words[begin - 1].group()) in ("and", "or"):
                return end
            if kept < n - 1:  # (one word after the link is no description: keep the noun,
                begin = kept  # `causes inflammation of the liver (hepatitis)`)
            break
        if kind != "link":
            break
        seg = idx
        # a noun with its relative clause is the description whatever stands before it
        via_relative = _core(words[idx].group()) in _RELATIVES
    while begin < n and _core(words[begin].group()) in _NOT_FIRST:
        begin += 1
    if begin >= n:
        return end
    before = begin - 1
    if begin == n - 1 and before > 0 and _core(words[before].group()) in ("the", "a", "an"):
        before -= 1  # `from the ears`
    if begin == n - 1 and before >= 0 and _core(words[before].group()) in _NO_NOUN_BEFORE:
        return end  # `before birth`, `help them breathe`: no description of one word
    return words[_coordinate_adjective(words, begin, n)].start()


#: Words after which a comma-separated adjective opens a noun phrase (`and dry, itchy skin`);
#: not `the` (`In the trial, painful joints …`: a fronted phrase and a comma).
_PHRASE_OPENERS = word_set("a an and or")


def _coordinate_adjective(words: list[re.Match[str]], begin: int, n: int) -> int:
    """`begin`, or the index of an adjective joined to words[begin] by a comma when both
    modify the noun (`and fatty, foul-smelling stools`, `a dry, scaly patch`): the word before
    the comma, an adjective, opens the phrase (after `a`/`an`/`and`/`or`) and a word other
    than the noun follows the comma. A list (`include fever, swollen glands`) has no such
    opener."""
    b = begin - 1
    if b < 1 or begin >= n - 1 or not words[b].group().endswith(","):
        return begin
    left = words[b].group()[:-1]
    if not (left.isalpha() and left.islower()) or _core(words[b - 1].group()) not in (
            _PHRASE_OPENERS) or words[b - 1].group()[-1] in _CLOSING:
        return begin
    return b if _adjective_like(left) and _content(words[begin].group()) else begin


#: Endings of adjectives only (`-al`, `-ic`, `-ive`, `-ing` make nouns too: trial, clinic).
_ADJ_ENDINGS = ("ed", "ous", "ful", "less", "ible", "able")
_COLOURS = word_set("red blue green yellow white black brown grey gray pink purple pale dark")
#: `fatty`, `runny`: a doubled consonant before -y (not `study`, `therapy`, `biopsy`).
_DOUBLED_Y_RE = re.compile(r"[a-z]*([b-df-hj-np-tv-z])\1y")


def _adjective_like(word: str) -> bool:
    """An adjective by its ending or a short common one (`fatty`, `painful`, `dry`, `red`)."""
    return (word.endswith(_ADJ_ENDINGS) or word in _COLOURS or is_adjective(word)
            or _DOUBLED_Y_RE.fullmatch(word) is not None)


def _after_verb(words: list[re.Match[str]], j: int, seg: int) -> int:
    """Index of the first word of words[j:seg] after a verb or preposition the noun phrase
    took in: a finite -ed verb after a noun (`acatalasemia developed open sores` → open sores;
    not `abnormal star-shaped cells`), or a preposition that is no link (`slowly before
    birth` → birth), else `j`."""
    cut = j
    for i in range(j, seg - 1):
        core = _core(words[i].group())
        if core in _PREPOSITIONS and core not in _LINKS:
            cut = i + 1
        elif i < seg - 2 and _plural(core) and _content(words[i + 1].group()) and not _plural(
                _core(words[i + 1].group())):
            cut = i + 2  # `adults notice ringing ears`: a plural noun and its verb
        elif i > j and core.endswith("ed") and "-" not in core and len(core) > 4:
            prev = _core(words[i - 1].group())
            if _content(words[i - 1].group()) and not prev.endswith(_NOT_NOUN_ENDINGS):
                cut = i + 1
    return cut


#: Endings of adverbs and adjectives: an -ed word after one is a participle (`severely
#: reduced`, `abnormal shaped`), not a verb after its subject.
_NOT_NOUN_ENDINGS = ("ly", "al", "ic", "ous", "ive", "ful", "less", "ary")
#: Verbs that take a preposition (`results in`, `leads to`): no noun before a link.
_PREPOSITIONAL_VERBS = frozenset(
    form for base in word_set("result lead consist depend rely belong refer occur happen live "
                              "work appear differ suffer benefit participate engage")
    for form in (base, base + "s", base + "ed"))


def _joined_before(words: list[re.Match[str]], begin: int) -> tuple[str, int]:
    """What joins words[begin:] to the words before it: (`link`, i) when words[i] is a
    preposition (maybe followed by a determiner) after a noun, so a noun phrase ends at
    words[i - 1]; (`pronoun`, i) for `one of`/`each of` (words[i] is the pronoun); (`and`, i)
    for one bare conjunct words[i] after a determiner or preposition; else (``, begin)."""
    if begin == 0:
        return "", begin
    b = begin - 1
    w = _core(words[b].group())
    if w in _RELATIVES:
        if b > 0 and _noun_before(words, b) and _core(words[b - 1].group()).endswith("s"):
            return "link", b
        return "", begin
    if w in ("and", "or"):
        if b > 1 and _noun_before(words, b) and _core(words[b - 2].group()) in (
                _DETERMINERS | _LINKS):
            return "and", b - 1
        if b > 2 and _noun_before(words, b) and _content(words[b - 2].group()) and _core(
                words[b - 3].group()) in _DETERMINERS and words[b - 2].group()[-1] not in (
                _CLOSING):
            return "and", b - 2  # `an enlarged liver and spleen`
        return "", begin
    if w in _DETERMINERS and b > 2 and _content(words[b - 1].group()) and _core(
            words[b - 2].group()) in _RELATIVES:
        # the object of a relative clause: `medications that constrict the blood vessels`
        kind, idx = _joined_before(words, b - 1)
        return (kind, idx) if kind == "link" else ("", begin)
    link = b - 1 if w in _DETERMINERS else b
    if link < 1 or _core(words[link].group()) not in _LINKS:
        return "", begin
    left = _core(words[link - 1].group())
    if left in _PRONOUN_HEADS and words[link - 1].group()[-1] not in _CLOSING:
        return "pronoun", link - 1
    if (left in _QUANTITY_NOUNS or left in _PREPOSITIONAL_VERBS or left in PEOPLE_WORDS
            or not _noun_before(words, link)
            or (left.endswith("ed") and len(left) > 4 and "-" not in left)):  # `looked at`
        return "", begin
    return "link", link


def _opens_clause(word: str) -> bool:
    """True when `word`, right before a noun phrase, makes it part of a clause: a content word
    (a verb or an adjective of its own) or a conjunction or relative pronoun."""
    core = _core(word)
    return word[-1] not in _CLOSING and (_content(word) or core in ("and", "or", "but", "nor")
                                         or core in _RELATIVES)


def _plural(core: str) -> bool:
    return len(core) > 3 and core.endswith("s") and not core.endswith(("ss", "us", "is", "ous"))


def _noun_before(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i - 1] is a content word not closed by punctuation."""
    left = words[i - 1].group()
    return _content(left) and left[-1] not in _CLOSING


_NOT_FIRST = (_PRONOUN_HEADS | _LINKS | _DETERMINERS | _RELATIVES | _DEGREE_ADVERBS
              | _GERUND_VERBS | _NUMBER_WORDS | word_set("and or one"))
_PREPOSITIONS = _LINKS | word_set("before after during since until from to for by on over under "
                                  "without about against toward towards")
_NO_NOUN_BEFORE = _PREPOSITIONS | word_set("me you him her it us them to")


#: Nouns of software parts: a short lower-case word in brackets after one names a tool
#: (`the runtime (node)`, `a shell (bash)`), not a plainer word for it.
_TOOL_NOUNS = word_set("""
runtime runtimes shell shells engine engines backend backends frontend frontends protocol
protocols plugin plugins extension extensions toolkit toolkits driver drivers daemon daemons
kernel kernels terminal terminals repository repositories registry registries environment
environments container containers cluster clusters namespace namespaces branch branches
""")
_PLAIN_NOTE_RE = re.compile(r"[a-z]{3,5}")
_VOWELS_RE = re.compile(r"[aeiouy]")


def plain_word_for(text: str, start: int, end: int, note: str) -> int | None:
    """Start of the word before `end` that the bracket `note` renames in a plainer word
    (`glucose (sugar)`, `lipid (fat)`, `sodium (salt)`), or None. A plain word is short: one
    lower-case word of three to five letters with a vowel, at least two letters shorter than
    the word it glosses, which is a lower-case noun, not a kind of thing or a software part
    (`the runtime (node)`) and not an agent noun (`the formatter (black)`). It renames that word
    only, after a function word or a classifying adjective: `radioactive glucose (sugar)` →
    glucose; after another noun or a plain adjective the words are a description
    (`low blood pressure (shock)`, described by `description_start`)."""
    if not _PLAIN_NOTE_RE.fullmatch(note) or not _VOWELS_RE.search(note):
        return None
    if (note in _ASIDE_WORDS or note in PEOPLE_WORDS or note in NP_STOP_WORDS
            or _describing_word(note)):
        return None
    words = list(_WORD_RE.finditer(text, max(start, end - 60), end))
    if not words:
        return None
    last = words[-1]
    word = last.group()
    if not (word.isalpha() and word.islower()) or len(word) < len(note) + 2:
        return None
    if (word in NP_STOP_WORDS or word in _DETERMINERS or word in KIND_NOUNS
            or word in _TOOL_NOUNS or word.endswith(("er", "or", "ly", "ing", "ed"))):
        return None
    if len(words) > 1 and words[-2].group()[-1] not in _CLOSING:
        prev = _core(words[-2].group())
        if (_content(words[-2].group()) and not prev.endswith(_CLASSIFYING_ENDINGS)
                and not _verb_after_subject(words, len(words) - 2)):
            if _plural(prev) and not _plural(word):
                return last.start()  # `tests detect (find)`: a verb after a plural subject
            if _plural(word) and _plural(note):
                return words[-2].start()  # `contrast agents (dyes)`: a compound, renamed
            # `low blood pressure (shock)`, `fluid buildup (edema)`: a description whose
            # technical term happens to be short
            return None
    return last.start()


def _verb_after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is an -s verb after a singular noun (`the body handles`)."""
    core = _core(words[i].group())
    if i < 1 or not _plural(core) or words[i - 1].group()[-1] in _CLOSING:
        return False
    subject = _core(words[i - 1].group())
    return _content(words[i - 1].group()) and not _plural(subject) and not subject.endswith(
        _CLASSIFYING_ENDINGS)


#: Endings of classifying adjectives (`radioactive`, `dietary`, `metabolic`): they say which
#: kind, so a plain word for the noun after them renames the noun alone.
_CLASSIFYING_ENDINGS = ("ive", "ic", "al", "ary")


#: Endings of agent nouns that name tools (`tokenizer`, `compiler`, `parser`, `scanner`,
#: `formatter`): a one-word name in brackets after one says which tool.
_TOOL_ENDINGS = ("izer", "iser", "ler", "ser", "ner", "tter")
#: Short adjectives no technical term is: a one-word note that is one remarks on the head.
_REMARK_ADJECTIVES = word_set("minor major loose tight acute chronic mild minimal main basic "
                              "simple rough brief")


def _describing_word(note: str) -> bool:
    """True for a one-word note that is an adjective (`minor`, `loose`, `black`)."""
    return note in _REMARK_ADJECTIVES or note in _COLOURS or is_adjective(note)


def describes_technical_term(head: str, note: str) -> bool:
    """True when `head`, the description found by `description_start`, is glossed by the
    technical term `note`: a lower-case phrase that is not just a kind of thing (`library`,
    `server`, `file`: a name in brackets after those says which one), and whose word class
    the note keeps (an -ed or -ing note goes with an -ed or -ing head: `released (secreted)`,
    not `the file (deprecated)`)."""
    words = head.split()
    if not words or not head[:1].islower() or "'" in head or "’" in head:
        return False
    last = _core(words[-1])
    if " " not in note and (_describing_word(note) or (
            len(words) == 1 and last.endswith(_TOOL_ENDINGS))):
        return False  # `the wound (minor)`: a remark; `the formatter (black)`: which tool
    if len(note.split()) > max(2, len(words)) and not ALSO_CALLED_RE.match(note):
        return False  # `the inner ear (sensorineural hearing loss)`: a term says less in more
    note_last = _core(note.split()[-1])
    if last in KIND_NOUNS or last in _PRONOUN_HEADS or (
            last[:5] == note_last[:5] and (len(note_last) <= len(last) + 2 or len(words) == 1)):
        # `the library (jieba)`; `revenue (annual recurring revenue)`; `the thyroid
        # (thyroidectomy)`: a word derived from the head's is no name of it, but of the
        # description around it (`inflammation of the tonsil (tonsillitis)`)
        return False
    first = note.split()[0]
    for suffix in ("ed", "ing"):
        if first.endswith(suffix) and len(note.split()) == 1 and not last.endswith(suffix):
            return False
    return True
