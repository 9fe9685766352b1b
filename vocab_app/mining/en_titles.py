"""English titles and names in Title Case before a Chinese gloss (`Lost at Sea（迷失于海）`,
`Chain of Thought (思维链)`): one term, as long as the gloss is long enough to translate it.
A name with `of` between capitalised words is one name (`the Mosuo of China (also called the
Na)`, `the Bank of England (…)`). And headings in Title Case whose bracket explains a word
(`Taste (Gustation)`) are read as if in sentence case.
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import NP_STOP_WORDS, SENTENCE_OPENERS, TITLE_LINKS, looks_adverb
from vocab_app.mining.lang import is_cjk, line_start


def is_title_case(head: str) -> bool:
    """True for a Title Case phrase of two or more words (`Pride and Prejudice`): every word
    capitalised but the small linking ones."""
    words = head.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in TITLE_LINKS for w in words)


def _cjk_count(gloss: str) -> int:
    return sum(1 for ch in gloss if is_cjk(ch))


def title_start(words: list[re.Match[str]], text: str, start: int, gloss: str) -> int | None:
    """Start of a Title Case phrase ending the words (`Lost at Sea`, `Chain of Thought`): its
    capitalised words with the small words between them, no more content words than the
    Chinese gloss can translate (about one per two characters). None when there is none."""
    n = len(words)
    if n < 2 or not words[-1].group()[:1].isupper():
        return None
    chars = _cjk_count(gloss)
    budget = (chars + 1) // 2 + (1 if chars >= 4 else 0)
    begin, content = n - 1, 1
    i = n - 2
    while i >= 0 and content < budget:
        w = words[i].group()
        if w[-1] in ",;:.!?)":
            break
        if w.lower() in TITLE_LINKS and w.islower():
            i -= 1
            continue
        if not w[:1].isupper() or looks_adverb(w.lower()):
            break  # `Notably Google Brain`: an adverb opens the sentence
        first_of_sentence = i == 0 and text[start:words[0].start()].strip() == "" or (
            i > 0 and words[i - 1].group()[-1] in ".!?:")
        if first_of_sentence and (w.lower() in NP_STOP_WORDS or w.lower() in SENTENCE_OPENERS
                                  or words[i + 1].group().lower() in ("the", "a", "an")):
            break  # `Read the Terms of Service`: an imperative verb, not part of the title
        begin, content = i, content + 1
        i -= 1
    return words[begin].start() if begin < n - 1 else None


#: A heading line: a few words before the bracket, no sentence punctuation (a dash may join
#: a section name: `Parasites - Cyclosporiasis (Cyclospora Infection)`).
_HEADING_WORDS = 6
_HEADING_PUNCT_RE = re.compile(r"[.!?;:,\[\]]")
_CAPITALISED_RE = re.compile(r"\b([A-Z])([a-z]+)\b")


def heading_in_sentence_case(text: str, lo: int, g0: int, g1: int) -> str | None:
    """`text` with the Title Case words of the heading line around the bracket `text[g0:g1]`
    lowered, all but the line's first word (same length: `Heart Attack (Myocardial
    Infarction)` reads `Heart attack (myocardial infarction)`), so that a heading is judged as
    the sentence it would be; None when the bracket is not the end of such a heading: up to
    six Title Case words before it, no sentence punctuation, a Title Case note, nothing after
    the bracket on its line."""
    start = line_start(text, lo, g0)
    end = text.find("\n", g1)
    end = len(text) if end < 0 else end
    if text[g1 + 1:end].strip(" *_") or g0 < 1:
        return None
    head, note = text[start:g0 - 1], text[g0:g1]
    words = [w for w in head.strip(" *_#").split() if w not in ("-", "–", "—")]
    if not 1 <= len(words) <= _HEADING_WORDS or _HEADING_PUNCT_RE.search(head + note):
        return None
    if not all(w[:1].isupper() or w in TITLE_LINKS for w in words) or not all(
            w[:1].isupper() for w in note.split()) or not _CAPITALISED_RE.search(note):
        return None
    first = _CAPITALISED_RE.search(text, start, end)
    lowered = _CAPITALISED_RE.sub(lambda m: m.group(1).lower() + m.group(2), text[start:end])
    if first is not None:  # the line's first word keeps its capital, as a sentence's would
        k = first.start() - start
        lowered = lowered[:k] + text[first.start()] + lowered[k + 1:]
    return text[:start] + lowered + text[end:]


_NAME_BEFORE_OF_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+)+)of\s+\Z")


def name_with_of_start(text: str, lo: int, n0: int) -> int:
    """Start of the name `X of Y` whose capitalised last part `Y` starts at `n0` (`Mosuo of
    China`, `Bank of England`, `Gulf of Mexico`), without an article opening it; `n0` when the
    words before are no such name."""
    if not text[n0:n0 + 1].isupper():
        return n0
    m = _NAME_BEFORE_OF_RE.search(text, max(lo, n0 - 60), n0)
    if m is None:
        return n0
    words = [w for w in re.finditer(r"\S+", m.group(1))]
    k = 0  # (`The`, `Most` open the sentence, not the name)
    while k < len(words) and words[k].group().lower() in NP_STOP_WORDS:
        k += 1
    return m.start(1) + words[k].start() if k < len(words) else n0
