"""An ExportNote as the note type's fields: every piece of text HTML-escaped (`<script>`, `&`,
quotes arrive as literal text), braces escaped so `{{` is never read by Anki as a field
reference, and `[` escaped so no text becomes an Anki media or TTS tag (`[sound:x.mp3]`,
`[anki:tts]…`, `[anki:play…]` are shown literally and play nothing).

What a card shows is export/card_text.py's (the context sentence cut around the term, one
translated sentence, the cloze's blank, the source line); here it becomes HTML: the term marked
`<b class="term">` in the sentence and its translation, senses one per line, and every run of
Chinese text in `<span lang="zh-Hans">` (so a phone set to Japanese still draws Chinese glyphs).
An export builds these for every note: the helpers avoid regex scans where `in` tests do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from vocab_app.export import card_text

if TYPE_CHECKING:
    from vocab_app.export.collect import ExportNote

# Runs of Chinese text (ideographs, CJK and full-width punctuation) for `lang="zh-Hans"`.
_ZH_RUN_RE = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
                        "\uf900-\ufaff\uff01-\uff60]+")
_LATIN_RE = re.compile("[A-Za-z]")
_HINT = ('<a class="hint" href="#" onclick="this.style.display=\'none\';'
         'this.nextElementSibling.style.display=\'block\';return false;">{label}</a>'
         '<div class="hint vocab-hint" style="display: none">{hint}</div>')



def escape(text: str | None) -> str:
    """`text` as literal HTML: markup characters, quotes, braces and `[` become entities (so
    Anki reads no field reference and no media/TTS tag in it); what `html.escape(quote=True)`
    writes. `text` itself (the same object) when it holds none of them.

    A replace() for each character the text holds: an `in` test is a memchr-fast C scan, where
    a regex character class costs tens of instructions a character (an export escapes some
    100,000 texts)."""
    if not text:
        return ""
    if "&" in text:  # first: the entities hold "&"
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&#x27;")
    if "{" in text:
        text = text.replace("{", "&#123;")
    if "}" in text:
        text = text.replace("}", "&#125;")
    if "[" in text:
        text = text.replace("[", "&#91;")
    return text


def _plain(text: str) -> bool:
    """True when `text` holds nothing `escape` changes (`in` tests: see `escape`)."""
    return ("&" not in text and "<" not in text and ">" not in text and '"' not in text
            and "'" not in text and "{" not in text and "}" not in text and "[" not in text)


def zh(markup: str) -> str:
    """`markup` with each run of Chinese text in `<span lang="zh-Hans">` (tags and entities
    hold no Chinese, so only text is wrapped)."""
    if markup.isascii():
        return markup
    if _LATIN_RE.search(markup) is None:  # Chinese through and through: one span (faster)
        return f'<span lang="zh-Hans">{markup}</span>'
    return _ZH_RUN_RE.sub(_zh_span, markup)


def _zh_span(match: re.Match[str]) -> str:
    return f'<span lang="zh-Hans">{match.group()}</span>'


def marked(text: str, lo: int, hi: int) -> str:
    """`text` escaped, with text[lo:hi] in `<b class="term">`."""
    if "\x02" in text or "\x03" in text:  # (control characters no text holds in practice)
        return (f'{escape(text[:lo])}<b class="term">{escape(text[lo:hi])}</b>'
                f"{escape(text[hi:])}")
    # one escape for the three pieces: the span's ends marked by control characters, which
    # escaping leaves alone, then made the tags
    return (escape(f"{text[:lo]}\x02{text[lo:hi]}\x03{text[hi:]}")
            .replace("\x02", '<b class="term">').replace("\x03", "</b>"))


def context_html(note: ExportNote, *, blank: bool = False, hint_label: str = "Hint") -> str:
    """The sentence (cut around the term when long) with the term in `<b class="term">`, or
    for the cloze card with the term and its bracket blanked, the term masked elsewhere in it,
    and the gloss (term masked) as a tap-to-reveal hint (none for an abbreviation: the
    abbreviation beside the blank is the cue), its link reading `hint_label` (the card
    language's, export/labels.py)."""
    if not note.sentence:
        return ""
    if note.span is None or not (0 <= note.span[0] < note.span[1] <= len(note.sentence)):
        return "" if blank else zh(escape(note.sentence))
    if not blank:
        if len(note.sentence) <= card_text.CARD_SENTENCE_LIMIT:  # (as card_sentence keeps it)
            return zh(marked(note.sentence, *note.span))
        sentence, span = card_text.card_sentence(note.sentence, note.span)
        return zh(marked(sentence, *span))  # type: ignore[misc]
    lo, hi = card_text.cloze_span(note.sentence, note.span, note.style, note.term)
    head = card_text.mask_cloze_rest(note.sentence[:lo], note.term, note.gloss)
    blanked = head + card_text.BLANK + card_text.mask_cloze_rest(note.sentence[hi:], note.term,
                                                                 note.gloss)
    sentence, (lo, hi) = card_text.cut_around(blanked, (len(head), len(head) + 3))
    html_text = zh(f'{escape(sentence[:lo])}<span class="vocab-blank">{card_text.BLANK}'
                   f"</span>{escape(sentence[hi:])}")
    if note.style == "abbr" or not note.gloss:
        return html_text
    hint = "<br>".join(escape(card_text.mask_term(g, note.term))
                       for g in card_text.gloss_lines(note.gloss))
    return html_text + _HINT.format(label=zh(escape(hint_label)), hint=zh(hint))


def translation_html(note: ExportNote) -> str:
    """The sentence's translation as a card shows it (export/card_text.card_translation),
    with the term or a gloss marked where it appears."""
    text = note.translation
    if not text:
        return ""
    if not len(text) <= len(note.sentence) <= card_text.CARD_SENTENCE_LIMIT:  # else it fits
        text = card_text.card_translation(text, note.sentence, note.span, note.term, note.gloss)
    found = card_text.find_any(text, (note.term, *note.gloss.split(card_text.SENSE_SEPARATOR)))
    if found is not None:
        return zh(marked(text, *found))
    return zh(escape(text))


def source_html(note: ExportNote) -> str:
    """The source line `▶ 39:43 · Episode title…`, as a link (opening at the occurrence's
    second where possible)."""
    label = card_text.source_line(card_text.timestamp(note.start),
                                  _title_html(note.source_title) if note.source_title else "")
    if not note.link:
        return label
    link = escape(note.link)
    return f'<a href="{link}">{label or link}</a>'


@lru_cache(maxsize=1024)
def _title_html(title: str) -> str:
    """A source title shortened for the source line, as HTML (one per source: cached)."""
    return zh(escape(card_text.short_title(title)))


def gloss_html(gloss: str) -> str:
    """The senses of a joined gloss, escaped, one per line."""
    if card_text.SENSE_SEPARATOR not in gloss:
        return zh(escape(gloss))
    if _plain(gloss):  # (zh before the <br>s: their letters are no Latin text)
        return zh(gloss).replace(card_text.SENSE_SEPARATOR, "<br>")
    # one escape and one pass for all senses: "\n" survives escaping, "; " may not ("&amp; ")
    return zh(escape(gloss.replace(card_text.SENSE_SEPARATOR, "\n"))).replace("\n", "<br>")


def anki_fields(note: ExportNote, *, reverse: bool = False, cloze: bool = False,
                hint: str = "Hint") -> list[str]:
    """The note type's field values (anki_model.FIELDS order), all text escaped. `Reverse`
    holds the reverse card's prompt (the senses with the term masked where one holds it);
    `hint` is the cloze's tap-to-reveal link text in the card language."""
    gloss = gloss_html(note.gloss)
    prompt = ""
    if reverse and note.gloss:
        masked = card_text.mask_term(note.gloss, note.term)
        prompt = gloss if masked is note.gloss else gloss_html(masked)
    term, style, notes, pronunciation = note.term, note.style, note.notes, note.pronunciation
    speaker = card_text.speaker_name(note.speaker)
    # most notes need no escaping at all: one scan for the five texts
    if not _plain(f"{term}\0{style}\0{speaker}\0{notes}\0{pronunciation}"):
        term, style, speaker, notes, pronunciation = (
            escape(term), escape(style), escape(speaker), escape(notes), escape(pronunciation))
    if note.pinyin and gloss:  # under the senses: a field of its own would change the note
        # type's fields, and Anki (default import options) then copies the note type and
        # refuses every note already imported as "conflicting" instead of updating it
        gloss = f'{gloss}<div class="vocab-pron vocab-pinyin">{escape(note.pinyin)}</div>'
    return [
        zh(term),
        gloss,
        style,
        context_html(note),
        translation_html(note),
        source_html(note),
        zh(speaker) if speaker else "",
        zh(notes.replace("\n", "<br>")) if notes else "",
        prompt,
        context_html(note, blank=True, hint_label=hint) if cloze else "",
        pronunciation,
    ]
