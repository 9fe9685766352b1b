"""Word tables of English term boundaries (en_terms.py): noun-phrase stop words, subjects, modals,
verbs of several kinds, particles, determiners and the regexes that read words."""

from __future__ import annotations

import re

from vocab_app.mining.lang import word_set

WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

JOINERS = frozenset(".'’&+/")  # allowed only between two word characters: R&D, GPT-3.5, RL's, I/O

WORD_RE = re.compile(r"\S+")

#: Words a noun phrase does not run back across: determiners, pronouns, auxiliaries,
#: prepositions, conjunctions and a few light verbs and adverbs.
#: A subject pronoun or auxiliary joined with its verb (`we're`, `I'll`, `don't`): a clause
#: edge, never part of a term. Straight apostrophes (words are compared with ’ replaced).
CONTRACTIONS = word_set("""
i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've they'll
they'd he's he'll he'd she's she'll she'd it'll there're isn't aren't wasn't weren't don't
doesn't didn't can't won't let's it's that's there's
""")

NP_STOP_WORDS = CONTRACTIONS | word_set("""
a an the this that these those my your his her its our their own some any each every no all both
either neither such other another what which who whom whose when where why how whether if than
then so
i you he she it we they me him us them one ones let's it's that's there's here's what's
is are was were be been being am can could will would shall should may might must do does did
have has had get gets got make makes made let lets
to of in on at by for with from into onto about as via through over under between among
before after during since until without
and or but nor not also very just only even still really quite more most less least much many
like unlike using use used uses called named known say said says see seen think thought mean
replace replaces replaced build builds achieve achieves call calls
need needs needed want wants wanted require requires required enable enables enabled
perform performs performed introduce introduces introduced propose proposes proposed
provide provides provided involve involves involved describe describes described
explain explains explained discuss discusses discussed improve improves improved
apply applies applied
""")

CONTEXT = 60  # characters looked at on each side to tell Chinese from English prose

SUBJECTS = word_set("i we you he she it they")

#: Words after which an -ed word opens a predicate (`and applied`, `then tuned`).
CLAUSE_OPENERS = SUBJECTS | word_set("and or but then also just who which that so")

#: Verbs that take an object and hardly ever modify a noun: before the last word of a phrase
#: they end it (`symptoms include fatigue` → fatigue). As the last word they may be a noun
#: (`root causes`), so they do not stop it there.
OBJECT_VERBS = frozenset(
    form for base in word_set("""include contain cause affect reduce prevent treat become
    remain seem suggest indicate suffer avoid receive recommend prescribe relieve worsen
    produce create develop take give keep bring choose lose""")
    for form in (base, base + "s")) | word_set(
    "experiencing having causing showing exhibiting suffering including")  # (no adjectives)

#: Stop words that are also nouns: as the last word of a compound they are its head
#: (`tool use`, `function calls`, `clean builds`), never a term alone.
NOUN_HEADS = word_set("use uses build builds call calls make makes")

ADVERBS = word_set("also just then really often now still only even already always never "
                    "usually simply first again actually")

#: Words in -ly that are no adverbs: verbs (`apply`, `supply`, `rely`), nouns (`assembly`,
#: `anomaly`, `family`) and -ply/-lly/-oly endings that never make one.
_LY_NOT_ADVERBS = word_set("""apply applies supply reply imply comply multiply rely ally rally
tally bully belly jelly fly butterfly family assembly anomaly monopoly homily lily""")


def looks_adverb(word: str) -> bool:
    """True for a lower-case word that reads as an -ly adverb (`finally`, `slowly`, `widely`):
    five letters or more, ending in -ly, not one of the -ly verbs and nouns (`apply`,
    `supply`, `rely`, `assembly`, `anomaly`, `brachydactyly`: -yly, -aly, -oly)."""
    return (len(word) > 4 and word.endswith("ly") and word.isalpha()
            and word[-3] not in "aoy" and word.lower() not in _LY_NOT_ADVERBS)

#: Modal verbs: the word after one (maybe across adverbs) is a verb (`can cause emphysema`).
#: Forms of `be` (`its role is to …`, `there is`).
BE_FORMS = word_set("is are was were be been being am isn't aren't wasn't weren't")

#: A verb in the third person by its form: a lower-case -s word (not -ss, -us, -is: `class`,
#: `status`, `basis`), which after a subject or an adverb is its verb (`also carries`).
THIRD_PERSON_RE = re.compile(r"[a-z]{2,}(?<![sui])s")

MODALS = word_set("can could will would shall should may might must cannot don't doesn't "
                   "didn't won't can't")

NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "'s", "’s")

#: Irregular simple pasts that are no adjectives before a noun.
IRREGULAR_PASTS = word_set("found saw took gave got kept felt told sent put ran drew did had "
                            "said brought bought caught thought knew grew wrote chose began "
                            "showed made")

SUBJECT_DETERMINERS = word_set("the a an this that these those")

REACH = 200  # characters before the bracket that may hold the term

#: Small words a Title Case name or title may hold between its capitalised words.
TITLE_LINKS = word_set("of at on in the and for to a an with from by or vs via de")

#: Capitalised words that open a sentence without being part of a name after them.
SENTENCE_OPENERS = word_set("today yesterday tomorrow however meanwhile recently now here "
                             "there then still also later once finally first next")

DETERMINERS = word_set("the a an this that these those its their our your his her my")
#: Determiners, prepositions, conjunctions and forms of `be`: words that are never a term or
#: the word a note renders (`the organs (the viscera)`, `of (Latin for …)`).
FUNCTION_WORDS = DETERMINERS | word_set("""some any each every no of in on at by for with from to
and or but as than so such is are was were be it""")

VERB_PARTICLES = word_set("up down out off back over away in on forward ahead around through")

#: Prepositions a prepositional verb ends with (`step down from`, `deal with`, `rely on`).
VERB_PREPOSITIONS = word_set("from with on to of for at into about upon")

#: A Chinese verb phrase that opens with a coverb and its object (`对一致性造成损害`,
#: `给团队施加压力`): it translates an English verb phrase ending in a prepositional phrase.
#: (With 的 it is a noun phrase: `对准确性的影响`, the effect on accuracy.)
COVERB_GLOSS_RE = re.compile(r"\s*[对向给与跟把为][\u4e00-\u9fff]{4,}\s*$")

VP_PREPOSITIONS = word_set("on to of for with about into at from against")

OBJECT_REACH = 3  # words of the verb's own object (`a toll`, `pressure`, `the blame`)

NOUN_ENDINGS = ("ing", "ion", "ment", "ness", "ance", "ence", "ity", "er", "or", "al", "s")

#: Content verbs among NP_STOP_WORDS (the others are function words and auxiliaries).
CONTENT_VERBS = word_set("""
use uses used using replace replaces replaced build builds achieve achieves need needs needed
want wants wanted require requires required enable enables enabled perform performs performed
introduce introduces introduced propose proposes proposed provide provides provided involve
involves involved describe describes described explain explains explained discuss discusses
discussed improve improves improved apply applies applied
""")

#: Particles that end a phrasal verb, never a noun phrase (`back` may: `back pain`).
PARTICLE_STOPS = word_set("out up off away")

#: Particles of phrasal verbs.
PARTICLES = word_set("up down out off back over away in on")

#: Verbs among the noun-phrase stop words (`build trust`, `make progress`), and the light
#: verbs that make a verb of a noun (`take the lead`, `make a decision`, `give a talk`).
LIGHT_VERBS = word_set("""
make makes made get gets got build builds achieve achieves need needs want wants require
requires enable enables perform performs introduce introduces provide provides improve improves
apply applies replace replaces use uses have has had do does did take takes took taken give
gives gave given pay pays paid
""")

#: The light verbs proper, which make a verb of the noun they take (`take the lead (带头)`,
#: `make a decision (决定)`); other verbs before a noun glossed by one verb stay outside the term
#: (`apply distillation (蒸馏)` → distillation).
NOUN_MAKING_VERBS = word_set("""
make makes made making take takes took taken taking give gives gave given giving have has had
having do does did done doing get gets got getting pay pays paid paying
""")
