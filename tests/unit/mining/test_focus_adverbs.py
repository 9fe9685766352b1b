"""An adverb that singles out cases or says how often, or `certain`, before a description says
which cases the sentence means: it is no part of the def term."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Nearly all affected males have genital abnormalities, most frequently undescended "
     "testes (cryptorchidism).", [("undescended testes", "cryptorchidism", "def")]),
    ("They have a higher risk of cancer, particularly certain skin cancers (basal cell "
     "carcinomas), and others.", [("skin cancers", "basal cell carcinomas", "def")]),
    ("Surfactant is a mixture of certain fats (called phospholipids) and proteins.",
     [("fats", "called phospholipids", "def")]),
])
def test_a_focusing_adverb_before_the_description_is_left_out(text, expected):
    assert pairs(text) == expected


def test_a_description_of_one_word_after_the_adverb_keeps_it():
    # guard (it passes without the rule too): the trim never leaves the term empty
    assert pairs("The pain is usually (typically) mild.") == []
