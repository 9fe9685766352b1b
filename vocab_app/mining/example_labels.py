"""A term the text gives an abbreviation is a label elsewhere in it, not a gloss.

A textbook that defines `unconditioned stimulus (UCS)` goes on to tag its examples with the
term: `the meat powder (unconditioned stimulus)` says what role the meat powder plays, and
`conditioned stimulus (the sound of the truck)` gives an instance of it. Neither bracket says
what a word means (RULES.md DEF: examples are noise), although each has the shape of a def
pair. The document's own abbreviation pairs tell the text's terms, as zh_usage.py does for a
Chinese short form spelled out elsewhere (`页面加载时间（SLI）`).
"""

from __future__ import annotations

from vocab_app.mining.definitions import ALSO_CALLED_RE
from vocab_app.mining.model import Occurrence


def without_example_labels(occurrences: list[Occurrence]) -> list[Occurrence]:
    """The occurrences of one document less the def pairs whose gloss or term is a long form
    the document gives an abbreviation (`unconditioned stimulus (UCS)`), when the other side is
    not that abbreviation's other pair: an example tagged with the term, or an instance given
    for it. Another name after a lead-in (`X (also known as Y)`) stays, and so does a pair of
    two terms that gloss each other."""
    long_forms = {_key(occ.term) for occ in occurrences if occ.style == "abbr"}
    if not long_forms:
        return occurrences
    defs = {(_key(occ.term), _key(occ.gloss)) for occ in occurrences if occ.style == "def"}
    return [occ for occ in occurrences
            if not (occ.style == "def" and _labels(occ, long_forms, defs))]


def _labels(occ: Occurrence, long_forms: set[str], defs: set[tuple[str, str]]) -> bool:
    term, gloss = _key(occ.term), _key(occ.gloss)
    if term == gloss or (gloss, term) in defs:
        return False  # (`dorsal (posterior)` … `posterior (dorsal)`: one pair of names)
    if gloss in long_forms:
        return True  # `meat powder (unconditioned stimulus)`
    if ALSO_CALLED_RE.match(occ.gloss) is not None:
        return False
    if term in long_forms:
        return True  # `conditioned stimulus (the sound of the truck)`
    # `a neutral stimulus (bell)` whose term the walk cut to `stimulus`: the sentence says the
    # long form before the bracket (its last few words looked up, never every long form)
    said = occ.sentence[:occ.term_in_sentence[1]].casefold().split()[-_LONGEST:]
    return any(" ".join(said[i:]) in long_forms for i in range(len(said) - len(term.split())))


#: Words of the longest long form looked for before a def term.
_LONGEST = 8


def _key(text: str) -> str:
    """`text` as the document's terms are compared: case folded, without an opening `the`."""
    key = " ".join(text.casefold().split())
    return key[4:] if key.startswith("the ") else key
