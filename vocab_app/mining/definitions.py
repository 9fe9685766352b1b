"""Plain-English definitions in brackets (RULES.md DEF): `platelets (small cells that help blood
clot)`, `dyspnea (shortness of breath)`, `hypertension (also called high blood pressure)`.

Consumer-health, legal and standards texts explain a word with a noun phrase in brackets and no
defining verb. The checks here tell such a description from the other English brackets that
survive the aside filter (noise.py): lists of examples, scope remarks opening with an adjective
(`rare in children`, `mild to moderate`), doses and counts, brand names, instructions, and a
description of a named organisation or product (`the FDA (the agency that regulates drugs)`:
like a biography (G4) it says which thing is meant, not what a word means).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import IRREGULAR_PARTICIPLES, adverb_of_modifier
from vocab_app.mining.lang import word_set

#: (compiled once: these run per bracket)
_RELATIVE_WORD_RE = re.compile(r"\b(?:that|which|who|where)\b", re.I)
_COMMA_AND_RE = re.compile(r",\s*(?:and|or)\b")
_CLAUSE_MARK_RE = re.compile(r"[;:?!]")
_DIGIT_OR_MARK_RE = re.compile(r"[\d;:,]")
#: `(also called …)`, `(also known as …)`: another name for the same thing.
ALSO_CALLED_RE = re.compile(
    r"(?:(?:also|sometimes|often|commonly|usually|more commonly|otherwise|better|formerly"
    r"|previously|initially|originally|once|now|traditionally|historically|informally)\s+"
    r"(?:called|known as|named|termed|referred to as)"
    r"|called|known as|termed|referred to as|aka|a\.k\.a\.)\s+(?=\S)", re.I)

#: Words a description never opens with (after an optional article): function words & the like.
_NOT_OPENERS = word_set("""
a an the this that these those my your his her its our their some any each every no all both
either neither such what which who whom whose when where why how whether if than then so
i you he she it we they me him us them one is are was were be been being am can could will
would shall should may might must do does did have has had to of in on at by for with from
into about as via through over under between among and or but nor not also very just only even
still really quite more most less least much many few several other another same
usually often sometimes always never mostly mainly generally typically especially
brand generic sold marketed available see
using running starting beginning depending assuming excluding pending following according
based compared ranging counting working going coming looking waiting leading making doing
first originally later recently now then next once still already
two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands
""")
#: Words that end the opening noun phrase of a description and start what modifies it.
_POSTMODIFIERS = word_set("""
that which who whom whose where when of in on for from with to between inside around under near
along within into at by through without like
""")
#: Irregular past participles that modify a noun like `caused by` does.
_PARTICIPLES = IRREGULAR_PARTICIPLES | word_set("run set meant")
#: Short adjectives with no telling suffix.
_ADJECTIVES = word_set("""
rare common mild severe moderate safe true free same different similar high low small large big
thin thick soft flat narrow wide deep tiny stiff weak strong heavy smooth sharp round hollow
new old young good bad better worse best worst serious normal usual possible likely unlikely
necessary important useful full empty open closed hot cold warm dry wet short long slow fast
quick easy hard early late due ready able unable equal close related prior typical special
general local
medical physical mental critical essential optional additional effective expensive active
positive negative sensitive specific similar regular particular familiar
""")
#: Suffixes that make adjectives and hardly ever nouns (`-al`, `-ic`, `-ive` make both:
#: removal, clinic, relative).
_ADJ_SUFFIXES = ("ous", "ible", "able", "ful", "less", "ical")
#: Words a description may open with before its noun (`any information that identifies you`).
_ARTICLES = word_set("a an the any")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d")


def is_adjective(word: str) -> bool:
    """True for a common short adjective or a word with an adjective-only suffix."""
    w = word.lower()
    return w in _ADJECTIVES or (len(w) > 4 and w.endswith(_ADJ_SUFFIXES))


def _postmodifier(word: str) -> bool:
    w = word.lower()
    # (a hyphenated -ed word is a compound adjective before its noun: `bean-shaped organs`)
    return w in _POSTMODIFIERS or w in _PARTICIPLES or (
        len(w) > 4 and w.endswith("ed") and "-" not in w)


def is_list(note: str) -> bool:
    """`fatigue, nausea or vomiting`: items joined by commas with no relative clause."""
    if note.count(",") >= 2:
        return True
    return "," in note and _RELATIVE_WORD_RE.search(note) is None and (
        _COMMA_AND_RE.search(note) is not None)


def is_name(head: str, before: str) -> bool:
    """True when the head is a name rather than a word: an acronym, or capitalised words that do
    not just open the sentence (`FDA`, `Tylenol`, `World Bank`). `before` is the text before
    the head in its sentence."""
    tail = before.rstrip()
    sentence_start = not tail or tail[-1] in ".!?:;\"“"
    words = head.split()
    if not words:
        return False
    last = words[-1]
    if len(last) >= 2 and sum(ch.isupper() for ch in last) >= 2:
        return True  # `FDA`, `ChatGPT`; but `ACE inhibitors` names a kind of thing
    if len(words) > 1 and last[:1].islower():
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return False
    # `Edema (…) is common.`: the capital may be there only because the sentence opens
    return not (sentence_start and len(capitalised) == 1 and words[0][:1].isupper())


def _stem(word: str) -> str:
    return word.lower().strip("\"'“”‘’()[],;:.!?")[:5]


#: Nouns that open a definition by its class (`a type of …`, `a kind of …`), whatever word of
#: the sentence they also name.
_CLASS_NOUNS = word_set("type types kind kinds sort form forms class group member part")


def defines_other_word(note: str, head: str, before: str) -> bool:
    """True when the note opens by naming a word of the sentence that is not the head
    (`the valves (an echocardiogram is …)` after `order an echocardiogram`)."""
    note_words = _WORD_RE.findall(note)
    if not note_words:
        return False
    k = 1 if note_words[0].lower() in _ARTICLES and len(note_words) > 1 else 0
    first = note_words[k]
    stem = _stem(first)
    if first.lower() in _CLASS_NOUNS:
        return False  # `a type of white blood cell` says what the head is, whatever came before
    if len(stem) < 4 or stem in {_stem(w) for w in head.split()}:
        return False
    nxt = note_words[k + 1].lower() if k + 1 < len(note_words) else ""
    # after an article: `a doctor who treats …` (a class and what sets it apart), `a blood
    # vessel that …` after `a blood clot` (a compound's modifier): definitions
    if k and (nxt in ("who", "that", "which") or nxt.isalpha() and nxt not in _NOT_OPENERS
              and nxt not in _POSTMODIFIERS and f"{first.lower()} {nxt}" not in before.lower()):
        return False
    return stem in {_stem(w) for w in before.split()}


def describes_head(head: str, note: str, before: str = "") -> bool:
    """True when the unlabelled English `note` after `head` is a plain description of it (DEF):
    another name (`also called …`), or a noun phrase of three or more words that opens with a
    noun or with an adjective before a noun, maybe followed by what modifies it (`small cells
    that help blood clot`, `shortness of breath`, `swelling caused by fluid`).

    `before` is the sentence text before the head. Not descriptions: example lists, numbers
    and doses, a one-adjective scope remark (`rare in children`), brand names, and notes about
    a name (`FDA`, `Tylenol`, `World Bank`) or about another word of the sentence.
    """
    if ALSO_CALLED_RE.match(note) or or_another_name(head, note):
        return True
    hedged = _HEDGED_USE_RE.match(note)  # `(often used to treat migraines)`: what it is for
    if hedged:
        note = note[hedged.end():]
    if participle_for_participle(head, note, before) or gerund_for_gerund(head, note, before):
        return True
    relative = _NON_RESTRICTIVE_RE.search(note)
    if relative and len(note[:relative.start()].split()) >= 3:
        # `the body's extreme response to an infection, which can lead to …`: a clause after
        # the comma says more about the thing; the noun phrase before it is the description
        note = note[:relative.start()]
    note, coordinated = _without_descriptive_commas(note)
    words = _WORD_RE.findall(note)
    if len(words) < 3 or len(words) > 25 or any(w.isdigit() for w in words):
        return False
    if is_list(note) or _CLAUSE_MARK_RE.search(note):
        return False
    if is_name(head, before) or defines_other_word(note, head, before):
        return False
    i = 1 if words[0].lower() in _ARTICLES else 0
    opener = words[i]
    if opener.lower() in _NOT_OPENERS:
        return False
    if opener[:1].isupper() and any(w[:1].isupper() for w in words[i + 1:]):
        return False  # names: `Advil or Motrin`, `Centers for Disease Control`
    if (opener.lower().endswith("ly") and not adverb_of_modifier(words, i)) or (
            i == 0 and _postmodifier(opener) and not coordinated):
        return False  # `usually taken at night`, `caused by a virus`: no noun to be the word
    nucleus = 0  # the noun phrase the note opens with: words up to the first postmodifier
    for w in words[i:]:  # (after `newly`, `hatched` modifies the noun: `newly hatched lice`)
        if nucleus and _postmodifier(w) and not (nucleus == 1 and adverb_of_modifier(words, i)):
            break
        nucleus += 1
    if _activity(words, i):
        # `seeing or hearing things others do not see`: what one does, said with verbs; only
        # bare gerunds are members of a list (`running or swimming`)
        if all(w.lower().endswith("ing") or w.lower() in ("and", "or") for w in words):
            return False
    elif any(w.lower() in ("and", "or") and (k + 1 >= len(words) or words[k + 1] != "other")
             for k, w in enumerate(words[i:i + nucleus], start=i)):
        # `clients and servers`: members or examples, not a description (but `X and other
        # Ys` is one class: `excess salts and other minerals in the blood`)
        return False
    if i == 0 and nucleus == 1 and is_adjective(opener) and len(words) > 1:
        return False  # `rare in children`, `mild to moderate`: one adjective and its scope
    if points_at_one(before):
        return False  # `our agent (an early prototype)`: says which one, not what the word means
    prev = before.split()[-1].lower() if before.split() else ""
    if points_back(before):
        return False  # `blocks these arteries (a disease called …)`: about the ones meant
    if nucleus == len(words) - i and (prev in _DEFINITE or words[0].lower() == "the"):
        # `the fix (a one-line change)`, `Google (the search giant)`: a bare remark on a
        # particular thing, or an epithet
        return False
    return _defining_shape(words, i, nucleus, head, prev in _DEFINITE)


def _activity(words: list[str], i: int) -> bool:
    """True when the note opens, with no article, with a gerund (`seeing or hearing …`)."""
    return i == 0 and len(words[0]) > 4 and words[0].islower() and words[0].endswith("ing")


#: A hedge before `used to`/`used for`, which says what a thing (a drug, a device) is for.
_HEDGED_USE_RE = re.compile(r"(?:often|usually|sometimes|commonly|typically|mainly|mostly)\s+"
                            r"(?=used\s+(?:to|for)\s)", re.I)
#: `…, which can lead to …`: a non-restrictive relative clause after a description.
_NON_RESTRICTIVE_RE = re.compile(r",\s+(?:which|who)\s")
#: `flat, pinpoint spots`: a comma between an opening adjective and the next one.
_COORDINATE_RE = re.compile(r"^([a-z]+),\s+(?=[a-z]+\s+[a-z])")
#: `…, caused by bleeding`: a participle phrase after a comma says more about the same noun.
_PARTICIPLE_TAIL_RE = re.compile(
    r",\s+(?:(?:often|usually|mostly|sometimes|typically|mainly)\s+)?[a-z]{3,}(?:ed|en)\s+"
    r"(?:by|from|in|with|on|at)\s[^,;:]*$")


def _without_descriptive_commas(note: str) -> tuple[str, bool]:
    """`note` without the commas of a single description (`flat, pinpoint spots under the skin,
    caused by bleeding` → `flat pinpoint spots under the skin`), so they do not make it a list;
    and whether it opened with coordinate adjectives (`raised, itchy bumps`)."""
    note = _PARTICIPLE_TAIL_RE.sub("", note)
    m = _COORDINATE_RE.match(note)
    first = m.group(1) if m else ""
    if m and (is_adjective(first) or (first.endswith("ed") and len(first) > 4)):
        return f"{first} {note[m.end():]}", True
    return note, False


#: Determiners that point at a particular thing (`your` addresses any reader: `your platelets`).
_POSSESSIVES = word_set("our their his her its my")


def points_at_one(before: str) -> bool:
    """True when the head follows a possessive (`our`, `their`, `its` …): the note after it
    describes that particular thing (`their benchmark (a set of coding tasks)`)."""
    words = before.split()
    return bool(words) and words[-1].lower() in _POSSESSIVES
_DEFINITE = word_set("the this that these those")
#: Determiners that point back at things the text named (`these arteries`, `this drug`).
_DEMONSTRATIVES = word_set("this these those")


def points_back(before: str) -> bool:
    """True when the head follows `this`/`these`/`those`: it is a thing the text named before,
    and a note after it says what happens to that thing (`if plaque blocks these arteries (a
    disease called …)`), not what the word means."""
    words = before.split()
    return bool(words) and words[-1].lower() in _DEMONSTRATIVES


def _defining_shape(words: list[str], i: int, nucleus: int, head: str,
                    definite: bool = False) -> bool:
    """True when the note is shaped like a definition, not like a remark on which thing is
    meant (`dropout applied twice`, `work in progress`, `cross-entropy over tokens`): it opens
    with `a`/`an`/`any` or a gerund (`feeling very tired`), its noun goes on with `that`/`who`/
    `of`/`to` or a participle and its agent (`swelling caused by fluid`), a noun of action goes
    on with how it is done (`treatment with drugs`; not after `the`: `definite`), or it is a bare
    noun phrase of three words or more with no function word, whose noun is not the head's own
    (`low blood sugar`; not `revenue (annual recurring revenue)`)."""
    first = words[0].lower()
    if first in ("a", "an", "any") or (i == 0 and first.endswith("ing") and len(first) > 4):
        return True
    rest = [w.lower() for w in words[i + nucleus:]]
    if not rest:
        head_words = head.split()
        return (len(words) >= 3 and not any(w.lower() in _NOT_OPENERS for w in words[i:])
                and _stem(words[-1]) != _stem(head_words[-1] if head_words else ""))
    if rest[0] in _LINKING_POSTMODIFIERS:
        return True
    if nucleus >= 2 and rest[0] in _PLACE_PREPOSITIONS and len(rest) > 1:
        return True  # `hollow spaces in the skull`, `excessive growth in childhood`
    if nucleus >= 2 and rest[0] in ("with", "without") and len(rest) > 1 and not definite:
        return True  # `a simple sugar with six carbons`: a class and what it has (not after
        # `the`: `the study group (the older patients with …)` says which people are meant)
    if (rest[0] in _MEANS_WORDS and len(rest) > 2 and nucleus == 1 and not definite
            and words[i].lower().endswith(_ACTION_ENDINGS)):
        # `a transplant (replacement with a donated kidney)`, `chemotherapy (treatment with
        # strong drugs)`; not `the fix (replacement with a new part)`: what was done to it
        return True
    return _postmodifier(rest[0]) and len(rest) > 1 and rest[1] in _AGENT_WORDS


#: Words that tie a definition's noun to what it says about it.
_LINKING_POSTMODIFIERS = word_set("that which who whom whose where of to")
#: Prepositions of place and time after an adjective and its noun (`hollow spaces in …`).
_PLACE_PREPOSITIONS = word_set("in inside within behind near under around between on at along "
                               "below above beneath during")
#: Words after a noun of action that say how it is done (`treatment with drugs`).
_MEANS_WORDS = word_set("with by using")
#: Endings of nouns of action (`replacement`, `removal`, `injection`, `exposure`).
_ACTION_ENDINGS = ("ment", "tion", "sion", "al", "ure")
#: Words after a participle that make it a description (`caused by`, `used for`).
_AGENT_WORDS = word_set("by for in from with into on as")


#: Auxiliaries before a passive or perfect participle (`can be amplified`, `has recurred`).
_AUXILIARIES = word_set("be been being is are was were has have had")
_MORE_PARTICIPLES = word_set("come gone become broken spoken")


def participle_for_participle(head: str, note: str, before: str) -> bool:
    """True for a participle after an auxiliary glossed by a plainer participle phrase (`can be
    amplified (made in large numbers)`, `has recurred (come back)`, `were lysed (broken
    open)`): the note says what the verb means in other words. Not a place, time or manner
    remark (`was published (in Nature)`, `was deleted (accidentally)`)."""
    prev = before.split()[-1].lower() if before.split() else ""
    words = note.split()
    if " " in head.strip() or prev not in _AUXILIARIES or not 2 <= len(words) <= 8:
        return False
    if not (head.endswith("ed") and len(head) > 4) or _DIGIT_OR_MARK_RE.search(note):
        return False
    first = words[0].lower()
    if _stem(first) == _stem(head):
        return False  # `resized (resized windows keep …)`: a remark repeating the word
    return (first.endswith("ed") and len(first) > 4) or first in _PARTICIPLES or (
        first in _MORE_PARTICIPLES)


#: Prepositions before a gerund (`keeps the cancer from recurring`, `without bleeding`).
_GERUND_PREPOSITIONS = word_set("from of by without for after before about")


def gerund_for_gerund(head: str, note: str, before: str) -> bool:
    """True for a gerund after a preposition glossed by a plainer gerund phrase (`stop it
    from recurring (coming back)`, `by ambulating (walking around)`): the note says what the
    verb means in other words. Not a gerund repeating the head (`from resizing (resizing
    windows)`) nor a remark (`by running (slowly)`)."""
    prev = before.split()[-1].lower() if before.split() else ""
    words = note.split()
    if " " in head.strip() or prev not in _GERUND_PREPOSITIONS or not 1 <= len(words) <= 4:
        return False
    if not (head.islower() and head.endswith("ing") and len(head) > 5):
        return False
    first = words[0]
    if not (first.islower() and first.isalpha() and first.endswith("ing") and len(first) > 4):
        return False
    return _stem(first) != _stem(head) and not _DIGIT_OR_MARK_RE.search(note)


#: Words after which a bare verb stands (`may recur`, `help detect`).
_BEFORE_BARE_VERB = word_set("can could may might must will would shall should to help")
#: Adverbs of time and repetition that are remarks, not plainer verbs (`may fail (again)`).
_TIME_REMARKS = word_set("again later twice once first next soon too")


def verb_for_verb(head: str, note: str, before: str) -> bool:
    """True for a bare verb after a modal, `to` or `help` glossed by a plainer verb phrase of
    one to three words (`the tumor may recur (come back)`, `tests help detect (find) it`): the
    note says what the verb means. Not a remark (`may fail (again)`, `can run (in the
    background)`, `will spread (quickly)`), an adjective or a word repeating the head."""
    prev = before.split()[-1].lower() if before.split() else ""
    words = note.split()
    if prev not in _BEFORE_BARE_VERB or not 1 <= len(words) <= 3:
        return False
    if not (head.isalpha() and head.islower() and len(head) >= 4) or head.endswith(
            ("ly", "ing", "ed")):
        return False
    if not all(w.isalpha() and w.islower() and w not in _NOT_OPENERS for w in words):
        return False  # (`to term (miscarriages and stillbirths)`: nouns, no verb phrase)
    first = words[0]
    if first.endswith("s") and not first.endswith("ss"):
        return False  # a plural noun or an -s verb, which no bare verb is glossed by
    if (first in _NOT_OPENERS or first in _TIME_REMARKS or first.endswith(("ly", "ing", "ed"))
            or is_adjective(first) or _stem(first) == _stem(head)):
        return False
    return not any(w in _POSTMODIFIERS or w in _TIME_REMARKS for w in words[1:])


OR_NAME_RE = re.compile(r"or\s+([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3})")


def or_another_name(head: str, note: str) -> bool:
    """True for `(or X)` giving another name of the head that shares a word with it
    (`metastatic brain tumors (or brain metastases)`, `heart muscle disease (or
    cardiomyopathy)` does not share one and stays out): one to four lower-case words, none a
    function word or a time remark. An alternative (`your doctor (or nurse)`, `(or both)`,
    `(or later)`) shares no word with the head."""
    m = OR_NAME_RE.fullmatch(note.strip())
    if m is None:
        return False
    words = m.group(1).split()
    if any(w in _NOT_OPENERS or w in _TIME_REMARKS for w in words):
        return False
    head_stems = {_stem(w) for w in head.split() if len(w) >= 4}
    return any(_stem(w) in head_stems for w in words if len(w) >= 4) and (
        m.group(1).lower() != head.lower())
