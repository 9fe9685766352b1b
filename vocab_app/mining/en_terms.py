"""Left boundaries of English terms: the Latin run inside Chinese text (rule B2) and the noun
phrase before a parenthetical in English prose (rule B4).
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import is_cjk, word_set

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_JOINERS = frozenset(".'’&+")  # allowed only between two word characters: R&D, GPT-3.5, RL's
_WORD_RE = re.compile(r"\S+")

#: Words a noun phrase does not run back across: determiners, pronouns, auxiliaries,
#: prepositions, conjunctions and a few light verbs and adverbs.
NP_STOP_WORDS = word_set("""
a an the this that these those my your his her its our their some any each every no all both
either neither such what which who whom whose when where why how whether if than then so
i you he she it we they me him us them one ones
is are was were be been being am can could will would shall should may might must do does did
have has had get gets got make makes made let lets
to of in on at by for with from into onto about as via through over under between among
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
    form for base in word_set("""include contain cause affect reduce prevent treat raise become
    remain seem suggest indicate suffer avoid receive recommend prescribe relieve worsen trigger
    lower increase decrease produce create develop take give keep bring buy sell eat drink
    wear ask tell feel find leave hold pay try send choose lose carry put reach follow""")
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
        if taken and (core.lower() in _OBJECT_VERBS or _verb_after_noun(words, i, len(words))):
            break  # `symptoms include fatigue`, `the clinic offers physiotherapy`
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
