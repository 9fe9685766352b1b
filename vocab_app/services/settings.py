"""The collection's settings: a `Settings` dataclass stored as JSON under `meta.key = 'settings'`.

Settings travel with the collection file (a teacher's limits move with the deck). Loading never
fails: a missing row gives the defaults, unknown keys (from a newer version) are ignored and a
value of the wrong type falls back to its default with a warning in the log, so a damaged row
loses nothing else. Saving checks every value and refuses bad ones with one clear sentence.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields

from vocab_app.errors import VocabError
from vocab_app.store.db import Database
from vocab_app.store.settings import meta_value, set_meta_value

log = logging.getLogger(__name__)

META_KEY = "settings"
NEW_ORDERS = ("source", "frequency")


class SettingsError(VocabError):
    """A setting has a value the app cannot use (negative limit, unknown order, ...)."""


@dataclass(frozen=True)
class Settings:
    """Review and card settings (docs/SERVICES.md)."""

    new_per_day: int = 20  # new cards introduced per day
    reviews_per_day: int = 200  # due (learning + review) cards shown per day
    new_order: str = "source"  # "source" (terms.position) or "frequency" (most seen first)
    leech_threshold: int = 8  # lapses that make a card a leech (Anki's default)
    leech_suspend: bool = False  # suspend a card when it becomes a leech
    fuzz: bool = False  # spread intervals >= 3 days by up to ±5% (off: pure SM-2)
    reverse_cards: bool = False  # create and review gloss → term cards too
    six_grade_mode: bool = False  # show grades 0..5 instead of the four buttons


def validate(settings: Settings) -> Settings:
    """Return `settings` if every value is usable, else raise SettingsError naming the field."""
    for f in fields(Settings):
        value = getattr(settings, f.name)
        expected = type(getattr(Settings(), f.name))
        if type(value) is not expected:
            raise SettingsError(f"Setting {f.name} must be a {expected.__name__}, not {value!r}.")
    for name in ("new_per_day", "reviews_per_day"):
        if getattr(settings, name) < 0:
            raise SettingsError(f"Setting {name} cannot be negative.")
    if settings.leech_threshold < 1:
        raise SettingsError("Setting leech_threshold must be at least 1.")
    if settings.new_order not in NEW_ORDERS:
        raise SettingsError(
            f"Setting new_order must be one of {', '.join(NEW_ORDERS)}, not {settings.new_order!r}."
        )
    return settings


def load_settings(db: Database) -> Settings:
    """The stored settings, defaults for whatever is missing or unusable."""
    text = meta_value(db, META_KEY)
    if text is None:
        return Settings()
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("settings in meta are not JSON; using the defaults")
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, object] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        candidate = Settings(**{**values, f.name: data[f.name]})
        try:
            validate(candidate)
        except SettingsError as err:
            log.warning("ignoring stored setting: %s", err)
            continue
        values[f.name] = data[f.name]
    return Settings(**{**asdict(defaults), **values})


def save_settings(db: Database, settings: Settings) -> None:
    """Store `settings` (validated first) in one transaction."""
    validate(settings)
    set_meta_value(db, META_KEY, json.dumps(asdict(settings), sort_keys=True))
