"""Abbreviations against the published Schwartz–Hearst algorithm, with the `abbreviations`
package (GPLv3) as a test oracle only: where it finds a pair in the long-form-first order we
find the same pair. Our deliberate deviations are named in their own tests."""

from __future__ import annotations

import pytest
from abbreviations import schwartz_hearst

from vocab_app.mining.abbrev import expands, find_long_form, is_short_form
from vocab_app.mining.glosses import find_glosses

SENTENCES = [
    "The Food and Drug Administration (FDA) approved the drug.",
    "A generative adversarial network (GAN) was trained on faces.",
    "People still use graphical user interfaces (GUIs) every day.",
    "We combine large language models (LLMs) with search.",
    "Results from the Department of Energy (DOE) were mixed.",
    "Most apps rely on an application programming interface (API) for this.",
    "We measured the mean squared error (MSE) on the test split.",
    "The long short-term memory (LSTM) cell keeps a state.",
    "Instead they used Chat Generative Pre-trained Transformer (ChatGPT) directly.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_long_form_first_agrees_with_schwartz_hearst(text):
    oracle = schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text)
    assert oracle, "the oracle should find a pair in every sentence here"
    ours = {h.gloss: h.term for h in find_glosses(text) if h.style == "abbr"}
    assert ours == oracle


def test_deviation_permuted_long_form_is_accepted():
    # Stock Schwartz–Hearst needs the letters in order and so misses translated word orders;
    # we accept any order of the initials (`AGI` for `General Artificial Intelligence`).
    text = "They aim at General Artificial Intelligence (AGI) within a decade."
    assert schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text) in (
        {}, {"AGI": "aim at General Artificial Intelligence"})
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [
        ("General Artificial Intelligence", "AGI")]


def test_deviation_short_form_first_is_found_and_normalised():
    text = "We rely on NLP (natural language processing) heavily."
    assert schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text) == {}
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [
        ("natural language processing", "NLP", "abbr")]


@pytest.mark.parametrize("token, ok", [
    ("RL", True), ("LLMs", True), ("ChatGPT", True), ("GPT-4", True),
    ("model", False), ("A", False), ("Transformer", False), ("VERYLONGABBREVIATION", False),
])
def test_short_form_shape(token, ok):
    assert is_short_form(token) is ok


def test_long_form_not_found_when_letters_do_not_match():
    assert find_long_form("RL", "we tried a new trick") is None
    assert not expands("GPT-3.5", "ChatGPT")
