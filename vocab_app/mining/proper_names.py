"""A rare common noun glossed by a proper name in brackets: a drug by its brand name
(`warfarin (Coumadin)`, `cyclosporine (Restasis)`) or a creature by its Latin name
(`black-legged tick (Ixodes scapularis)`, `fruit fly (D. melanogaster)`). Health pages and
textbooks gloss this way, and a learner meets both names, so the pair is a definition (DEF).

A capitalised note after an everyday word is something else: a person or a company
(`diagnosed (Becker)`, `the model (Claude)`), a heading's category (`Viral (Picornaviradae)`),
a title (`kidney (Renal Cell)`). So the brand follows a rare lower-case noun, and both the
brand and the Latin words are rare themselves.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import KIND_NOUNS, PEOPLE_WORDS, TOOL_NOUNS
from vocab_app.mining.en_terms import noun_phrase_start
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.model import Style
from vocab_app.mining.rarity import RARE, word_rank

#: One brand or several (`Coumadin`, `Depade, ReVia, Vivitrol`).
_BRAND = r"[A-Z][A-Za-z]{3,}(?: [A-Z]{2,3})?"  # (`Glucotrol XL`: a release form's letters)
_BRANDS_RE = re.compile(rf"{_BRAND}(?:, {_BRAND})*(?:,? (?:or|and) {_BRAND})?")
_BRAND_WORD_RE = re.compile(_BRAND)
#: `Ixodes scapularis`, `D. melanogaster`, `Sarcoptes scabiei var. hominis`, a genus named
#: alone (`Glossina species`, `Glossina spp.`); the species word in lower case.
_BINOMIAL_RE = re.compile(r"([A-Z][a-z]{2,}|[A-Z]\.) ([a-z]{3,}\.?)(?: (?:var|subsp)\. [a-z]{3,})?")
_GENUS_ONLY = frozenset({"species", "spp.", "sp."})
#: The word before the bracket; a capital may open a sentence or a list item (`- Disulfiram
#: (Antabuse) makes …`), a lower-case word follows.
_HEAD_RE = re.compile(r"(?<![\w.-])([A-Za-z][a-z-]{2,})\Z")
#: A rare lower-case word joined by `+` to the drug before the bracket: a combination product.
_COMBINED_RE = re.compile(r"(?<![\w.-])([a-z][a-z-]{2,}) \+ \Z")
#: Endings of a word for someone or something that acts (`chatbot (Claude)` names one of them):
#: no brand renames those.
_AGENT_ENDINGS = ("er", "or", "ist", "bot", "ware")
#: Endings of an adjective, a participle or an adverb: no name renames those.
_MODIFIER_ENDINGS = ("ed", "ing", "ly", "al", "ic", "ous", "ive", "ful")
#: Endings of a disease's name: `Acanthamoeba keratitis` names an illness after its genus, it
#: is no creature's binomial (`illness involving the eye (Acanthamoeba keratitis)`); and the
#: binomial after an illness names its cause, not the illness.
_DISEASE_ENDINGS = ("itis", "osis", "iasis", "emia", "oma", "pathy", "algia")
#: The second word of a drug that is a salt (`calcium carbonate`, `cinacalcet hydrochloride`).
_SALTS = word_set("""carbonate bicarbonate acetate hydrochloride sulfate sulphate citrate
phosphate chloride bromide maleate tartrate succinate mesylate besylate fumarate gluconate
lactate oxide hydroxide nitrate sodium potassium""")
_SALT_RE = re.compile(r"(?<![\w.-])([A-Za-z][a-z-]{2,}) [a-z]+\Z")
#: How far left the noun phrase of a Latin name may reach.
_REACH = 60


def lists_brands(note: str) -> bool:
    """True for two or more brand-shaped names listed in one bracket (`Depade, ReVia,
    Vivitrol`): after a drug, its brands are one gloss, not one equivalent each (E1)."""
    return "," in note and _BRANDS_RE.fullmatch(note.strip()) is not None


def camel_brand(note: str) -> bool:
    """True for one name in camel case with a run of small letters (`PhosLo`, `DiaBeta`): when
    it spells no long form before it, it is a brand, not a short form (`LoRA`, `CoT` are
    short forms in shape; `PharmD` may spell `Doctor of Pharmacy`)."""
    note = note.strip()
    if not (note.isascii() and note.isalpha() and note[:1].isupper()
            and any(ch.isupper() for ch in note[1:])):
        return False
    runs = _LOWER_RUN_RE.findall(note)
    return sum(map(len, runs)) >= 4 and max(map(len, runs), default=0) >= 3


_LOWER_RUN_RE = re.compile(r"[a-z]+")


def proper_name_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the term before `t1` that the bracket `note` names by a brand or a Latin name,
    or None. A brand (one capitalised rare word) renames the rare lower-case word right before
    the bracket; a Latin binomial names the noun phrase before it (`western black-legged tick`),
    whose last word is a lower-case noun."""
    note = note.strip()
    head = _HEAD_RE.search(text, max(lo, t1 - 40), t1)
    if head is None:
        return None
    word = head.group(1).lower()
    if word in KIND_NOUNS or word in PEOPLE_WORDS or word in TOOL_NOUNS:
        return None
    if _BRANDS_RE.fullmatch(note):
        brands = _BRAND_WORD_RE.findall(note)
        salt = _SALT_RE.search(text, max(lo, head.start() - 30), t1) if word in _SALTS else None
        if salt is not None and salt.group(1).lower() not in NP_STOP_WORDS and all(
                word_rank(b.lower()) >= RARE for b in brands):
            return salt.start()  # `calcium acetate (PhosLo)`: the salt is one drug's name
        if (word_rank(word) >= RARE and all(word_rank(b.lower()) >= RARE for b in brands)
                and not word.endswith(_AGENT_ENDINGS + _MODIFIER_ENDINGS)):
            combined = _COMBINED_RE.search(text, max(0, head.start() - 40), head.start())
            # `glipizide + metformin (Metaglip)`: the brand names the combination
            return combined.start() if combined and word_rank(combined.group(1)) >= RARE else (
                head.start())
        return None
    short = _SHORT_BINOMIAL_RE.search(text, max(lo, t1 - 60), t1)
    if short is not None and binomial_style(short.group(), note) == "abbr":
        return short.start()  # `Helicobacter pylori (H. pylori)`: the name, not the class
    latin = _BINOMIAL_RE.fullmatch(note)
    if latin is None or head.group(1)[0].isupper() or (
            len(word) > 5 and word.endswith(_MODIFIER_ENDINGS)):  # (not `fly`)
        return None
    genus, species = latin.groups()
    if word.endswith(_DISEASE_ENDINGS) or word[:5] == genus[:5].lower():
        return None  # `toxoplasmosis (Toxoplasma gondii)`: the cause of the illness named
    if species in _GENUS_ONLY:
        species = genus.lower()  # (then the genus must be rare, as a species word is)
    if species.endswith(_DISEASE_ENDINGS) or word_rank(species) < RARE or (
            len(genus) > 2 and word_rank(genus.lower()) < RARE):
        return None
    n0 = noun_phrase_start(text, max(lo, t1 - _REACH), t1, note=note)
    return n0 if n0 < t1 else None


#: A genus and species before the bracket (`Helicobacter pylori`).
_SHORT_BINOMIAL_RE = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,} [a-z]{3,}\Z")


def binomial_style(term: str, note: str) -> Style:
    """`abbr` when the note abbreviates the genus of the binomial `term` to its initial and
    keeps the species (`Helicobacter pylori (H. pylori)`, `Escherichia coli (E. coli)`),
    else `def`."""
    parts, short = term.split(), note.strip().split()
    ok = (len(parts) == 2 and len(short) == 2 and short[0] == parts[0][0] + "."
          and short[1] == parts[1])
    return "abbr" if ok else "def"
