"""A Chinese term that holds a name, told by its gloss: a title or occupation before a
person's name (`英国物理学家牛顿（Newton）`: the gloss names the person only), and a name whose
first English word is an -ing form (`增长分析平台（Growing Analytics）`: the verb opens it).
"""

from __future__ import annotations

from vocab_app.mining.lang import word_set
from vocab_app.mining.rarity import FLOOR, word_rank
from vocab_app.mining.zh_function_words import STOP_WORDS
from vocab_app.mining.zh_tokens import Tok
from vocab_app.mining.zh_verbs import OBJECT_VERBS

#: How a title or occupation noun ends (数学家, 学者, 工程师, 创始人, 总统, 首相, 教授).
_TITLE_ENDINGS = ("家", "者", "师", "人", "员", "总统", "首相", "总理", "主席", "国王", "女王",
                  "皇帝", "教授", "博士", "先生", "女士", "将军", "院士", "导演", "演员", "歌手",
                  "总裁", "校长", "大使", "部长", "市长", "议员", "法官")
_NAME_FLAGS = word_set("nr nrt nrfg ns nz")


def titled_name(span: list[Tok], gloss_words: tuple[str, ...], abbreviation: bool) -> int:
    """Where the name starts in the term when it is a title or occupation (maybe after a
    country) followed by a name of two to four characters, and the gloss is that name alone:
    capitalised words, none translating the title (`英国物理学家牛顿（Newton）`; a name jieba
    cut in pieces, `教授狩野|纪|昭（Noriaki Kano）`); 0 when it is not (`专家系统（Expert
    System）` has no name after 专家)."""
    if len(span) < 2 or abbreviation or not gloss_words or len(gloss_words) > 4:
        return 0
    if not all(w[:1].isupper() for w in gloss_words):
        return 0
    for k in range(len(span) - 1, 0, -1):
        name = span[k:]
        if sum(len(t.word) for t in name) > 4:
            return 0
        title = span[k - 1]
        if (title.word.endswith(_TITLE_ENDINGS) and len(title.word) >= 2
                and sum(len(t.word) for t in name) >= 2
                and any(t.flag in _NAME_FLAGS for t in name)):
            return k
    return 0


def named_by_participle(lead: Tok, gloss_words: tuple[str, ...]) -> bool:
    """True when the gloss is a name in Title Case whose first word is an -ing form (`Growing
    Analytics`, `Rolling Update`) and the term's leading verb is no function verb or verb
    taking an object (those the gloss would translate: zh_verbs.py), so it is the name's
    first word, not a verb before the term."""
    first = gloss_words[0] if gloss_words else ""
    return (len(gloss_words) >= 2 and len(first) > 5 and first.endswith("ing")
            and all(w[:1].isupper() for w in gloss_words) and len(lead.word) >= 2
            and lead.word not in OBJECT_VERBS and lead.word not in STOP_WORDS)


def person_with_role(head: str, gloss: str) -> bool:
    """True for a person's name glossed by their role (`Percy Liang（讲师）`, `Tatsunori
    Hashimoto（联合讲师）`): two or three capitalised words, none a common English word, and a
    short Chinese note ending like a title or occupation. It says who the person is (G4);
    `Data Scientist（数据科学家）` translates a role."""
    words = head.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)
            and all(word_rank(w.lower()) >= FLOOR for w in words)
            and len(gloss) <= 6 and gloss.endswith(_TITLE_ENDINGS))
