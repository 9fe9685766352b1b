"""English abbreviations: is a token a short form, and where does its long form start?

Written here after Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text": a short form of 2–10 characters with at least one letter; its
long form is searched right to left among the min(|SF| + 5, 2·|SF|) words before it (link words
like `of` not counted), each character of the short form matched in order, the first one at a
word start, shortest match.

Relaxations that make it fit real text:
- initials first: when the short form's units (its capitals and digits, and a lower-case first
  letter: `IoT` → i t, `mmWave` → m w, `5G` → 5 g) are the initials of the last k words, that
  is the long form. A word may give one unit or one per hyphen part (`Key-Value`,
  `fifth-generation`); a link word (`of`, `on`, `the`) may give its initial or nothing
  (`Return on Investment` → ROI, `Chain of Thought` → CoT); a digit stands for its number word
  (`fifth` → 5, `three` → 3, `to` → 2 as in `peer-to-peer`). In another order too when the
  translator permuted the words of a capitalised name (`AGI (General Artificial Intelligence)`);
- a trailing lower-case plural `s` of the short form may stay unmatched (`LLMs`, `RISs`);
- the shortest match grows by a word that spells more letters at word starts (`PRPP`)."""

from __future__ import annotations

import re
from functools import lru_cache

from vocab_app.mining.compounds import spells_combining, spells_compound, spells_hyphen_parts
from vocab_app.mining.frequency import table
from vocab_app.mining.long_form_starts import widened_start
from vocab_app.mining.one_word_long_forms import (
    compound_word_form,
    spells_locant_name,
    spells_long_word,
    spells_numbered_name,
    spells_parts,
)
from vocab_app.mining.rarity import FLOOR
from vocab_app.mining.sentences import LIST_MARKER, SENTENCE_EDGE

_LOWER_PARTS_RE = re.compile(r"[/&.\-]")  # (compiled once: these run per bracket)
_PARTS_RE = re.compile(r"[-/]")
_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
#: Words a long form may contain without giving the short form a letter.
LINK_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on", "a", "an", "by", "with", "&",
                        "per"})


def is_short_form(token: str) -> bool:
    """True for a plausible abbreviation: one token of 2–10 characters, no spaces, starting with
    a letter or digit, with two capitals (`RL`, `LLMs`, `ChatGPT`, `IoT`), a capital and a digit
    (`5G`, `3D`, `B2B`) or a capital after a small letter (`mmWave`, `mRNA`), or is a unit with
    a slash and a capital (`nmol/L`). A capitalised word (`Transformer`), a number (`2019`)
    and lower case (`e/acc`) are not."""
    if not 2 <= len(token) <= 10 or " " in token:
        return False
    if not token[0].isalnum():
        return False
    if _UNIT_RE.fullmatch(token) and not token.islower() and not token[1:].islower():
        return True  # a unit: `nmol/L`, `mg/dL`, `IU/mL`
    capitals = sum(1 for ch in token if "A" <= ch <= "Z")
    if capitals >= 2:
        return True
    if capitals == 0:
        return False
    return any(ch.isdigit() for ch in token) or any(
        "a" <= token[i - 1] <= "z" and "A" <= token[i] <= "Z" for i in range(1, len(token)))


_UNIT_RE = re.compile(r"[a-zA-Zµμ]{1,5}/[a-zA-Z]{1,3}")
_LOWER_SHORT_RE = re.compile(r"[a-z]{1,4}(?:[/&.\-][a-z]{1,5})+")


def is_lower_short_form(token: str) -> bool:
    """True for a lower-case short form made of parts (`e/acc`, `w-o`, `fen-phen`): each part
    stands for one word of the long form. A compound adjective in -ed is none (`two-eared`,
    `single-celled`, `thick-walled`), nor a compound of common words (`man-made`, `long-term`)."""
    if len(token) > 10 or _LOWER_SHORT_RE.fullmatch(token) is None:
        return False
    parts = _LOWER_PARTS_RE.split(token)
    return not ((parts[-1].endswith("ed") and len(parts[-1]) >= 4) or all(
        len(p) >= 3 and table().word_rank(p) in range(FLOOR) for p in parts))


def short_form_units(short: str) -> str:
    """The units a short form's long form should start its words with, lower-cased: the first
    letter of each part of a lower-case short form (`e/acc` → ea), else the capitals and digits,
    and a small first letter (`IoT` → it, `5G` → 5g, `mmWave` → mw, `mRNA` → mrna)."""
    if is_lower_short_form(short):
        return "".join(part[0] for part in _LOWER_PARTS_RE.split(short))
    units = "".join(ch for ch in short if "A" <= ch <= "Z" or ch.isdigit())
    if "a" <= short[0] <= "z":
        units = short[0] + units
    return units.lower()


#: The number words a digit of a short form stands for (`5G` fifth generation, `P2P`
#: peer-to-peer, `3D` three-dimensional).
_NUMBER_WORDS = {d: tuple(ws.split()) for d, ws in {
    "0": "zero", "1": "one first single", "2": "two second double dual to",
    "3": "three third triple", "4": "four fourth for quad", "5": "five fifth", "6": "six sixth",
    "7": "seven seventh", "8": "eight eighth", "9": "nine ninth"}.items()}


def _gives(word: str, unit: str) -> bool:
    """True when `word` (lower case) may stand for the short-form unit `unit`."""
    if unit.isdigit():
        return word[:1] == unit or word in _NUMBER_WORDS.get(unit, ())  # (² is a digit too)
    return word[:1] == unit


_HUMP_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A letter of a short form's units followed by a digit from 2 to 4 that repeats it (`w3c`).
_REPEAT_RE = re.compile(r"([a-z])([2-4])")


@lru_cache(maxsize=8192)
def _parts(word: str) -> tuple[str, ...]:
    """The parts of a word that may each give a unit: hyphen and slash parts and CamelCase
    humps (`Key-Value`, `PersistentVolumeClaims` → persistent, volume, claims)."""
    if word[:1].isupper():  # not a brand in lower camel case: iPhone, eBay
        word = _HUMP_RE.sub("-", word)
    return tuple(p.lower() for p in _PARTS_RE.split(word) if p)


def _in_order(units: str, words: list[str]) -> bool:
    """True when `words` spell `units` in order: each content word gives one unit (its initial
    or number) or one per hyphen part, and each link word gives its initial or nothing."""
    # reach[j]: the units matched so far may number j (a set, kept small by the word window)
    reach = {0}
    for word in words:
        lw = word.lower()
        nxt: set[int] = set()
        for j in reach:
            if lw in LINK_WORDS:
                nxt.add(j)
                if j < len(units) and _gives(lw, units[j]):
                    nxt.add(j + 1)
                continue
            if j < len(units) and _gives(lw, units[j]):
                nxt.add(j + 1)
            parts = _parts(word)
            if len(parts) > 1:
                k = j
                for part in parts:
                    if part in LINK_WORDS and not (k < len(units) and _gives(part, units[k])):
                        continue
                    if k < len(units) and _gives(part, units[k]):
                        k += 1
                    else:
                        break
                else:
                    nxt.add(k)
        reach = nxt
        if not reach:
            return False
    return len(units) in reach


def _initial_variants(words: list[str]) -> list[list[str]]:
    """Initials of the content words, with a hyphenated word read once as one word
    (`Pre-trained` → p) and once as its parts (`fine-tuning` → f, t)."""
    whole = [w[0].lower() for w in words if w.lower() not in LINK_WORDS]
    parts = [p[0] for w in words for p in _parts(w) if p not in LINK_WORDS]
    return [whole] if whole == parts else [whole, parts]


def initials_match(short: str, long_words: list[str], permuted: bool = True) -> bool:
    """True when the units of `short` are the initials of `long_words` (see the module
    docstring), in order or (with `permuted`) as the content words' initials in any order
    (`AGI` ↔ `General Artificial Intelligence`)."""
    return _initials_match(short_form_units(short), long_words, permuted)


def _initials_match(letters: str, long_words: list[str], permuted: bool) -> bool:
    """`initials_match` for the units `letters` of the short form, worked out once."""
    if len(letters) < 2 or not long_words:
        return False
    if long_words[0].lower() in LINK_WORDS or long_words[-1].lower() in LINK_WORDS:
        return False
    if _in_order(letters, long_words):
        return True
    if not permuted or not all(w[:1].isupper() for w in long_words
                               if w.lower() not in LINK_WORDS):
        return False  # translators reorder names (`General Artificial Intelligence`), not prose
    return any(len(ini) == len(letters) and sorted(ini) == sorted(letters)
               for ini in _initial_variants(long_words))


def _schwartz_hearst(short: str, candidate: str) -> int | None:
    """Start index in `candidate` of the shortest long form matching `short`, else None: the
    classic right-to-left character match; only alphanumerics of the short form count."""
    sf = short.lower()
    if sf.endswith("s") and short[-1] == "s":
        sf = sf[:-1]
    lf = candidate.lower()
    s_index = len(sf) - 1
    l_index = len(lf) - 1
    while s_index >= 0:
        c = sf[s_index]
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (lf[l_index] != c or (
                s_index == 0 and l_index > 0 and lf[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index, s_index = l_index - 1, s_index - 1
    return max(l_index + 1, 0)


#: Where a capital only opens the sentence, a list item or a table cell.
_LINE_OPENING_RE = re.compile(rf"(?:{SENTENCE_EDGE}|\t\s*){LIST_MARKER}?\Z")
_GLUED_SENTENCE_RE = re.compile(r"[a-z][.!?;:][A-Z]")
#: Function words that never open a long form (its letters may use them inside: `Department
#: of Energy (DOE)`).
_FUNCTION_OPENING_RE = re.compile(r"(?:of|the|a|an|in|on|at|to|for|by|with|from|and|or)\s", re.I)
#: A sentence end or a list bullet between words: `areas. Then`, `DNA. The`, `areas. - CT`.
_SENTENCE_BREAK_RE = re.compile(
    r"[A-Za-z][a-z][.!?]\s+(?:[A-Z]|[-–•*]\s)|[A-Z]{2}[.!?]\s+[A-Z]|\s[-–•*]\s")
#: A sentence end glued to a capitalised word glued to the next one: `body.EnlargeMagnetic`.
_GLUED_TEXTS_RE = re.compile(r"(?<![A-Z])[.!?][A-Z][a-z]+(?=[A-Z][a-z])")


#: Greek letters, by the Latin initial of their English names (`β2GPI` ← beta-2 …).
_GREEK_INITIALS = str.maketrans("αβγδεζηθικλμνξοπρστυφχψω", "abgdezetiklmnxoprstupcpo")
#: English names of Greek letters, which a hyphen joins to a number they index (`beta-2`).
_GREEK_NAMES = frozenset({
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
    "psi", "omega"})


def find_long_form(short: str, before: str) -> int | None:
    """Where the long form of `short` starts inside `before` (the text right before the
    bracket, ending at the term's last character), or None when no long form is there.
    A Greek letter of the short form stands for its name (`β2GPI` ← `beta-2 glycoprotein I`)."""
    short = short.translate(_GREEK_INITIALS)
    found = _find_long_form(short, before)
    if found is None and "K" in short:  # `electrocardiogram (EKG)`: German k for a hard c
        found = _find_long_form(short.replace("K", "C"), before)
    numbered = _NUMBERED_TAIL_RE.fullmatch(short) if found is None else None
    if numbered is not None and is_short_form(numbered.group(1)):
        # `pneumococcal conjugate vaccine (PCV13)`: a trailing number (a valency, a version)
        # that the long form does not spell, after letters that it does
        found = _find_long_form(numbered.group(1), before)
        if found is not None and " " not in before[found:].strip():
            found = None  # (one word and a number: spells_numbered_name's case, not this)
    return found


#: A short form of letters and a trailing number: `PCV13`, `PPSV23`, `HPV-16`.
_NUMBERED_TAIL_RE = re.compile(r"([A-Za-z]{2,8})-?\d{1,3}")


def _find_long_form(short: str, before: str) -> int | None:
    """`find_long_form` for `short` as written (its Greek letters already spelled out)."""
    glued = max(_GLUED_TEXTS_RE.finditer(before), key=lambda m: m.end(), default=None)
    if glued is not None:
        # `…inside the body.EnlargeMagnetic resonance imaging (MRI)`: markup lost between two
        # texts glued a label to the next text, which starts at the hump
        rel = _find_long_form(short, before[glued.end():])
        return None if rel is None else glued.end() + rel
    words = list(_WORD_RE.finditer(before))
    if not words or words[-1].end() < len(before.rstrip()):
        return None
    letters = short_form_units(short)
    if not letters:
        return None
    # Initials first: the shortest run of last words whose initials spell the short form, in
    # order; then as many content words in another order, unless the words after the first
    # spell it in order (`Global Intergovernmental Organizations (IGOs)`).
    reach = max(0, len(words) - (2 * len(letters) + 3))
    names = [w.group() for w in words[reach:]]
    for permuted in (False, True):
        for i in range(len(words) - 1, reach - 1, -1):
            if _initials_match(letters, names[i - reach:], permuted):
                rest = _schwartz_hearst(short, before[words[i + 1].start():]) if permuted else None
                return words[i].start() if rest != 0 else words[i + 1].start()
    repeated = _REPEAT_RE.sub(lambda m: m.group(1) * int(m.group(2)), letters)
    if repeated != letters:
        # `World Wide Web Consortium (W3C)`: a digit after a letter repeats it (w3 = www)
        for i in range(len(words) - 1, max(0, len(words) - 2 * len(repeated)) - 1, -1):
            if _in_order(repeated, [w.group() for w in words[i:]]):
                return words[i].start()
    if is_lower_short_form(short):
        return None  # too little to go on for a character-level match
    # Then Schwartz–Hearst over a window of content words (`Diagnostic and Statistical …`)
    window, i = min(len(short) + 5, 2 * len(short)), len(words)
    while i > 0 and window > 0:
        i -= 1
        window -= words[i].group().lower() not in LINK_WORDS
    first = words[i].start()
    rel = _schwartz_hearst(short, before[first:])
    if rel is None:
        return None
    start = first + rel
    # Snap to the word the match starts in, unless it starts a hyphen-joined part (letters from
    # `corticotropin` in `Dexamethasone-corticotropin-releasing hormone`); no shorter long form.
    for w in words:
        if w.start() <= start < w.end():
            if before[start - 1:start] != "-" or _indexes_greek_letter(before, w.start(), start):
                start = w.start()
            break
    long_form = before[(start := widened_start(short, before, start)):].strip()  # (`PRPP`)
    if " " not in long_form and (spells_compound(short, long_form) or spells_combining(
            short, long_form) or spells_hyphen_parts(short, long_form) or compound_word_form(
            short, long_form) or spells_parts(short, long_form)):
        # `Frontend (FE)`, `intravenous (IV)`, `alpha-fetoprotein (AFP)`, `electroretinogram
        # (ERG)` (a Greek or Latin compound), `succinyladenosine (S-Ado)` (a chemical name)
        return start
    if " " not in long_form and spells_numbered_name(short, long_form):
        return start  # `Interleukin-2 (IL-2)`: a numbered member of a family of molecules
    if " " not in long_form and spells_locant_name(short, long_form):
        return start  # `N-acetylglucosamine (NAG)`: a chemical name after its locant
    if (" " not in long_form and spells_long_word(short, long_form)
            and before[start - 1:start] not in ("-", "‐")  # (`2-deoxyglucose`: part of a name)
            and (long_form.islower() or _LINE_OPENING_RE.search(before[:start]) is not None)):
        return start  # `lipopolysaccharide (LPS)`, `prolactin (PRL)`: a long technical word
        # (a capital mid-sentence makes it a name: `the Transformer (TF)`)
    if len(long_form) <= len(short) or " " not in long_form:
        return None
    if _GLUED_SENTENCE_RE.search(long_form):
        return None  # `Cancer.EnlargeComputed tomography`: two texts glued by lost markup
    if _SENTENCE_BREAK_RE.search(long_form):
        return None  # `… abnormal areas. - CT`: a long form never spans a sentence or bullet
    if _FUNCTION_OPENING_RE.match(long_form):
        return None  # `of the hydroxyl group (OH)`: a long form never opens with `of`, `the`
    if sum(w.lower() in LINK_WORDS for w in long_form.split()) > max(2, len(letters)):
        return None  # letters picked out of a clause (`… with the use of a primer and a …`)
    return start


def _indexes_greek_letter(before: str, w0: int, start: int) -> bool:
    """True when the match starts at a number that a hyphen joins to a Greek letter's name
    (`beta-2`): the two are one name, the letter lost from the short form (`2GPI`)."""
    return before[w0:start - 1].lower() in _GREEK_NAMES and before[start:start + 1].isdigit()


def expands(short: str, long_form: str) -> bool:
    """True when `long_form` (written in brackets after `short`) is its expansion."""
    words = [m.group() for m in _WORD_RE.finditer(long_form)]
    if (sum(len(_parts(w)) for w in words) < 2 and not compound_word_form(short, long_form)
            or len(long_form) <= len(short)):
        return False
    if initials_match(short, words):
        return True
    if _schwartz_hearst(short, long_form) == 0:
        return True
    # `EKG (electrocardiogram)`: German k for a hard c
    return "K" in short and _schwartz_hearst(short.replace("K", "C"), long_form) == 0


def short_form_side(text: str, head_end: int, g0: int, g1: int) -> bool:
    """True when the gloss `text[g0:g1]` or the word ending at `head_end` is a short form: the
    two sides may make an abbr pair (`Collection Set（简称 CSet）`, `GC（全称 …）`)."""
    word = text[max(0, head_end - 20):head_end].split()
    return is_short_form(text[g0:g1].strip()) or bool(word) and is_short_form(word[-1])
