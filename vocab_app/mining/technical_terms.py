"""Whether a bracket names a technical term and a description before it is glossed by it
(RULES.md DEF, S1b): `names_term` tells a bracket holding only a short technical term from the
short English asides that look like one (`(images)`, `(optional)`, `(left)`, `(stuff)`);
`describes_technical_term` rejects kinds of things named by a tool or
brand (`the library (jieba)`), remarks (`the wound (minor)`), words built on the head
(`the thyroid (thyroidectomy)`) and notes of another word class. Split from
described_terms.py, whose word tests it shares.
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import ALSO_CALLED_RE, is_adjective
from vocab_app.mining.description_words import (
    ASIDE_WORDS,
    COLOURS,
    GENERIC_NOUNS,
    KIND_NOUNS,
    LINKS,
    NUMBER_WORDS,
    PEOPLE_WORDS,
    PRONOUN_HEADS,
    REMARK_ADJECTIVES,
    REMARK_WORDS,
    TERM_WORD_RE,
    TOOL_ENDINGS,
)
from vocab_app.mining.description_words import core_word as _core
from vocab_app.mining.description_words import is_plural as _plural
from vocab_app.mining.en_words import NP_STOP_WORDS, looks_adverb
from vocab_app.mining.rarity import RARE, RENAME_FLOOR, much_rarer, word_rank
from vocab_app.mining.term_first import technical
from vocab_app.mining.when_notes import CONDITION_ENDINGS

#: Endings of adjectives of a class (`viral`, `bacterial`, `genetic`, `infectious`).
CLASS_ADJ_ENDINGS = ("al", "ic", "ous")
#: A lower-case plural noun (`adenoviruses`, `bacilli`, `larvae`).
_PLURAL_NOUN_RE = re.compile(r"[a-z]{4,}(?:[^s]s|ae|[lcr]i)")


def _describing_word(note: str) -> bool:
    """True for a one-word note that is an adjective (`minor`, `loose`, `black`)."""
    return note in REMARK_ADJECTIVES or note in COLOURS or is_adjective(note)


def _no_apostrophe_but_possessive(word: str) -> bool:
    """True for a word without an apostrophe, or a noun's possessive (`golfer's`), not a
    contraction (`it's`, `that's`, `don't`)."""
    if "'" not in word and "’" not in word:
        return True
    return (word[-2:] in ("'s", "’s") and word[:-2].isalpha()
            and word.lower().replace("’", "'") not in NP_STOP_WORDS)


def describes_technical_term(head: str, note: str) -> bool:
    """True when `head`, the description found by `description_start`, is glossed by the
    technical term `note`: a lower-case phrase that is not just a kind of thing (`library`,
    `server`, `file`: a name in brackets after those says which one), and whose word class
    the note keeps (an -ed or -ing note goes with an -ed or -ing head: `released (secreted)`,
    not `the file (deprecated)`)."""
    words = head.split()
    if not words or not head[:1].islower() or not all(_no_apostrophe_but_possessive(w)
                                                      for w in words):
        return False  # (`it's`, `don't`: a clause; `golfer's elbow` is a name)
    last = _core(words[-1])
    if looks_adverb(last) or (len(words) == 1 and last in REMARK_ADJECTIVES):
        return False  # `run the tests locally (pytest)`, `is minor (cosmetic)`: a manner or
        # a remark, no thing the term names
    if " " not in note and (_describing_word(note) or (
            len(words) == 1 and last.endswith(TOOL_ENDINGS))):
        return False  # `the wound (minor)`: a remark; `the formatter (black)`: which tool
    either = _plural(last) and len(note.split()) == 3 and note.split()[1] == "or"
    if len(note.split()) - either > max(2, len(words)) and not ALSO_CALLED_RE.match(note):
        return False  # `the inner ear (sensorineural hearing loss)`: a term says less in more
        # (but things each of which is one of two: `reproductive cells (eggs or sperm)`; `and`
        # may join examples: `board games (chess and checkers)`)
    note_last = _core(note.split()[-1])
    described = len(words) >= 3 and any(_core(w) in LINKS for w in words[1:-1])
    if ((last in KIND_NOUNS or last in GENERIC_NOUNS) and not _renamed_in_plural(words, note)
            or last in PRONOUN_HEADS or (
            last[:5] == note_last[:5] and not (described and " " in note)
            and (len(note_last) <= len(last) + 2 or len(words) == 1))):
        # `the library (jieba)`; `revenue (annual recurring revenue)`; `the thyroid
        # (thyroidectomy)`: a word derived from the head's is no name of it, but of the
        # description around it (`inflammation of the tonsil (tonsillitis)`)
        return False
    stem = last.rstrip("s").removesuffix("e")  # (`lymphocytes` in `lymphocytosis`)
    if (len(words) == 1 and len(stem) >= 6 and stem in note_last
            and not note_last.rstrip("s").endswith(stem)):
        # `cells called eosinophils (hypereosinophilia)`: a condition built on the head word,
        # not a name for it; but a kind of it may be (`proteins (glycoproteins)`)
        return False
    if len(words) == 1 and last.endswith(CLASS_ADJ_ENDINGS) and " " not in note and (
            _PLURAL_NOUN_RE.fullmatch(note) and word_rank(note) >= 2 * word_rank(last)):
        return False  # `bacterial, viral (adenoviruses), or fungal`: rarer things of that
        # class, examples (G2), not a word for the adjective (`renal (kidneys)` may be)
    if len(words) == 1 and (last in COLOURS or is_adjective(last)) and (
            _ONE_WORD_RE.fullmatch(note) and note.endswith(CONDITION_ENDINGS)):
        return False  # `lips turn blue (cyanosis)`: the condition of the clause, not the colour
    first = note.split()[0]
    for suffix in ("ed", "ing"):  # (a longer phrase may be named by a gerund: `periods
        # without food (fasting)`)
        if (first.endswith(suffix) and len(note.split()) == 1 and not last.endswith(suffix)
                and (suffix == "ed" or len(words) < 3)):
            return False
    return True


def _renamed_in_plural(words: list[str], note: str) -> bool:
    """True when a compound in the plural is renamed by one technical word in the plural
    (`ultrasound tests (sonograms)`), or a plural word by a far rarer one, rank RARE or beyond
    (`parts (subunits)`; not `parts (screws)`): a name for the things, not which tool or brand
    is meant (`the library (jieba)`, `the test runner (pytest)`)."""
    return ((len(words) >= 2 or word_rank(note) >= RARE and much_rarer(note, [words[-1]]))
            and " " not in note
            and _plural(_core(words[-1])) and _plural(note) and not note.endswith("ss"))


#: One lower-case word: the shape of a technical term in brackets.
_ONE_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def sentence_case_description(head: str, note: str) -> bool:
    """True for a plain description that opens its sentence, glossed by a technical term of one
    or two words (`High blood pressure (hypertension) can …`, `Dry mouth (xerostomia) is …`,
    `Heart attack (myocardial infarction) …`, `Taste (gustation) is …`): one to four
    content words, only the first capitalised, the note much rarer than the words or Greek or
    Latin in its ending. The capital only opens the sentence; a name is one word (`Tylenol
    (acetaminophen)`), and a heading's note is plain words (`Plain heads (tiny note)`)."""
    words = head.split()
    # (a heading capitalises both: `Taste (Gustation)`)
    note_words = [w.lower() if w[1:].islower() else w for w in note.split()]
    if not 1 <= len(words) <= 4 or not 1 <= len(note_words) <= 2 or not all(
            _ONE_WORD_RE.fullmatch(w) for w in note_words):
        return False
    # a two-word technical term counts by its rarer word (`Heart attack (myocardial infarction)`)
    note = max(note_words, key=word_rank)
    if any(w.lower() in NP_STOP_WORDS for w in words):
        return False  # `Patients who took the larger doses (tablets)`: a clause, not a name
    if not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    if not all(_ONE_WORD_RE.fullmatch(w) for w in words[1:]):
        return False
    plain = [w.lower() for w in words]
    if len(words) == 1 and (len(note_words) > 1 or not much_rarer(note, plain)):
        return False  # one word: an everyday word and a much rarer note (`Taste (gustation)`),
        # not a name (`Tylenol (acetaminophen)`: as rare as its note)
    if note.startswith("anti") and len(note) >= 9 and not any(w.startswith("anti") for w in plain):
        return True  # `Blood thinners (anticoagulants)`: a drug class named by what it acts on
    if len(note_words) == 1 and _renamed_in_plural(plain, note):
        return True  # `Nerve cells (neurons) in the brain …`: a plural compound renamed
    return much_rarer(note, plain) or (technical(note) and note[:5] not in {w[:5] for w in plain})


def names_term(note: str) -> bool:
    """True when the bracket `note` holds only a short technical term: one to four lower-case
    words, no digits, no function word but `of` (and an `and`/`or` joining two words), one word
    of five letters or more (four when rare: `ions`) that is not an adverb or an aside word
    (`hypertelorism`, `cleft palate`, `fifth finger clinodactyly`, `miscarriages and
    stillbirths`)."""
    words = note.split()
    if not 1 <= len(words) <= 4 or not all(TERM_WORD_RE.fullmatch(w) for w in words):
        return False
    for k, w in enumerate(words):
        if w == "of" and 0 < k < len(words) - 1:
            continue
        if w in ("and", "or") and len(words) == 3 and k == 1:
            continue
        if w in NP_STOP_WORDS or w in NUMBER_WORDS:
            return False
    if len(words) == 1:
        w = words[0]
        # (a four-letter word only when rare: `ions`, not `cats`)
        return ((len(w) >= 5 or len(w) == 4 and word_rank(w) >= RENAME_FLOOR)
                and not looks_adverb(w) and w not in ASIDE_WORDS and w not in PEOPLE_WORDS)
    # not a remark: `(lightly edited)`, `(code available online)`
    return not words[-1].endswith("ed") and words[-1] not in PEOPLE_WORDS and not any(
        looks_adverb(w) or w in ASIDE_WORDS or w in REMARK_WORDS for w in words)
