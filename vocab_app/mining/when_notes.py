"""A condition explained by when it happens (RULES.md DEF): `hypoglycemia (when blood sugar
drops too low)`, `tachycardia (when the heart beats too fast)`. Health pages and textbooks
gloss the name of a state this way; the pair is def, gloss verbatim.

Only after the name of a condition (a Greek or Latin ending of one: `-ia`, `-osis`, `-itis`,
`-emia`, …): after other words a `when` clause says when something is done or true
(`chemotherapy (when the cancer comes back)`, `the meeting (when it is held)`), an aside (G1).
The clause has a subject of its own and a present-tense verb, no modal or past tense.
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import is_name
from vocab_app.mining.lang import word_set

#: Endings of names of conditions and states.
CONDITION_ENDINGS = ("ia", "osis", "itis", "emia", "aemia", "pathy", "algia", "ism", "tension",
                     "plasia", "trophy", "rrhea", "rrhoea", "cardia", "pnea", "pnoea")


#: Endings of nouns of a process or a change (`differentiation`, `septation`, `erosions`).
_PROCESS_ENDINGS = ("tion", "sion", "sis", "ment", "ing", "ance", "ence", "ism")


def names_process(note: str) -> bool:
    """True when the last word of `note` is a noun of a process or a change by its ending
    (`differentiation`, `cardiac septation`, `erosions`)."""
    words = note.split()
    last = words[-1].lower() if words else ""
    return last.isalpha() and (last.endswith(_PROCESS_ENDINGS)
                               or last[:-1].endswith(_PROCESS_ENDINGS) and last[-1] == "s")


def names_condition(note: str) -> bool:
    """True for a note of one or two words whose last one has the ending of a condition's name
    (`leukemia`, `gingivitis`, `polydactyly`, `lactic acidemia`)."""
    words = note.split()
    return (1 <= len(words) <= 2 and all(w.isalpha() for w in words) and len(words[-1]) >= 6
            and words[-1].lower().endswith(
                (*CONDITION_ENDINGS, "oma", "omas", "dactyly", "paresis", "penia", "megaly",
                 "ismus")))


_WHEN_RE = re.compile(r"when\s+([a-z][a-z' ]*[a-z])")
#: Words that make the clause a remark on when something is done or was so.
_REMARK_WORDS = word_set("may might can could will would shall should must was were had did "
                         "needed possible available necessary given taken used done")
#: Subjects that point back at the sentence (`when it is held`, `when this happens`).
_POINTING_SUBJECTS = word_set("it this that these those they i we he she")
#: Present-tense verbs with no `-s` of their own.
_PRESENT = word_set("is are has have does do")


def when_clause_note(head: str, note: str, before: str) -> bool:
    """True for `(when …)` after the one- or two-word name of a condition (`CONDITION_ENDINGS`),
    the clause four to fourteen words with a subject that is no pronoun pointing back and a
    present-tense verb: what the condition is (`hypoglycemia (when blood sugar drops too
    low)`)."""
    m = _WHEN_RE.fullmatch(note.strip())
    words = head.split()
    if m is None or not 1 <= len(words) <= 2 or is_name(head, before):
        return False
    last = words[-1].lower()
    if not (last.isalpha() and len(last) >= 6 and last.endswith(CONDITION_ENDINGS)):
        return False
    clause = m.group(1).split()
    if not 3 <= len(clause) <= 13 or clause[0] in _POINTING_SUBJECTS:
        return False
    if any(w in _REMARK_WORDS for w in clause):
        return False
    if any(w in ("is", "are", "be", "been") and nxt.endswith("ed")
           for w, nxt in zip(clause, clause[1:], strict=False)):
        return False  # `(when the blood pressure is checked at home)`: when it is done
    return any(w in _PRESENT or (k > 0 and w.endswith("s") and not w.endswith("ss"))
               for k, w in enumerate(clause))
