"""Word tables of plain-English descriptions (described_terms.py): aside and people words, kinds,
links, determiners, degree adverbs, gerund verbs, adjective and noun endings, tool nouns."""

from __future__ import annotations

import re

from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set

TERM_WORD_RE = re.compile(r"[a-z][a-z\-]*[a-z]")

#: One-word brackets that are asides, labels or editorial remarks, not terms.
ASIDE_WORDS = word_set("""
images image photos photo pictures picture video videos audio stuff things thing optional
required recommended default deprecated plural singular left right above below center centre
top bottom middle front back inside outside approximately approx roughly sic again twice once
pending estimated preliminary unchanged unknown various others etcetera inclusive exclusive
free paid beta alpha draft final updated revised abridged translated edited continued stdlib
sometimes often maybe perhaps instead later earlier overnight tomorrow today tonight yesterday
outdoors indoors abroad together anyway however therefore otherwise meanwhile always never
usually frequently seldom also else elsewhere everywhere nowhere somewhere upstairs downstairs
nearby afterwards beforehand first second third last next previously thereafter
summary overview glossary appendix chapter figure table homepage login password reference
""")

#: Who a remark is about (`(children)`, `(young adults)`, `(mice)`): a scope, not a term;
#: before a link they say who has it (`patients with dyspnea`), not what it is.
#: Plural nouns of people (and of the animals a study tests on).
PEOPLE_PLURALS = word_set("""
children adults women men infants babies toddlers teens teenagers elderly seniors mice rats dogs
cats animals humans people persons patients males females boys girls participants volunteers
subjects users customers readers
""")
PEOPLE_WORDS = PEOPLE_PLURALS | word_set("child adult woman man infant baby")

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
medicines medication medications drug drugs dose doses test tests procedure procedures forms
step steps section sections part parts page pages document documents text texts way ways
""")

#: Nouns of a general class of evidence or means: a term in brackets after one names the
#: instance used (`relies on indirect indicators (traffic counts)`), not the class.
GENERIC_NOUNS = word_set("indicator indicators measure measures metric metrics factor factors "
                         "source sources means method methods resource resources material "
                         "materials data evidence")

#: Prepositions a description runs back across (`roof of the mouth`, `area between the nose and
#: mouth`, `tissue at the back of the eye`, `fat under the skin`, `periods without food`,
#: `muscles near the center of the body`).
LINKS = word_set("of between in into at through around with within across along inside from "
                  "on without under beneath behind below above near")

#: Words that stand for a noun before `of` (`one of the chromosomes`, `each of their cells`).
PRONOUN_HEADS = word_set("one each all some most both either neither none any")

#: Nouns of quantity: `a small amount of radioactive sugar` describes the sugar, not the amount.
QUANTITY_NOUNS = word_set("""
amount amounts number numbers lot lots variety group groups type types kind kinds sort sorts
range series set sets couple pair majority minority plenty dozens hundreds thousands millions
percent half level levels change changes rate rates
""")
#: Nouns of occurrence, no part of a condition's description (`episodes of profuse sweating
#: (hyperhidrosis)`: the sweating), though a plain note may name them (`episodes of symptoms
#: (flares)`).
OCCURRENCE_NOUNS = word_set("episode episodes bout bouts spell spells period periods")
#: Nouns of quantity that a condition's name renders: the condition is the amount (`a low
#: number of red blood cells (anemia)`, `elevated levels of uric acid … (hyperuricemia)`).
CONDITION_AMOUNTS = word_set("number numbers level levels amount amounts")
#: Words that join a phrase to the noun it is about in a condition's description only
#: (`sensitivity to light (photophobia)`, `bleeding during menstruation (menorrhagia)`,
#: `elevated levels of a substance called bilirubin in the blood (hyperbilirubinemia)`).
CONDITION_LINKS = word_set("to during called")

DETERMINERS = word_set("a an the this that these those their his her its our your my some any "
                        "each every certain particular specific corresponding respective "
                        "resulting subsequent")

#: Adverbs of degree: how much, not what (`severely reduced absorption (malabsorption)` →
#: reduced absorption); `widely spaced eyes` keeps its adverb of manner.
DEGREE_ADVERBS = word_set("very extremely severely slightly mildly moderately markedly greatly "
                           "significantly somewhat rather quite fairly relatively highly")

#: Verbs whose gerund takes the description as its object (`taking medications that …`).
GERUND_VERBS = word_set("taking using having getting eating drinking wearing receiving "
                         "needing causing including avoiding preventing treating "
                         "experiencing showing exhibiting reporting suffering")

RELATIVES = word_set("that which who")

#: Particles of a phrasal verb glossed by one verb (`turns on (activates)`).
PARTICLES = word_set("on off up down out back over away")

WORD_RE = re.compile(r"\S+")

CLOSING = ",;:.!?)]\"”"

MAX_WORDS = 12

NUMBER_WORDS = word_set("two three four five six seven eight nine ten eleven twelve dozen "
                         "hundred thousand million")
#: Ordinal words: an ordinal before a noun names a grade or a place in a series.
ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth")

#: Words of a remark on availability or state, never of a term.
REMARK_WORDS = word_set("available unavailable online offline only here there now soon")

#: Words after which a comma-separated adjective opens a noun phrase (`and dry, itchy skin`);
#: not `the` (`In the trial, painful joints …`: a fronted phrase and a comma).
PHRASE_OPENERS = word_set("a an and or")

#: Endings of adjectives only (`-al`, `-ic`, `-ive`, `-ing` make nouns too: trial, clinic).
ADJ_ENDINGS = ("ed", "ous", "ful", "less", "ible", "able")

COLOURS = word_set("red blue green yellow white black brown grey gray pink purple pale dark")

#: `fatty`, `runny`: a doubled consonant before -y (not `study`, `therapy`, `biopsy`).
DOUBLED_Y_RE = re.compile(r"[a-z]*([b-df-hj-np-tv-z])\1y")

#: Endings of adverbs and adjectives: an -ed word after one is a participle (`severely
#: reduced`, `abnormal shaped`), not a verb after its subject.
NOT_NOUN_ENDINGS = ("ly", "al", "ic", "ous", "ive", "ful", "less", "ary")

#: Verbs that take a preposition (`results in`, `leads to`), and words that make one with
#: `to` (`due to`, `similar to`): no noun before a link.
PREPOSITIONAL_VERBS = frozenset(
    form for base in word_set("result lead consist depend rely belong refer occur happen live "
                              "work appear differ suffer benefit participate engage progress")
    for form in (base, base + "s", base + "es", base + "ed", base + "ing")) | word_set(
    "due owing according prior similar related close next")

NOT_FIRST = (PRONOUN_HEADS | LINKS | DETERMINERS | RELATIVES | DEGREE_ADVERBS
              | GERUND_VERBS | NUMBER_WORDS | word_set("and or one"))

PREPOSITIONS = LINKS | word_set("before after during since until from to for by on over under "
                                  "without about against toward towards behind beneath below "
                                  "above near underneath outside beside")

NO_NOUN_BEFORE = PREPOSITIONS | word_set("me you him her it us them to")

#: Nouns of software parts: a short lower-case word in brackets after one names a tool
#: (`the runtime (node)`, `a shell (bash)`), not a plainer word for it.
TOOL_NOUNS = word_set("""
runtime runtimes shell shells engine engines backend backends frontend frontends protocol
protocols plugin plugins extension extensions toolkit toolkits driver drivers daemon daemons
kernel kernels terminal terminals repository repositories registry registries environment
environments container containers cluster clusters namespace namespaces branch branches
""")

PLAIN_NOTE_RE = re.compile(r"[a-z]{3,5}")

VOWELS_RE = re.compile(r"[aeiouy]")

#: Endings of classifying adjectives (`radioactive`, `dietary`, `metabolic`): they say which
#: kind, so a plain word for the noun after them renames the noun alone.
CLASSIFYING_ENDINGS = ("ive", "ic", "al", "ary")

#: Endings of agent nouns that name tools (`tokenizer`, `compiler`, `parser`, `scanner`,
#: `formatter`): a one-word name in brackets after one says which tool.
TOOL_ENDINGS = ("izer", "iser", "ler", "ser", "ner", "tter")

#: Short adjectives no technical term is: a one-word note that is one remarks on the head.
REMARK_ADJECTIVES = word_set("minor major loose tight acute chronic mild minimal main basic "
                              "simple rough brief")

#: Irregular past participles: before a link they end a noun phrase like `-ed` ones (`found in`).
IRREGULAR_PARTICIPLES = word_set("made found given known seen done built held kept worn grown "
                                 "taken shown drawn born spread left led paid sent brought "
                                 "bought written chosen sold swollen broken torn bent")
#: Adjectives said of a subject with a place after them (`is active in the …`, `present in`):
#: no noun before a link.
PLACE_PREDICATES = word_set("active inactive present absent abundant prevalent rich deficient "
                            "common rare")


def adverb_of_modifier(words: list[str], i: int) -> bool:
    """True when the -ly word `words[i]` modifies the participle or adjective after it and a
    noun follows (`newly hatched lice`, `highly active cells`): a noun phrase, not a remark on
    how something is done (`usually taken at night`)."""
    rest = [w.lower() for w in words[i + 1:i + 3]]
    return (len(rest) == 2 and rest[0].endswith(("ed", "en", "al", "ive", "ic"))
            and rest[0] not in ("called", "named", "termed", "referred")  # (another name)
            and rest[1] not in DETERMINERS and rest[1] not in LINKS
            and not rest[1].endswith(("ly", "ing")))


#: Words of number and frequency that end a phrase before the description: `change single
#: protein building blocks (amino acids)` describes the building blocks; `several`, `multiple`
#: count them, `regular complete blood counts` says how often (`special plugs` says no more).
QUANTITY_WORDS = word_set("single multiple several numerous various many few regular routine "
                          "frequent occasional repeated periodic additional further special "
                          "identical different certain")
#: -ing words that are prepositions, not participles (`problems including a backflow of …`).
ING_PREPOSITIONS = word_set("including excluding concerning regarding following considering")

#: Singular nouns ending in -s (`the lens (…)`, `a gas`), which no plural test may take.
SINGULAR_S = word_set("lens series species news gas bias atlas pancreas canvas diabetes "
                      "measles mumps herpes rabies scabies rickets shingles")


def is_plural(word: str) -> bool:
    """True for a lower-case word shaped like a regular plural: more than three letters ending
    in -s, not -ss, -us, -is or -ous, and no singular noun in -s (`lens`, `species`)."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word not in SINGULAR_S)


#: Words whose swap for another is a contrast, not a rendering (`high-fat (low-fat)`, `pre-op
#: (post-op)`, `left knee (right knee)`).
CONTRAST_WORDS = word_set("""high low left right upper lower more less most least increased
decreased big small large short long early late male female men women old young before after
inner outer front back top bottom hot cold hard soft fast slow heavy light full empty first
last acute chronic mild severe major minor over under pre post with without hyper hypo part""")

_ENDINGS = ("s", "es", "ren", "en", "ed", "d", "ing", "e")
#: Irregular plurals by the ending they replace (`leaf` leaves, `nucleus` nuclei, `bacterium`
#: bacteria, `analysis` analyses, `index` indices, `criterion` criteria).
_REPLACED = (("y", "ies"), ("f", "ves"), ("fe", "ves"), ("us", "i"), ("um", "a"),
             ("is", "es"), ("ex", "ices"), ("ix", "ices"), ("on", "a"))


def inflected_forms(word: str) -> set[str]:
    """Other forms of `word` by regular endings and irregular plurals (`child` children,
    `leaf` leaves, `nucleus` nuclei), the word itself not among them."""
    forms = {word + e for e in _ENDINGS}
    forms.update(word[:-len(old)] + new for old, new in _REPLACED if word.endswith(old))
    forms.discard(word)
    return forms


def same_word(a: str, b: str) -> bool:
    """True when `a` and `b` are one word in the same or another form (`nerve`, `nerves`)."""
    a, b = a.lower(), b.lower()
    return a == b or b in inflected_forms(a) or a in inflected_forms(b)


def core_word(word: str) -> str:
    """`word` lower-cased, without the quotes and opening brackets around it."""
    return word.strip("\"'“”‘’([").lower()


def content_word(word: str) -> bool:
    """True for a word that may belong to a description: lower-case letters (a hyphen or an
    apostrophe inside), not a function word."""
    core = core_word(word)
    return (core.replace("-", "").replace("'", "").isalpha() and word[:1].islower()
            and core not in NP_STOP_WORDS and core not in DETERMINERS)


_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]]|[.!?](?=\s)")


def clause_opening(text: str, lo: int, end: int, reach: int) -> int:
    """Where the clause that ends at `end` begins, looking no further back than `reach`
    characters nor left of `lo`: after its last comma, semicolon, colon, bracket or sentence
    end, else at the edge of the reach."""
    w0 = max(lo, end - reach)
    ends = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, w0, end)]
    return ends[-1] if ends else w0


#: Verbs of making a thing, which a noun phrase may take in before the thing it names.
FORMING = word_set("form forms")
#: Verbs of having a sign or symptom, which a noun may stand before as their subject.
EXPERIENCING = word_set("experience experiences experienced exhibit exhibits exhibited")


def change_noun(core: str) -> bool:
    """True for an -ing noun of a change (`yellowing`, `clouding`, `thickening`): a sign, whose
    description is the whole phrase with its place (`clouding of the lens (cataracts)`)."""
    return len(core) > 6 and core.endswith("ing") and core not in ING_PREPOSITIONS


#: Words right before a phrase that make it a particular thing (`delay its decision
#: (administrative stay)`, `review such orders (judicial review)`): a note then says what is
#: done with it or which one is meant, not what the words mean. (`your` addresses any reader:
#: `your platelets`.)
POINTING_WORDS = word_set("our their his her its my this these those such said")


#: A noun of trouble or making before `of`, which a name of a part or a thing does not say.
PROBLEM_OF_RE = re.compile(r"(?:abnormalit(?:y|ies)|problems?|defects?|malformations?|damage"
                           r"|absence|disorders?|formation|development|degeneration)\s+(?:of|in)\s+"
                           r"(?:(?:the|an?)\s+)?", re.I)
