"""Names listed in a bracket after a Chinese head: `激活函数（ReLU / Sigmoid）`, `传输层协议
（TCP/UDP）`, `优化器（SGD、Adam）`. Two or more one-word names are instances of the head, an
example list (RULES.md G2), not its English equivalents; one that is the short form of another
(`BatchNorm / BN`) makes them equivalents (E1) after all. A bracket that cites a work, gives a
formula or crosses two axes is no equivalent either (`cites_or_computes`).
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import expands
from vocab_app.mining.rarity import RARE, word_rank
from vocab_app.mining.word_shortenings import is_clipping

_SEPARATOR_RE = re.compile(r"\s*[/、,，;；]\s*|\s+&\s+")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9.+#-]*")
#: Shaped like a name, not a word: a digit (Word2Vec), a capital after the first letter (ReLU,
#: GloVe, TCP).
_NAME_SHAPE_RE = re.compile(r".*(?:\d|.[A-Z])")


def lists_names(gloss: str) -> bool:
    """True when the gloss is two or more one-word Latin names, each capitalised or with a
    digit and one at least shaped like a name (a digit or an inner capital) or all of them
    rare words (people's names), none the short form of another: examples of the head (G2)
    or its authors (G3)."""
    parts = [p for p in _SEPARATOR_RE.split(gloss.strip()) if p]
    if len(parts) < 2 or not all(_WORD_RE.fullmatch(p) for p in parts):
        return False
    if not all(p[0].isupper() or any(c.isdigit() for c in p) for p in parts):
        return False  # `sample / instance`: renderings in lower case
    if not any(_NAME_SHAPE_RE.match(p) for p in parts) and (
            "/" in gloss or not all(word_rank(p.lower()) >= RARE for p in parts)):
        # `Encoder / Decoder`: words, which may render a compound head; rare words listed
        # (not alternatives) are names (`Thaler & Sunstein`: the authors, a citation)
        return False
    return not any(a != b and (expands(a, _spaced(b)) or is_clipping(a, b))
                   for a in parts for b in parts)


def _spaced(name: str) -> str:
    """`BatchNorm` → `Batch Norm`: the words of a name in camel case, for initials."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)


#: A work's title (`Martin Fowler《Refactoring》`), a comparison or product with a number
#: (`CR < 0.1`, `80G * 8`), two axes crossed (`Deliberate / Inadvertent × Reckless / Prudent`),
#: Latin names in a Chinese enumeration (`SonarQube AI、Snyk Code AI`), a range of values
#: (`256-512 tokens`) or two values compared (`0.6 vs 0.3`).
_CITED_OR_COMPUTED_RE = re.compile(
    r"《|×|\d\s*[<>=≤≥*]|[<>=≤≥*]\s*\d|[A-Za-z0-9]\s*、\s*[A-Za-z]|^\d[\d,.]*\s*[-–~]\s*\d"
    r"|\d%?\s*(?:vs\.?|versus)\s*\d")


def cites_or_computes(gloss: str) -> bool:
    """True when the bracket after a Chinese head cites a work, gives a formula or a value,
    crosses two axes or enumerates Latin names with 、: a source, a condition or examples (G2,
    G3), never the head's English equivalent."""
    return _CITED_OR_COMPUTED_RE.search(gloss) is not None
