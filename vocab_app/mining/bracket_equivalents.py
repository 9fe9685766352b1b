"""Which parts of a split bracket (RULES.md E1) are no equivalent of the head: another name
in the head's own language after a lead-in, a Chinese note after an English equivalent, an
abbreviation of something else, a document's number."""

from __future__ import annotations

from vocab_app.mining.abbrev import expands, is_short_form
from vocab_app.mining.bracket_content import Content
from vocab_app.mining.document_names import is_document_number
from vocab_app.mining.en_titles import is_title_case
from vocab_app.mining.lang import has_cjk, has_latin
from vocab_app.mining.noise import chinese_aside
from vocab_app.mining.word_shortenings import is_clipping


def no_equivalent(text: str, content: Content, head_zh: bool, term: str) -> list[bool]:
    """For each part of a split bracket (E1), True when it is no equivalent of the head `term`
    and gives no pair, without making the bracket a description either:
    - another name in the head's own language after a lead-in (`过拟合（overfitting，也称过度
      拟合）`);
    - after a Chinese head, a Chinese note after its English equivalent, a common noun in lower
      case (`树突（dendrites，输入终端）`: a zh-zh note, G6);
    - an abbreviation beside an English equivalent that it does not abbreviate, nor the head
      (`细胞核（nucleus，CPU）`: an analogy, not a short form; `vector database，VDB` is one),
      or after an English head, after its Chinese equivalent, a name that does not abbreviate
      the head (`contrastive loss（对比损失，InfoNCE）`: one such loss, by name);
    - a document's number (`（ePBS，或 EIP-7732）`: which proposal, noise.is_document_number).
    """
    parts = [text[a:b] for a, b in content.parts]
    zh = [has_cjk(w) for w in parts]
    full = [w for w, z in zip(parts, zh, strict=True) if not z and not is_short_form(w)]
    result = []
    for i, (w, z, led) in enumerate(zip(parts, zh, content.led_in, strict=True)):
        note = head_zh and z and i > 0 and _common_word(parts[0]) and _plain_note(w)
        # `排他锁（X 锁，Exclusive Lock）`: a short alias of the same kind (the head's last
        # character) is another name in the head's language, beside its English one
        alias = bool(head_zh and z and term and len(w) <= 4 and w[-1] == term[-1] and full)
        alias = alias or (z and i > 0 and w.startswith(_NOTATION))  # `，记作 H0`: a symbol
        if (z == head_zh and led) or note or alias or is_document_number(w):
            result.append(True)
        elif not z and full and is_short_form(w) and w not in full:
            result.append(not any(_abbreviates(w, f) for f in [*full, term] if f))
        elif not z and not head_zh and term and any(zh[:i]) and is_short_form(w):
            result.append(not _abbreviates(w, term))  # `contrastive loss（对比损失，InfoNCE）`
        else:
            result.append(False)
    return result


#: Openers of a part that gives the head's symbol in formulas, no name of it.
_NOTATION = ("记作", "记为", "记成", "表示为", "写作", "简记为")


def _common_word(part: str) -> bool:
    """True for English in lower case (`dendrites`, `cell nucleus`), a translation of a common
    noun, or a name of two or more words in title case. A name or short form before a Chinese
    word (`iPhone，手机`, `MNIST，手写数字`) is an instance of the head, the Chinese word its
    category: such a bracket is judged whole."""
    if not (part and part.isascii()
            and all(w.isalpha() for w in part.replace("-", " ").split())):
        return False
    # (a name of two words or more in title case translates the head too: `地址解析协议
    # （Address Resolution Protocol，网络）`, the Chinese word after it its field; not a short
    # form with a word, `Responses API`, nor a hyphenated label, `Pre-LN`: two words or more
    # that are no short form)
    return part.islower() or (is_title_case(part)
                              and sum(not is_short_form(w) for w in part.split()) >= 2)


def _plain_note(part: str) -> bool:
    """True for a short Chinese note after an English equivalent (`输入终端`): Chinese only, no
    aside opener and no example list (`如 GPT`, `A、B 等` are judged with the bracket whole)."""
    return (not has_latin(part) and not chinese_aside(part)
            and not part.rstrip().endswith("等") and not any(ch.isdigit() for ch in part))


def _abbreviates(short: str, long_form: str) -> bool:
    """True when `short` may stand for `long_form`: it expands to it, clips it, or at least
    starts with its first letter (`GPU`, `graphics processor`)."""
    return (expands(short, long_form) or is_clipping(short, long_form)
            or short[:1].lower() == long_form.lstrip()[:1].lower())
