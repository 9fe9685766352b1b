"""The one Anki note type and deck id every vocab_app export uses, with its templates and CSS.

The ids are constants chosen once (random numbers in genanki's recommended range
`random.randrange(1 << 30, 1 << 31)`) and must never change: Anki recognises an updated note
type and deck by them, so every export from any machine updates the notes already imported.

One note type, three card templates. Which cards a note gets is decided by field content, not by
different note types, so the note type stays byte-identical whatever options an export uses (a
changed note type would make Anki ask the user to convert notes on import):

- Forward (Term → Gloss and context): always.
- Reverse (Gloss → Term): when the `Reverse` field is non-empty (Anki's "optional reversed card").
- Context cloze (sentence with the term blanked, gloss as hint → term): when `Cloze` is non-empty.

Templates and CSS live in resources/anki/; `{{DETAILS}}` in a back template is replaced by
resources/anki/_details.html (context, translation, notes, speaker and source) when loaded.
"""

from __future__ import annotations

from functools import lru_cache

from vocab_app.paths import resource_path

MODEL_ID = 1_731_482_906
DECK_ID = 1_206_359_417
MODEL_NAME = "vocab_app term"

#: Field names in order; export.collect.anki_fields() returns values in this order.
FIELDS: tuple[str, ...] = (
    "Term", "Gloss", "Style", "Context", "Translation", "Source", "Speaker", "Notes",
    "Reverse", "Cloze",
)
#: Card ordinals in Anki (the template order).
FORWARD_ORD, REVERSE_ORD, CLOZE_ORD = 0, 1, 2
#: Our card direction → Anki card ordinal.
DIRECTION_ORD = {"forward": FORWARD_ORD, "reverse": REVERSE_ORD}

_TEMPLATES = (("Forward", "forward"), ("Reverse", "reverse"), ("Context cloze", "cloze"))


def _read(name: str) -> str:
    return resource_path("anki", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def templates() -> tuple[dict[str, str], ...]:
    """The three card templates (name, qfmt, afmt) read from resources/anki/."""
    details = _read("_details.html").strip()
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


def build_model():  # -> genanki.Model (genanki is imported lazily: `vocab --help` stays fast)
    """The genanki Model for every export: fixed id, fields FIELDS, three templates, CSS."""
    import genanki

    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[dict(t) for t in templates()],
        css=card_css(),
        sort_field_index=0,
    )
