"""A description before a bracketed technical term: `shortness of breath (dyspnea)`,
`a long area between the nose and lip (philtrum)`, `may grow slowly before birth (…)`.

`described_pair` finds where the description starts (described_terms.description_start, or a
clause, clause_descriptions.py), trims what the term does not render, and keeps it only when it
describes a technical term and is no name, no particular thing and no kind of another noun of
the sentence.
"""

from __future__ import annotations

import re

from vocab_app.mining.clause_descriptions import clause_start
from vocab_app.mining.def_noise import names_kind_of_sentence_noun
from vocab_app.mining.definitions import is_adjective, is_name
from vocab_app.mining.described_terms import description_start, verb_and_particle
from vocab_app.mining.description_bounds import (
    after_unrendered_adjective,
    inner_phrase_start,
    plural_phrase_start,
)
from vocab_app.mining.description_words import (
    ING_PREPOSITIONS,
    POINTING_WORDS,
    PROBLEM_OF_RE,
    clause_opening,
)
from vocab_app.mining.en_words import MODALS
from vocab_app.mining.english_abbreviations import LONG_FORM_REACH as _LONG_FORM_REACH
from vocab_app.mining.english_verbs import infinitive_start, names_object, verb_phrase_start
from vocab_app.mining.lang import word_set
from vocab_app.mining.model import GlossHit
from vocab_app.mining.predicate_subjects import predicate_subject_start
from vocab_app.mining.rarity import FLOOR, phrase_rank, rare_as_other_name, word_rank
from vocab_app.mining.sentences import LIST_MARKER, SENTENCE_EDGE
from vocab_app.mining.technical_terms import (
    CLASS_ADJ_ENDINGS,
    describes_technical_term,
    sentence_case_description,
)
from vocab_app.mining.when_notes import names_condition
from vocab_app.mining.whole_descriptions import (
    ability_start,
    named_kind_start,
    names_long_ability,
    part_of_start,
    repeated_head_start,
)


def _hit(text: str, t0: int, t1: int, g0: int, g1: int) -> GlossHit:
    return GlossHit(text[t0:t1], text[g0:g1], "def", (t0, t1), (g0, g1))


def described_pair(text: str, t1: int, g0: int, g1: int, lo: int) -> list[GlossHit]:
    """The def pair of a description before the bracketed technical term `text[g0:g1]` that
    ends at `t1` (described_terms.py), or none; `lo` is where the term may start at the earliest.
    A capital that only opens the sentence does not make a description a name when the
    description is a phrase with a preposition (`Swelling of the legs (edema) …`; not
    `Tylenol (acetaminophen)`, `Plain heads (tiny note)`)."""
    gloss = text[g0:g1]
    if gloss.isalpha() and word_rank(gloss.lower()) < _EVERYDAY_RANK and not (
            is_adjective(gloss) or gloss.lower().endswith(CLASS_ADJ_ENDINGS)):
        return []  # `single households (father)`: an everyday noun names no description
    s0 = infinitive_start(text, lo, t1, gloss)  # `to self-destruct (undergo apoptosis)`
    if s0 is None:  # `spread to other parts of the body (metastasize)`
        s0 = verb_phrase_start(text, lo, t1, gloss)
    if s0 is None:
        s0 = _stem_repeated_start(text, lo, t1, gloss)
    if s0 is not None:  # `is inherited from a person's father (paternal inheritance)`
        return [_hit(text, s0, t1, g0, g1)]
    r0 = repeated_head_start(text, lo, t1, gloss)
    p0 = part_of_start(text, lo, t1)  # `the part of the brain involved in coordinating …`
    if p0 is not None and (r0 is None or p0 < r0):
        r0 = p0  # (`part of the nervous system that controls … (autonomic nervous system)`)
    if r0 is None:  # `unable to conceive (infertile)`
        r0 = ability_start(text, lo, t1, gloss)
    if r0 is None:  # `forms a tumor (metastatic tumor)`
        r0 = named_kind_start(text, lo, t1, gloss)
    if r0 is not None:  # `the nerve that relays … to the brain (the optic nerve)`
        return [_hit(text, r0, t1, g0, g1)]
    if names_long_ability(text, lo, t1, gloss):
        return []
    w0 = max(lo, t1 - _LONG_FORM_REACH)
    joined = _JOINED_AFTER_BRACKET_RE.match(text, w0, t1) if w0 == lo and lo > 0 else None
    if joined is not None:  # `Narrowing of the anus (…) or blockage of the esophagus (…)`
        w0 = lo = joined.end()
    window = _walk_window(text[w0:t1])
    d0 = w0 + description_start(window, 0, t1 - w0, gloss)
    d0 = _trouble_start(text, lo, d0, t1)  # `difficulty using numbers (dyscalculia)`
    change = _CHANGE_OF_BEFORE_RE.search(text, max(lo, d0 - 40), d0) if d0 < t1 else None
    if change is not None and names_condition(gloss):
        d0 = change.start()  # `degeneration of the nerve cells that … (optic atrophy)`
    s0 = predicate_subject_start(text, lo, d0, t1, gloss) if d0 < t1 else None
    if s0 is not None:  # `the heartbeat is too fast (tachycardia)`: the subject's condition
        return [_hit(text, s0, t1, g0, g1)]
    clause = d0 >= t1
    if clause:  # `may grow slowly before birth`, `a machine to help them breathe`
        d0 = w0 + clause_start(window, 0, t1 - w0, gloss)
        if d0 >= t1 or " " not in text[d0:t1].strip():
            return []  # (`crystals can accumulate (microlithiasis)`: a verb alone is no
            # description)
    if _ASIDE_OR_SPAN_RE.search(text[d0:t1]):
        # `pain, particularly in the hands and feet (…)`: where, not what; `stops for short
        # periods (apnea)`: how long, not what
        return []
    if not clause:  # `a long area between … (philtrum)`, `knowledge of function (physiology)`
        risk = _RISK_OF_RE.match(text, d0, t1)
        if risk is not None and risk.end() < t1:
            d0 = risk.end()  # `increased risk of pregnancy loss (miscarriage)`: the risk is the
            # sentence's, the name is of the loss
        problem = PROBLEM_OF_RE.match(text, d0, t1)
        if (problem is not None and not names_condition(gloss)
                and _TROUBLE_RE.search(gloss) is None):
            d0 = problem.end()  # `abnormalities of the brain and spinal cord (central
            # nervous system)`: the name is of the part, not of its trouble
            again = PROBLEM_OF_RE.match(text, d0, t1)  # (`problems in the development of`)
            d0 = again.end() if again is not None else d0
        d0 = inner_phrase_start(text, after_unrendered_adjective(text, d0, t1, gloss), t1, gloss)
        d0 = plural_phrase_start(text, d0, t1, gloss)  # `signaling between nerve cells (…)`
    head = text[d0:t1]
    if names_object(head, gloss):
        return []  # `users prefer (tabs)`: what the verb acts on
    if verb_and_particle(head.split(), gloss):
        return [_hit(text, d0, t1, g0, g1)]  # `is turned on (activated)`: no noun to describe
    before_word = text[max(lo, d0 - 12):d0].split()[-1:]
    if " " not in head.strip() and before_word and before_word[0].lower() in MODALS | {"to"}:
        return []  # `crystals can accumulate (microlithiasis)`: a verb, no description
    if " " in gloss and DEGREE_END_RE.search(text, max(lo, d0 - 12), t1):
        return []  # `changing too fast (high frequency)`: a state, not a thing the term names
    probe = window[d0 - w0:] if (_LINKED_RE.search(head) or clause
                                 or sentence_case_description(head, gloss)) else head
    if clause:  # (its last word is no noun the term could be a kind of)
        ok = probe[:1].islower() and "'" not in probe and "’" not in probe
    else:
        ok = describes_technical_term(probe, gloss)
    before = text[max(lo, d0 - 80):d0]
    if not ok or is_name(probe, before) or _points_at_one(before):
        return []
    if not clause and names_kind_of_sentence_noun(text, lo, d0, t1, gloss):
        # `…, the drugs reach cells throughout the body (systemic chemotherapy)`: a thing the
        # note is no name of (a place phrase may say how: `occur inside the body (internal
        # bleeding)`)
        return []
    hw = head.split()
    w0 = t1 - len(hw[-1])
    if (len(hw) > 2 and hw[-2].lower() in _ARTICLES_BEFORE | {"of"} and text[w0:t1].isalpha()
            and gloss.lower()[:_STEM] != text[w0:t1].lower()[:_STEM]  # (`conjunctivitis`)
            and (rare_as_other_name(text[w0:t1], gloss)
                 or _plainer_than_last_word(text[w0:t1], gloss))):
        # `the midpoint of each clavicle (collarbone)`, `the release of epinephrine
        # (adrenaline)`: an article or `of` sets the word before apart and it is as rare as
        # the note, so the note is another name for that word, not for
        # the words before it (not `open sores (ulcers)`: one description); or the note says
        # that rare word in plainer words (`a vein in the groin (upper thigh)`)
        return [_hit(text, w0, t1, g0, g1)]
    return [_hit(text, d0, t1, g0, g1)]


#: A one-word noun note commoner than this (`father`, `states`) is no technical name of a
#: description before it: the names descriptions have are rarer (`hypertension`, `femur`). An
#: adjective may be common (`experiences with others (social)`: the social side of a model).
_EVERYDAY_RANK = 1000

#: Determiners that open a noun phrase of its own inside a longer description (`of` does too).
_ARTICLES_BEFORE = word_set("a an the each every its their this that these those")



_LOWER_WORD_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_STEM = 6  # letters two words share when one is derived from the other (inherit-ed/-ance)
_STEM_REACH = 6  # words back from the bracket


#: The link that joins a description to the one glossed before it (the term's left bound is
#: that bracket's end): `(anal stenosis) or blockage of the esophagus`.
_JOINED_AFTER_BRACKET_RE = re.compile(r"\s*(?:,\s*)?(?:or|and)\s+")

#: A trouble with what one does, right before a description of the doing (`difficulty using
#: numbers`, `problems coordinating movements`, `difficulty processing, learning, and
#: remembering information`): the condition the note names is the trouble.
_TROUBLE_BEFORE_RE = re.compile(
    r"\b(?:difficulty|difficulties|trouble|problems|inability)\s+(?:(?:with|in)\s+)?"
    r"(?:[a-z]+ing(?:,\s*|\s+)(?:(?:and|or)\s+)?)*\Z")


def _trouble_start(text: str, lo: int, d0: int, t1: int) -> int:
    """Start of the trouble noun before the description at `d0` when the description says the
    doing it is with (`_TROUBLE_BEFORE_RE`): right after a gerund, or as the last gerund of a
    list (`learning, and remembering information`); not an item of another list (`difficulty
    breathing, swelling (edema)`) nor after `including`; else `d0`."""
    trouble = _TROUBLE_BEFORE_RE.search(text, max(lo, d0 - 80), d0) if d0 < t1 else None
    if trouble is None or any(w in ING_PREPOSITIONS for w in text[trouble.start():d0].split()):
        return d0
    before = text[trouble.start():d0].rstrip()
    if before.endswith(","):
        return d0  # (an item of a list the trouble opens: `difficulty breathing, swelling`)
    listed = before.endswith((" and", " or"))
    return d0 if listed and not _GERUND_RE.match(text, d0) else trouble.start()


_GERUND_RE = re.compile(r"[a-z]+ing\b")
#: A change or trouble of a part, right before the part's description: a condition note names
#: the change (`degeneration of the nerve cells that carry … (optic atrophy)`, `weakness in the
#: muscles that control eye movement (ophthalmoplegia)`).
_CHANGE_OF_BEFORE_RE = re.compile(
    r"\b(?:degeneration|weakness|loss|breakdown|infections?|inflammation|swelling|enlargement"
    r"|narrowing|thickening|thinning|overgrowth|underdevelopment|malformations?|damage)"
    r"\s+(?:of|in)\s+(?:the\s+)?\Z", re.I)


def _stem_repeated_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the description that opens with a word of the note's stem, a few words back in
    the clause: a participle the note makes a noun of (`is inherited from a person's father
    (paternal inheritance)`: the note renames the whole from `inherited` on, not the last
    word), or the note's head (`muscles used for movement (skeletal muscles)`); else None."""
    parts = note.split()
    if not 1 <= len(parts) <= 3 or not all(w.isalpha() and w.islower() for w in parts):
        return None  # a plain name only (not `sometimes called adult-onset diabetes`)
    note_words = {w for w in parts if len(w) >= _STEM + 1}
    stems = {w[:_STEM] for w in note_words}
    # (the note's head as a word of the description only in a name of two words or more, and
    # not when the description ends with it: `a second mutation (known as a somatic mutation)`)
    head = parts[-1] if len(parts) >= 2 else ""
    if not stems:
        return None
    words = list(_LOWER_WORD_RE.finditer(text, clause_opening(text, lo, t1, 80), t1))
    if words and words[-1].group() == head:
        head = ""
    for k in range(len(words) - 2, max(-1, len(words) - 1 - _STEM_REACH), -1):
        word = words[k].group()
        if word[:_STEM] not in stems:
            continue
        if word in note_words:
            if word == head and not (k > 0 and words[k - 1].group() in MODALS | {"to"}):
                # the note's head: `muscles used for movement (skeletal muscles)` (not a verb:
                # `the service may restart after an update (rolling restart)`)
                return words[k].start()
        elif word.endswith("ed"):
            return words[k].start()  # a participle the note makes a noun of (inherit-ance)
    return None


def _points_at_one(before: str) -> bool:
    words = before.split()
    return bool(words) and words[-1].lower() in POINTING_WORDS


#: A description opened by a focusing adverb, or one that is a span of time.
_ASIDE_OR_SPAN_RE = re.compile(
    r"^(?:particularly|especially|specifically|notably|mainly|mostly|primarily|chiefly|usually"
    r"|typically|often)\b"
    r"|^(?:(?:short|long|brief|extended|several|many|few)\s+)?(?:periods?|times?|spells?|while"
    r"|moments?|minutes|hours|days|weeks|months|years)$", re.I)
#: A risk or chance of a condition (`an increased risk of developing …`).
_RISK_OF_RE = re.compile(r"(?:(?:increased|higher|high|greater|elevated|lifetime)\s+)?"
                         r"(?:risk|chance|likelihood)\s+of\s+(?:developing\s+|having\s+)?", re.I)
_TROUBLE_RE = re.compile(r"\b(?:abnormal|problem|defect|malformation|damage|disorder|disease"
                         r"|failure|deficien|loss|syndrome|atrophy|degeneration)", re.I)
#: A description that ends in a degree word and an adjective or adverb (`too fast`, `so slowly`).
DEGREE_END_RE = re.compile(r"\b(?:too|so|very|overly)\s+[a-z]+$")
_LINKED_RE = re.compile(r"\s(?:of|in|on|at|between|around|inside|within|behind|near)\s")
#: (a list item's first word opens a sentence too: `- Removal of …`, `2. Removal of …`)
_SENTENCE_OPENING_RE = re.compile(
    rf"{SENTENCE_EDGE}{LIST_MARKER}?([A-Z])(?=[a-z]+\b)")


def _walk_window(window: str) -> str:
    """`window` with the capital of its last sentence's first word lowered, and an adverb right
    after a relative pronoun blanked (`a rounded upper back that also curves to the side`: the
    clause tells which back either way); same length."""
    window = _RELATIVE_ADVERB_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)), window)
    starts = [m.start(1) for m in _SENTENCE_OPENING_RE.finditer(window)]
    if not starts:
        return window
    i = starts[-1]
    return window[:i] + window[i].lower() + window[i + 1:]


_RELATIVE_ADVERB_RE = re.compile(r"\b((?:that|which) )(also|often|usually|always|still)\b")


def _plainer_than_last_word(last: str, note: str) -> bool:
    """True when every word of the note is commoner than the description's last word (a
    rare word, rank FLOOR or beyond): the note is a plain rendering of that word."""
    word = last.strip(".,;:").lower()
    others = phrase_rank(note.lower().split())
    return word.isalpha() and others is not None and word_rank(word) >= max(FLOOR, 1.5 * others)
