"""English-headed pairs: an English term with a Chinese gloss (en-zh, rule B2/B4) and two
English sides (abbr: a short form and its long form in either order, clipped words; def: a
note or a plain description saying what the head means, or the technical word for a plain
description). `find_glosses` (glosses.py) calls `en_zh_pairs` and `en_en_pairs` once it knows
the head is English.
"""

from __future__ import annotations

import re

from vocab_app.mining.chemical_names import chemical_name_pair
from vocab_app.mining.clause_notes import clause_note_start, eponym
from vocab_app.mining.def_noise import (
    coordinated_term_start,
    names_coordinated_pair,
    names_participle_subject,
    narrows_to_instance,
    offers_other_case,
    participle_subject_start,
    points_elsewhere,
    says_which_whole,
)
from vocab_app.mining.definitions import ALSO_CALLED_RE, is_adjective
from vocab_app.mining.description_bounds import (
    after_unrendered_adjective,
    picked_adjective_start,
)
from vocab_app.mining.description_modifiers import after_frequency_word
from vocab_app.mining.description_pairs import DEGREE_END_RE, described_pair
from vocab_app.mining.document_names import is_document_number
from vocab_app.mining.en_terms import english_term_start, noun_phrase_start, phrasal_verb_start
from vocab_app.mining.en_titles import heading_in_sentence_case, is_title_case, name_with_of_start
from vocab_app.mining.english_abbreviations import LONG_FORM_REACH as _LONG_FORM_REACH
from vocab_app.mining.english_abbreviations import (
    abbreviation_core,
    abbreviation_pairs,
    alternative_short_forms,
)
from vocab_app.mining.etymology_notes import named_from_start, source_word_start
from vocab_app.mining.lang import CJK_RE, is_cjk
from vocab_app.mining.latin_runs import in_chinese_context
from vocab_app.mining.lead_in_names import other_english_names
from vocab_app.mining.lone_words import lone_rare_word_start
from vocab_app.mining.model import GlossHit, Style
from vocab_app.mining.noise import (
    chinese_aside,
    english_aside,
    foreign_latin_words,
    is_biographical,
    is_definition,
)
from vocab_app.mining.other_names import eponym_for_condition
from vocab_app.mining.plain_words import plain_word_for
from vocab_app.mining.proper_names import (
    binomial_style,
    camel_brand,
    lists_brands,
    proper_name_start,
)
from vocab_app.mining.rarity import (
    explained_by_phrase,
    explained_word_start,
    much_rarer,
    renamed_by_plain_word,
)
from vocab_app.mining.relative_descriptions import (
    process_description_start,
    relative_description_start,
)
from vocab_app.mining.run_in_headings import title_case_note
from vocab_app.mining.short_definitions import (
    comparative_for_adjective,
    describes_place,
    is_plural,
    misspells_word_before,
    names_parts,
    renames_plural,
    same_noun_synonym,
)
from vocab_app.mining.stage_directions import direction_translates, is_chinese_stage_direction
from vocab_app.mining.substituted_words import substitution_start, variant_start
from vocab_app.mining.technical_terms import names_term
from vocab_app.mining.trouble_descriptions import names_clause_condition, trouble_start
from vocab_app.mining.whole_descriptions import ability_start, names_long_ability
from vocab_app.mining.word_for_word import modifies_noun_after, word_gloss_start
from vocab_app.mining.word_roots import word_parts_start
from vocab_app.mining.zh_gloss_notes import (
    count_note,
    position_note,
    rate_note,
    remark_note,
    time_qualifier,
)
from vocab_app.mining.zh_names import person_with_role

#: (compiled once: these run per bracket)

_LONG_RUN = 5  # words: a Latin run this long inside Chinese text is a clause, not a term


def make_hit(text: str, t0: int, t1: int, g0: int, g1: int, style: Style) -> GlossHit:
    """The hit for term `text[t0:t1]` and gloss `text[g0:g1]`."""
    return GlossHit(text[t0:t1], text[g0:g1], style, (t0, t1), (g0, g1))


def translates_run(run: str, term: str, gloss: str) -> bool:
    """True when the Chinese `gloss` is too long for the `term` at the end of the English `run`
    and about as long as the run: it translates the clause (`connect methods to actual research
    pain points（把方法和真实研究痛点对应起来）`), not the term (G5)."""
    run_words, term_words = len(run.split()), len(term.split())
    chars = sum(1 for ch in gloss if is_cjk(ch))
    return (run_words >= term_words + 2 and chars >= 3 * term_words + 5
            and chars <= 3 * run_words)


def en_zh_pairs(text: str, t0: int, t1: int, g0: int, g1: int, fixed: bool,
                named: bool = False, close: int | None = None) -> list[GlossHit]:
    """The en-zh pair(s) of the English head ending at `t1` (its Latin run starting at `t0`,
    or the term itself when `fixed`) and the Chinese gloss `text[g0:g1]`; `close` is where the
    bracket closes when the gloss is one of several parts (the text after it is the context,
    not the other parts); `named` says a lead-in called the gloss another name."""
    gloss = text[g0:g1]
    if gloss.count("、") >= 2 or " + " in gloss or person_with_role(text[t0:t1], gloss):
        return []  # `token（产品编码、函数名、稀有名词）`, `（A + B + C）`: things listed (G2)
    if len(gloss) > t1 - t0 and text.endswith(gloss, 0, t1):
        return []  # `损失 landscape（损失 landscape）`: the bracket repeats the words before it
    names = (other_english_names(text, t0, t1, g0, g1, named)
             if fixed or " " not in text[t0:t1] else None)
    if names is not None:  # `F-score (又称 F-measure 或 F-metric)`: def pairs, no en-zh
        return names
    # English prose, or a whole English clause inside Chinese text: the noun phrase only
    # (unless quotes or the author's emphasis fixed the term).
    if not fixed and (len(text[t0:t1].split()) >= _LONG_RUN
                       or not in_chinese_context(text, t0, max(g1, close or 0) + 1)):
        run0 = t0
        p0 = phrasal_verb_start(text, t0, t1, gloss)
        t0 = p0 if p0 < t1 else english_term_start(text, t0, t1, gloss)
        if t0 >= t1 or translates_run(text[run0:t1], text[t0:t1], gloss):
            return []
    elif not fixed:
        t0 = _after_clause_verb(text, t0, t1, gloss)
    head = text[t0:t1]
    if (position_note(gloss, head) or time_qualifier(gloss, head) or count_note(gloss, head)
            or rate_note(gloss, head) or remark_note(gloss)):
        return []
    if is_chinese_stage_direction(gloss) and not direction_translates(gloss, head):
        return []  # `Right (笑)`, `That's a great question (掌声)`: a stage direction (G3)
    # A name the head lacks marks a description (`Demis(现在 DeepMind CEO)`), unless a lead-in
    # said the gloss is another name for the head (`GPT-like（也称自回归 Transformer 模型）`).
    if chinese_aside(gloss) or (foreign_latin_words(gloss, head) and not named) or (
            is_biographical(head, gloss)):
        return []
    if head.isdigit() or (len(head) == 1 and head.islower() and text[t1:t1 + 1] in "(（"):
        return []  # `f(业务需求)`: a one-letter function applied to its argument, notation
    if is_document_number(head):
        return []  # `EIP-8141（框架交易）`: a document's number and its title, no term (G3)
    split = _split_coordinated(text, t0, t1, g0, g1)
    if split and not is_title_case(head):  # a title is one term (`Pride and Prejudice`)
        return split
    return [make_hit(text, t0, t1, g0, g1, "en-zh")]


_CLAUSE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|does|do|did|will|would|can|could"
    r"|should|may|might|must|becomes?|seems?)\s+", re.I)
_ZH_COPULA = frozenset("是即为")


def _after_clause_verb(text: str, t0: int, t1: int, gloss: str) -> int:
    """Start of the term in an English clause inside Chinese text (`reward transition is
    stochastic（随机的）` → stochastic): after its last finite verb, when the Chinese gloss,
    which has no copula of its own, is too short to translate the whole clause."""
    verbs = list(_CLAUSE_VERB_RE.finditer(text, t0, t1))
    last = verbs[-1] if verbs else None
    if last is None or last.end() >= t1 or is_title_case(text[t0:t1]):
        return t0
    core = gloss.rstrip("的地")
    if any(ch in _ZH_COPULA for ch in core):
        return t0
    if len(CJK_RE.findall(core)) // 2 >= len(text[t0:t1].split()):
        return t0
    return last.end()


_EN_AND_RE = re.compile(r"\s+(?:and|or|&)\s+")
_ZH_AND_RE = re.compile(r"\s*(?:和|与|及|以及|或|或者|、)\s*")


def _split_coordinated(text: str, t0: int, t1: int, g0: int, g1: int) -> list[GlossHit]:
    """S2 for an English head: `pre-training and fine-tuning(预训练和微调)` gives one pair per
    term when both sides hold exactly two coordinated parts; else nothing."""
    en = list(_EN_AND_RE.finditer(text, t0, t1))
    zh = list(_ZH_AND_RE.finditer(text, g0, g1))
    if len(en) != 1 or len(zh) != 1:
        return []
    (a, b), (c, d) = (en[0].span(), zh[0].span())
    if a == t0 or b == t1 or c == g0 or d == g1:
        return []
    return [make_hit(text, t0, a, g0, c, "en-zh"), make_hit(text, b, t1, d, g1, "en-zh")]


def en_en_pairs(text: str, t0: int, t1: int, g0: int, g1: int, labelled: bool,
                lo: int, marked: bool = False, equivalent: bool = False) -> list[GlossHit]:
    """The abbr or def pairs of the English head `text[t0:t1]` and its English gloss, without
    a def whose note points back into the text or sets two things against each other."""
    hits = _en_en_pairs(text, t0, t1, g0, g1, labelled, lo, marked, equivalent)
    sentence_case = None if hits else heading_in_sentence_case(text, lo, g0, g1)
    if sentence_case is not None:  # `Taste (Gustation)`: a heading read as a sentence
        hits = [make_hit(text, *h.term_span, *h.gloss_span, "def")
                for h in _en_en_pairs(sentence_case, t0, t1, g0, g1, labelled, lo, marked,
                                      equivalent) if h.style == "def"]
    hits = [h for h in hits if not offers_other_case(h.term, h.gloss) and (h.style != "def" or not (
        points_elsewhere(h.gloss)
        or names_coordinated_pair(text, lo, h.term_span[0], h.term, h.gloss)))]
    hits = [_widened(text, lo, h) if h.style == "def" else h for h in hits]
    return [h for h in hits if h.style != "def" or not names_clause_condition(h.term, h.gloss)]


def _widened(text: str, lo: int, hit: GlossHit) -> GlossHit:
    """`hit` with its one-word term widened to `A or B` when the note explains both words,
    and back to the trouble a condition's name names (`bluish appearance of the skin or lips
    (cyanosis)`, trouble_descriptions.py)."""
    c0 = coordinated_term_start(text, lo, hit.term_span[0], hit.term, hit.gloss)
    if c0 != hit.term_span[0] and modifies_noun_after(text, hit.term, hit.gloss_span[1]):
        c0 = hit.term_span[0]
    c0 = trouble_start(text, lo, c0, hit.gloss)
    if c0 == hit.term_span[0]:
        return hit
    return make_hit(text, c0, hit.term_span[1], *hit.gloss_span, "def")


def _en_en_pairs(text: str, t0: int, t1: int, g0: int, g1: int, labelled: bool,
                 lo: int, marked: bool = False, equivalent: bool = False) -> list[GlossHit]:
    words = text[t0:t1].split()
    last = words[-1] if words else ""
    if marked and len(words) > 1:
        last = ""  # a marked phrase is the term as a whole, not its last word
    r0 = word_parts_start(text, max(lo, t0), t1, text[g0:g1]) if not labelled else None
    if r0 is None and not labelled:  # `tectum (from the Latin word roof)`: its source word
        r0 = source_word_start(text, max(lo, t0), t1, text[g0:g1])
    if r0 is None and not labelled:  # `fascioliasis (Fasciola infection)`: named after it
        r0 = named_from_start(text, max(lo, t0), t1, text[g0:g1])
    if r0 is not None:  # `monomers (mono- = "one"; -mer = "part")`: the word by its parts
        return [make_hit(text, r0, t1, g0, g1, "def")]
    # The abbreviation or expansion may come with a lead-in or a trailing note:
    # `(or LLMs)`, `(LLMs for short)`, `(retrieval-augmented generation, a way to …)`.
    a0, a1 = abbreviation_core(text, g0, g1, last)
    brands = lists_brands(text[g0:g1])  # (`DiaBeta, Glynase`: no short forms)
    abbr = None if brands else abbreviation_pairs(text, t0, t1, a0, a1, lo, marked, equivalent)
    if abbr == [] and camel_brand(text[g0:g1]):  # `calcium acetate (PhosLo)`: a brand
        abbr, brands = None, True
    if abbr is None and not brands:  # `(EKG or ECG)`: two short forms of the head, each its pair
        abbr = alternative_short_forms(text, t0, t1, g0, g1, lo, marked)
    if abbr is not None:
        return abbr
    if not marked and not labelled:  # `acetyl fentanyl (N-(1-phenethylpiperidin-4-yl)-…)`
        chemical = chemical_name_pair(text, t0, t1, g0, g1)
        if chemical:
            return chemical
    gloss = text[g0:g1]
    if not marked and not labelled and gloss.startswith(("where ", "between ")):
        # `groin (where the thigh meets the abdomen)`: a place said by where it is
        n0 = noun_phrase_start(text, max(lo, t1 - _LONG_FORM_REACH), t1, note=gloss)
        if n0 < t1 and describes_place(text[n0:t1], gloss,
                                       text[max(lo, n0 - _LONG_FORM_REACH):n0]):
            return [make_hit(text, n0, t1, g0, g1, "def")]
    if not marked and not labelled:
        # `endocrine system (which produces hormones)`, `nares (or nostrils)`, `benign (not
        # cancer)`: a clause, a space, another name or a negation (clause_notes.py)
        c0 = clause_note_start(text, lo, t1, gloss, g1)
        if c0 is not None:
            return [make_hit(text, c0, t1, g0, g1, "def")]
    if not marked and not labelled:  # `less salt (less sodium)`: one word swapped
        s0 = substitution_start(text, max(lo, t0), t1, gloss)
        if s0 is None:  # `Trans fatty acids (trans fats)`: the head said another way
            s0 = variant_start(text, max(lo, t0), t1, gloss)
        if s0 is not None:
            return [make_hit(text, s0, t1, g0, g1, "def")]
    if not marked and not labelled:  # `warfarin (Coumadin)`, `tick (Ixodes scapularis)`
        p0 = proper_name_start(text, max(lo, t0), t1, gloss)
        if p0 is not None:  # (`Helicobacter pylori (H. pylori)`: a short form of the name)
            return [make_hit(text, p0, t1, g0, g1, binomial_style(text[p0:t1], gloss))]
    if not labelled and english_aside(gloss):
        return []
    if ("?" in gloss or "!" in gloss) and not labelled:  # a question is not a note
        return []
    if not labelled and same_noun_synonym(words, gloss):
        # `CT scan (CAT scan)`: another short form of the same noun
        s0 = t1 - len(" ".join(words[-2:]))
        if text[s0:t1] == " ".join(words[-2:]):
            return [make_hit(text, s0, t1, g0, g1, "def")]
    if not labelled and misspells_word_before(text[max(lo, t1 - 80):t1], gloss):
        return []
    if not marked and not labelled and " and " in gloss:
        # `central nervous system (brain and spinal cord)`: the parts of a whole
        n0 = noun_phrase_start(text, max(lo, t1 - _LONG_FORM_REACH), t1, note=gloss)
        if n0 < t1 and names_parts(text[n0:t1], gloss,
                                   text[max(lo, n0 - _LONG_FORM_REACH):n0]):
            return [make_hit(text, n0, t1, g0, g1, "def")]
    if not marked and not labelled:
        # `noncancerous (benign) growths`, `is active (expressed)`: one word for one word
        w0 = word_gloss_start(text, lo, t1, g0, g1)
        if w0 is not None:
            return [make_hit(text, w0, t1, g0, g1, "def")]
        # `glucose (sugar)`: a plainer, shorter word for the word before the bracket
        p0 = plain_word_for(text, max(lo, t0), t1, gloss)
        if p0 is not None:  # (`the large intestine (colon)`: the adjective is in the name)
            return [make_hit(text, picked_adjective_start(text, lo, p0, gloss), t1, g0, g1,
                             "def")]
        # `widely spaced eyes (hypertelorism)`: the plain words, glossed by the technical one
        # (maybe with a lead-in: `medications that constrict vessels (called vasoconstrictors)`)
        called = ALSO_CALLED_RE.match(gloss)
        note = gloss[called.end():] if called else gloss
        if names_term(_ARTICLE_RE.sub("", note.lower() if title_case_note(text, g0, g1) else note)):
            # the word before much rarer than the note: the other order first (`gene
            # mutations (changes)`: a plain word for `mutations`)
            # (and a class with what sets it apart, `a bundle of nerve fibers`, is a
            # definition of the word before, not a name for a description before it)
            hits = (_noun_phrase_pair(text, t0, t1, g0, g1, labelled, lo, marked)
                    if last.islower() and (much_rarer(last, gloss.split())
                                           or _GENUS_NOTE_RE.match(gloss)) else [])
            l0 = None
            if not hits and not called:  # `the process by which … (differentiation)`, or
                l0 = process_description_start(text, lo, t1, note)  # one rare word
                l0 = lone_rare_word_start(text, lo, t1, gloss) if l0 is None else l0
            hits = hits or ([make_hit(text, l0, t1, g0, g1, "def")] if l0 is not None
                            else described_pair(text, t1, g0, g1, lo))  # (`in physiology (…)`)
            r0 = None if hits else relative_description_start(text, lo, t1)
            if r0 is not None:  # `such as weakness that affects one side (hemiparesis)`
                hits = [make_hit(text, r0, t1, g0, g1, "def")]
            # a name before the bracket (`Hypoglycemia (low blood sugar)`), another name for
            # it or a plain `of` phrase (`dyspnea (shortness of breath)`): a note on the head
            if hits or not (called or " of " in gloss or last[:1].isupper() or eponym(words)
                            or _adjective_and_noun(gloss) or _plural_description(last, gloss)):
                return hits

    return _noun_phrase_pair(text, t0, t1, g0, g1, labelled, lo, marked)


def _noun_phrase_pair(text: str, t0: int, t1: int, g0: int, g1: int, labelled: bool,
                      lo: int, marked: bool) -> list[GlossHit]:
    """The def pair of the noun phrase before the bracket and its note, when the note defines
    it (definitions.py, short_definitions.py); else nothing."""
    gloss = text[g0:g1]
    n0 = t0 if marked else noun_phrase_start(text, max(lo, t1 - _LONG_FORM_REACH), t1,
                                             note=gloss)
    if n0 >= t1:
        return []
    if not marked:
        n0 = after_frequency_word(text, n0, t1)  # `regular complete blood counts (a type …)`
        n0 = after_unrendered_adjective(text, n0, t1, gloss, comparatives_only=True)
        n0 = name_with_of_start(text, lo, n0)  # `the Mosuo of China (also called the Na)`
        if not labelled and text[n0:t1].islower():
            # `gene mutations (changes)` → mutations
            words = text[n0:t1].split()
            keep = explained_word_start(words, gloss.split())
            if keep:
                n0 = t1 - len(words[-1])
    head = text[n0:t1]
    before = text[max(lo, n0 - _LONG_FORM_REACH):n0]
    if " " in gloss and DEGREE_END_RE.search(text, max(lo, n0 - 12), t1):
        return []  # `grows very large (memory pressure)`: a state, not a word defined
    if narrows_to_instance(head, gloss) or says_which_whole(gloss):
        return []  # `testing (i.e. mass spectrometry)`, `a study (part of the X project)`
    if names_participle_subject(before, gloss):
        # `a needle or tube inserted into a vein (called intravenous injection)`: the name is
        # of the thing inserted, with what the participle says of it
        s0 = participle_subject_start(text, lo, n0)
        return [make_hit(text, s0, t1, g0, g1, "def")] if s0 is not None else []
    if names_long_ability(text, lo, t1, gloss):  # `fail to grow … at the expected rate (…)`
        a0 = ability_start(text, lo, t1, gloss)  # (the whole phrase, when no verb of its own)
        return [] if a0 is None else [make_hit(text, a0, t1, g0, g1, "def")]
    if is_biographical(head, gloss) or not (
            is_definition(head, gloss, labelled, before) or eponym_for_condition(head, gloss)
            or (not labelled and (renames_plural(head, gloss, before)
                                  or renamed_by_plain_word(head, gloss)
                                  or explained_by_phrase(head, gloss)
                                  or comparative_for_adjective(head, gloss, before)))):
        return []
    return [make_hit(text, n0, t1, g0, g1, "def")]


def _plural_description(last: str, note: str) -> bool:
    """True for a note of two words, or a longer one in the plural after a plural head
    (`granulocytes (white blood cells)`), that may describe the head rather than name a term."""
    words = note.split()
    return len(words) == 2 or (len(words) >= 3 and is_plural(last) and is_plural(words[-1]))


def _adjective_and_noun(note: str) -> bool:
    """True for a note of three words or more opening with a plain adjective, which may
    describe the head (`Lymph nodes (small bean-shaped organs)`) rather than name a term."""
    words = note.split()
    return len(words) >= 3 and is_adjective(words[0])


_ARTICLE_RE = re.compile(r"^(?:an?|the)\s+")
#: `a bundle of nerve fibers`, `an organ that …`: a class noun and what sets it apart.
_GENUS_NOTE_RE = re.compile(r"an?\s+[a-z]+\s+(?:of|that|which|who)\s")
