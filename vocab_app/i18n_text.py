"""Translated text for the CLI and the sentences core and services raise (stdlib gettext).

The catalogue is `vocab_app/resources/locale/<lang>/LC_MESSAGES/vocab_app.mo`, compiled from the
committed `.po` by packaging/build_catalogues.py at install and build time. The language follows
LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in gettext's order; a language without a catalogue (or
C/POSIX) gives the English source text. No Qt here: core may import this module.

    from vocab_app.i18n_text import _, ngettext
    raise InputError(_("{path}: the file is empty.").format(path=path))
"""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib.resources import files

DOMAIN = "vocab_app"
_chosen: tuple[str, ...] | None = None


def locale_dir() -> str:
    """The folder that holds `<lang>/LC_MESSAGES/vocab_app.mo` (inside the package)."""
    return str(files("vocab_app") / "resources" / "locale")


@cache
def translations() -> gettext.NullTranslations:
    """The catalogue for the chosen language, else the environment's (English source text when
    there is none); read once per process and choice."""
    languages = list(_chosen) if _chosen is not None else None
    return gettext.translation(DOMAIN, localedir=locale_dir(), languages=languages,
                               fallback=True)


def use_languages(languages: Sequence[str] | None) -> None:
    """Speak `languages` (e.g. `["zh_CN"]`, first found wins; `["en"]` for the source text)
    instead of following the environment; None follows the environment again. For an
    interface-language setting."""
    global _chosen
    _chosen = tuple(languages) if languages is not None else None
    translations.cache_clear()


def _(message: str) -> str:
    """`message` in the user's language."""
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence about `n` things that the user's language uses for `n`
    (English: one or other; Chinese: one form for every n)."""
    return translations().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the user's language, where the same English word needs another
    translation in this `context`."""
    return translations().pgettext(context, message)


def N_(message: str) -> str:
    """Marks `message` for extraction only; it is translated where it is shown, with `_()`."""
    return message


def format_number(n: int | float, decimals: int = 0) -> str:
    """`n` with the user's language's digit grouping and decimal mark: "12,000", "0.5"."""
    text = f"{n:,.{decimals}f}"
    group = translations().pgettext("digit grouping separator", ",")
    point = translations().pgettext("decimal mark", ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def format_date(day: date) -> str:
    """`day` written as the user's language writes a date: 2026-03-10 / 2026年3月10日."""
    pattern = translations().pgettext("date: {y} year, {m} month, {d} day", "{y}-{m:02d}-{d:02d}")
    return pattern.format(y=day.year, m=day.month, d=day.day)


def format_percent(fraction: float) -> str:
    """`fraction` as a percentage with one decimal: 0.923 → "92.3%"."""
    return format_number(fraction * 100, 1) + "%"
