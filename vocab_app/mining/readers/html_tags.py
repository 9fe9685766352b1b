"""The HTML tags the inline markup reader (markup.py) knows, by what it does with them."""

from __future__ import annotations

#: Tags of emphasis: what they hold is marked, like `**…**`.
EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i", "u", "mark"})
#: Block and void elements: dropped, with a space where they stood.
SPACING_TAGS = frozenset({
    "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "blockquote", "ul", "ol", "table", "dt", "dd", "dl", "article", "aside", "caption", "center",
    "details", "summary", "figure", "figcaption", "footer", "header", "main", "nav", "section",
    "tbody", "tfoot", "thead", "body", "html", "head", "img", "title", "meta", "link", "base",
    "form", "input", "label", "button", "select", "option", "textarea", "picture", "source",
    "video", "audio", "canvas",
})
#: Elements dropped with their content.
RAW_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe"})
#: Elements whose content is code: kept, never mined.
CODE_TAGS = frozenset({"code", "kbd", "samp", "pre"})
#: Tags whose content is found up to their closing tag.
CONTENT_TAGS = CODE_TAGS | RAW_TAGS
#: Inline tags dropped only when opened and closed on the line: alone (`The <b> element`, prose
#: about HTML) they are text.
PAIRED_TAGS = EMPHASIS_TAGS | frozenset({
    "a", "abbr", "bdi", "bdo", "big", "cite", "del", "dfn", "font", "ins", "q", "rp", "rt",
    "ruby", "s", "small", "span", "strike", "sub", "sup", "time", "tt", "var",
})
#: Names read as HTML tags; anything else in angle brackets (`x <y and z> w`) stays literal.
KNOWN_TAGS = PAIRED_TAGS | SPACING_TAGS | RAW_TAGS | CODE_TAGS | frozenset({
    "wbr", "c", "v", "lang",  # (c, v, lang: WebVTT cue tags, often left unclosed)
})
