"""A fresh Anki collection (Anki's own library, `anki` on PyPI) to import packages into.

Anki (AGPL) is a test oracle only: what it imports, updates, renders and reports as blank is
what a learner would see.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")

_TAGS = re.compile(r"<[^>]+>")


class Anki:
    """A fresh Anki collection in `folder`; import packages, read notes and cards back."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.col = anki_collection.Collection(str(folder / "collection.anki2"))

    def import_apkg(self, path: Path, *, scheduling: bool = False, merge: bool = False,
                    presets: bool = False):
        """Import with Anki's defaults ("update if newer"); `presets` ticks "Import any deck
        presets". Returns Anki's response."""
        C = anki_collection
        return self.col.import_anki_package(C.ImportAnkiPackageRequest(
            package_path=str(path),
            options=C.ImportAnkiPackageOptions(with_scheduling=scheduling,
                                               merge_notetypes=merge,
                                               with_deck_configs=presets)))

    def notes(self) -> dict[str, object]:
        """GUID → Anki note."""
        return {self.col.get_note(nid).guid: self.col.get_note(nid)
                for nid in self.col.find_notes("")}

    def blank_cards(self) -> list[str]:
        """Every card whose question or answer shows no text, or that Anki's Empty Cards tool
        lists, as 'first field/ordinal'."""
        found = []
        empty = {cid for note in self.col.get_empty_cards().notes for cid in note.card_ids}
        for cid in self.col.find_cards(""):
            card = self.col.get_card(cid)
            q = visible(card.question())
            a = visible(card.answer())
            if cid in empty or not q or not a or "card is blank" in q:
                found.append(f"{card.note()['Term']}/{card.ord}")
        return found

    def close(self) -> None:
        self.col.close()


def senses(gloss_field: str) -> str:
    """The visible senses of a Gloss field, without the pinyin line under them."""
    return visible(gloss_field.split('<div class="vocab-pron vocab-pinyin">')[0])


def pinyin_line(gloss_field: str) -> str:
    """The pinyin line under the senses of a Gloss field ('' when there is none)."""
    parts = gloss_field.split('<div class="vocab-pron vocab-pinyin">')
    return visible(parts[1]) if len(parts) > 1 else ""


def visible(rendered: str) -> str:
    """The text a rendered card side shows (its style sheet and markup removed)."""
    body = rendered.split("</style>")[-1]
    return " ".join(_TAGS.sub(" ", body).split())
