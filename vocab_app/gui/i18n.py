"""The interface language: which catalogue the app speaks, chosen once at start-up.

`install(app, choice)` loads our catalogue (resources/i18n/vocab_app_<locale>.qm, built from the
.ts beside it, see vocab_app/translations.py) and Qt's own `qtbase_<locale>.qm` (the buttons
and texts of Qt's standard dialogs) from PySide6's translations folder, and sets the default
QLocale, so numbers and dates follow the language too. `choice` is the "interface language"
setting: "system" follows the system's UI languages (LANG/LC_MESSAGES on Linux), "en" and
"zh_CN" force one. English has a catalogue too: the plural forms of counts ("%n term(s)" →
"1 term", "2 terms"). A missing catalogue leaves the app in English and logs one line.

The choice is also kept per user in QSettings (`remember`), because the window's texts are made
before the collection (which stores the setting) has answered; it takes effect on the next start.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from vocab_app import paths
from vocab_app.i18n_text import use_languages

log = logging.getLogger(__name__)

DOMAIN = "vocab_app"
SETTINGS_KEY = "interface_language"
#: The languages with a catalogue; English is the source language.
LANGUAGES = ("en", "zh_CN")
#: Each catalogue's language named in itself (what a reader of either recognises).
OWN_NAMES = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []  # kept alive while installed
_speaking: list[str] = []  # the language `install` put the interface in


class Counts(QObject):
    """Counted nouns for code outside QObject classes (undo commands, static helpers), which
    composes them into its sentences: pyside6-lupdate reads plural forms only from self.tr."""

    def terms(self, n: int) -> str:
        """"1 term", "12,000 terms" (in the interface's language)."""
        return self.tr("%Ln term(s)", "", n)

    def cards(self, n: int) -> str:
        """"1 card", "3 cards"."""
        return self.tr("%Ln card(s)", "", n)

    def new_terms(self, n: int) -> str:
        """"1 new term", "3 new terms"."""
        return self.tr("%Ln new term(s)", "", n)

    def rows(self, n: int) -> str:
        """"1 row", "3 rows"."""
        return self.tr("%Ln row(s)", "", n)


_counts: list[Counts] = []


def counts() -> Counts:
    """The one Counts (made on first use)."""
    if not _counts:
        _counts.append(Counts())
    return _counts[0]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue under `context` (pyside6-lupdate finds it by this name)
    and return it untranslated: for tables built at import, translated where they are shown
    with QCoreApplication.translate(context, text). Qt's own marker is typed as `object`."""
    return text


#: Card states (store/), named in several views; shown translated in the "CardState" context.
STATE_NAMES = {
    "new": QT_TRANSLATE_NOOP("CardState", "new"),
    "learning": QT_TRANSLATE_NOOP("CardState", "learning"),
    "review": QT_TRANSLATE_NOOP("CardState", "review"),
    "suspended": QT_TRANSLATE_NOOP("CardState", "suspended"),
    "leech": QT_TRANSLATE_NOOP("CardState", "leech"),
    "known": QT_TRANSLATE_NOOP("CardState", "known"),
}


def state_name(state: str) -> str:
    """A card state's name in the interface's language ("learning" → "学习中")."""
    return QCoreApplication.translate("CardState", STATE_NAMES.get(state, state))


#: Gloss styles (mining/model.py STYLES) and term languages, stored and typed as codes (the
#: CLI's filters take the codes); the GUI shows them as words, in the "Style" context.
STYLE_NAMES = {
    "en-zh": QT_TRANSLATE_NOOP("Style", "English → Chinese"),
    "zh-en": QT_TRANSLATE_NOOP("Style", "Chinese → English"),
    "abbr": QT_TRANSLATE_NOOP("Style", "abbreviation"),
    "def": QT_TRANSLATE_NOOP("Style", "definition"),
}
TERM_LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Style", "English"),
    "zh": QT_TRANSLATE_NOOP("Style", "Chinese"),
}


def style_name(style: str) -> str:
    """A gloss style's name in the interface's language ("en-zh" → "英→中"); an unknown code
    is shown as it is."""
    name = STYLE_NAMES.get(style)
    return style if name is None else QCoreApplication.translate("Style", name)


def term_language_name(lang: str) -> str:
    """A term's language named in the interface's language ("zh" → "中文")."""
    name = TERM_LANGUAGE_NAMES.get(lang)
    return lang if name is None else QCoreApplication.translate("Style", name)


def remembered() -> str:
    """The interface language choice kept per user ("system" when none)."""
    value = QSettings().value(SETTINGS_KEY, "system")
    return value if isinstance(value, str) else "system"


def remember(choice: str) -> None:
    """Keep `choice` per user for the next start."""
    QSettings().setValue(SETTINGS_KEY, choice)


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the interface speaks for `choice`: the system's (LANG) for "system", else
    the chosen language's."""
    if choice == "system":
        found = system if system is not None else QLocale.system()
        # the POSIX "C" locale writes 12345; the English interface writes 12,345
        return QLocale("en_US") if found.language() == QLocale.Language.C else found
    return QLocale(choice if choice != "en" else "en_US")


def language_of(locale: QLocale) -> str:
    """The catalogue `locale` reads: "zh_CN" for Simplified Chinese, else "en"."""
    for tag in locale.uiLanguages():
        tag = tag.replace("-", "_")
        if tag.startswith("en"):
            return "en"
        if tag.startswith("zh") and not any(t in tag for t in ("Hant", "TW", "HK", "MO")):
            return "zh_CN"
    return "en"


def speaks(choice: str) -> str:
    """The language `install(choice)` puts the interface in: the chosen (or the system's)
    when its catalogue is there, else English."""
    language = language_of(locale_for(choice))
    return language if catalogue_path(language).is_file() else "en"


def current() -> str:
    """The language the interface speaks (what `install` returned; "en" before it ran)."""
    return _speaking[0] if _speaking else "en"


def number(value: float, decimals: int = 0) -> str:
    """`value` as the interface's locale writes it (12,345 / 12,345.6), `decimals` places."""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def day(value: date) -> str:
    """`value` as the interface's locale writes a short date, with the full year: 3/10/2026
    (en_US), 2026/3/10 (zh_CN)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def percent(share: float, decimals: int = 1) -> str:
    """`share` (0..1) as a percentage in the interface's locale: "87.5%"."""
    return QLocale().toString(share * 100, "f", decimals) + "%"


def catalogue_path(language: str) -> Path:
    """Where our compiled catalogue for `language` is (it may be missing)."""
    return Path(str(paths.resource("i18n", f"{DOMAIN}_{language}.qm")))


def install(app: QCoreApplication, choice: str = "system") -> str:
    """Load the catalogues for `choice` into `app` (before any window is made) and return the
    language the interface now speaks ("en" or "zh_CN")."""
    uninstall(app)
    language = _install(app, choice)
    _speaking[:] = [language]
    return language


def _install(app: QCoreApplication, choice: str) -> str:
    locale = locale_for(choice)
    language = language_of(locale)
    QLocale.setDefault(locale)
    # the sentences services and core word with gettext (errors, list-import warnings) speak
    # the interface's language too, whatever LANG says
    use_languages([language])
    ours = QTranslator()
    qm = catalogue_path(language)
    if not ours.load(str(qm)):
        log.warning("no interface catalogue %s; the interface stays in English", qm)
        use_languages(["en"])
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "en":
        return "en"
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("no qtbase_%s.qm in %s; Qt's standard buttons stay in English", language, qt_dir)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove the catalogues `install` loaded (the interface speaks English again; gettext
    follows the environment again)."""
    use_languages(None)
    while _installed:
        app.removeTranslator(_installed.pop())
