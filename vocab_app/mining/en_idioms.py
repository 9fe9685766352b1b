"""Idioms and phrasal verbs that learners gloss in running English speech: `he was on the fence
(犹豫不决)`, `she came to terms with (接受) it`, `we're going to double down on (加倍投入)`,
`it was a blessing in disguise (因祸得福)`.

A noun phrase stops at the first function word, so it finds `fence` or nothing there. The
glossed expression is instead the stretch between the edge of its predicate and the bracket:
it starts after a subject pronoun, an auxiliary or modal, the infinitive `to`, a verb of aspect
before an -ing form (`keep running into`), an adverb, a conjunction, punctuation or the start
of the sentence (after a subject noun phrase opening it, at its past-tense verb: `the plan
fell through`), and loses a leading determiner. It is taken only when it reads as a verb
phrase or idiom, not as a noun phrase with a preposition in it:
- it ends with a particle or preposition (`fell through`, `keep an eye on`), as no noun
  phrase does, and no determiner opened it (`has a knack for`);
- it has a preposition or particle inside it and the gloss is an idiom or set phrase (jieba's
  `i`, `l`), or longer than the noun phrase alone could render after a modal or negation
  (`don't jump to conclusions (草率下结论)`), and no 的 makes the gloss a noun phrase
  (`access to logs (对日志的访问)`);
- it is a preposition and its noun after a subject or copula, and the gloss is a predicate
  (`was on the fence (犹豫不决)`), not a place (`are in production (生产环境)`: production);
and it never has more content words than the Chinese gloss can render (about one per two
characters, one more for a prepositional verb: `came to terms with (接受)`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.en_words import (
    ADVERBS,
    BE_FORMS,
    CONTRACTIONS,
    DETERMINERS,
    IRREGULAR_PASTS,
    LIGHT_VERBS,
    MODALS,
    NP_STOP_WORDS,
    SUBJECT_DETERMINERS,
    SUBJECTS,
    VERB_PARTICLES,
    VERB_PREPOSITIONS,
    WORD_RE,
    looks_adverb,
)
from vocab_app.mining.lang import is_cjk, word_set

_MAX_WORDS = 6
_REACH = 60  # characters before the bracket an idiom may start in
#: The forms of `be`, with their negations: auxiliaries here, copulas below (_COPULAS).
_AUXILIARIES = BE_FORMS | word_set("do does did has have had not never hasn't haven't hadn't")
_CONJUNCTIONS = word_set("and or but so because when if that which who than while please")
#: Verbs of aspect that take an -ing form (`keep running into`): no part of the idiom after it.
_ASPECT_VERBS = word_set("keep keeps kept start starts started stop stops stopped begin begins "
                         "began continue continues continued avoid avoids avoided")
#: Simple pasts that open a predicate after a subject noun (`the plan fell through`).
_PASTS = IRREGULAR_PASTS | word_set(
    "fell broke came went spoke rose fought stood sat lost left won")
#: Prepositions after which a word glossed with its particles is a noun inside an idiom, not
#: a phrasal verb (`came to terms with`, `in charge of`).
IDIOM_PREPOSITIONS = VERB_PREPOSITIONS | word_set("in by under over within")
#: A question word glued to its copula (`what's on the horizon`, `how's it going`): the clause
#: material before a predicate, as a subject and its auxiliary are.
_WH_COPULAS = word_set("what's where's who's how's here's")
_EDGES = (SUBJECTS | CONTRACTIONS | MODALS | _AUXILIARIES | _CONJUNCTIONS | ADVERBS
          | _WH_COPULAS | word_set("ever"))  # (`did you ever turn it down`)
_ENDINGS = VERB_PARTICLES | VERB_PREPOSITIONS | word_set("apart together aside along across")
_LINKS = _ENDINGS | IDIOM_PREPOSITIONS  # inside an idiom: `beat around the bush`
_FUNCTION = NP_STOP_WORDS | VERB_PARTICLES | DETERMINERS | VERB_PREPOSITIONS
_SENTENCE_START = frozenset(".!?:;。！？：；\"“-–—>")
_QUOTES = "\"'“”‘’"
_SENSE_SPLIT_RE = re.compile(r"[；;，,/、]")


def _word(m: re.Match[str]) -> str:
    return m.group().strip(_QUOTES).replace("’", "'").lower()


def _budget(gloss: str) -> int:
    """How many English content words the gloss's first sense can render."""
    first = _SENSE_SPLIT_RE.split(gloss.strip(), maxsplit=1)[0]
    return (sum(1 for ch in first.rstrip("的地") if is_cjk(ch)) + 1) // 2


@lru_cache(maxsize=4096)
def _idiom_gloss(gloss: str) -> bool:
    """True when jieba reads the gloss as one idiom or set phrase (`犹豫不决`, `打下基础`)."""
    from vocab_app.mining.zh_tokens import tag_words  # (one jieba cut per gloss, shared)

    toks = _idiom_core(tag_words(gloss.strip()))
    return len(toks) == 1 and toks[0][1] in ("i", "l")


def _idiom_core(toks: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The tokens of a gloss without a one-character adverb or adjective of degree before it
    and an aspect or modal particle after it (`快|撑不下去|了`: almost, can't hold on any
    longer): what says the idiom's meaning."""
    if len(toks) > 1 and len(toks[0][0]) == 1 and toks[0][1] in ("a", "d", "ad"):
        toks = toks[1:]
    if len(toks) > 1 and toks[-1][0] in ("了", "啦", "呢", "吧"):
        toks = toks[:-1]
    return toks


@lru_cache(maxsize=4096)
def _opens_with_set_phrase(gloss: str) -> bool:
    """True when the gloss opens with a four-character idiom or set phrase that more words
    follow (`下定决心|冒险一试`): a verb phrase, as a chengyu alone is."""
    from vocab_app.mining.zh_tokens import tag_words

    toks = tag_words(gloss.strip())
    return len(toks) > 1 and len(toks[0][0]) == 4 and toks[0][1] in ("i", "l")


def _ing_form(word: str) -> bool:
    """True for an -ing form: `running`, `improving`, not a verb whose stem ends so (`bring`,
    `sing`, `string`: nothing with a vowel before the -ing)."""
    return word.endswith("ing") and any(ch in "aeiouy" for ch in word[:-3])


def _past(word: str) -> bool:
    return word in _PASTS or (word.endswith("ed") and len(word) > 4 and word.isalpha())


@lru_cache(maxsize=4096)
def _predicate_gloss(gloss: str) -> bool:
    """True when the gloss opens with an adjective, adverb or idiom (`准时`, `犹豫不决`), so it
    renders a predicate (`on time`), not a place (`in production (生产环境)`). (Not a verb:
    jieba tags many nouns of computing as verbs, `缓存`, `存储`.)"""
    from vocab_app.mining.zh_tokens import tag_words

    toks = tag_words(gloss.strip())
    return bool(toks) and toks[0][1] in ("a", "ad", "d", "i", "l")


def _chengyu(gloss: str) -> bool:
    """True for a four-character idiom (chengyu, jieba's `i`: `偷工减料`), which renders a
    whole English idiom, never a lone noun; technical terms are not tagged so."""
    g = gloss.strip()
    return len(g) == 4 and _tag(g) == "i"


@lru_cache(maxsize=4096)
def _tag(gloss: str) -> str:
    from vocab_app.mining.zh_tokens import tag_words

    toks = tag_words(gloss)
    return toks[0][1] if len(toks) == 1 else ""


def _before_base_verb(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] must be a bare verb: after a modal or a negation (`don't jump to
    conclusions`). After a subject or copula a word may be a participle or adjective of a
    noun phrase that only a longer gloss renders (`is based on attention (注意力机制)`)."""
    return i > 0 and (_word(words[i - 1]) in MODALS or _word(words[i - 1]) in ("not", "never"))


_COPULAS = BE_FORMS | word_set("'s 're it's that's he's she's we're they're you're i'm")


def _after_copula(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] follows a copula, maybe across adverbs (`is really good`): with no
    determiner after it, it is an adjective, whose prepositional object alone a gloss renders."""
    j = i - 1
    while j >= 0:
        w = _word(words[j])
        if w in _COPULAS:
            return True
        if not (w in ADVERBS or looks_adverb(w)):
            return False
        j -= 1
    return False


def _edge(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] ends the clause material before an idiom starting at words[i + 1]."""
    raw = words[i].group()
    w = _word(words[i])
    if w in _OBJECT_PRONOUNS and _object_of_phrasal_verb(words, i):
        return False  # `you turn it around (扭转局面)`: the verb's object, not a subject
    if raw[-1] in ",;:.!?" or w in _EDGES:
        return True
    if looks_adverb(w):
        return True  # `she finally came to terms with`
    nxt = _word(words[i + 1])
    if w == "to":  # the infinitive: `to beat around the bush`, not `to terms`, `to the`
        return (nxt.isalpha() and (nxt not in NP_STOP_WORDS or nxt in LIGHT_VERBS)
                and not nxt.endswith("s") and not _ing_form(nxt))
    return w in _ASPECT_VERBS and nxt.endswith("ing")


#: Pronouns that may stand between a verb and its particle (`figure it out`, `pick them up`).
_OBJECT_PRONOUNS = word_set("it them him her me us you")


def _object_of_phrasal_verb(words: list[re.Match[str]], i: int) -> bool:
    """True when the pronoun words[i] sits between a verb and the particle that ends the words
    (`turn it around`, `figure them out`): a separable phrasal verb's object."""
    if i < 1 or i != len(words) - 2 or _word(words[-1]) not in VERB_PARTICLES:
        return False
    verb = words[i - 1].group()
    return (verb.isalpha() and verb.islower() and verb not in _FUNCTION
            and verb not in _AUXILIARIES and verb not in MODALS)


def noun_in_idiom(words: list[re.Match[str]], j: int) -> bool:
    """True when words[j], taken for a verb before its particles, is rather a noun inside an
    idiom: it follows a preposition or a light verb (`came to terms with`, `took part in`),
    not the infinitive `to` (`to make up for`)."""
    if j == 0:
        return False
    prev = _word(words[j - 1])
    return (prev in IDIOM_PREPOSITIONS or prev in LIGHT_VERBS) and not _edge(words, j - 1)


def _clause_start(text: str, lo: int, pos: int) -> bool:
    """True when `pos` opens a sentence: only spaces, or sentence punctuation, before it."""
    i = pos
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_START or text[i - 1] == "\n" or (
        i == lo and is_cjk(text[i - 1]))


def idiom_start(text: str, start: int, end: int, gloss: str, np_start: int) -> int | None:
    """Start of the idiom or phrasal verb ending at `end` before a Chinese `gloss` (never left
    of `start`), when it reaches further left than the noun phrase at `np_start` (`end` when
    there is none); else None."""
    lo = max(start, end - _REACH)
    words = list(WORD_RE.finditer(text, lo, end))
    if len(words) < 2 or words[-1].end() != end:
        return None
    i = len(words) - 1
    while i > 0 and not _edge(words, i - 1):
        i -= 1
    if i == 0 and not _clause_start(text, start, words[0].start()):
        return None
    first = _word(words[0])
    subject = i == 0 and (first in SUBJECT_DETERMINERS or first in DETERMINERS)
    if subject:
        # `The plan fell through`: a sentence opening with a noun phrase, its subject; the
        # idiom is the predicate, from its past-tense verb on (none found: no idiom). The
        # noun phrase, which ran across the verb, may start before it.
        i = next((k for k in range(1, min(4, len(words))) if _past(_word(words[k]))),
                 len(words))
    led = i
    while i < len(words) - 1 and _word(words[i]) in DETERMINERS:
        i += 1
    span = words[i:]
    if len(span) < 2 or len(span) > _MAX_WORDS or span[0].start() == np_start or (
            span[0].start() > np_start and not subject):
        return None
    names = [_word(m) for m in span]
    if any(not n.replace("-", "").replace("'", "").isalpha() for n in names):
        return None
    if any(m.group()[:1].isupper() for m in span[1:]):
        return None  # a capitalised word inside: a name or title, not an idiom
    content = sum(1 for n in names if n not in _FUNCTION)
    budget = _budget(gloss)
    if names[-1] in _ENDINGS:
        if led < i:
            return None  # `has a knack for (擅长)`: a noun after its determiner, no verb
        if (names[0] not in IDIOM_PREPOSITIONS and names[0] not in VERB_PARTICLES
                and _after_copula(words, i)):
            # `are made on behalf of (代表)`: a participle after a copula is no part of the
            # compound preposition after it (`fed up with` is left to the phrasal verb)
            if len(span) < 3 or names[1] not in IDIOM_PREPOSITIONS:
                return None
            span, names = span[1:], names[1:]
            content = sum(1 for n in names if n not in _FUNCTION)
        return span[0].start() if 1 <= content <= budget + 1 else None
    if "的" in gloss.strip()[:-1]:
        return None  # `对日志的访问`: a noun phrase (X 的 Y) renders a noun phrase
    if not 1 <= content <= budget:
        return None
    if names[0] in IDIOM_PREPOSITIONS and (
            len(names) == 2 or len(names) == 3 and names[1] in DETERMINERS):
        # `was on time (准时)`, `on the fence (犹豫不决)`: a predicate, when the gloss says so
        return span[0].start() if _predicate_gloss(gloss) else None
    if (len(names) == 2 or len(names) == 3 and names[1] == "the") and (
            0 < led == i and names[0] not in _FUNCTION
            and (_chengyu(gloss) or _opens_with_set_phrase(gloss))):
        # `they cut corners (偷工减料)`, `to read the room (察言观色)`: a verb and its object
        # rendered by one chengyu (not a new thing, `saw a mirage (海市蜃楼)`)
        return span[0].start()
    if not any(n in _LINKS for n in names[1:-1]):
        return None  # (`saw a mirage`: a verb and its object, left to en_terms)
    if (led == i and names[0] not in VERB_PARTICLES and not _ing_form(names[0])
            and _after_copula(words, led)):
        # `is really good at multitasking (一心多用)`: an adjective and its object (but `are
        # ahead of schedule`, `out of stock`: a compound preposition opens a predicate, and
        # `were running on fumes`: an -ing form after a copula is a progressive verb)
        return None
    np_content = sum(1 for n in text[np_start:end].split() if n.lower() not in _FUNCTION)
    if _idiom_gloss(gloss) or budget >= np_content + 2 and _before_base_verb(words, led):
        return span[0].start()
    return None


#: Nouns that name the expression after them (`the phrase go-to-market`, `the word serendipity`)
#: and what renders them in a gloss that would include them (`the word order (语序)`).
_META_NOUNS = word_set("word term phrase expression idiom verb noun adjective")
_META_GLOSS_CHARS = frozenset("词字语术短式")


def after_meta_noun(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the expression a learner names with `the word` / `the phrase` / `the term`
    before glossing it (`the phrase go-to-market (市场进入)` → go-to-market), given the noun
    phrase `text[start:end]`; else `start`. When the gloss renders the naming noun too, it is
    part of the term (`the word order (语序)`, `term frequency (词频)`)."""
    words = list(WORD_RE.finditer(text, start, end))
    if len(words) < 2 or _word(words[0]) not in _META_NOUNS or not words[0].group().islower():
        return start
    before = text[max(0, start - 6):start].split()
    if not before or before[-1].lower() not in DETERMINERS:
        return start
    if any(ch in _META_GLOSS_CHARS for ch in gloss):
        return start
    return words[1].start()


_CLAUSE_WORDS = 5  # as english_pairs._LONG_RUN
_PRONOUN_SUBJECTS = SUBJECTS | word_set(
    "i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've "
    "they'll they'd he's he'll he'd she's she'll she'd it's it'll")


def after_subject(text: str, start: int, end: int) -> int:
    """Start of what follows a subject pronoun (`they`, `we're`) that opens the English run
    `text[start:end]` right after Chinese text (`老板说 they rolled out（推出）` → rolled out):
    the subject is outside the gloss's meaning (B2). `start` when there is none, nothing
    after it, or no Chinese before it; a capitalised word other than `I` may open a quoted
    name or sentence (`It girl`), so only lower-case pronouns and `I` count."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or not is_cjk(text[i - 1]):
        return start
    m = WORD_RE.match(text, start, end)
    if m is None or m.end() >= end or len(text[start:end].split()) >= _CLAUSE_WORDS:
        return start  # (a run this long is read as an English clause: en_terms finds its term)
    w = _word(m)
    if w not in _PRONOUN_SUBJECTS or not (m.group().islower() or w == "i" or w.startswith("i'")):
        return start
    nxt = WORD_RE.search(text, m.end(), end)
    return nxt.start() if nxt is not None else start
