"""Unit symbols after the unit's name: `millimeters (mm)`, `kilograms (kg)`, `micrograms (mcg)`,
`milliliters (mL)`, `beats per minute (bpm)`, `milligrams per deciliter (mg/dL)`.

Lower-case symbols are no abbreviation to abbrev.py's short-form test (one capital at least),
and a one-word long form fails its Schwartz–Hearst check; a unit is recognised instead by its
name: a unit word (an SI prefix and a base unit, or a common unit), alone or as `X per Y` with
a unit word on the right. The symbol's letters must then appear in order in the name, the first
one starting it (`mm` in millimeters, `mg/dL` in milligrams per deciliter).

A Chinese term glossed by a unit symbol is its name only when it names a unit (`兆字节（MB）`,
`赫兹（Hz）`); a quantity glossed by the unit it is measured in (`时钟速度（MHz）`, `芯片内存
（MB）`) gives no pair.
"""

from __future__ import annotations

import re

from vocab_app.mining.one_word_long_forms import opens_and_holds

_PREFIX = (r"(?:yotta|zetta|exa|peta|tera|giga|mega|kilo|hecto|deca|deka|deci|centi|milli|micro"
           r"|nano|pico|femto)")
_BASE = (r"(?:met(?:er|re)|gram|lit(?:er|re)|second|minute|hour|mole|joule|watt|volt|amp(?:ere)?"
         r"|ohm|hertz|pascal|newton|kelvin|calorie|byte|bit|inch|inche|foot|feet|pound|ounce|mile"
         r"|yard|gallon|unit|degree|decibel|bar|katal|becquerel|gray|sievert|lumen|lux|tesla"
         r"|weber|farad|coulomb|siemens|henry|candela|radian|steradian|ton|tonne|year|curie"
         r"|roentgen|rad|rem)")
#: One unit word, singular or plural, with or without an SI prefix.
_UNIT_WORD_RE = re.compile(rf"{_PREFIX}?{_BASE}(?:s|es)?", re.IGNORECASE)
#: A unit symbol: letters (µ too), optionally `/` and more letters, or a space and the symbol
#: of what is measured (`mm Hg`); a degree sign first (`°C`), a 2 or 3 for square or cubic,
#: maybe raised (`µg/m3`, `g/cm³`).
_SYMBOL_RE = re.compile(r"°?[A-Za-zµμ]{1,5}[23²³]?(?:/[A-Za-zµμ]{1,3}[23²³]?| [A-Z][a-z]?)?")
#: A unit of some substance: `millimeters of mercury` (mm Hg).
_OF_NAME_RE = re.compile(r"(?P<u>[A-Za-z]+) of (?P<y>[A-Za-z]+)\s*\Z")
#: The words that may end a unit's name before its bracket: `X`, `X per Y` (X any word).
_NAME_RE = re.compile(r"(?:(?P<x>[A-Za-z]+) per )?(?P<u>[A-Za-z]+)\s*\Z")


def is_unit_symbol(text: str) -> bool:
    """True for what may be a unit symbol: `mm`, `kg`, `g`, `mL`, `mg/dL`, `bpm`, `mm Hg`."""
    return _SYMBOL_RE.fullmatch(text) is not None


def unit_name_start(symbol: str, before: str) -> int | None:
    """Where the unit name that `symbol` abbreviates starts in `before` (the text right before
    the bracket), or None when the words there are no unit's name."""
    if " " in symbol:
        return _unit_of_start(symbol, before)
    if any(d in symbol for d in "23²³"):
        return _longer_name_start(symbol, before)  # `square meters (m2)`: `square` too
    match = _NAME_RE.search(before)
    if match is None or not _UNIT_WORD_RE.fullmatch(match.group("u")):
        return _longer_name_start(symbol, before)
    x = match.group("x")
    if x is None:
        start = match.start("u")
    elif _UNIT_WORD_RE.fullmatch(x) or _letters_in_order(symbol, f"{x} per {match.group('u')}"):
        start = match.start("x")
    else:
        return _longer_name_start(symbol, before)
    if _inside_word(before, start):
        return _longer_name_start(symbol, before)  # `kilowatt-hours`: the whole word
    name = before[start:].rstrip()
    if _letters_in_order(symbol, name):
        return start
    return _longer_name_start(symbol, before)


_NAME_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*")
_MAX_NAME_WORDS = 5
#: What a symbol's characters other than letters stand for: the degree sign for `degree`,
#: µ for `micro`, a raised 2 or 3 for square or cubic.
_SIGNS = str.maketrans({"°": "d", "µ": "m", "μ": "m", "²": "2", "³": "3"})


def _longer_name_start(symbol: str, before: str) -> int | None:
    """Where a unit's name of several words ends `before`: `parts per billion` (ppb), `pounds
    per square inch` (psi), `British thermal units` (Btu), `kilowatt-hours` (kWh), `degrees
    Celsius` (°C), `micrograms per cubic meter` (µg/m3). The shortest run of last words (at
    most five) with a unit word (or `parts per`) whose letters the symbol spells in order from
    its first; a 2 or 3 in the symbol wants `square` or `cubic` in the name."""
    words = list(_NAME_WORD_RE.finditer(before))
    if not words or words[-1].end() != len(before.rstrip()) or (
            words[-1].group().lower() in _LINKS):
        return None
    letters = symbol.translate(_SIGNS)
    needs = [w for d, w in (("2", "square"), ("3", "cubic")) if d in letters]
    letters = "".join(ch for ch in letters if ch.isalpha())
    if len(letters) < 2 and not needs:
        return None  # one letter is too little to find a name of several words by
    for k in range(1, min(_MAX_NAME_WORDS, len(words)) + 1):
        first = words[-k]
        start = first.start()
        if first.group().lower() in _LINKS or _inside_word(before, start):
            continue
        name = before[start:].rstrip()
        if _NOT_IN_NAME_RE.search(name):
            break  # `Add 3 pounds`: a number or a sign between the words

        parts = [p for w in words[-k:] for p in w.group().lower().split("-") if p]
        unit = any(_UNIT_WORD_RE.fullmatch(p) for p in parts) or _PARTS_PER_RE.search(name)
        spelt = _SQUARE_CUBIC_RE.sub("", name) if needs else name  # (the digit's word)
        if (unit and all(n in parts for n in needs)
                and _letters_in_order(letters, spelt)):
            return start
    return None


_LINKS = frozenset({"per", "of", "and", "or"})
_SQUARE_CUBIC_RE = re.compile(r"\b(?:square|cubic)\s+", re.I)
_NOT_IN_NAME_RE = re.compile(r"[^A-Za-z\- ]")
_PARTS_PER_RE = re.compile(r"\bparts? per\b", re.I)


def _unit_of_start(symbol: str, before: str) -> int | None:
    """`unit_name_start` for a two-part symbol (`mm Hg`): a unit word whose letters the first
    part spells, `of`, and what is measured, which the second part names by its chemical symbol
    (one capital and maybe a small letter: Hg for mercury, so its letters need not match)."""
    match = _OF_NAME_RE.search(before)
    if match is None or not _UNIT_WORD_RE.fullmatch(match.group("u")):
        return None
    unit = symbol.split(" ")[0]
    if _inside_word(before, match.start()) or not _letters_in_order(unit, match.group("u")):
        return None
    return match.start()


def _inside_word(before: str, start: int) -> bool:
    return start > 0 and (before[start - 1].isalpha() or before[start - 1] == "-")


def _letters_in_order(symbol: str, name: str) -> bool:
    """The symbol's letters, in order, in the name; the first one is the name's first letter."""
    return opens_and_holds(name.lower(), "".join(ch for ch in symbol.lower() if ch.isalpha()))


#: Symbols of units of data, frequency, rate and area, with their prefixes.
_MEASURE_SYMBOL_RE = re.compile(r"(?:[kKMGTPm]i?)?(?:B|b|bit|bits|bps|Hz|B/s|b/s|m2)")
#: Chinese names of those units (`字节` byte, `赫兹` hertz); `位` (bit) is one too at a term's end.
_ZH_UNIT_WORDS = ("字节", "比特", "赫兹", "平方")


def measured_in(term: str, gloss: str) -> bool:
    """True when the English `gloss` is a unit symbol and the Chinese `term` names no unit:
    the quantity the unit measures (`时钟速度（MHz）`), no translation of the symbol. (`位`
    counts only as a word of its own or a term's end: `单位`, unit, is no bit.)"""
    if _MEASURE_SYMBOL_RE.fullmatch(gloss.strip()) is None:
        return False
    return not any(word in term for word in _ZH_UNIT_WORDS) and not (
        term.endswith("位") and term != "单位")
