"""The app's review card reads like the exported Anki card: the answer below one rule, the term
marked, one sentence of translation behind a link, the source line `▶ 39:43 · title…`, and a
reverse prompt that does not spell its term."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPalette, QTextDocument

from vocab_app.gui.review_card import TRANSLATION_LINK, card_html
from vocab_app.services.review_records import CardView, Context

LONG = ("Well, I think the field moved on in many ways, and people kept trying all sorts of "
        "things, some of which worked and most of which did not, but in the end what "
        "mattered was that a world model gave the agent a way to plan ahead, which is what we "
        "had hoped for since the very start of the project and what we keep coming back to "
        "today when we talk about robots, games and everything in between.")
TRANSLATION = ("嗯,我认为这个领域在很多方面都向前发展了。人们尝试了各种各样的东西。"
               "但最终重要的是,世界模型让智能体有办法提前规划,这正是我们从项目一开始就希望的,"
               "也是我们今天谈到机器人、游戏以及介于两者之间的一切时不断回到的话题。")


def plain(markup: str) -> str:
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc.toPlainText()


def card(direction: str = "forward", gloss: str = "世界模型") -> CardView:
    start = LONG.index("world model")
    ctx = Context(LONG, (start, start + len("world model")), TRANSLATION, "Speaker 1",
                  "https://www.youtube.com/watch?v=x&t=2383s",
                  "Ep 87: Gemini Co-Lead on World Models, RL's Next Domains & Continual Learning",
                  2383.0)
    if direction == "forward":
        return CardView(1, 1, "forward", "world model", (gloss,), ctx, "new")
    return CardView(1, 1, "reverse", gloss, ("world model",), ctx, "new")


def test_the_back_adds_below_the_front_with_a_marked_sentence_and_a_short_source(qapp):
    pal = QPalette()
    front, back = card_html(card(), False, pal), card_html(card(), True, pal)
    assert back.startswith(front) and back.count("<hr") == 1
    text = plain(back)
    assert "▶ 39:43 · Ep 87: Gemini Co-Lead on World…" in text
    assert "Speaker 1" not in text
    sentence = max(text.splitlines(), key=len)
    assert len(sentence) <= 252 and sentence.startswith("…")
    assert "font-weight:700; text-decoration:underline" in back


def test_the_translation_waits_behind_its_link_and_is_one_sentence(qapp):
    pal = QPalette()
    short = "In the end a world model gave the agent a way to plan."
    start = short.index("world model")
    view = replace(card(), context=replace(card().context, sentence=short,
                                           span=(start, start + len("world model"))))
    closed = card_html(view, True, pal)
    assert TRANSLATION_LINK in closed and "世界模型让智能体" not in closed
    opened = plain(card_html(view, True, pal, translation_open=True))
    assert "世界模型让智能体有办法提前规划" in opened
    assert "人们尝试了各种各样的东西" not in opened  # another sentence of the segment


def test_a_reverse_prompt_masks_the_term_its_gloss_holds(qapp):
    reverse = card("reverse", "a world model, the agent's internal picture; 世界模型")
    front = plain(card_html(reverse, False, QPalette()))
    assert "world model" not in front
    assert "a …, the agent's internal picture\n世界模型" in front


def test_the_pinyin_comes_with_the_answer_not_on_the_front(qapp):
    pal = QPalette()
    forward = replace(card(), pinyin="shìjiè móxíng")
    assert "shìjiè" not in plain(card_html(forward, False, pal))
    back = plain(card_html(forward, True, pal)).splitlines()
    assert back[back.index("世界模型") + 1] == "shìjiè móxíng"
    reverse = replace(card("reverse"), pinyin="shìjiè móxíng")
    assert "shìjiè" not in plain(card_html(reverse, False, pal))
    assert "shìjiè móxíng" in plain(card_html(reverse, True, pal))
    assert "shìjiè" not in plain(card_html(card(), True, pal))  # none read: no line
