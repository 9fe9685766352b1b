"""The shortest Schwartz–Hearst match may take a short form's letters from inside words; a word
before it that opens with the first letter and lets fewer letters come from inside words opens
the long form."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("This enzyme helps produce a molecule called phosphoribosyl pyrophosphate (PRPP).",
     [("phosphoribosyl pyrophosphate", "PRPP", "abbr")]),
    ("A treatment is Enhanced external counterpulsation (EECP) therapy.",
     [("Enhanced external counterpulsation", "EECP", "abbr")]),
    ("The law created the Civilian Conservation Corps Relief Act (CCC) in 1933.",
     [("Civilian Conservation Corps Relief Act", "CCC", "abbr")]),
    # guards (they pass without the rule too): a word before that spells no more letters at
    # word starts stays out
    ("The disorder is called catastrophic antiphospholipid syndrome (CAPS).",
     [("catastrophic antiphospholipid syndrome", "CAPS", "abbr")]),
    ("They make antibodies against acetylcholine receptors (AChRs).",
     [("acetylcholine receptors", "AChRs", "abbr")]),
])
def test_a_word_that_spells_more_letters_at_word_starts_opens_the_long_form(text, expected):
    assert pairs(text) == expected
