"""Words a plain-English def term must not open with (rule B4: the term is the noun phrase the
note explains), checked once a def pair is found:

- advice in the imperative: `Cut back on salt (sodium)` → salt, `Try avoiding sugar (sucrose)`
  → sugar; the verb, its particles and a possessive before the object are no part of the term;
- a verb in -ing that takes the noun as its object, after a preposition or an imperative:
  `for limiting salt (sodium)` → salt (but `hearing loss`, `drinking water`, `eating
  disorders` are compounds and stay whole, and so is `a limiting factor`);
- a first thing joined by `along with`, `together with`, `as well as` (`weak muscles in the
  torso along with increased muscle tone (hypertonia)` → increased muscle tone);
- everyday words before a rare technical word that a class note defines (`abnormal
  myeloblasts (a type of white blood cell)` → myeloblasts);
- a verb whose object the term is (english_verbs.after_leading_verb: `work together to destroy
  foreign invaders (pathogens)` → foreign invaders), unless the note renames the verb;
- a count, maybe with `different` (`14 different genes (often called BBS genes)` → genes);
- an adverb that singles out or says how often, or `certain` (`particularly certain skin
  cancers (basal cell carcinomas)` → skin cancers, `most frequently undescended testes`), and
  an `and`/`or` left first when a word before it went (`[severe] and recurrent seizures`);
- a verb of experiencing (`experience dizziness (vertigo)`), a hedge with its adjective
  (`potentially life-threatening buildup of …`) and an intensifier (`dangerously high`);
- a bulleted list flattened into one line by a scrape, with no commas left between its items:
  `diuretics sedatives anxiolytics (anti-anxiety drugs)` → anxiolytics (a run of three or more
  plural nouns is no compound: English noun modifiers are singular).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_bounds import adjective_like
from vocab_app.mining.description_words import CLASSIFYING_ENDINGS, EXPERIENCING, PREPOSITIONS
from vocab_app.mining.english_verbs import after_leading_verb, verb_note
from vocab_app.mining.lang import word_set
from vocab_app.mining.model import GlossHit
from vocab_app.mining.rarity import word_rank
from vocab_app.mining.sentences import BULLETS

#: Base verbs of health advice that are hardly ever the first word of a noun phrase
#: (not `use`, `check`, `drink`, `talk`, `lower`, `keep`, `stop`, `wear`: `use cases`,
#: `check valve`, `talk therapy`, `lower back pain`, `stop codons`, `wear and tear`).
_IMPERATIVES = word_set("""avoid limit eat try ask reduce choose prevent remove replace manage
take get""")
#: Verbs that are nouns or adjectives too (`cut wounds`, `talk therapy`, `lower back pain`):
#: imperatives only with the particle of a phrasal verb after them (`Cut down on …`).
_PHRASAL_IMPERATIVES = word_set("cut")
_PHRASAL_PARTICLES = word_set("back down out off")
#: -ing forms of verbs that take an object and hardly ever modify a noun (not `drinking`,
#: `eating`, `cutting`, `measuring`, `starting`, `increasing`, `controlling`: `drinking water`,
#: `eating disorders`, `cutting board`, `measuring cup`, `starting dose`).
_OBJECT_GERUNDS = word_set("""avoiding limiting reducing managing lowering treating preventing
using taking removing replacing causing getting giving keeping choosing improving relieving
easing skipping stopping raising checking""")
#: What may follow an imperative verb before its object.
_AFTER_VERB = word_set("""back down up off out on of to with for in from your the a an any
some his her their our my all""")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: Phrases that join a second thing to the first, as `and` does: the note names the second.
_ALONG_WITH_RE = re.compile(r"\b(?:along with|together with|as well as|in addition to)\s+", re.I)
#: A preposition right before an -ing word makes it a verb taking an object (`for limiting
#: salt`); after a determiner it modifies the noun (`a limiting factor`, `the managing director`).
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:for|by|of|from|about|on|in|without|after|before|when|while)\s+\Z", re.I)
#: What may stand before a sentence's first word: a bullet, a number, an opening quote.
#: (Not sentences.SENTENCE_EDGE and LIST_MARKER: one space after a stop, any number, no space
#: needed after the marker.)
_SENTENCE_EDGE_RE = re.compile(
    rf"(?:^|[.!?:;]\s|\n)\s*(?:[{BULLETS}]\s*|\d+[.)]\s*)?[\"“‘']?$")


def _plural(word: str) -> bool:
    return (word.islower() and word.isalpha() and len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is")))


def _sentence_start(text: str, t0: int) -> bool:
    return _SENTENCE_EDGE_RE.search(text, max(0, t0 - 12), t0) is not None


def _first_kept(text: str, t0: int, words: list[re.Match[str]]) -> int:
    """Index of the first word of the term proper in `words` (the term's words)."""
    i = 0
    first = words[0].group()
    phrasal = (first.lower() in _PHRASAL_IMPERATIVES
               and words[1].group().lower() in _PHRASAL_PARTICLES)
    if (first.lower() in _IMPERATIVES or phrasal) and first[0].isupper() \
            and _sentence_start(text, t0):
        i = 1
        while i < len(words) - 1 and words[i].group().lower() in _AFTER_VERB:
            i += 1
    if i < len(words) - 1 and words[i].group().lower() in _OBJECT_GERUNDS and (
            i > 0 or _PREPOSITION_BEFORE_RE.search(text, max(0, t0 - 12), t0)):
        i += 1
        while i < len(words) - 1 and words[i].group().lower() in _AFTER_VERB:
            i += 1
    if len(words) - i >= 3 and all(_plural(w.group()) for w in words[i:]):
        i = len(words) - 1  # a flattened list: only its last item is glossed
    while i < len(words) - 1 and words[i].group().lower() in _FOCUS_WORDS | _CONJUNCTIONS:
        i += 1  # `most frequently undescended testes`, `particularly certain skin cancers`;
        # (a term never opens with the link a dropped word had: `[severe] and recurrent …`)
    if (i < len(words) - 1 and words[i].group().lower() in EXPERIENCING
            and words[i + 1].group().lower() not in PREPOSITIONS):
        i += 1  # `also experience dizziness (vertigo)`: the condition, not having it (not
        # the noun: `experiences with others`)
    if i < len(words) - 2 and words[i].group().lower() in _HEDGES:
        i += 2  # `potentially life-threatening buildup of lactic acid`: a remark on the risk
    elif i < len(words) - 1 and words[i].group().lower() in _INTENSIFIERS:
        i += 1  # `dangerously high body temperature (hyperthermia)`
    return i


#: Adverbs that hedge the adjective after them, and adverbs that only say how much: with
#: their adjective, and alone, they remark on the case, not on what the term names (`unusually`
#: and `abnormally` stay: the technical name renders them, `unusually small teeth`).
_HEDGES = word_set("potentially possibly probably")
_INTENSIFIERS = word_set("dangerously profoundly")


_CONJUNCTIONS = word_set("and or")


def _class_noted_word(words: list[re.Match[str]], note: str) -> bool:
    """True when a class note (`a type of white blood cell`) follows a rare technical word
    with only everyday words before it (`abnormal myeloblasts`, `recruit eosinophils`): the
    note defines that word alone; `exposure therapy`, `ankylosing spondylitis` stay whole."""
    return (len(words) >= 2 and _CLASS_NOTE_RE.match(note) is not None
            and word_rank(words[-1].group().lower()) >= _TECHNICAL_RANK
            and all(word_rank(w.group().lower()) < _EVERYDAY_RANK for w in words[:-1]))


_CLASS_NOTE_RE = re.compile(r"(?:an?\s+)?(?:type|kind|form|class)\s+of\s", re.I)
_TECHNICAL_RANK = 50_000  # rarer than this, a word is a technical one (`myeloblasts`)
_EVERYDAY_RANK = 20_000  # commoner than this, an everyday one (`abnormal`, `recruit`)


#: Adverbs that single out or say how often, and `certain`, before a description: they say
#: which cases the sentence means, no part of what the term names.
_FOCUS_WORDS = word_set("""most particularly especially mainly mostly chiefly primarily notably
frequently often usually typically commonly sometimes occasionally generally certain""")


#: A count before the things named, maybe with `different` (`14 different genes`): how many
#: the sentence means, not what the term names.
_COUNT_RE = re.compile(r"\d[\d,]*\s+(?:(?:different|distinct|separate)\s+)?(?=[a-z])")


def trim_def_term(text: str, hit: GlossHit, floor: int | None = None) -> GlossHit:
    """`hit` with the words before its term proper dropped (see the module docstring), and
    none left of `floor`, where quotes open the term (`invading “enemies” (pathogens)`: the
    author set the word apart); other styles and terms with nothing to drop come back
    unchanged."""
    if hit.style != "def":
        return hit
    t0, t1 = hit.term_span
    start = t0 if floor is None else max(t0, floor)
    # the last one: `in the torso along with increased muscle tone (hypertonia)`
    joined = max(_ALONG_WITH_RE.finditer(text, start, t1), key=lambda m: m.end(), default=None)
    note = hit.gloss.strip().lower()
    if joined is not None and joined.end() < t1 and not (
            adjective_like(note) or note.endswith(CLASSIFYING_ENDINGS)):
        # (an adjective note describes both things: `experiences with others along with the
        # conditions in their environment (social)`)
        start = joined.end()
    if not verb_note(hit.gloss):  # (a verb note renames the verb: `take shallow breaths`)
        start = after_leading_verb(text, 0, start, t1)  # `to destroy foreign invaders (…)`
    count = _COUNT_RE.match(text, start, t1)
    if count is not None and count.end() < t1:  # `over 200 different strains (called types)`
        start = count.end()
    words = list(_WORD_RE.finditer(text, start, t1))
    if len(words) >= 2:
        i = len(words) - 1 if _class_noted_word(words, hit.gloss) else _first_kept(
            text, start, words)
        start = words[i].start() if i > 0 else start
    if start == t0:
        return hit
    return GlossHit(text[start:t1], hit.gloss, hit.style, (start, t1), hit.gloss_span,
                    hit.pronunciation)
