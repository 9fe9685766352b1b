"""The trouble a condition's name names, when the description found so far is only the part
it is in: `bluish appearance of the skin or lips (cyanosis)`, not `skin or lips`;
`difficulty with movements that involve judging distance or scale (dysmetria)`, not
`distance or scale`; `paralysis of facial muscles (facial palsy)`.

A condition is no part of the body: when the bracket names one (when_notes.names_condition, or
a last word such as `disease`, `palsy`, `deafness`) and, in the same clause before the
description, a noun of trouble (`abnormalities`, `enlargement`, `loss`) runs into it through
a preposition, a relative pronoun or `caused by`, the description is that trouble with all
that follows it.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import DETERMINERS, PREPOSITIONS, RELATIVES
from vocab_app.mining.en_words import BE_FORMS, MODALS
from vocab_app.mining.english_verbs import maybe_verb
from vocab_app.mining.lang import word_set
from vocab_app.mining.when_notes import names_condition

#: Last words of a condition's name that no ending marks (`Hirschsprung disease`).
_CONDITION_WORDS = word_set("disease diseases syndrome palsy deafness blindness disorder "
                            "dilatation dilation deviation deficiency failure insufficiency")

#: A noun of trouble and the link that runs it into what it affects. (Not
#: description_words.PROBLEM_OF_RE's list, which cuts a trouble off a part's name: its
#: `disorder`, `problems` name a class here, `inherited disorder that causes … (dwarfism)`, and
#: this list's signs, `buildup`, `loss`, would cut `buildup of fluid in the brain
#: (hydrocephalus)` there; one shared list cost the corpus 18 pairs net, this list with those
#: two nouns 7.)
_TROUBLE_RE = re.compile(
    r"\b(?:abnormalit(?:y|ies)|appearance|enlargement|difficult(?:y|ies)|patch(?:es)?|loss"
    r"|paralysis|swelling|inflammation|weakness|narrowing|thickening|overgrowth"
    r"|underdevelopment|shortening|build-?up|accumulation|breakdown|malformations?|defects?"
    r"|degeneration|damage|hardening|softening|scarring|fusion|curvature|twisting|widening"
    r"|blockage|inability|lack|shortage|impairment|disturbance|deformity|tinge)"
    r"\s+(?:of|in|on|with|to|between|around|within|affecting|involving|that|which|where"
    r"|caused\s+by)\s", re.I)
#: What a trouble and its description cannot hold between them: the clause or list ends.
_BREAK_RE = re.compile(r"[,;:.!?()\[\]\"“”]|\s(?:and|or|but|such|including|like)\s")
#: A word that opens the verb of a clause: a form of `be`, a modal, or a verb that joins a
#: cause to its effect (`accumulation of these cells can lead to …`, `loss of neurons leads
#: to …`): the trouble is then the subject of a sentence, not part of the description.
_CLAUSE_VERBS = BE_FORMS | MODALS | word_set(
    "cause causes caused lead leads result results include includes mean means make makes "
    "become becomes occur occurs affect affects do does did has have had appear appears")
_OPENERS = RELATIVES | word_set("where whom whose")
_REACH = 120  # characters back from the description
_MODIFIER_ENDINGS = ("ing", "ed", "ish", "al", "ic", "ous", "ive", "ful", "le")
_LAST_WORD_RE = re.compile(r"(?<![A-Za-z-])([a-z]+(?:-[a-z]+)*)\s+$")
#: Words before the trouble noun that are no modifier of it: links, verbs, and the degree or
#: course of the trouble (the name does not render `profound`: `hearing loss (deafness)`).
_NOT_MODIFIERS = DETERMINERS | PREPOSITIONS | RELATIVES | _CLAUSE_VERBS | word_set(
    "and or having causing including develop develops developed experience experiences also "
    "not no other mild slight moderate severe profound progressive gradual sudden partial "
    "complete total chronic acute")


def names_trouble(note: str) -> bool:
    """True for a note naming a condition: by its ending (when_notes.names_condition) or by a
    last word such as `disease`, `syndrome`, `palsy` (one to three words)."""
    words = note.split()
    return names_condition(note) or (
        1 <= len(words) <= 3 and words[-1].lower() in _CONDITION_WORDS)


def _runs_into(words: list[str]) -> bool:
    """True when `words` (between a trouble's link and the description) hold no verb of the
    sentence: a verb stands only in a relative clause, as that clause's one verb group
    (`… that is caused by abnormalities in`, `… where sweat is not produced`)."""
    state = "outside"  # then: "subject" (after a relative), "verb", "after" (its verb group)
    for word in words:
        if word in _OPENERS:
            state = "subject"
        elif word in _CLAUSE_VERBS:
            if state in ("outside", "after"):
                return False
            state = "verb"
        elif state == "verb" and word != "not":
            state = "after"
    return True


def trouble_start(text: str, lo: int, d0: int, note: str) -> int:
    """Start of the trouble the condition `note` names when it runs, in the same clause and
    through a link, into the description that starts at `d0` (module docstring), with up to
    two modifiers before it (`bluish appearance`, `hearing loss`); else `d0`. Never left of
    `lo`."""
    if not names_trouble(note):
        return d0
    w0 = max(lo, d0 - _REACH)
    found = next((t for t in _TROUBLE_RE.finditer(text, w0, d0)
                  if _BREAK_RE.search(text, t.start(), d0) is None
                  and _runs_into(text[t.start():d0].lower().split()[1:])), None)
    if found is None:
        return d0
    start = found.start()
    for _ in range(2):
        w = _LAST_WORD_RE.search(text, max(w0, start - 30), start)
        if w is None or (w.start() == w0 and w0 > 0 and text[w0 - 1].isalpha()):
            break
        if w.group(1) in _NOT_MODIFIERS or (not w.group(1).endswith(_MODIFIER_ENDINGS)
                                            and maybe_verb(w.group(1))):
            break
        before = text[max(w0, w.start() - 12):w.start()].split()[-1:]
        if before and before[0].lower() in MODALS | {"to"}:
            break  # (`may notice patches of …`: a verb after a modal)
        start = w.start()
    return start


#: A note that names the condition of the whole clause before it: `(a condition called …)`.
_CLAUSE_CONDITION_RE = re.compile(
    r"(?:a|an|the)\s+(?:condition|reaction|disorder|state|practice|process|phenomenon)\s+"
    r"(?:called|known\s+as|named|termed)\s", re.I)


def names_clause_condition(term: str, note: str) -> bool:
    """True when `note` names the condition the clause before it tells of (`levels of it
    build up in the blood (a condition called hyperuricemia)`) and `term` holds no trouble nor
    a state it is in (`damage to the nerves …`, `enlarged`): the word before the bracket is
    only where the condition shows, no name of it."""
    if _CLAUSE_CONDITION_RE.match(note.strip()) is None:
        return False
    words = term.lower().split()
    # (a trouble noun may end the term: the link its pattern wants is added after it)
    return not (_TROUBLE_RE.search(term + " of ") or (
        len(words) == 1 and words[0].endswith(("ed", "ic", "al", "ous", "ive"))))
