"""A procedure's or a process's name in brackets names an action: `Repositioning of bones
(osteotomy)`, `removal of the gallbladder (cholecystectomy)`, `the way cells copy their DNA (a
process called replication)`. When the noun phrase before the bracket names no action
(`symptoms of buckling or locking (arthroscopic debridement)`, `into that surface (a process
called biologic fixation)`), the bracket names the whole clause before it, not that phrase
(as `(systemic chemotherapy)` after a `when …` clause): the def pair is dropped.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import word_set
from vocab_app.mining.model import GlossHit

#: One technical word for a procedure: surgical (`-ectomy`, `-otomy`, `-plasty`, `-pexy`), a
#: look inside (`-scopy`), or one of the plain procedure nouns of clinical English, or a note that
#: says it names a process or a procedure.
_PROCEDURE_RE = re.compile(
    r"(?:[a-z]+\s)?(?:[a-z]+(?:ectomy|otomy|ostomy|plasty|pexy|scopy|desis|centesis)"
    r"|debridement|resection|excision|ablation|amputation|biopsy|transplant(?:ation)?"
    r"|cauterization|ligation|grafting|dialysis|irrigation|suturing|drainage)"
    r"|(?:a|the)\s(?:process|procedure|technique|method)\s(?:called|known\sas)\s.+", re.I)
#: Endings of nouns that name an action, and plain nouns that do.
_ACTION_ENDINGS = ("ing", "tion", "sion", "ment", "al", "ure", "ery", "sis", "ance", "ence",
                   "age", "th")
_ACTION_NOUNS = word_set("""cut look check exam test scan repair surgery operation procedure
treatment incision opening process way method technique change loss use""")


def _names_action(term: str) -> bool:
    head = term.lower().split(" of ")[0].split()
    if not head:
        return True
    word = head[-1].strip(".,;:'’\"")
    return word in _ACTION_NOUNS or word.endswith(_ACTION_ENDINGS)


def names_procedure_of_no_action(hit: GlossHit) -> bool:
    """True for a def pair whose note names a procedure or a process (module docstring) and
    whose term names no action: the note is of the clause, not of the term."""
    return (hit.style == "def" and _PROCEDURE_RE.fullmatch(hit.gloss.strip()) is not None
            and not _names_action(hit.term))
