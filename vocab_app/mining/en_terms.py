"""Left boundaries of English terms: the Latin run inside Chinese text (rule B2) and the noun
phrase before a parenthetical in English prose (rule B4).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.abbrev import is_short_form, short_form_units
from vocab_app.mining.lang import is_cjk, word_set

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_JOINERS = frozenset(".'’&+/")  # allowed only between two word characters: R&D, GPT-3.5, RL's, I/O
_WORD_RE = re.compile(r"\S+")

#: Words a noun phrase does not run back across: determiners, pronouns, auxiliaries,
#: prepositions, conjunctions and a few light verbs and adverbs.
NP_STOP_WORDS = word_set("""
a an the this that these those my your his her its our their some any each every no all both
either neither such what which who whom whose when where why how whether if than then so
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


def latin_run_start(text: str, end: int) -> int:
    """Start of the final run of Latin letters, digits, spaces and hyphens ending at `end`
    (rule B2: `巧妙的 scaffolding` → `scaffolding`, `3D 或 video world models` → `video…`).

    `.`, `'`, `&` and `+` count only between two word characters. Returns `end` when the
    character before `end` is not a Latin word character.
    """
    i = end
    while i > 0:
        ch = text[i - 1]
        joined = (ch in _JOINERS and i >= 2 and i < end and text[i - 2] in _WORD_CHARS
                  and text[i] in _WORD_CHARS)
        if ch in _WORD_CHARS or ch == " " or ch == "-" or joined:
            i -= 1
        else:
            break
    while i < end and text[i] in " -":
        i += 1
    return i


_CONTEXT = 60  # characters looked at on each side to tell Chinese from English prose


def in_chinese_context(text: str, start: int, after: int) -> bool:
    """True when the Latin run starting at `start` is embedded in Chinese text: a Chinese
    character (or Chinese punctuation) sits right before it, or the text around it (up to
    `_CONTEXT` characters before `start` and after `after`, the end of the bracket) is mostly
    Chinese. Otherwise the run is English prose and its term is a noun phrase."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0:
        ch = text[j]
        if is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’":
            return True
    around = text[max(0, start - _CONTEXT):start] + text[after:after + _CONTEXT]
    cjk = sum(1 for ch in around if is_cjk(ch))
    latin = sum(1 for ch in around if ch in _WORD_CHARS)
    return cjk > 0 and cjk * 4 >= latin


_SUBJECTS = word_set("i we you he she it they")
#: Words after which an -ed word opens a predicate (`and applied`, `then tuned`).
_CLAUSE_OPENERS = _SUBJECTS | word_set("and or but then also just who which that so")

#: Verbs that take an object and hardly ever modify a noun: before the last word of a phrase
#: they end it (`symptoms include fatigue` → fatigue). As the last word they may be a noun
#: (`root causes`), so they do not stop it there.
_OBJECT_VERBS = frozenset(
    form for base in word_set("""include contain cause affect reduce prevent treat become
    remain seem suggest indicate suffer avoid receive recommend prescribe relieve worsen
    produce create develop take give keep bring choose lose""")
    for form in (base, base + "s"))

#: Stop words that are also nouns: as the last word of a compound they are its head
#: (`tool use`, `function calls`, `clean builds`), never a term alone.
_NOUN_HEADS = word_set("use uses build builds call calls make makes")


_ADVERBS = word_set("also just then really often now still only even already always never "
                    "usually simply first again actually")


#: Modal verbs: the word after one (maybe across adverbs) is a verb (`can cause emphysema`).
_MODALS = word_set("can could will would shall should may might must cannot don't doesn't "
                   "didn't won't can't")


def _after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] follows a subject pronoun or a modal verb, maybe across adverbs (`we
    also prune`, `can often cause`): it is a verb, not part of the noun phrase after it."""
    j = i - 1
    while j >= 0:
        w = words[j].group().lower()
        if w in _SUBJECTS or w in _MODALS:
            return True
        if w not in _ADVERBS and not (w.endswith("ly") and len(w) > 4):
            return False
        j -= 1
    return False


_NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "'s", "’s")


def _verb_after_noun(words: list[re.Match[str]], i: int, n: int) -> bool:
    """True when words[i], inside a phrase (neither its first nor its last word), looks like a
    verb in the third person: a lower-case -s word right after a lower-case word that is not
    a plural or a function word (`clinic offers physiotherapy`). Compounds take singular
    modifiers (`job offer letter`), so a plural there is rare."""
    if i == 0 or i >= n - 1:
        return False
    w, prev = words[i].group(), words[i - 1].group()
    if not (w.islower() and prev.islower() and w.endswith("s") and len(w) > 3):
        return False
    if w.endswith(_NOT_PLURAL) or prev.endswith("s") or prev in NP_STOP_WORDS:
        return False
    return prev[-1:].isalpha()


#: Irregular simple pasts that are no adjectives before a noun.
_IRREGULAR_PASTS = word_set("found saw took gave got kept felt told sent put ran drew did had "
                            "said brought bought caught thought knew grew wrote chose began "
                            "showed made")
_SUBJECT_DETERMINERS = word_set("the a an this that these those")


def _past_after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is a past-tense verb after a noun that follows a determiner (`the
    doctor found blasts`, `a nurse removed stitches`): the noun is its subject, so the term
    starts after the verb. An -ed word right after the determiner stays (`the infected cells`)."""
    if i < 2:
        return False
    w, prev = words[i].group(), words[i - 1].group()
    if not (w.islower() and prev.isalpha() and prev.islower()) or prev in NP_STOP_WORDS:
        return False
    if not (w in _IRREGULAR_PASTS or (w.endswith("ed") and len(w) > 4 and w.isalpha())):
        return False
    return words[i - 2].group().lower() in _SUBJECT_DETERMINERS


def _stem(word: str) -> str:
    return word.lower().strip("\"'“”‘’()[],;:.!?")[:5]


def noun_phrase_start(text: str, start: int, end: int, max_words: int = 5,
                      note: str | None = None) -> int:
    """Start of the noun phrase that ends at `end`, searching no further left than `start`
    (rule B4: `completely replace the gradient descent algorithm` → `gradient descent
    algorithm`, `it can be quantified` → `quantified`).

    Walks back word by word and stops at a function word, punctuation, a verb right after a
    subject pronoun (`they applied`), or after `max_words`. With `note`, a phrase that a note
    opens by repeating starts at the repeated word (`applied distillation (distillation is …)`).
    """
    words = list(_WORD_RE.finditer(text, start, end))
    begin = len(words)
    for taken, m in enumerate(reversed(words)):
        i = len(words) - 1 - taken
        word = m.group()
        if taken and word[-1] in ",;:.!?)":  # punctuation closes the previous clause
            break
        core = word.strip("\"'“”‘’()[],;:.!?")
        noun_head = not taken and core.lower() in _NOUN_HEADS
        if (not core or (core.lower() in NP_STOP_WORDS and not noun_head)
                or core[0] not in _WORD_CHARS):
            break
        if taken and (core.lower() in _OBJECT_VERBS or _verb_after_noun(words, i, len(words))
                      or _past_after_subject(words, i)):
            break  # `symptoms include fatigue`, `the clinic offers physiotherapy`
        if taken and core[0].islower() and core.lower().endswith(("'s", "’s")):
            break  # `the company's revenue` → revenue (but `Crohn's disease` stays whole)
        if taken and (core.lower() in _ADVERBS or core.lower() in _PARTICLE_STOPS):
            break  # `teams often cut corners`, `filter out trigger words`: a predicate
        if taken and core[0].islower() and _after_subject(words, i):
            break  # `we (also) applied distillation`: a verb after its subject
        begin = i
        if taken + 1 >= max_words:
            break
    if begin == len(words) or (begin == len(words) - 1
                               and words[-1].group().lower() in _NOUN_HEADS):
        return end
    before = words[begin - 1].group().lower() if begin else ""
    if note and note.split() and before in _CLAUSE_OPENERS:
        # `and applied distillation (distillation is …)`: a verb before the repeated word goes,
        # but an adjective after a determiner or verb stays (`reject malformed frames`, B4)
        first = _stem(note.split()[0])
        for i in range(begin, len(words)):
            if len(first) >= 4 and _stem(words[i].group()) == first:
                if all(w.group().lower().endswith("ed") for w in words[begin:i]):
                    begin = i
                break
    return words[begin].start()


_REACH = 200  # characters before the bracket that may hold the term

#: Small words a Title Case name or title may hold between its capitalised words.
_TITLE_LINKS = word_set("of at on in the and for to a an with from by or vs via de")
#: Capitalised words that open a sentence without being part of a name after them.
_SENTENCE_OPENERS = word_set("today yesterday tomorrow however meanwhile recently now here "
                             "there then still also later once finally first next")
_DETERMINERS = word_set("the a an this that these those its their our your his her my")


def is_title_case(head: str) -> bool:
    """True for a Title Case phrase of two or more words (`Pride and Prejudice`): every word
    capitalised but the small linking ones."""
    words = head.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _TITLE_LINKS for w in words)


def _cjk_count(gloss: str) -> int:
    return sum(1 for ch in gloss if is_cjk(ch))


def _title_start(words: list[re.Match[str]], text: str, start: int, gloss: str) -> int | None:
    """Start of a Title Case phrase ending the words (`Lost at Sea`, `Chain of Thought`): its
    capitalised words with the small words between them, no more content words than the
    Chinese gloss can translate (about one per two characters). None when there is none."""
    n = len(words)
    if n < 2 or not words[-1].group()[:1].isupper():
        return None
    chars = _cjk_count(gloss)
    budget = (chars + 1) // 2 + (1 if chars >= 4 else 0)
    begin, content = n - 1, 1
    i = n - 2
    while i >= 0 and content < budget:
        w = words[i].group()
        if w[-1] in ",;:.!?)":
            break
        if w.lower() in _TITLE_LINKS and w.islower():
            i -= 1
            continue
        if not w[:1].isupper() or (w.lower().endswith("ly") and len(w) > 4):
            break  # `Notably Google Brain`: an adverb opens the sentence
        first_of_sentence = i == 0 and text[start:words[0].start()].strip() == "" or (
            i > 0 and words[i - 1].group()[-1] in ".!?:")
        if first_of_sentence and (w.lower() in NP_STOP_WORDS or w.lower() in _SENTENCE_OPENERS
                                  or words[i + 1].group().lower() in ("the", "a", "an")):
            break  # `Read the Terms of Service`: an imperative verb, not part of the title
        begin, content = i, content + 1
        i -= 1
    return words[begin].start() if begin < n - 1 else None


@lru_cache(maxsize=4096)
def _verb_object_words(gloss: str) -> int:
    """How many words the Chinese gloss has when it is a verb and its object (`建立信任` → 2,
    `打下基础` → 2: a four-character set phrase is read as two words), -1 when it is one verb
    (`带头`), else 0. A verb followed by another verb is a compound noun (`强化学习`,
    `迁移学习`), not a verb phrase."""
    from vocab_app.mining.zh_tagger import tagger

    toks = [t for t in tagger().lcut(gloss.strip()) if t[0] not in ("的", "了")]
    if toks and len(toks[0][0]) == 4 and (len(toks) == 1 or toks[0][1] in ("l", "i")):
        # a set phrase (`打下基础` l, `达成协议` nz) or an idiom opening the gloss (`深入调查|问题`)
        word = toks[0][0]
        toks = tagger().lcut(word[:2]) + tagger().lcut(word[2:]) + toks[1:]
    if len(toks) == 1 and toks[0][1] in ("v", "vi"):
        return -1  # a verb alone: `带头` (take the lead)
    if len(toks) >= 3 and toks[0][1] in ("ad", "d") and toks[1][1] in ("v", "vn"):
        toks = toks[1:]  # a manner adverb before the verb (`认真|对待|问题`) is one more word
        return len(toks) + 1 if _verb_object(toks) else 0
    return len(toks) if len(toks) >= 2 and _verb_object(toks) else 0


def _verb_object(toks: list[tuple[str, str]]) -> bool:
    verb, obj = toks[0][1], toks[1][1]
    return verb in ("v", "vd", "vi") and (obj[0] == "n" or obj == "vn")


_VERB_PARTICLES = word_set("up down out off back over away in on forward ahead around through")
#: Prepositions a prepositional verb ends with (`step down from`, `deal with`, `rely on`).
_VERB_PREPOSITIONS = word_set("from with on to of for at into about upon")


def phrasal_verb_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of a verb with its particles and the preposition it takes, right before a
    bracket whose Chinese gloss is one verb (`step down from (辞去)`, `deal with (处理)`,
    `look forward to (期待)`, `circle back (回头再讨论)`), or `end` when there is none: the
    verb is a lower-case word that is no function word, after a subject, a modal, `to` or
    the start of a clause."""
    words = list(_WORD_RE.finditer(text, max(start, end - 60), end))
    if len(words) < 2 or _verb_object_words(gloss) != -1 and not _verb_led(gloss):
        return end
    j = len(words) - 1
    has_prep = words[j].group().lower() in _VERB_PREPOSITIONS
    if has_prep:
        j -= 1
    particles = 0
    while j > 0 and words[j].group().lower() in _VERB_PARTICLES and particles < 2:
        j -= 1
        particles += 1
    if not (has_prep or particles) or j < 0:
        return end
    verb = words[j].group()
    if not verb.isalpha() or not verb.islower() or (
            verb in NP_STOP_WORDS and verb not in _LIGHT_VERBS):
        return end
    if words[j].end() != (words[j + 1].start() - 1):
        return end  # punctuation between them
    if j > 0 and words[j - 1].group().lower() in _DETERMINERS:
        return end  # `a knack for`: a noun, not a verb
    return words[j].start()


def _verb_led(gloss: str) -> bool:
    """True when the Chinese gloss opens with a verb (`回头再讨论`, `想出`)."""
    from vocab_app.mining.zh_tagger import tagger

    toks = tagger().lcut(gloss.strip())
    return bool(toks) and toks[0][1] in ("v", "vi", "vd") and len(gloss.strip()) <= 6


def english_term_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the English term ending at `end` in English prose before a Chinese `gloss`
    (never left of `start`):
    - a Title Case name or title is kept whole (`Lost at Sea（迷失于海）`, `Chain of Thought
      (思维链)`), as long as the gloss is long enough to translate it;
    - when the gloss is a verb and its object (`打下基础`, `建立信任`) and the noun phrase has
      fewer words than the gloss, the verb before the noun phrase and its determiner belong
      to the term (`lays the groundwork (打下基础)`, `build trust (建立信任)`);
    - otherwise the noun phrase (`noun_phrase_start`)."""
    start = max(start, end - _REACH)  # a term never reaches further: linear in the line
    words = list(_WORD_RE.finditer(text, start, end))
    title = _title_start(words, text, start, gloss)
    if title is not None:
        return title
    n0 = noun_phrase_start(text, start, end)
    if n0 >= end:
        return _glossed_verb(words, end, gloss)
    if _coverb_phrase(gloss):
        vp = _prepositional_verb_start(words, n0)
        if vp is not None:
            return vp  # `takes a toll on consistency (对一致性造成损害)`
    np_words = sum(len(short_form_units(w)) if is_short_form(w) else 1
                   for w in text[n0:end].split())
    gloss_words = _verb_object_words(gloss)
    light_only = gloss_words == -1  # one verb: only a light verb + noun says it (`take the lead`)
    if not light_only and np_words >= gloss_words:
        return n0  # the noun phrase alone translates the whole gloss (`提示工程`)
    if light_only and np_words >= 2 and _predicate_after_subject(words[-2].group(),
                                                                 words[-1].group()):
        return words[-1].start()  # `Teams adopt (采用)`: the verb, not its subject
    k = next((i for i, w in enumerate(words) if w.start() == n0), None)
    if k is None:
        return n0
    j = k - 1
    if j >= 0 and words[j].group().lower() in _DETERMINERS:
        j -= 1
    if j < 0:
        return n0
    verb = words[j].group()
    lw = verb.lower()
    if lw in _PARTICLES and j > 0 and words[j - 1].group().isalpha() and (
            words[j - 1].group().islower() and words[j - 1].group() not in NP_STOP_WORDS):
        j -= 1  # a phrasal verb: `set up the pipeline`, `fill in the form`
    elif not _may_be_verb(verb):
        return n0
    if light_only and words[j].group().lower() not in _NOUN_MAKING_VERBS:
        return n0  # `apply distillation (蒸馏)`: the gloss is the noun's verb, not the phrase
    return words[j].start()


#: A Chinese verb phrase that opens with a coverb and its object (`对一致性造成损害`,
#: `给团队施加压力`): it translates an English verb phrase ending in a prepositional phrase.
#: (With 的 it is a noun phrase: `对准确性的影响`, the effect on accuracy.)
_COVERB_GLOSS_RE = re.compile(r"\s*[对向给与跟把为][\u4e00-\u9fff]{4,}\s*$")
_VP_PREPOSITIONS = word_set("on to of for with about into at from against")
_OBJECT_REACH = 3  # words of the verb's own object (`a toll`, `pressure`, `the blame`)


@lru_cache(maxsize=4096)
def _coverb_phrase(gloss: str) -> bool:
    """True for a Chinese verb phrase opening with a coverb (tagged as a preposition, so not
    `向量数据库` or `对象存储`) and its object, without 的 (`对准确性的影响` is a noun phrase)."""
    if _COVERB_GLOSS_RE.match(gloss) is None or "的" in gloss:
        return False
    from vocab_app.mining.zh_tagger import tagger

    first = tagger().lcut(gloss.strip())[0]
    return first[1] == "p" and len(first[0]) == 1


def _prepositional_verb_start(words: list[re.Match[str]], n0: int) -> int | None:
    """Start of `verb [det] noun… prep [det]` before the noun phrase at `n0` (`takes a toll on
    consistency`, `put pressure on the team`, `shed light on the cause`), else None."""
    k = next((i for i, w in enumerate(words) if w.start() == n0), None)
    if k is None:
        return None
    j = k - 1
    if j >= 0 and words[j].group().lower() in _DETERMINERS:
        j -= 1
    if j < 1 or words[j].group() not in _VP_PREPOSITIONS:
        return None
    j -= 1
    nouns = 0
    while j >= 0 and nouns <= _OBJECT_REACH:
        w = words[j].group()
        if w.lower() in _DETERMINERS:  # the object's determiner: the verb is the word before
            j -= 1
            break
        if nouns and _may_be_verb(w) and _clause_edge(words, j):
            break  # `They put pressure on …`: the verb, after its subject
        if not w.isalpha() or not w.islower() or w in NP_STOP_WORDS:
            return None
        nouns += 1
        j -= 1
    verb = words[j].group() if j >= 0 else ""
    if not nouns or not _may_be_verb(verb) or verb.lower() in _PARTICLES:
        return None
    return words[j].start()


_NOUN_ENDINGS = ("ing", "ion", "ment", "ness", "ance", "ence", "ity", "er", "or", "al", "s")


def _predicate_after_subject(prev: str, last: str) -> bool:
    """True when `last`, glossed by one Chinese verb, is a bare verb after a plural subject
    (`teams adopt`, `costs rise`), not the head of a compound (`weight decay`, `data cleaning`)."""
    if not (last.isalpha() and last.islower() and prev.isalpha()):
        return False
    if last.endswith(_NOUN_ENDINGS):
        return False
    p = prev.lower()
    return len(p) > 3 and p.endswith("s") and not p.endswith(("ss", "us", "is", "ics"))


def _clause_edge(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] opens its clause or follows a subject, modal or function word."""
    if i == 0:
        return True
    prev = words[i - 1].group()
    if prev.lower() in _DETERMINERS:
        return False  # `the model`: a noun
    return prev[-1] in ",;:.!?" or prev.lower() in NP_STOP_WORDS or prev.lower() in _MODALS


def _glossed_verb(words: list[re.Match[str]], end: int, gloss: str) -> int:
    """Start of a lone content verb that a one-verb Chinese gloss translates (`introduce(引入)`,
    `explain (解释)`): the author glossed the verb itself, so it is the term as much as
    `adopt(采用)` is, although a noun phrase never starts with it. Else `end` (no term)."""
    if not words or words[-1].end() != end:
        return end
    word = words[-1].group()
    if word.lower() not in _CONTENT_VERBS or not word.isalpha():
        return end
    return words[-1].start() if _verb_object_words(gloss) == -1 else end


#: Content verbs among NP_STOP_WORDS (the others are function words and auxiliaries).
_CONTENT_VERBS = word_set("""
use uses used using replace replaces replaced build builds achieve achieves need needs needed
want wants wanted require requires required enable enables enabled perform performs performed
introduce introduces introduced propose proposes proposed provide provides provided involve
involves involved describe describes described explain explains explained discuss discusses
discussed improve improves improved apply applies applied
""")


def _may_be_verb(word: str) -> bool:
    """True when a lower-case word before a noun phrase may be its verb: not a determiner,
    preposition or other function word, unless a verb (`make`, `build`, `include`)."""
    lw = word.lower()
    if not word.isalpha() or not word.islower() or lw in _DETERMINERS or lw in _TITLE_LINKS:
        return False
    return lw not in NP_STOP_WORDS or lw in _LIGHT_VERBS or lw in _OBJECT_VERBS


#: Particles that end a phrasal verb, never a noun phrase (`back` may: `back pain`).
_PARTICLE_STOPS = word_set("out up off away")
#: Particles of phrasal verbs.
_PARTICLES = word_set("up down out off back over away in on")


#: Verbs among the noun-phrase stop words (`build trust`, `make progress`), and the light
#: verbs that make a verb of a noun (`take the lead`, `make a decision`, `give a talk`).
_LIGHT_VERBS = word_set("""
make makes made get gets got build builds achieve achieves need needs want wants require
requires enable enables perform performs introduce introduces provide provides improve improves
apply applies replace replaces use uses have has had do does did take takes took taken give
gives gave given pay pays paid
""")

#: The light verbs proper, which make a verb of the noun they take (`take the lead (带头)`,
#: `make a decision (决定)`); other verbs before a noun glossed by one verb stay outside the term
#: (`apply distillation (蒸馏)` → distillation).
_NOUN_MAKING_VERBS = word_set("""
make makes made making take takes took taken taking give gives gave given giving have has had
having do does did done doing get gets got getting pay pays paid paying
""")
