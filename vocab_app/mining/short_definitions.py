"""Short plain-English definitions that the longer-note rules (definitions.py) leave out
(RULES.md DEF): a two-word description that agrees in number with a one-word head
(`blasts (leukemia cells)`, `monocytes (immature cells)`), and another name sharing the head's
noun (`CT scan (CAT scan)`), the parts a whole is made of (`central nervous system (brain
and spinal cord)`), and a place said by where it is (`groin (where the thigh meets the
abdomen)`, `pleural space (between the lungs and the chest wall)`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.definitions import is_name, points_at_one
from vocab_app.mining.description_words import GENERIC_NOUNS, KIND_NOUNS, PEOPLE_WORDS
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set

_LOWER_WORD_RE = re.compile(r"[a-z][a-z\-]*[a-z]")
_NOT_MODIFIERS = word_set("""
two three four five six seven eight nine ten many few several some most more less other
both all each every no any such same own main new old first last next previous
""")
_POINTING = word_set("the this that these those our their his her its my")


def is_plural(word: str) -> bool:
    """True for a word that looks plural: an -s word of four letters or more, not `-ss`,
    `-us`, `-is`, `-ics`, `-ous` (`glass`, `virus`, `pelvis`, `genetics`, `nervous`)."""
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics", "ous"))


def renames_plural(head: str, note: str, before: str) -> bool:
    """True when a two-word note (`leukemia cells`, `immature cells`) describes a plural head
    in the plural (`blasts`, `monocytes`, `stem cells`): a kind of thing named by its class. Not a
    name (`Tylenol`), a head after `the`/`our` (`the files (build outputs)`: which ones), a count
    or scope (`two weeks`, `young adults`), a kind of thing (`brand names`), nor a note on the
    head's own noun."""
    words = note.split()
    head_words = head.split()
    if len(words) != 2 or not head_words or not all(_LOWER_WORD_RE.fullmatch(w) for w in words):
        return False
    if len(head_words) > 1 and not head.islower():
        return False
    mod, noun = words
    last = head_words[-1]
    if not (is_plural(last) and last.isalpha() and is_plural(noun)):
        return False
    if mod in NP_STOP_WORDS or mod in _NOT_MODIFIERS or mod.endswith("ly"):
        return False
    if noun in KIND_NOUNS or noun in PEOPLE_WORDS or last.lower() in GENERIC_NOUNS or (
            noun[:5] == last.lower()[:5] and (len(head_words) < 2 or mod in head.lower())):
        # (`blood stem cells (immature cells)` says what kind of cells; `cells (new cells)` no)
        return False
    prev = before.split()[-1].lower() if before.split() else ""
    return prev not in _POINTING and not is_name(head, before)


def same_noun_synonym(words: list[str], note: str) -> int:
    """How many of the last `words` before the bracket a short-form synonym with the same noun
    renames (`CT scan (CAT scan)`, `EKG test (ECG test)`): 2 when both sides are a different
    short form and the same noun, else 0."""
    parts = note.split()
    if len(parts) != 2 or len(words) < 2:
        return 0
    (a, noun), (b, last) = parts, words[-2:]
    if noun.lower() != last.lower() or a == b or not noun.isalpha():
        return 0
    return 2 if is_short_form(a) and is_short_form(b) else 0


_WORD_RE = re.compile(r"[A-Za-z]+")


def misspells_word_before(before: str, note: str) -> bool:
    """True when a one-word note is a misspelling or a fragment of a word just before the
    bracket (`a buffer (bufer)`, `normalization (omalztion)`): mostly the same letters, but not
    the word itself nor a word built on it (`tonsil (tonsillitis)`, `absorption
    (malabsorption)`)."""
    n = note.lower()
    if not n.isalpha() or len(n) < 4:
        return False
    for w in _WORD_RE.findall(before)[-6:]:
        w = w.lower()
        if len(w) < 4 or w in n or n in w or w.startswith(n[:5]) or n.startswith(w[:5]):
            continue
        if 2 * min(len(w), len(n)) < 0.8 * (len(w) + len(n)):
            continue  # the lengths alone keep the ratio under 0.8 (real_quick_ratio)
        matcher = SequenceMatcher(None, w, n)
        if matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8:
            return True
    return False


#: Verbs that link a subject to an adjective (`results are abnormal`).
_LINKING = word_set("is are was were be been being seem seems become becomes look looks")
_COMPARATIVE_RE = re.compile(r"(?:[a-z]{2,}er|more|less)(?:\s+or\s+(?:[a-z]{2,}er|more|less))?"
                             r"(?:\s+[a-z]+)?\s+than\s+[a-z]+$")


def comparative_for_adjective(head: str, note: str, before: str) -> bool:
    """True when a one-word predicate adjective is explained by a comparison with the norm
    (`results are abnormal (higher or lower than expected)`, `the pulse is rapid (faster
    than normal)`): after a linking verb or an article (`an unusual (higher or lower than
    normal) amount`), a note like `higher than normal` says what the word means. Not a note
    repeating the word (`faster (faster than before)`)."""
    prev = before.split()[-1].lower() if before.split() else ""
    if " " in head.strip() or not head.isalpha() or not head.islower() or (
            prev not in _LINKING and prev not in ("a", "an", "the")):
        return False
    if _COMPARATIVE_RE.fullmatch(note.strip()) is None:
        return False
    return note.split()[0][:4] != head[:4]


#: Nouns that name a whole made of parts (a body system, a passage, a region), the heads whose
#: list in brackets says what they consist of rather than gives examples.
_WHOLE_NOUNS = word_set("system systems tract airway airways body region area cavity canal "
                        "network apparatus structure skeleton limb limbs zone passage passages")
#: `brain and spinal cord`, `nose, mouth and throat`: two to four short parts joined by `and`.
_PARTS_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def names_parts(head: str, note: str, before: str) -> bool:
    """True when the note lists the parts a whole is made of (`central nervous system (brain
    and spinal cord)`, `upper airway (nose, mouth and throat)`): two to four lower-case parts
    of one to three words joined by `and`, after a head of two words or more whose noun names
    a whole made of parts (a system, tract, region …).

    With other heads such a list mostly names examples or members (`risk factors (smoking and
    obesity)`, `research team (students and faculty)`, `treatment plan (surgery and
    chemotherapy)`), and names are no parts (`the team (Alice and Bob)`); those stay noise, as
    do alternatives (`or`) and a particular one (`our support system (…)`)."""
    head_words = head.split()
    if len(head_words) < 2 or " and " not in note or is_name(head, before):
        return False
    head_words = [w.lower() for w in head_words]  # (a capital may only open the sentence)
    if head_words[-1] not in _WHOLE_NOUNS or points_at_one(before):
        return False
    if not all(_LOWER_WORD_RE.fullmatch(w) for w in head_words):
        return False
    if head_words[0] in _NOT_MODIFIERS or head_words[0] in NP_STOP_WORDS:
        return False  # `two cities`, `both sides`: a count or a choice, not a named whole
    parts = _PARTS_SPLIT_RE.split(note.strip())
    if not 2 <= len(parts) <= 4:
        return False
    last = head_words[-1]
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 3 or words[0] in NP_STOP_WORDS or words[0] in _NOT_MODIFIERS:
            return False
        if not all(_LOWER_WORD_RE.fullmatch(w) for w in words) or last in words:
            return False
    return True


#: Nouns that name a space, which a `between … and …` note defines by what bounds it.
_SPACE_NOUNS = word_set("space spaces cavity gap area region zone layer passage canal channel "
                        "pocket opening hollow groove junction membrane")
#: Subjects of a `where` clause that point at one particular place (`where I grew up`).
_PERSONAL = word_set("i we you he she they it my our your his her their this that")
_WHERE_RE = re.compile(r"where\s+(\S+)\s+\S+.*\S\s+\S+$")
_BETWEEN_RE = re.compile(r"between\s+(?:the\s+)?[a-z][a-z\- ]*\s+and\s+(?:the\s+)?[a-z][a-z\- ]*$")


def describes_place(head: str, note: str, before: str) -> bool:
    """True when the note says which place the head names by where it is: a `where` clause with
    a subject of its own (`groin (where the thigh meets the abdomen)`), or `between … and …`
    after a noun for a space (`pleural space (between the lungs and the chest wall)`).

    Not a particular place (`the hospital (where I was born)`, `our office (where …)`), a
    name, a count of things, nor a place remark on anything else (`the old town (near the
    river)`)."""
    words = head.split()
    if not words or is_name(head, before) or points_at_one(before) \
            or words[0].lower() in _NOT_MODIFIERS:
        return False  # (`seven files (where …)`: a count of things, not a place)
    note = note.strip()
    where = _WHERE_RE.match(note)
    if where is not None:  # its subject a common noun phrase, not a name (`where RFC 9110 …`)
        subject = where.group(1)
        return (subject.isalpha() and subject.islower() and subject not in _PERSONAL
                and len(note.split()) <= 12)
    return (words[-1].lower() in _SPACE_NOUNS and len(note.split()) <= 10
            and _BETWEEN_RE.match(note) is not None)
