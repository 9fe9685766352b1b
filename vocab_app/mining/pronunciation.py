"""Pronunciations written inside a bracket (gold RULES.md P1): IPA between slashes or square
brackets (`/ˈkeɪdəns/`, `[ˈkeɪdəns]`, with the ASCII stand-ins `'` for the stress mark and `:`
for the length mark: `/fə'sɑ:d/`) and dictionary respellings (`in-FLAM-uh-tor-ee`,
`is-KE-mik`). A pronunciation is never a gloss; it belongs to the term as an attribute. Next to
a term it may carry a language label (`英 /ˈkeɪdəns/`, `US: /…/`), before the bracket or after it.
"""

from __future__ import annotations

import re

from vocab_app.mining.brackets import opening_before
from vocab_app.mining.rarity import word_rank

#: Characters only IPA uses (stress and length marks, vowels and consonants outside ASCII).
_IPA_ONLY = frozenset("ˈˌːˑəɪʊɛæɑɔʃʒθðŋɡʌɜɒɐɘɵɤɯɨʉɲɳɴɹɻɾɽʁʀʔʕʧʤʍɥʎʏøœɶɓɗɠʄɕʑçʝɣχħɦɬɮʋɰ")
#: What may stand between the delimiters of an IPA transcription.
_IPA_BODY = (r"[a-zA-Z\u00e6\u00f0\u00f8\u0153\u00e7\u014b\u0127\u0250-\u02ff\u0300-\u036f"
             r"\u03b8\u03c7.‿()':-]")
#: `/…/` or `[…]` holding IPA words, single spaces between them for a phrase (`/spɒt ˈɪnstəns/`,
#: `/ˌkeɪ ˈviː/`) (a slash also separates glosses: `脚手架/编排`, so the slash form needs an
#: IPA-only character or a short plain body such as `/kæt/`; is_ipa checks that).
_IPA_WORDS = rf"{_IPA_BODY}(?:{_IPA_BODY}| (?={_IPA_BODY})){{0,39}}"
IPA_RE = re.compile(rf"/{_IPA_WORDS}/|\[{_IPA_WORDS}\]")
_RESPELLING_WORD_RE = re.compile(r"[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})+")
_VOWELS = frozenset("aeiouyAEIOUY")


def is_ipa(token: str) -> bool:
    """True for an IPA transcription between slashes or square brackets: `/ˈkeɪdəns/`,
    `[ˈkeɪdəns]`. Square brackets need an IPA-only character (`[sic]`, `[1]` are not IPA);
    slashes need one too, or a plain body of at most 12 lower-case letters (`/kat/`)."""
    if IPA_RE.fullmatch(token) is None:
        return False
    body = token[1:-1]
    if any(ch in _IPA_ONLY for ch in body):
        return True
    plain = body.lstrip("'").replace(":", "")
    return token[0] == "/" and len(plain) <= 12 and plain.isalpha() and plain.islower()


def is_respelling(part: str) -> bool:
    """True for a dictionary respelling: hyphenated syllables (each with a vowel, at most six
    letters), three or more in all, at least one stressed syllable in capitals of two or more
    letters and one unstressed in lower case: `in-FLAM-uh-tor-ee`, `is-KE-mik`,
    `KAY-dns ray-SHOH`. Hyphenated terms (`AI-native`, `state-of-the-art`, `X-ray`) are not."""
    words = part.split()
    if not words or not all(_RESPELLING_WORD_RE.fullmatch(w) for w in words):
        return False
    chunks = [c for w in words for c in w.split("-")]
    if len(chunks) < 3 or not all(any(ch in _VOWELS for ch in c) for c in chunks):
        return False
    stressed = any(c.isupper() and len(c) >= 2 for c in chunks)
    unstressed = any(c.islower() for c in chunks)
    mixed = any(not c.isupper() and not c.islower() for c in chunks)
    return stressed and unstressed and not mixed


_SPACED_WORD_RE = re.compile(r"[a-z]{1,6}|[A-Z]{2,6}")
#: Short words that open or fill an English phrase, never a syllable of a respelling.
_PHRASE_WORDS = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and",
                           "or", "see", "is", "are"])
#: What the first letters of a word may sound like in a respelling (`ph` → f, `c` → k).
_FIRST_SOUNDS = {"ph": "f", "ch": "k", "kn": "n", "wr": "r", "ps": "s", "pn": "n",
                 "gn": "n", "c": "ks", "g": "j", "x": "z", "q": "k"}
#: A stressed syllable in capitals between lower-case ones: the shape of a spaced respelling.
_STRESSED_RE = re.compile(r"[a-z] [A-Z]{2,6} [a-z]|^\s*[A-Z]{2,6} [a-z]")
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)\W*\Z")


def respelling_after_word(text: str, open_pos: int, content: str) -> bool:
    """True when the bracket `content` opening at `open_pos` respells the word before it in
    spaced syllables (`is_spaced_respelling`) or as one made-up word that sounds like it
    (`plaque (plak)`); cheap for other brackets (a shape test first)."""
    one_word = _ONE_SYLLABLE_RE.fullmatch(content) is not None
    if not one_word and _STRESSED_RE.search(content) is None:
        return False
    m = _LAST_WORD_RE.search(text, max(0, open_pos - 30), open_pos)
    if m is None:
        return False
    if one_word:
        word = m.group(1).lower()
        return (len(word) >= 4 and word != content and _skeleton(word) == _skeleton(content)
                and word_rank(content) >= _UNKNOWN_RANK)
    return is_spaced_respelling(content, m.group(1))


_ONE_SYLLABLE_RE = re.compile(r"[a-z]{3,8}")
_UNKNOWN_RANK = 50_000  # a respelling is no word of the frequency table (or a very rare one)
_SOUND_RULES = ((re.compile(r"que\Z"), "k"), (re.compile(r"ck|qu"), "k"), (re.compile(r"ph"), "f"),
                (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"), (re.compile(r"x"), "ks"),
                (re.compile(r"(?<=.)[aeiouy]+"), ""), (re.compile(r"(.)\1+"), r"\1"))


def _skeleton(word: str) -> str:
    """The consonants of `word` as heard, roughly (`plaque` and `plak` → plk)."""
    for pattern, sound in _SOUND_RULES:
        word = pattern.sub(sound, word)
    return word


def is_spaced_respelling(part: str, word: str) -> bool:
    """True for a respelling of `word` written in spaced syllables, as health pages do
    (`tophaceous (toe FAY shus)`, `arthritis (ar THRY tis)`): three or more syllables, one
    stressed in capitals and the others in lower case, none an English function word, and the
    first sound that of `word` (so `assay (a DNA test)` or `site (the NIH page)` is no
    respelling)."""
    chunks = part.split()
    if len(chunks) < 3 or not word or not all(_SPACED_WORD_RE.fullmatch(c) for c in chunks):
        return False
    if not any(c.isupper() for c in chunks) or not any(c.islower() for c in chunks):
        return False
    if any(c in _PHRASE_WORDS for c in chunks) or not all(
            any(ch in _VOWELS for ch in c) for c in chunks):
        return False
    first, head = chunks[0][0].lower(), word.lower()
    if head[0] in "aeiou":
        return first in "aeiouy"
    sounds = _FIRST_SOUNDS.get(head[:2]) or _FIRST_SOUNDS.get(head[0], "") + head[0]
    return first in sounds


def is_pronunciation(part: str) -> bool:
    """True when `part` (one part of a bracket, stripped) is a pronunciation (P1)."""
    part = part.strip()
    return bool(part) and (is_ipa(part) or is_respelling(part))


_IPA_REACH = 42  # delimiters and at most 40 characters between them (IPA_RE)
#: A language label before a transcription: `英 /…/`, `美式：/…/`, `UK /…/`, `AmE /…/`.
_LABEL_RE = re.compile(r"(?:英式|美式|英音|美音|[英美]|UK|US|BrE|AmE|Br\.|Am\.)[ \t]*[:：]?[ \t]*")
_LABEL_END_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:UK|US|BrE|AmE|Br\.|Am\.)|英式|美式|英音|美音|[英美])[ \t]*[:：]?[ \t]*\Z")
_LABEL_REACH = 8
_AFTER_RE = re.compile(r"[ \t]*(?:" + _LABEL_RE.pattern + r")?([/\[])")


def only_label(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` holds nothing but spaces or a language label of a
    transcription (`英 `, `US: `): what may stand before an IPA part of a bracket."""
    return text[start:end].strip() == "" or _LABEL_RE.fullmatch(text[start:end].strip()) is not None


def ipa_before(text: str, end: int, lo: int = 0) -> tuple[int, int] | None:
    """(start, ipa) for an IPA transcription that ends at `end` and stands apart from the word
    before it (`cadence /ˈkeɪdəns/ (节奏)`: the pronunciation between a term and its bracket):
    `ipa` is where the transcription starts, `start` where the pronunciation does with its
    language label if it has one (`Topology 英 /tə'pɒlədʒɪ/(拓扑学)`), else None. Looks back
    no further than `lo` or the longest transcription IPA_RE allows."""
    if end - 2 < lo or text[end - 1] not in "/]":
        return None
    opener = "/" if text[end - 1] == "/" else "["
    ipa = text.rfind(opener, max(lo, end - _IPA_REACH), end - 1)
    if ipa <= lo or not is_ipa(text[ipa:end]):
        return None
    label = _LABEL_END_RE.search(text, max(lo, ipa - _LABEL_REACH), ipa)
    if label is not None and label.start() > lo:
        return label.start(), ipa
    return (ipa, ipa) if text[ipa - 1].isspace() else None


def ipa_after(text: str, start: int) -> str:
    """The IPA transcription right after a closing bracket at `start - 1`, spaces and a language
    label allowed between (`facade(外观)英 /fə'sɑ:d/`), else "". Without a label it needs an
    IPA-only character or a stress mark: `read(读)/write/` is no pronunciation."""
    m = _AFTER_RE.match(text, start)
    if m is None:
        return ""
    token = IPA_RE.match(text, m.start(1))
    if token is None or not is_ipa(token.group()):
        return ""
    labelled = m.start(1) > start and text[start:m.start(1)].strip() != ""
    if not labelled and not any(ch in _IPA_ONLY or ch == "'" for ch in token.group()):
        return ""
    return token.group()


def bracketed_pronunciation(text: str, end: int, lo: int = 0) -> tuple[int, str] | None:
    """(opening bracket, pronunciation) for a bracket holding only a pronunciation that closes
    at `end - 1` (`arrhythmias (ah-RITH-me-ahs) (fast or irregular heartbeats)`: it stands
    between the term and its gloss), else None. Looks back no further than `lo` or the longest
    transcription."""
    if end - 2 < lo or text[end - 1] not in ")）":
        return None
    opener = opening_before(text, end, lo, _BRACKET_REACH)
    if opener < 0:
        return None
    content = text[opener + 1:end - 1].strip()
    return (opener, content) if is_pronunciation(content) else None


_BRACKET_REACH = 60  # the longest respelling or IPA bracket looked back over
