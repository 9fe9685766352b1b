"""Where a plain description before a technical term in brackets starts (RULES.md B, DEF): the
words that only say how big, how many or what kind of a case the text means are not part of
the term the bracket names.

- A leading gradable adjective of size or degree that the technical word does not render
  (`a long area between the nose and mouth (philtrum)` → area between the nose and mouth,
  `high-energy sound waves (ultrasound)` → sound waves; but `a small jaw (micrognathia)`,
  `short fingers (brachydactyly)` keep it: micro-, brachy- say it). Only after `a`/`an` and
  before a noun with a place phrase, where it says how one case of a part looks; after `the`
  or in the plural it may pick the thing out (`the small air sacs in the lungs (alveoli)`),
  and with no place phrase it may be what sets a class apart (`a thin tube (catheter)`), so
  it stays. `extra` goes unless the word says it
  (`extra fingers (polydactyly)`), and only before a plural (more of them, not too much of
  it: `extra fluid`). A comparative (`smaller microvilli`) compares with
  something else in the text and never belongs to a term. But `the small intestine`, `the
  large intestine` name one of two parts: the adjective is part of the name.
- `X or Y (term)`: a one-word term renames the alternative it follows; `V the N with M`:
  the `with` phrase is the verb's, so a term after it names M.
- `N of X` where the bracket names X, not the whole: a noun of knowing (`knowledge of
  function (physiology)`), a rash or crop of the things the condition is built on (`a rash of
  inflamed hair follicles (folliculitis)`), and the things a Latin plural names (`deformations
  of the bones in the spine (vertebrae)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import is_adjective
from vocab_app.mining.description_words import (
    ADJ_ENDINGS,
    CLOSING,
    COLOURS,
    DETERMINERS,
    DOUBLED_Y_RE,
    ORDINALS,
)
from vocab_app.mining.description_words import content_word as _content
from vocab_app.mining.description_words import is_plural as _plural
from vocab_app.mining.en_words import NP_STOP_WORDS, looks_adverb
from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import FLOOR, word_rank
from vocab_app.mining.when_notes import names_condition, names_process

#: Adjectives of size: after `a`/`an` they say how one case looks, not what the thing is.
#: (`high`, `low` with a measure make a condition: `low blood pressure (shock)`.)
_GRADABLE = word_set("long short tall small large big wide narrow thick thin tiny huge")
#: How bad a condition is, which the condition's name never says (`mild enlargement of the
#: spleen (splenomegaly)`, `severe itchiness (pruritus)`).
_SEVERITIES = word_set("mild slight moderate severe")
#: Their comparatives (`lower`, `upper`, `inner`, `outer` name a place: `the lower abdomen`;
#: `greater`, `lesser` are parts of anatomical names: `the greater omentum`).
_COMPARATIVES = word_set("smaller larger longer shorter taller bigger wider narrower thicker "
                         "thinner higher faster slower tinier simpler")
#: Participles of a change in amount, which a note that repeats the noun does not render.
_CHANGES = word_set("increased decreased reduced elevated raised lowered heightened diminished")
#: Greek and Latin parts of a technical word that render an adjective of size or degree
#: (`micrognathia` a small jaw, `brachydactyly` short fingers, `hypertension` high blood
#: pressure, `stenosis` a narrowing, `thrombocytopenia` low platelet counts).
_DEGREE_MORPHEMES = ("micro", "macro", "mega", "brachy", "hyper", "hypo", "steno", "oligo",
                     "poly", "platy", "pachy", "lepto", "dolicho", "tachy", "brady", "penia",
                     "ectasi", "trophy", "brevi", "nanism", "dwarf", "gigant")
_WORD_RE = re.compile(r"\S+")
#: A place phrase after the noun: `area between the nose and mouth`, `hole in the heart`.
_PLACE_AFTER_NOUN_RE = re.compile(r"\s(?:between|in|on|at|inside|within|behind|under|"
                                  r"above|below|around|near|along)\s")
#: Parts of a technical word that say `extra` (`trisomy`, `supernumerary teeth`).
_EXTRA_RE = re.compile(r"\b(?:tri|super|accessory|duplica)", re.I)


#: Adjectives of how a sign shows (its speed, course, regularity, shape) with no telling ending.
DESCRIPTIVE_ADJECTIVES = word_set("""
rapid sudden chronic acute frequent abnormal involuntary voluntary rhythmic unusual irregular
excessive constant persistent permanent temporary recurrent poor gradual extreme intense brief
slender tall broad
""")


def adjective_like(word: str) -> bool:
    """An adjective by its ending or a short common one (`fatty`, `painful`, `dry`, `red`,
    `rapid`)."""
    return (word.endswith(ADJ_ENDINGS) or word in COLOURS or word in DESCRIPTIVE_ADJECTIVES
            or is_adjective(word)
            or DOUBLED_Y_RE.fullmatch(word) is not None and not looks_adverb(word))


def modifier_pair(left: str, right: str, alternatives: bool = False) -> bool:
    """True when `left` and `right`, joined by `and`/`or`, are both adjectives (`heavy or
    prolonged`, `red and inflamed`): two modifiers of one noun. (Two -ing words may be
    gerunds: `chewing and swallowing problems`; as `alternatives`, joined by `or`, they are
    modifiers: `prickling or tingling sensations`.)"""
    if left[-1] in CLOSING or not (_content(left) and _content(right)):
        return False
    a, b = _core(left), _core(right)
    if adjective_like(a) and adjective_like(b):
        return True
    # two participles or learned adjectives of one shape (`decreased or absent`, `horizontal
    # or axial`)
    shapes = _MODIFIER_SHAPES + ((("ing", "ing"),) if alternatives else ())
    return any(a.endswith(e) and b.endswith(f) for e, f in shapes)


_MODIFIER_SHAPES = (("ed", "ed"), ("ed", "ent"), ("al", "al"))


def _core(word: str) -> str:
    return word.strip("\"'“”‘’()[],;:.!?").lower()


#: Physical quantities in `high-`/`low-` compounds that say how strong a thing is
#: (`high-energy sound waves`); not `high-dose`, `low-grade`, `high-risk`, which name a kind.
_QUANTITIES = word_set("energy frequency intensity power speed pressure resolution voltage "
                       "temperature")


def _gradable(word: str) -> bool:
    """A plain adjective of size, or a compound of `high-`/`low-` and a physical quantity
    (`high-energy`, `low-frequency`)."""
    if word in _GRADABLE or word in _SEVERITIES:
        return True
    degree, _, quantity = word.partition("-")
    return degree in ("high", "low") and quantity in _QUANTITIES


def renders_degree(note: str, adjective: str) -> bool:
    """True when the technical `note` says the `adjective` itself: it holds the word or a
    Greek or Latin part of size or degree (`micrognathia` for `small`)."""
    if re.search(rf"\b{re.escape(adjective.split('-')[0])}", note.lower()):
        return True
    return says_degree(note)


def says_degree(note: str) -> bool:
    """True when the technical `note` holds a Greek or Latin part of size or degree
    (`hypermobility`, `micropenis`, `dwarfism`)."""
    low = note.lower()
    return any(m in low for m in _DEGREE_MORPHEMES)


def after_unrendered_adjective(text: str, d0: int, t1: int, note: str,
                               comparatives_only: bool = False) -> int:
    """`d0`, or the start of the next word when the description `text[d0:t1]` opens with an
    adjective of size or degree that the bracket `note` does not render and that does not
    pick out the thing after `the` (module docstring); a comparative goes whatever the note,
    but not after `the`.
    With `comparatives_only`, only a comparative goes (the note explains the head, so it
    cannot render it)."""
    m = _WORD_RE.match(text, d0, t1)
    if m is None:
        return d0
    word = m.group()
    if word[-1] in ",;:" or not word.islower():
        return d0
    nxt = _WORD_RE.search(text, m.end(), t1)
    if nxt is None or not nxt.group()[:1].isalpha():
        return d0  # (an adjective alone is no description of a thing)
    prev = text[max(0, d0 - 30):d0].split()
    if word in _CHANGES and note.split()[-1:] == [_core(nxt.group())]:
        return nxt.start()  # `increased pressure within the eyes (intraocular pressure)`
    if word in _CIRCUMSTANCES and not comparatives_only and not (
            word == "progressive" and _DECLINE_RE.search(note)):
        return nxt.start()  # `ongoing loss of cells (atrophy)`: when or where, not what (a
        # name of a decline renders `progressive`: `… (dementia)`, `… (regression)`)
    if word in _ABSENT and " " not in note.strip() and not names_condition(note) and not (
            names_process(note)):
        return nxt.start()  # `missing kneecaps (patellae)`: the note names the part, and the
        # sentence says it is missing (not `missing teeth (hypodontia)`, a condition, or
        # `missing patches of skin (erosions)`, what happened to it)
    if word in _COMPARATIVES:  # (`the larger bowel`: maybe a name)
        return d0 if prev and _core(prev[-1]) == "the" else nxt.start()
    if comparatives_only or not (_gradable(word) or word == "extra"):
        return d0
    if word == "extra":  # `extra ultrasound tests (sonograms)`; `extra fingers (polydactyly)`
        rest = [_core(w) for w in text[nxt.start():t1].split()]
        if not _plural(_phrase_noun(rest)):
            return d0  # `extra fluid in the brain (…)`: too much of it, maybe the condition
        return d0 if _EXTRA_RE.search(note) or renders_degree(note, word) else nxt.start()
    if word in _GRADABLE and not (prev and _core(prev[-1]) in ("a", "an")
                                  and _PLACE_AFTER_NOUN_RE.search(text, nxt.end(), t1)):
        # `the small air sacs in the lungs (alveoli)`: it picks out the thing; `a thin tube
        # (catheter)`: a class and what sets it apart, with no place to say which thing
        return d0
    return d0 if renders_degree(note, word) and word not in _SEVERITIES else nxt.start()


#: Adjectives of when, where or how long a thing is, which no name of it renders (`ongoing loss
#: of cells (atrophy)`, `a nearby network of blood vessels (the choroid)`, `eventual
#: paralysis`, `prolonged periods without food (fasting)`).
_CIRCUMSTANCES = word_set("ongoing nearby progressive eventual prolonged")
#: Names of a decline, whose meaning holds `progressive`.
_DECLINE_RE = re.compile(r"dementia|regression|degenerat", re.I)

#: Adjectives of a part's absence, which a note naming the part does not render.
_ABSENT = word_set("missing absent")

#: Sizes that name one of two parts (`the small intestine`, `the large intestine`).
_NAMING_SIZES = word_set("small large")
_TWO_WORDS_BEFORE_RE = re.compile(r"(\S+)[ \t]+(\S+)[ \t]+\Z")


def picked_adjective_start(text: str, lo: int, p0: int, note: str = "") -> int:
    """`p0`, or the start of `small`/`large` right before the word at `p0` after `the`: the
    adjective picks out one of two parts and is part of its name (`the large intestine
    (colon)`), which the word alone would lose; or, when the `note` is a description of several
    words, the start of a rare modifier right before it (`ankylosing spondylitis (a form of
    arthritis)`)."""
    w0 = max(lo, p0 - 40)
    m = _TWO_WORDS_BEFORE_RE.search(text[w0:p0])
    if m is not None and m.group(2) in ORDINALS:
        return w0 + m.start(2)  # `third degree (a complete tear)`: the ordinal names the grade
    if m is not None and " " in note.strip() and _technical_modifier(m.group(2)):
        return w0 + m.start(2)  # `ankylosing spondylitis (a form of …)`: a rare modifier is in
        # the name a description explains (not in `radioactive glucose (sugar)`: one word for one)
    if m is None or m.group(2) not in _NAMING_SIZES or _core(m.group(1)) != "the":
        return p0
    return w0 + m.start(2)


#: Endings of adjectives and participles that modify a technical noun (`ankylosing`,
#: `rheumatoid`, `necrotizing`, `sclerosing`, `idiopathic`).
_MODIFIER_ENDINGS = ADJ_ENDINGS + ("ing", "oid", "al", "ic", "ive", "ant", "ent")


def _technical_modifier(word: str) -> bool:
    """A lower-case adjective or participle that is itself a rare word: part of the name of
    what it modifies (`necrotizing fasciitis`), unlike an everyday one (`chronic pain`)."""
    return (word.isalpha() and word.islower() and word.endswith(_MODIFIER_ENDINGS)
            and word not in NP_STOP_WORDS and word_rank(word) >= FLOOR)


#: Nouns of knowing and studying: `knowledge of function (physiology)` names the function.
#: (Not `study of`, `science of`: a discipline's name may say that: `study of the heart
#: (cardiology)`.)
_KNOWING = word_set("knowledge understanding awareness grasp")
#: Endings of the names of fields of study (`physiology`, `anatomy`, `genetics`, `chemistry`).
_DISCIPLINE_ENDINGS = ("logy", "omy", "ics", "graphy", "istry", "metry")
#: Nouns of a crop of things: `a rash of inflamed hair follicles` names the follicles.
_CROP = word_set("rash crop cluster clusters outbreak spate")
#: Endings of nouns of a process or state (`deformations`, `thickening`, `enlargement`).
_PROCESS_ENDINGS = ("tion", "tions", "ment", "ments", "ing", "ings", "ity", "ities")
#: Endings of Latin plurals (`vertebrae`, `alveoli`, `bronchi`, `villi`).
_LATIN_PLURAL_RE = re.compile(r"[a-z]{3,}(?:ae|[lcr]i)")


#: Prepositions after the noun of a phrase (`bones in the spine`).
_AFTER_NOUN = word_set("of in at on between within inside around along near")


def _phrase_noun(words: list[str]) -> str:
    """The noun of the phrase `words`: the word before its first preposition, or its last."""
    for i, w in enumerate(words):
        if w in _AFTER_NOUN and i:
            return words[i - 1]
    return words[-1]


def inner_phrase_start(text: str, d0: int, t1: int, note: str) -> int:
    """`d0`, or the start of the phrase after the first `of` of the description `text[d0:t1]`
    (and the determiner after it) when the bracket names that phrase, not the whole (module
    docstring): after a noun of knowing before a field of study, or of a crop of things
    whose name is built on theirs, or a plural phrase when the
    note is one Latin plural word (`deformations of the bones in the spine (vertebrae)` →
    bones in the spine)."""
    words = list(_WORD_RE.finditer(text, d0, t1))
    if len(words) < 3:
        return d0
    cores = [_core(w.group()) for w in words]
    if "of" not in cores[1:3]:
        return d0
    k = cores.index("of", 1)
    j = k + 1
    if j < len(words) - 1 and cores[j] in ("the", "a", "an"):
        j += 1
    if j >= len(words) or any(w.group()[-1] in ",;:" for w in words[:j]):
        return d0
    first = cores[k - 1]
    if first in _KNOWING and note.strip().lower().endswith(_DISCIPLINE_ENDINGS):
        return words[j].start()  # (`awareness of one's surroundings (consciousness)` stays)
    inner = cores[j:]
    stems = [c[:5] for c in inner if len(c) >= 5]
    if first in _CROP and len(inner) >= 2 and any(s in note.lower() for s in stems):
        return words[j].start()  # `a rash of inflamed hair follicles (folliculitis)`
    note_core = note.strip().lower()
    if (" " not in note_core and first.endswith(_PROCESS_ENDINGS)
            and _LATIN_PLURAL_RE.fullmatch(note_core) and len(inner) >= 2
            and _plural(_phrase_noun(inner))):
        return words[j].start()  # `deformations of the bones in the spine (vertebrae)`
    return d0


def renames_alternative(words: list[re.Match[str]], begin: int, note: str) -> bool:
    """True when `or` stands before words[begin] and the note is one word: it renames the
    alternative it follows (`a tilt or unevenness (asymmetry)`), `or` offering another word,
    not a second part of the thing named (`weakness and tiredness (fatigue)`)."""
    return begin > 0 and _core(words[begin - 1].group()) == "or" and " " not in note.strip()


#: Verbs of change whose result follows `into` (`turns food into sugar`, `breaks proteins
#: into amino acids`): the phrase after `into` is the verb's result, no part of its object.
_CHANGE_VERB_RE = re.compile(
    r"(?:turn|convert|chang|break|broke|split|divid|transform|mak|made|form|process|separat"
    r"|digest|sort|group|organiz|organis)(?:s|es|ed|en|ing|e)?")
_CLAUSE_OPENERS = word_set("that which who whose where when and or but")


def verb_complement(words: list[re.Match[str]], link: int) -> bool:
    """True when the link words[link] is `with` after a verb's object with its determiner
    (`fill the air sacs with fluid`, `treat the wound with honey`): the phrase after `with` is
    the verb's, not a part of the noun before it (`patients with asthma`); or `into` after
    the object of a verb of change (`turns food into sugar`; not `bleeding into the joints`)."""
    core = _core(words[link].group())
    if core == "into":  # a verb of change before, in the same clause
        for i in range(link - 2, max(-1, link - 9), -1):
            word = words[i].group()
            if _CHANGE_VERB_RE.fullmatch(_core(word)):
                return True
            if word[-1] in CLOSING or _core(word) in _CLAUSE_OPENERS:
                return False
        return False
    if core != "with" or link < 3:
        return False
    verb, det, noun = (words[link - 3].group(), words[link - 2].group(),
                       words[link - 1].group())
    return (_core(det) in DETERMINERS and verb.isalpha() and verb.islower()
            and _core(verb) not in NP_STOP_WORDS and _core(verb) not in DETERMINERS
            and noun[-1] not in CLOSING)


_ARTICLES = word_set("the a an")
#: Words a plural phrase named by a plural note starts after (`signaling between nerve cells`).
_PHRASE_BREAKS = _AFTER_NOUN | _ARTICLES | word_set(
    "and or with into from to for by through across")


def plural_phrase_start(text: str, d0: int, t1: int, note: str) -> int:
    """`d0`, or the start of the last plural phrase of the description `text[d0:t1]` (its
    words after the last preposition, conjunction or article) when the note is one plural
    word naming things, not a condition: `normal signaling between nerve cells (neurons)` →
    nerve cells, `proteins and fats (lipids)` → fats."""
    parts = note.split()
    core = parts[-1] if parts else ""
    if len(parts) > 2 or not all(p.isalpha() and p.islower() for p in parts) or (
            parts[0] in _ARTICLES) or (
            core.endswith("os") or not (_plural(core) or _LATIN_PLURAL_RE.fullmatch(core))):
        return d0  # (`lagophthalmos` names a condition)
    words = list(_WORD_RE.finditer(text, d0, t1))
    if len(parts) > 1 and any(_core(w.group()) == core for w in words):
        return d0  # `tubes that drain fluid from the ears (tympanostomy tubes)`: its head says
    whole = words
    owner = _owner_after_plural(words)
    if owner is not None:  # `a hole between the lower chambers of the heart (ventricles)`:
        words = words[:owner]  # the plural phrase with the part it is of
    if len(words) < 2 or not _plural(_core(words[-1].group())) or (
            _core(words[0].group()).endswith("ing") and _core(words[1].group()) == "of"):
        return d0  # (`clouding of the lens of the eyes (cataracts)`: a process and its place)
    k = len(words)
    while k > 0 and _core(words[k - 1].group()) not in _PHRASE_BREAKS and (
            words[k - 1].group()[-1] not in ",;:" or _coordinate_adjective(words, k - 1)) or (
            _core(words[k - 1].group()) in ("and", "or") and 1 < k < len(words) - 1
            and modifier_pair(words[k - 2].group(), words[k].group())):
        k -= 1  # (`prickling or tingling sensations`: two modifiers of one noun)
    if not 0 < k < len(words):
        return d0
    b = k - 2 if _core(words[k - 1].group()) in _ARTICLES else k - 1  # the word before them
    if b < 0 or _core(words[b].group()) in _ARTICLES or (
            words[b].group()[-1] not in ",;:" and _core(words[b].group()) not in _PHRASE_BREAKS):
        return d0  # (an article alone opens the description: `the larger doses (tablets)`)
    if b >= 1 and _core(words[b].group()) in _AFTER_NOUN and _plural(_core(words[b - 1].group())):
        return d0  # `small air sacs in the lungs (alveoli)`: the plural before names them
    if words is not whole and k < 2:
        return d0  # (the owner phrase is the description's own: `chambers of the heart`)
    return words[k].start()


def _coordinate_adjective(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is an adjective that a comma joins to another one before their noun
    (`rapid, uncontrolled muscle jerks`): the comma ends no item of a list."""
    word = words[i].group()
    return (i + 2 < len(words) and word.endswith(",") and word[:-1].isalpha()
            and modifier_pair(word[:-1].lower(), words[i + 1].group()))


def plural_things(note: str, last: str) -> bool:
    """True for a note of one lower-case plural noun after a phrase ending in the plural word
    `last` (`nerve cells (neurons)`): it names things, not a condition of them."""
    note = note.strip()
    return (note.isalpha() and note.islower() and _plural(note) and not names_condition(note)
            and _plural(_core(last)))


def _owner_after_plural(words: list[re.Match[str]]) -> int | None:
    """Index of `of` when the description ends in a plural noun, `of`, and the one-word part
    it belongs to (`… the lower chambers of the heart`), else None."""
    n = len(words)
    i = n - 2 if n >= 2 and _core(words[n - 2].group()) in _ARTICLES else n - 1
    if i < 2 or _core(words[i - 1].group()) != "of" or _plural(_core(words[-1].group())):
        return None
    return i - 1 if _plural(_core(words[i - 2].group())) else None
