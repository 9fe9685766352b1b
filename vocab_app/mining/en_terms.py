"""Left boundaries of English terms: the noun phrase before a parenthetical in English prose
(rule B4; the Latin run inside Chinese text, rule B2, is in latin_runs.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.abbrev import is_short_form, short_form_units
from vocab_app.mining.en_counts import after_count_word
from vocab_app.mining.en_idioms import after_meta_noun, idiom_start, noun_in_idiom
from vocab_app.mining.en_titles import title_start
from vocab_app.mining.en_words import (
    ADVERBS,
    BE_FORMS,
    CLAUSE_OPENERS,
    CONTENT_VERBS,
    COVERB_GLOSS_RE,
    DETERMINERS,
    IRREGULAR_PASTS,
    LIGHT_VERBS,
    MODALS,
    NOT_PLURAL,
    NOUN_ENDINGS,
    NOUN_HEADS,
    NOUN_MAKING_VERBS,
    NP_STOP_WORDS,
    OBJECT_REACH,
    OBJECT_VERBS,
    PARTICLE_STOPS,
    PARTICLES,
    REACH,
    SUBJECT_DETERMINERS,
    SUBJECTS,
    THIRD_PERSON_RE,
    TITLE_LINKS,
    VERB_PARTICLES,
    VERB_PREPOSITIONS,
    VP_PREPOSITIONS,
    WORD_CHARS,
    WORD_RE,
    looks_adverb,
)
from vocab_app.mining.np_verbs import verb_in_phrase
from vocab_app.mining.rarity import FLOOR, word_rank
from vocab_app.mining.rendered_terms import rendered_start


def _after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] follows a subject pronoun or a modal verb, maybe across adverbs (`we
    also prune`, `can often cause`): it is a verb, not part of the noun phrase after it."""
    j = i - 1
    while j >= 0:
        w = words[j].group().lower()
        if w in SUBJECTS or w in MODALS:
            return True
        if w not in ADVERBS and not looks_adverb(w):
            return False
        j -= 1
    return False


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
    if w.endswith(NOT_PLURAL) or prev.endswith("s") or prev in NP_STOP_WORDS:
        return False
    return prev[-1:].isalpha()


def _past_after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is a past-tense verb after a noun that follows a determiner (`the
    doctor found blasts`, `a nurse removed stitches`): the noun is its subject, so the term
    starts after the verb. An -ed word right after the determiner stays (`the infected cells`)."""
    if i < 2:
        return False
    w, prev = words[i].group(), words[i - 1].group()
    if not (w.islower() and prev.isalpha() and prev.islower()) or prev in NP_STOP_WORDS:
        return False
    if not (w in IRREGULAR_PASTS or (w.endswith("ed") and len(w) > 4 and w.isalpha())):
        return False
    return words[i - 2].group().lower() in SUBJECT_DETERMINERS


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
    words = list(WORD_RE.finditer(text, start, end))
    begin = len(words)
    for taken, m in enumerate(reversed(words)):
        i = len(words) - 1 - taken
        word = m.group()
        if taken and word[-1] in ",;:.!?)":  # punctuation closes the previous clause
            break
        core = word.strip("\"'“”‘’()[],;:.!?")
        noun_head = not taken and core.lower() in NOUN_HEADS
        if (not core or (core.lower() in NP_STOP_WORDS and not noun_head)
                or core[0] not in WORD_CHARS):
            break
        if taken and (core.lower() in OBJECT_VERBS or _verb_after_noun(words, i, len(words))
                      or _past_after_subject(words, i) or verb_in_phrase(words, i, len(words))):
            break  # `symptoms include fatigue`, `the clinic offers physiotherapy`
        if taken and core[0].islower() and core.lower().endswith(("'s", "’s")) and (
                owner_determined(words, i)):
            break  # `the company's revenue` → revenue; a bare possessive classifies the noun
            # and stays (`golfer's elbow`, `athlete's foot`; `Crohn's disease`)
        if taken and (core.lower() in ADVERBS and not _ordinal_before_noun(words, i)
                      or core.lower() in PARTICLE_STOPS):
            break  # `teams often cut corners`, `filter out trigger words`: a predicate
        if taken and core[0].islower() and _after_subject(words, i):
            break  # `we (also) applied distillation`: a verb after its subject
        begin = i
        if taken + 1 >= max_words:
            break
    if begin == len(words) or (begin == len(words) - 1
                               and words[-1].group().lower() in NOUN_HEADS):
        return end
    before = words[begin - 1].group().lower() if begin else ""
    if (before == "to" and begin >= 2 and begin < len(words) - 1
            and words[begin - 2].group().lower() in BE_FORMS):
        begin += 1  # `its role is to move bile salts`: after `is to`, a verb and its object
    if (before in ADVERBS and begin < len(words) - 1 and THIRD_PERSON_RE.fullmatch(
            words[begin].group())):
        begin += 1  # `also carries carbon dioxide`: after an adverb, an -s word is its verb
    if note and note.split() and before in CLAUSE_OPENERS:
        # `and applied distillation (distillation is …)`: a verb before the repeated word goes,
        # but an adjective after a determiner or verb stays (`reject malformed frames`, B4)
        first = _stem(note.split()[0])
        for i in range(begin, len(words)):
            if len(first) >= 4 and _stem(words[i].group()) == first:
                if all(w.group().lower().endswith("ed") for w in words[begin:i]):
                    begin = i
                break
    return words[begin].start()


#: Words after which `first` is an ordinal of the noun after it, not an adverb.
_ORDINAL_BEFORE = DETERMINERS | frozenset({"from", "to", "of", "in", "at", "on", "with", "for",
                                           "by", "than"})


def _ordinal_before_noun(words: list[re.Match[str]], i: int) -> bool:
    """True for `first` after a determiner or preposition (`from first degree`, `the first
    layer`): an ordinal in the noun phrase; after a subject it is an adverb (`we first
    applied`)."""
    return (words[i].group().lower() == "first" and i > 0
            and words[i - 1].group().lower() in _ORDINAL_BEFORE)


def owner_determined(words: list[re.Match[str]], i: int) -> bool:
    """True when the possessive words[i] has a determiner of its own before it (`the company's`,
    `a study group's`): it names one owner, not a kind of the noun after it."""
    j = i - 1
    while j >= 0 and words[j].group().isalpha() and words[j].group().lower() not in NP_STOP_WORDS:
        j -= 1
    return j >= 0 and words[j].group().lower() in DETERMINERS


@lru_cache(maxsize=4096)
def _verb_object_words(gloss: str) -> int:
    """How many words the Chinese gloss has when it is a verb and its object (`建立信任` → 2,
    `打下基础` → 2: a four-character set phrase is read as two words), -1 when it is one verb
    (`带头`), else 0. A verb followed by another verb is a compound noun (`强化学习`,
    `迁移学习`), not a verb phrase."""
    from vocab_app.mining.zh_tokens import tag_words  # (one jieba cut per gloss, shared)

    toks = [t for t in tag_words(gloss.strip()) if t[0] not in ("的", "了")]
    if toks and len(toks[0][0]) == 4 and (len(toks) == 1 or toks[0][1] in ("l", "i")):
        # a set phrase (`打下基础` l, `达成协议` nz) or an idiom opening the gloss (`深入调查|问题`)
        word = toks[0][0]
        toks = [*tag_words(word[:2]), *tag_words(word[2:]), *toks[1:]]
    if len(toks) == 1 and (toks[0][1] in ("v", "vi") or toks[0][1] == "l" and len(gloss) <= 4):
        return -1  # a verb alone: `带头` (take the lead), `搞砸了` (dropped the ball)
    if len(toks) >= 3 and toks[0][1] in ("ad", "d") and toks[1][1] in ("v", "vn"):
        toks = toks[1:]  # a manner adverb before the verb (`认真|对待|问题`) is one more word
        return len(toks) + 1 if _verb_object(toks) else 0
    return len(toks) if len(toks) >= 2 and _verb_object(toks) else 0


def _verb_object(toks: list[tuple[str, str]]) -> bool:
    verb, obj = toks[0][1], toks[1][1]
    return verb in ("v", "vd", "vi") and (obj[0] == "n" or obj == "vn")


def phrasal_verb_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of a verb with its particles and the preposition it takes, right before a
    bracket whose Chinese gloss is one verb (`step down from (辞去)`, `deal with (处理)`,
    `look forward to (期待)`, `circle back (回头再讨论)`), or `end` when there is none: the
    verb is a lower-case word that is no function word, after a subject, a modal, `to` or
    the start of a clause."""
    words = list(WORD_RE.finditer(text, max(start, end - 60), end))
    if len(words) < 2 or _verb_object_words(gloss) != -1 and not _verb_led(gloss):
        return end
    j = len(words) - 1
    has_prep = words[j].group().lower() in VERB_PREPOSITIONS
    if has_prep:
        j -= 1
    particles = 0
    while j > 0 and words[j].group().lower() in VERB_PARTICLES and particles < 2:
        j -= 1
        particles += 1
    if not (has_prep or particles) or j < 0:
        return end
    verb = words[j].group()
    if not verb.isalpha() or not verb.islower() or (
            verb in NP_STOP_WORDS and verb not in LIGHT_VERBS):
        return end
    if words[j].end() != (words[j + 1].start() - 1):
        return end  # punctuation between them
    if j > 0 and words[j - 1].group().lower() in DETERMINERS:
        return end  # `a knack for`: a noun, not a verb
    if noun_in_idiom(words, j):  # `came to terms with (接受)`, `took part in (参加)`
        idiom = idiom_start(text, start, end, gloss, words[j].start())
        return end if idiom is None else idiom
    return words[j].start()


def _verb_led(gloss: str) -> bool:
    """True when the Chinese gloss opens with a verb (`回头再讨论`, `想出`)."""
    from vocab_app.mining.zh_tokens import tag_words

    toks = tag_words(gloss.strip())
    return bool(toks) and toks[0][1] in ("v", "vi", "vd") and len(gloss.strip()) <= 6


def english_term_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the English term ending at `end` before a Chinese `gloss` (`_term_start`),
    without a number word that counts what it names (`two angel investors (天使投资人)`) or
    words in front that the gloss does not render (`modern backbone (骨干网络)`:
    rendered_terms.py)."""
    return rendered_start(text, after_count_word(text, _term_start(text, start, end, gloss),
                                                 end, gloss), end, gloss)


def _term_start(text: str, start: int, end: int, gloss: str) -> int:
    """Start of the English term ending at `end` in English prose before a Chinese `gloss`
    (never left of `start`):
    - a Title Case name or title is kept whole (`Lost at Sea（迷失于海）`, `Chain of Thought
      (思维链)`), as long as the gloss is long enough to translate it;
    - when the gloss is a verb and its object (`打下基础`, `建立信任`) and the noun phrase has
      fewer words than the gloss, the verb before the noun phrase and its determiner belong
      to the term (`lays the groundwork (打下基础)`, `build trust (建立信任)`);
    - an idiom or phrasal verb that reaches past the noun phrase (`was on the fence (犹豫不决)`,
      `fell through (落空)`: en_idioms.py);
    - otherwise the noun phrase (`noun_phrase_start`)."""
    start = max(start, end - REACH)  # a term never reaches further: linear in the line
    words = list(WORD_RE.finditer(text, start, end))
    title = title_start(words, text, start, gloss)
    if title is not None:
        return title
    n0 = noun_phrase_start(text, start, end)
    idiom = None if _coverb_phrase(gloss) else idiom_start(text, start, end, gloss, n0)
    if idiom is not None:
        return idiom  # `was on the fence (犹豫不决)`, `fell through (落空)`: en_idioms.py
    if n0 >= end:
        return _glossed_verb(words, end, gloss)
    n0 = after_meta_noun(text, n0, end, gloss)  # `the phrase go-to-market (市场进入)`
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
    if light_only and np_words >= 2 and len(words) >= 2 and _predicate_after_subject(
            words[-2].group(), words[-1].group()):
        return words[-1].start()  # `Teams adopt (采用)`: the verb, not its subject
    k = next((i for i, w in enumerate(words) if w.start() == n0), None)
    if k is None:
        return n0
    j = k - 1
    article = j >= 0 and words[j].group().lower() in ("a", "an", "the")
    if j >= 0 and words[j].group().lower() in DETERMINERS:
        j -= 1
    if j < 0:
        return n0
    verb = words[j].group()
    lw = verb.lower()
    if lw in PARTICLES and j > 0 and words[j - 1].group().isalpha() and (
            words[j - 1].group().islower() and words[j - 1].group() not in NP_STOP_WORDS):
        j -= 1  # a phrasal verb: `set up the pipeline`, `fill in the form`
    elif not _may_be_verb(verb):
        return n0
    if light_only and words[j].group().lower() not in NOUN_MAKING_VERBS and not (
            article and np_words == 1 and verb.islower() and word_rank(words[-1].group()) < FLOOR):
        # `apply distillation (蒸馏)`, `forget the post-mortem (复盘)`: the gloss is the
        # noun's verb, not the phrase; but one verb for a verb, an article and an everyday
        # noun is an idiom's (`hit a wall (碰壁)`, `dropped the ball (搞砸了)`)
        return n0
    return words[j].start()


@lru_cache(maxsize=4096)
def _coverb_phrase(gloss: str) -> bool:
    """True for a Chinese verb phrase opening with a coverb (tagged as a preposition, so not
    `向量数据库` or `对象存储`) and its object, without 的 (`对准确性的影响` is a noun phrase)."""
    if COVERB_GLOSS_RE.match(gloss) is None or "的" in gloss:
        return False
    from vocab_app.mining.zh_tokens import tag_words

    first = tag_words(gloss.strip())[0]
    return first[1] == "p" and len(first[0]) == 1


def _prepositional_verb_start(words: list[re.Match[str]], n0: int) -> int | None:
    """Start of `verb [det] noun… prep [det]` before the noun phrase at `n0` (`takes a toll on
    consistency`, `put pressure on the team`, `shed light on the cause`), else None."""
    k = next((i for i, w in enumerate(words) if w.start() == n0), None)
    if k is None:
        return None
    j = k - 1
    if j >= 0 and words[j].group().lower() in DETERMINERS:
        j -= 1
    if j < 1 or words[j].group() not in VP_PREPOSITIONS:
        return None
    j -= 1
    nouns = 0
    while j >= 0 and nouns <= OBJECT_REACH:
        w = words[j].group()
        if w.lower() in DETERMINERS:  # the object's determiner: the verb is the word before
            j -= 1
            break
        if nouns and _may_be_verb(w) and _clause_edge(words, j):
            break  # `They put pressure on …`: the verb, after its subject
        if not w.isalpha() or not w.islower() or w in NP_STOP_WORDS:
            return None
        nouns += 1
        j -= 1
    verb = words[j].group() if j >= 0 else ""
    if not nouns or not _may_be_verb(verb) or verb.lower() in PARTICLES:
        return None
    return words[j].start()


def _predicate_after_subject(prev: str, last: str) -> bool:
    """True when `last`, glossed by one Chinese verb, is a bare verb after a plural subject
    (`teams adopt`, `costs rise`), not the head of a compound (`weight decay`, `data cleaning`)."""
    if not (last.isalpha() and last.islower() and prev.isalpha()):
        return False
    if last.endswith(NOUN_ENDINGS):
        return False
    p = prev.lower()
    return len(p) > 3 and p.endswith("s") and not p.endswith(("ss", "us", "is", "ics"))


def _clause_edge(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] opens its clause or follows a subject, modal or function word."""
    if i == 0:
        return True
    prev = words[i - 1].group()
    if prev.lower() in DETERMINERS:
        return False  # `the model`: a noun
    return prev[-1] in ",;:.!?" or prev.lower() in NP_STOP_WORDS or prev.lower() in MODALS


def _glossed_verb(words: list[re.Match[str]], end: int, gloss: str) -> int:
    """Start of a lone content verb that a one-verb Chinese gloss translates (`introduce(引入)`,
    `explain (解释)`): the author glossed the verb itself, so it is the term as much as
    `adopt(采用)` is, although a noun phrase never starts with it. Else `end` (no term)."""
    if not words or words[-1].end() != end:
        return end
    word = words[-1].group()
    if word.lower() not in CONTENT_VERBS or not word.isalpha():
        return end
    return words[-1].start() if _verb_object_words(gloss) == -1 else end


def _may_be_verb(word: str) -> bool:
    """True when a lower-case word before a noun phrase may be its verb: not a determiner,
    preposition or other function word, unless a verb (`make`, `build`, `include`)."""
    lw = word.lower()
    if not word.isalpha() or not word.islower() or lw in DETERMINERS or lw in TITLE_LINKS:
        return False
    return lw not in NP_STOP_WORDS or lw in LIGHT_VERBS or lw in OBJECT_VERBS


