"""The Export dialog's choices (formats, scopes, handout layouts) and what it remembers per
scope: the collection (`all`), each list (`list-ID`) and each source (`source-ID`) keep their
own format, deck name, card options, paper, handout layout and file (QSettings group
`export/scope/<key>/`), so a list's export never renames the collection's deck or file. The
folder of the last export is shared by all scopes. A card option (reverse, cloze) is kept only
while it differs from the collection's card-type setting: one that matches is forgotten, so the
scope's check box follows the setting from then on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from vocab_app.gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Format:
    """One export format of the dialog."""

    key: str
    label: str
    suffix: str
    file_filter: str


FORMATS = (
    Format("apkg", QT_TRANSLATE_NOOP("ExportDialog", "Anki package (.apkg)"), ".apkg",
           QT_TRANSLATE_NOOP("ExportDialog", "Anki package (*.apkg)")),
    Format("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV table for teachers (.csv)"), ".csv",
           "CSV (*.csv)"),
    Format("anki-tsv",
           QT_TRANSLATE_NOOP("ExportDialog", "Anki text import (.txt, tab-separated)"), ".txt",
           QT_TRANSLATE_NOOP("ExportDialog", "Text (*.txt *.tsv)")),
    Format("pdf", QT_TRANSLATE_NOOP("ExportDialog", "Printable handout (PDF)"), ".pdf",
           "PDF (*.pdf)"),
    Format("html", QT_TRANSLATE_NOOP("ExportDialog", "Printable handout (HTML)"), ".html",
           "HTML (*.html *.htm)"),
)
# Labels are English here, shown translated in the "ExportDialog" context.
SCOPES = (("all", QT_TRANSLATE_NOOP("ExportDialog", "Whole collection")),
          ("source", QT_TRANSLATE_NOOP("ExportDialog", "One source")),
          ("list", QT_TRANSLATE_NOOP("ExportDialog", "A teacher list")))
LAYOUTS = (("glossary", QT_TRANSLATE_NOOP("ExportDialog", "Glossary: term, pinyin, gloss")),
           ("compact",
            QT_TRANSLATE_NOOP("ExportDialog", "Compact glossary (two columns a page)")),
           ("examples", QT_TRANSLATE_NOOP("ExportDialog", "Glossary with example sentences")),
           ("quiz",
            QT_TRANSLATE_NOOP("ExportDialog", "Quiz, with the answer key on the last page")))

#: The choices kept per scope (the names of the dialog's values).
REMEMBERED = ("format", "deck_name", "reverse", "cloze", "scheduling", "page", "layout", "path")
#: The card options that start from the collection's settings (Settings.reverse_cards, cloze_cards).
CARD_OPTIONS = ("reverse", "cloze")
#: Where versions before per-scope memory kept the collection's choices (not the reverse
#: option: those versions stored it on every export, so it would hide the setting for good).
_LEGACY = {"format": "export/format", "deck_name": "export/deck_name",
           "scheduling": "export/scheduling"}
_LAST_DIR = "export/last_dir"


def stored(key: str) -> dict[str, object]:
    """A scope's choices as last exported; {} for a scope never exported. The collection's
    scope falls back to the single set of choices older versions kept."""
    settings = QSettings()
    group = f"export/scope/{key}/"
    found = {name: settings.value(group + name) for name in REMEMBERED
             if settings.contains(group + name)}
    if not found and key == "all":
        found = {name: settings.value(old) for name, old in _LEGACY.items()
                 if settings.contains(old)}
    return found


def remember(scopes: Mapping[str, Mapping[str, object]], folder: Path,
             card_defaults: Mapping[str, bool] | None = None) -> None:
    """Save each scope's choices (empty values are skipped) and the last export's folder. A
    card option equal to `card_defaults` (the collection's settings) is forgotten instead."""
    settings = QSettings()
    settings.setValue(_LAST_DIR, str(folder))
    defaults = card_defaults or {}
    for key, values in scopes.items():
        for name, value in values.items():
            where = f"export/scope/{key}/{name}"
            if name in CARD_OPTIONS and name in defaults and value == defaults[name]:
                settings.remove(where)
            elif name in REMEMBERED and value not in (None, ""):
                settings.setValue(where, value)


def last_folder() -> Path:
    """The folder of the last export (the home folder when there is none or it is gone)."""
    folder = Path(str(QSettings().value(_LAST_DIR, str(Path.home()))))
    return folder if folder.is_dir() else Path.home()
