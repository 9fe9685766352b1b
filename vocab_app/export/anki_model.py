"""The one Anki note type and deck id every vocab_app export uses, with its templates and CSS.

The ids are constants chosen once (random numbers in genanki's recommended range
`random.randrange(1 << 30, 1 << 31)`) and must never change: Anki recognises an updated note
type and deck by them, so every export from any machine updates the notes already imported.

One note type, three card templates. Which cards a note gets is decided by field content, not by
different note types, so the note type stays byte-identical whatever options an export uses (a
changed note type would make Anki ask the user to convert notes on import):

- Forward (Term → Gloss and context): always.
- Reverse (senses → Term): when the `Reverse` field and the gloss are non-empty (Anki's
  "optional reversed card": the whole front is inside `{{#Reverse}}…{{/Reverse}}`); `Reverse`
  holds the prompt, the senses with the term masked where one spells it.
- Context cloze (sentence with the term and its bracket blanked, the gloss as a tap-to-reveal
  hint → term; for an abbreviation the long form is blanked): when `Cloze` is non-empty.

Every back is `{{FrontSide}}`, Anki's answer line and the answer below it; no template shows
the `Style` field (the `style::…` tags carry it). The package's deck carries an options preset
that buries siblings (`deck_preset`).

Which cards a package holds is computed by Anki's own rule (`card_rules`, `card_bits`: a card
exists when its front renders a non-empty field), never by a guess of it: a card Anki would not
generate is a card that shows "The front of this card is blank". The `req` list written into
the note type is the same rule, so old clients that still read it agree.

Templates and CSS are package data in vocab_app/resources/anki/; `{{DETAILS}}` in a back template
is replaced by _details.html (context, translation, notes, speaker and source) when loaded, and
its `{{TRANSLATION_LABEL}}` by the card language's label. The translation is behind our own
`<details>`/`<summary>` tap, not Anki's `{{hint:Translation}}`, whose link text is the field
name (English whatever the card language; renaming the field would copy the note type).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from vocab_app.export.labels import labels
from vocab_app.paths import resource

if TYPE_CHECKING:
    import genanki

MODEL_ID = 1_731_482_906
DECK_ID = 1_206_359_417
MODEL_NAME = "vocab_app term"

#: Field names in order; export.collect.anki_fields() returns values in this order.
FIELDS: tuple[str, ...] = (
    "Term", "Gloss", "Style", "Context", "Translation", "Source", "Speaker", "Notes",
    "Reverse", "Cloze", "Pronunciation",
)
#: Card ordinals in Anki (the template order).
FORWARD_ORD, REVERSE_ORD, CLOZE_ORD = 0, 1, 2
#: Our card direction → Anki card ordinal.
DIRECTION_ORD = {"forward": FORWARD_ORD, "reverse": REVERSE_ORD}

_TEMPLATES = (("Forward", "forward"), ("Reverse", "reverse"), ("Context cloze", "cloze"))


def _read(name: str) -> str:
    return resource("anki", name).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def templates(language: str = "en") -> tuple[dict[str, str], ...]:
    """The three card templates (name, qfmt, afmt) read from the package data, with the
    translation's tap-to-reveal label in the card language `language` (export/labels.py).
    Only that label differs between languages: names and fields never do, so Anki updates
    the note type in place when the card language changes (it is newer, same schema)."""
    label = html.escape(labels(language).translation)
    if not label.isascii():
        label = f'<span lang="zh-Hans">{label}</span>'
    details = _read("_details.html").strip().replace("{{TRANSLATION_LABEL}}", label)
    return tuple(
        {"name": name,
         "qfmt": _read(f"{stem}_front.html").strip(),
         "afmt": _read(f"{stem}_back.html").strip().replace("{{DETAILS}}", details)}
        for name, stem in _TEMPLATES
    )


@lru_cache(maxsize=1)
def card_css() -> str:
    """The card style sheet (light and night mode, CJK font stack)."""
    return _read("card.css")


def deck_id(namespace: tuple[str, ...] = ()) -> int:
    """The Anki deck id of a GUID namespace: DECK_ID for the learner's own notes, a stable id
    in genanki's recommended range for each other namespace (a teacher list)."""
    if not namespace:
        return DECK_ID
    digest = hashlib.sha256("\x1f".join(namespace).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


_TAG = re.compile(r"{{\s*([#^/]?)\s*([^}]*?)\s*}}")
# Anki's test for an empty field (rslib template.rs `field_is_empty`): only white space,
# zero-width spaces and <br>/<div> tags.
_EMPTY = re.compile(r"(?:\s|\u200b|</?(?:br|div) ?/?>)*\Z", re.IGNORECASE)
_MAYBE_EMPTY = frozenset(" \t\n\r\f\v\u200b<")


def filled(text: str) -> bool:
    """Whether Anki counts the field text as non-empty (for card generation and `{{#F}}`)."""
    return bool(text) and not (text[0] in _MAYBE_EMPTY and _EMPTY.match(text) is not None)


def _front_rule(qfmt: str) -> tuple[str, list[int]]:
    """Anki's rule for generating the card of front template `qfmt`, as a `req` entry: the
    card exists when some field referenced on the front is non-empty and every section
    (`{{#F}}`) around that reference is open. Raises ValueError for a template whose rule a
    `req` entry cannot express (sections that do not nest as a common prefix, `{{^F}}`)."""
    index = {name: i for i, name in enumerate(FIELDS)}
    open_sections: list[int] = []
    needs: list[frozenset[int]] = []
    for kind, name in _TAG.findall(qfmt):
        field = name.rsplit(":", 1)[-1].strip()
        if kind == "^":
            raise ValueError(f"{{{{^{field}}}}} on a front is not supported")
        if field not in index:
            continue  # FrontSide and other special names
        if kind == "#":
            open_sections.append(index[field])
        elif kind == "/":
            open_sections.pop()
        else:
            needs.append(frozenset([*open_sections, index[field]]))
    if not needs:
        raise ValueError("a front template must show at least one field")
    if all(len(n) == 1 for n in needs):
        return "any", sorted(i for n in needs for i in n)
    least = min(needs, key=len)
    if all(least <= n for n in needs):
        return "all", sorted(least)
    raise ValueError("the front's card rule is not expressible as one req entry")


@lru_cache(maxsize=1)
def card_rules() -> tuple[tuple[int, str, tuple[int, ...]], ...]:
    """(card ordinal, "any" | "all", field indexes) per template: Anki's own rule for which
    cards a note has (see `_front_rule`); `card_bits` applies it."""
    return tuple((ord_, *_rule(t["qfmt"])) for ord_, t in enumerate(templates()))


def _rule(qfmt: str) -> tuple[str, tuple[int, ...]]:
    how, fields = _front_rule(qfmt)
    return how, tuple(fields)


def card_bits(fields: list[str]) -> int:
    """The cards a note with these field values has in Anki, as bits `1 << ordinal`."""
    bits = 0
    for ord_, how, needed in card_rules():
        need_all = how == "all"
        hit = need_all
        for i in needed:
            text = fields[i]
            if (bool(text) and not (text[0] in _MAYBE_EMPTY and _EMPTY.match(text))) \
                    is not need_all:  # `filled`, inlined: this runs for every card exported
                hit = not need_all
                break
        if hit:
            bits |= 1 << ord_
    return bits


#: Card bits → the card ordinals they hold, in order.
ORDS_OF_BITS: tuple[tuple[int, ...], ...] = tuple(
    tuple(o for o in range(len(_TEMPLATES)) if bits >> o & 1)
    for bits in range(1 << len(_TEMPLATES)))


#: The id of the options preset every exported deck carries (genanki's range, chosen once).
PRESET_ID = 1_482_906_173
PRESET_NAME = "vocab_app: bury siblings"


def deck_preset(mod: int) -> dict[str, Any]:
    """The deck options preset an exported deck carries: Anki's defaults (genanki's "Default"
    preset) with siblings buried, new and review and interday learning, so a note's forward,
    reverse and cloze cards come on different days. `mod` (epoch seconds) is the package's."""
    preset: dict[str, Any] = json.loads(json.dumps(_DEFAULT_PRESET))
    preset.update(id=PRESET_ID, name=PRESET_NAME, mod=mod, buryInterdayLearning=True)
    preset["new"]["bury"] = True
    preset["rev"]["bury"] = True
    return preset


_DEFAULT_PRESET: dict[str, Any] = {
    "autoplay": True, "id": 1, "maxTaken": 60, "mod": 0, "name": "Default", "replayq": True,
    "timer": 0, "usn": 0, "dyn": False,
    "lapse": {"delays": [10], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0},
    "new": {"bury": True, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7],
            "order": 1, "perDay": 20, "separate": True},
    "rev": {"bury": True, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500,
            "minSpace": 1, "perDay": 200},
}


def build_model(language: str = "en") -> genanki.Model:  # genanki imported here: fast --help
    """The genanki Model for every export: fixed id, fields FIELDS, three templates (labels
    in the card language `language`), CSS, and `req` set from `card_rules` (not genanki's
    approximation of it)."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[dict(t) for t in templates(language)],
        css=card_css(),
        sort_field_index=0,
    )
    model._req = [[ord_, how, list(needed)] for ord_, how, needed in card_rules()]
    return model
