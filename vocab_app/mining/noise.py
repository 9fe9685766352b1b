"""Telling glosses from other parentheticals (rules G1–G9 of tests/data/gold/RULES.md), and the
gloss clean-up of rule T1.

Each check is a general classifier over the bracket's text (and, for biographies and
definitions, the head before it); none of them knows a string of the seeds.
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import (
    ALSO_CALLED_RE,
    OR_NAME_RE,
    defines_other_word,
    describes_head,
    is_list,
    is_name,
    participle_for_participle,
    points_at_one,
    points_back,
)
from vocab_app.mining.document_names import is_document_number, is_dotted_code_name
from vocab_app.mining.lang import has_latin, word_set

#: (compiled once: these run per bracket)
_SENTENCE_BREAK_RE = re.compile(r"[.;:]\s+\S")
_COMMA_OR_AND_RE = re.compile(r",|\b(?:and|or)\b")

# --- T1: clean-up -------------------------------------------------------------------------

_NOTE_LABEL_RE = re.compile(r"\s*(?:note|notes|n\.b\.|注|注释|译注|译者注)\s*[:：]\s*", re.I)
_TRAILING = " \t,;.。,，;；、"


def note_label_end(text: str, start: int, end: int) -> int:
    """Index after a leading note label (`Note:`, `注:`) in `text[start:end]`, else `start`."""
    m = _NOTE_LABEL_RE.match(text, start, end)
    return m.end() if m else start


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim `text[start:end]` to its gloss (rule T1): surrounding whitespace, a leading note
    label and trailing stray punctuation (`, ; . 。`) go; everything inside stays."""
    while start < end and text[start].isspace():
        start += 1
    start = note_label_end(text, start, end)
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, dotted_end(text, start, end)


#: A dotted short form of capitals at the end of a gloss, its last dot trimmed: `P.A.D`, `U.S`.
_DOTTED_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\Z")


def dotted_end(text: str, start: int, end: int) -> int:
    """`end`, or one further when the trim took the last dot of a dotted short form
    (`P.A.D.`, `U.S.`): that dot is part of the abbreviation, not stray punctuation (T1)."""
    if text[end:end + 1] == "." and _DOTTED_END_RE.search(text, start, end):
        return end + 1
    return end


# --- G3/G9: URLs, domains, numbers, stage directions, editorial remarks --------------------

_LATIN_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")
_URL_RE = re.compile(
    r"https?://|www\.|@\w|\barxiv\b|\bdoi\b"
    r"|\b[\w-]+\.(?:com|org|net|io|ai|cn|edu|gov|co|dev|uk|de|jp|me|app)\b", re.I)
#: A word: two letters, a Chinese character, or a short form with a digit (`5G`, `P2P`); a
#: letter and digits alone are a model number or code (`R1`, `A100`), not a gloss; dotted
#: capitals are a short form (`U.S.`).
_LETTERS2_RE = re.compile(r"[A-Za-z]{2}|[\u4e00-\u9fff]|\d[A-Z]|[A-Z]\d[A-Z]|[A-Z]\.[A-Z]\.")
_YEARISH_RE = re.compile(r"^\s*(?:c\.|ca\.|circa|about|around)?\s*\d{1,4}(?:s|年代?|年)?\s*$")
_ORDINAL_RE = re.compile(r"^\s*\d+(?:st|nd|rd|th)\b")

STAGE_DIRECTIONS = word_set("""
laughs laugh laughter laughing chuckles chuckle chuckling sighs sigh applause clapping music
inaudible crosstalk silence pause pauses cheers cheering coughs cough sic unintelligible indistinct
groans smiles smiling nods""") | {"background noise", "both laugh", "audience laughs",
       "slightly abridged", "abridged", "edited", "emphasis added", "emphasis mine", "translated",
       "excerpt", "paraphrased", "edited for length", "edited for clarity"}
# Chinese stage directions (笑, 掌声) need no list: after a Chinese head they are zh-zh notes,
# and after an English word they may well translate it (`music(音乐)`).


_TEMPLATE_RE = re.compile(r"\{\{|\}\}|\{%|%\}")


#: Single capitals joined by `&` or `/`: a short form (`R&D`, `I/O`, `Q&A`), though no two
#: letters stand together.
_JOINED_INITIALS_RE = re.compile(r"[A-Z](?:[&/][A-Z])+s?")


def is_joined_initials(gloss: str) -> bool:
    """True for single capitals joined by `&` or `/` (`R&D`, `I/O`, `Q&A`): after an English
    head, a short form whose long form may stand before it, though it has no word in it. (After
    a Chinese head such a bracket is as often a variable's notation: `通道数（C/K）`.)"""
    return _JOINED_INITIALS_RE.fullmatch(gloss) is not None


def is_reference_or_number(gloss: str) -> bool:
    """URLs and domains (G3, G9), years, bare numbers and document numbers (G3), dotted code
    names and template markup left by a site generator (`{{< tooltip … >}}`, `{% … %}`: code,
    M3), and text with no word in it."""
    if _may_be_url(gloss) and _URL_RE.search(gloss) or _TEMPLATE_RE.search(gloss):
        return True
    if (_YEARISH_RE.match(gloss) or _ORDINAL_RE.match(gloss) or is_document_number(gloss)
            or is_dotted_code_name(gloss)):
        return True
    return _LETTERS2_RE.search(gloss) is None


def _may_be_url(gloss: str) -> bool:
    """False when `_URL_RE` cannot match `gloss`: an ASCII text without `.`, `@`, `:`, `arxiv`
    or `doi` (the pattern opens with an alternation, so a search tries it at every character;
    these few substring tests spare that for most glosses)."""
    if "." in gloss or "@" in gloss or ":" in gloss or not gloss.isascii():
        return True  # (outside ASCII, case folding may match `arxiv` or `doi` otherwise spelt)
    low = gloss.lower()
    return "arxiv" in low or "doi" in low


def is_stage_direction(gloss: str) -> bool:
    """Stage directions and editorial remarks in English (G3): `laughs`, `slightly abridged`."""
    g = gloss.strip(" .!*").lower()
    return g in STAGE_DIRECTIONS


# --- G1/G2/G3: asides that open with a telling word ----------------------------------------

_EN_ASIDE_WORDS = word_set("""
including include includes included like unlike such e.g. eg as which who whose whom where when
while at in on during since until till before after from with without via by through see cf cf.
also especially particularly primarily notably specifically chiefly largely mostly mainly now
then formerly previously once not approx approx. about around circa roughly nearly almost over
under per and or but if because so though although whether here there this that these those it
he she they we you i my our their his her its your more less according thanks courtesy aka
""")
_EN_ORIGINS = word_set("native indigenous endemic")  # (`native to`; alone they may gloss)
#: Words that open a citation or credit only as a label or with an agent: `Source: …`,
#: `translated by …` (`source code`, `image` alone are terms).
_EN_LABELS = word_set("""
source sources credit credits photo photos image images pictured link read updated edited
translated written published reported posted
""")


#: Words that open a Chinese aside rather than a translation whenever more text follows.
_ZH_ASIDE_MARKERS = (
    "包括", "包含", "以及", "及其", "或者", "或是", "比如", "例如", "譬如", "诸如", "像是",
    "参见", "详见", "来源", "出处", "有兴趣", "截至", "约合", "折合", "时任", "现任", "曾任",
    "据称", "据说", "尤其", "特别是", "主要是", "主要为", "标准库",
)
#: Words that open an aside too, but also start ordinary words (通过率, 现在时, 参考文献): they
#: count when a phrase follows them (a space, Latin letter, digit, 的, or three characters).
_ZH_ASIDE_WORDS = (
    "当时", "现在", "目前", "当年", "今天", "后来", "之前", "此前", "曾经", "已经", "通过",
    "经过", "为了", "对于", "仅仅", "仅作", "也许", "大约", "大概", "他们", "她们", "我们",
    "你们", "即将", "原文", "参考", "可能", "一个", "一种", "一家", "一位", "一款", "一名",
    "一项", "一类", "一套", "一篇", "一本", "一部", "一些", "某个", "某种", "某位", "前任",
    "原任", "相当于",
    # a clause the bracket translates whole, not the term before it (`what they are facing
    # （它们当前遇到的瓶颈）`): it opens with a pronoun, a question word or a conjunction, or it
    # offers an alternative (`value function（或环境奖励）`; not 或门, OR gate)
    "它", "它们", "这", "这些", "这使得", "那些", "二者", "两者", "为什么", "什么", "哪些", "哪个",
    "是否", "而是", "但是", "并且", "因为", "所以", "如果", "或",
)
#: One-character openers count only before a space, Latin letter or digit (`如 ChatGPT`),
#: since many terms start with them (在线, 图像, 约束, 其他).
_ZH_MARKER_RE = re.compile("|".join(sorted(_ZH_ASIDE_MARKERS, key=len, reverse=True)))
_ZH_WORD_RE = re.compile("|".join(sorted(_ZH_ASIDE_WORDS, key=len, reverse=True)))
_ZH_SENTENCE_RE = re.compile("[。！？!?:：；;]")
_ZH_ASIDE_CHARS = "如见由从在于为和与及或他她我你其该这那并但而又还已曾约仅只据即"


_SENSE_RE = re.compile(r"[\u3400-\u9fff]{1,5}的?")


def _sense_list(gloss: str) -> bool:
    """True for a dictionary's senses split by semicolons (`节奏；韵律`, `口才；雄辩`): two or
    three short Chinese words, none an aside itself nor led by an adverb (a status note such
    as `已废弃；不推荐` is no list of senses). That is one gloss (T2), not a sentence."""
    from vocab_app.mining.zh_tokens import tag_words  # (jieba only for such brackets)

    parts = [p.strip() for p in re.split("[；;]", gloss.strip())]
    return 2 <= len(parts) <= 3 and all(
        _SENSE_RE.fullmatch(p) and not chinese_aside(p) and tag_words(p)[0][1] != "d"
        for p in parts)


#: `at least once`, `at most once`: how often, a name of a delivery guarantee, not a scope.
_TIMES_RE = re.compile(r"at (?:least|most) (?:once|twice)\Z", re.I)


def english_aside(gloss: str) -> bool:
    """True for an English aside, example list, scope/time qualifier or citation (G1–G3) of two
    or more words: it opens with `including`, `like`, `as`, `which`, `at`, `Source:`,
    `translated by` and the like. One word alone (`like`, `source`) is left to translate."""
    words = gloss.lower().split()
    if len(words) < 2 or ALSO_CALLED_RE.match(gloss) or gloss.lower().startswith("that is,") or (
            RELATIVE_DEFINITION_RE.match(gloss)) or _TIMES_RE.match(gloss):
        # another name, `that is, …` or `which is a …`: maybe a definition (DEF)
        return False
    first = words[0].rstrip(",")
    if first == "or" and OR_NAME_RE.fullmatch(gloss.strip()):
        return False  # `(or brain metastases)`: maybe another name (definitions.or_another_name)
    if first.endswith(":"):
        return first.rstrip(":") in _EN_LABELS or first.rstrip(":") in _EN_ASIDE_WORDS
    if first in _EN_LABELS:
        return words[1] in ("by", "from", "in", "at", "on", "via")
    if first in _EN_ORIGINS:
        return words[1] in ("of", "to", "in")  # `(native of Southeast Asia)`: where it lives
    return first in _EN_ASIDE_WORDS or gloss.lower().startswith(("e.g", "for example",
                                                                  "for instance"))


def chinese_aside(gloss: str) -> bool:
    """True for a Chinese aside (G1–G3): it opens with 包括/以及/如/参见/当时/现在/通过…, is a
    sentence (has 。！？ or a colon), is an `A、B 等` example list, or runs past 30 characters."""
    g = gloss.lstrip()
    m = _ZH_MARKER_RE.match(g)
    if m and m.end() < len(g):  # a gloss that is just the word translates it: `include(包括)`
        return True
    m = _ZH_WORD_RE.match(g)
    if m:
        rest = g[m.end():]
        if len(rest) >= 3 or any(ch == " " or ch == "的" or ch.isascii() for ch in rest):
            return True
    if len(g) > 1 and g[0] in _ZH_ASIDE_CHARS and (g[1] == " " or g[1].isascii()):
        return True
    if _ZH_SENTENCE_RE.search(g) and not _sense_list(g):
        return True
    if "、" in g and g.rstrip().endswith(("等", "等等")):
        return True
    return len(g) > 30


def foreign_latin_words(gloss: str, head: str) -> bool:
    """True when a Chinese gloss keeps a name (a capitalised English word) or a number that its
    English head does not contain (`Demis(现在 DeepMind CEO)`, `Python(3.10 版本)`): a
    translation only keeps names from its source, so such a bracket describes rather than
    translates. Lower-case loan words are fine (`multi agents(多 agent)`, `harness(agent 框架)`)."""
    head_l = head.lower()
    return any(word.lower() not in head_l for word in _LATIN_WORD_RE.findall(gloss)
               if not word.islower())


# --- G5: a whole quoted sentence -----------------------------------------------------------

def is_sentence(gloss: str, max_words: int = 12) -> bool:
    """True for the original of a whole quoted sentence (G5) or any long clause: sentence
    punctuation followed by more text, a question, a capitalised clause of four or more words
    ending in a full stop, or more than `max_words` words."""
    words = gloss.split()
    if len(words) > max_words:
        return True
    if len(words) >= 4 and gloss[0].isupper() and gloss.rstrip()[-1] in ".。":
        return True
    if "?" in gloss or "!" in gloss or "。" in gloss:
        return True
    return _SENTENCE_BREAK_RE.search(gloss) is not None and len(words) >= 5


# --- G4: biographical notes ---------------------------------------------------------------

_PERSON_CUES = word_set("""
member founder co-founder cofounder founded co-founded ceo cto cfo coo president chairman
professor researcher scientist author co-author engineer investor partner director head chief
student alumnus former born died he she his her who whose wife husband son daughter father
mother brother sister colleague employee leader advisor adviser winner laureate inventor
creator pioneer godfather
""")


#: Chinese words that say who a person is (`Yann LeCun(图灵奖得主)`).
_ZH_PERSON_CUES = (
    "创始人", "联合创始人", "创办人", "得主", "教授", "作者", "首席", "科学家", "研究员", "总裁",
    "董事长", "负责人", "之父", "之母", "总监", "主席", "院士", "博士", "经理", "出生", "生于",
    "前任", "现任", "成员", "员工", "学生", "导师", "工程师", "投资人", "合伙人", "CEO", "CTO",
)


def _is_proper_name(head: str, gloss: str = "") -> bool:
    words = head.split()
    if any(w.lower() in _PERSON_CUES for w in words):
        return False  # a role (`Research Scientist(研究科学家)`), not somebody's name
    if len(words) == 1 and len(gloss) >= 4 and not has_latin(gloss[:1]):
        # one capitalised name with a longer Chinese note (`Ilya(时任首席科学家)`)
        return words[0][:1].isupper() and not words[0].isupper()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not all(
        w.isupper() for w in words)


def describes_person(gloss: str) -> bool:
    """True for an English note that says who someone is, whatever the head: it opens with an
    article and uses a person word (`a Turing Award winner`, `the founder of X`)."""
    words = [w.strip(",.;:()").lower() for w in gloss.split()]
    return len(words) >= 2 and words[0] in ("a", "an", "the") and bool(
        set(words) & _PERSON_CUES)


def is_biographical(head: str, gloss: str) -> bool:
    """True for a note about who a person is (G4): the head is a proper name of two to four
    capitalised words and the note uses person words (`a member of`, `founder`, `CEO`, `who`,
    `born`, 创始人, 教授, 得主)."""
    if not _is_proper_name(head, gloss):
        return False
    if any(cue in gloss for cue in _ZH_PERSON_CUES):
        return True
    words = {w.strip(",.;:()").lower() for w in gloss.split()}
    return bool(words & _PERSON_CUES)


# --- S1b: definitions ----------------------------------------------------------------------

#: Verbs that define whatever their subject is: `X refers to …`, `stands for …`.
_STRONG_CUE_RE = re.compile(
    r"\b(?:refers? to|referring to|is defined as|are defined as|stands for|denotes)\b", re.I)
#: Verbs that define only when the note opens with them or its subject is the head itself.
_WEAK_CUE_RE = re.compile(
    r"\b(?:means|meaning|describes|is a|is an|is the|are the|are a|is when|is how|is what)\b",
    re.I)
#: `which is a …`, `which are small …`: a relative clause whose predicate is a noun phrase, the
#: shape of a definition (not `which is in the neck`, `which helps digest fat`: asides).
RELATIVE_DEFINITION_RE = re.compile(r"(?:which|that) (?:is (?=an?\s)|are (?!the\s)(?=[a-z]))", re.I)
_DEF_OPENERS = ("i.e.", "ie ", "that is", "namely", "in other words", "a ", "an ")
#: `i.e.`, `that is,`, `namely`: the author's own sign that a definition follows.
_SAID_RE = re.compile(r"(?:i\.e\.,?|ie,?|that is,|namely,?|meaning)\s+(?=\S)", re.I)
#: Words that point at a particular thing rather than say what a word means.
_POINTING_WORDS = word_set("the this that these those it its they them one ones we you he she")
#: Verbs after a repeated head that make the note a definition (`distillation is …`), not a
#: remark on what the thing does (`rotated follows the camera`).
_LINKING_VERBS = word_set("is are was were means mean refers refer denotes stands describes "
                          "=")
_EXAMPLE_RE = re.compile(r"\b(?:example|examples|for instance|e\.g\.)\b", re.I)
#: A list of three names or more, or one that trails off (`etc.`, `and so on`): examples.
_ITEM_LIST_RE = re.compile(r"\A[^,;]+(?:,[^,;]+){2,}\Z|,?\s+(?:etc\.?|and so on|and so forth)\Z",
                           re.I)


def _stem(word: str) -> str:
    return word.lower().strip("\"'“”‘’()[],;:.!?")[:5]


#: An indirect question (`how elastic the lung is`, `what percent of the population …`); not
#: a direct one (`how do we decipher it`).
_WH_CLAUSE_RE = re.compile(r"(?:how|what)\s+(?!(?:do|does|did|can|could|will|would|is|are|was"
                           r"|were|should|may|might|must|about)\b)[a-z]", re.I)


def is_definition(head: str, gloss: str, labelled: bool, before: str = "") -> bool:
    """True when an English bracket after an English head says what the head means (S1b):
    a note of four or more words (three after a `Note:` label) that opens with `i.e.` or
    `a`/`an`, uses a defining verb (`refers to`, `stands for`), or whose subject repeats the
    head (`overfitting (overfitting means …)`, `quantified (Quantize refers to …)`); or,
    unlabelled, a plain description of the head (definitions.py: `dyspnea (shortness of
    breath)`, `(also called …)`). `before` is the sentence text before the head. Example lists
    (`GPT-4 is a good example`) and remarks (`Note: the authors later retracted this`) are not
    definitions."""
    relative = RELATIVE_DEFINITION_RE.match(gloss)
    if relative:  # `bilirubin (which is a yellow pigment)`: the noun phrase after it decides
        rest = gloss[relative.end():]
        return len(rest.split()) >= 3 and is_definition(head, rest, labelled, before)
    words = gloss.split()
    if not labelled and participle_for_participle(head, gloss, before):
        return True  # `can be amplified (made in large numbers)`
    if _EXAMPLE_RE.search(gloss) or defines_other_word(gloss, head, before):
        return False
    if len(words) >= 4 and "?" not in gloss and _WH_CLAUSE_RE.match(gloss):
        return True  # `compliance (how elastic the lung is)`: what the head measures or says
    said = _SAID_RE.match(gloss)
    if said and _ITEM_LIST_RE.search(gloss[said.end():]):
        return False  # `(i.e. heroin, oxycodone, fentanyl, etc.)`: the members listed (G2)
    if len(words) >= 3 and said:
        # `informative (i.e., not mandatory)`: the author says it is a definition; not `(i.e.
        # the one on the left)`, which says which thing is meant
        # (`progressive (meaning it becomes more severe)`: after `meaning` a pronoun is the head)
        return said.group().lower().startswith("meaning") or (
            gloss[said.end():].split()[0].lower() not in _POINTING_WORDS)
    if len(words) >= (3 if labelled else 4):
        if _STRONG_CUE_RE.search(gloss):
            return True
        if gloss.lower().startswith(_DEF_OPENERS):
            # `an agency that …` after a name describes which thing is meant (like G4)
            return labelled or not (is_name(head, before) or points_at_one(before)
                                    or points_back(before))
        head_stems = {_stem(w) for w in head.split() if len(w) >= 4}
        weak = _WEAK_CUE_RE.search(gloss)
        if weak and (weak.start() == 0 or any(_stem(w) in head_stems
                                              for w in gloss[:weak.start()].split())):
            return True
        if labelled:  # a labelled note about the head names it early on
            return any(_stem(w) in head_stems for w in words[:6])
        if (_stem(words[0]) in head_stems and words[1].lower() in _LINKING_VERBS
                and not is_list(gloss) and not _COMMA_OR_AND_RE.search(gloss)):
            # not `fat-soluble vitamins (vitamins A, D, E, and K)`: a narrower list (G2)
            return True
    return not labelled and describes_head(head, gloss, before)
