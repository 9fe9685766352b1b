"""The collection's settings: a `Settings` dataclass stored as JSON under `meta.key = 'settings'`.

Settings travel with the collection file (a teacher's limits move with the deck). Loading never
fails: a missing row gives the defaults, unknown keys (from a newer version) are ignored and a
value of the wrong type falls back to its default with a warning in the log, so a damaged row
loses nothing else. Saving checks every value and refuses bad ones with one clear sentence.

`SPECS` describes each setting once (its label, kind and allowed values): validation, the CLI's
`vocab config` and the Settings dialog all read it, so they cannot disagree.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta

from vocab_app.errors import VocabError
from vocab_app.i18n_text import N_, _
from vocab_app.services.clock import Clock
from vocab_app.store.db import Database
from vocab_app.store.settings import meta_value, set_meta_value

log = logging.getLogger(__name__)

META_KEY = "settings"
NEW_ORDERS = ("source", "frequency")
INTERFACE_LANGUAGES = ("system", "en", "zh_CN")  # "system": LANG / the desktop's languages
CARD_LANGUAGES = ("interface", "en", "zh_CN")  # "interface": as the interface speaks


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
    fuzz: bool = False  # load spreading: intervals >= 3 days move by up to ±5% (off: pure SM-2)
    reverse_cards: bool = False  # create and review gloss → term cards too
    six_grade_mode: bool = False  # show grades 0..5 instead of the four buttons
    cloze_cards: bool = False  # Anki exports carry a context cloze card by default
    day_start_hour: int = 0  # local hour a new review day starts (0: midnight; Anki uses 4)
    interface_language: str = "system"  # the app's menus and dialogs (INTERFACE_LANGUAGES)
    card_language: str = "interface"  # labels on exported cards and handouts (CARD_LANGUAGES)
    # the Mine preview hides and unticks the words among this many most common (0: off)
    frequency_filter: int = 0


@dataclass(frozen=True)
class Spec:
    """What one setting is: how people call it, and the values it takes."""

    name: str
    label: str  # "new cards a day": how sentences name it (marked N_, shown with _())
    low: int = 0  # whole numbers: the range
    high: int = 0
    choices: tuple[str, ...] = ()  # text settings: the allowed values
    help: str = ""

    @property
    def kind(self) -> type:
        """bool, int or str: the type of the value."""
        return type(getattr(Settings(), self.name))

    def describe(self) -> str:
        """The values it takes, as a phrase in the user's language: "a whole number from 0 to
        9999"."""
        if self.kind is bool:
            return _("on or off (true/false)")
        if self.kind is int:
            return _("a whole number from {low} to {high}").format(low=self.low, high=self.high)
        return _("one of {choices}").format(choices=", ".join(self.choices))

    def refusal(self, value: str) -> str:
        """The sentence refusing `value` (as typed or stored, in repr) for this setting."""
        text = _("{label} must be {values}, not {value}.").format(
            label=_(self.label), values=self.describe(), value=value)
        return text[:1].upper() + text[1:]


SPECS: dict[str, Spec] = {s.name: s for s in (
    Spec("new_per_day", N_("new cards a day"), 0, 9999,
         help=N_("How many new cards a day's reviews introduce.")),
    Spec("reviews_per_day", N_("reviews a day"), 0, 9999,
         help=N_("How many due (learning and review) cards a day shows at most.")),
    Spec("reverse_cards", N_("reverse cards"),
         help=N_("Also review (and export) gloss → term cards; new terms get one.")),
    Spec("cloze_cards", N_("cloze cards"),
         help=N_("Anki exports add a card with the term blanked in its context sentence.")),
    Spec("six_grade_mode", N_("six grades"),
         help=N_("Answer with the grades 0–5 instead of the four buttons "
                 "Again/Hard/Good/Easy.")),
    Spec("new_order", N_("new-card order"), choices=NEW_ORDERS,
         help=N_("source: in the order terms were first seen; frequency: most seen first.")),
    Spec("leech_threshold", N_("leech threshold"), 1, 99,
         help=N_("Lapses after which a card is a leech (tagged “leech”).")),
    Spec("leech_suspend", N_("suspend leeches"),
         help=N_("A card that becomes a leech is also suspended.")),
    Spec("fuzz", N_("load spreading"),
         help=N_("Intervals of 3 days or more move by up to ±5%, so cards learned together do "
                 "not all fall due on one day.")),
    Spec("day_start_hour", N_("hour a new day starts"), 0, 23,
         help=N_("Answers before this hour count for the day before (Anki uses 4).")),
    Spec("interface_language", N_("interface language"), choices=INTERFACE_LANGUAGES,
         help=N_("system: the system's language (LANG); en: English; zh_CN: "
                 "Simplified Chinese. The desktop app uses it from its next start (its "
                 "Settings dialog offers to restart at once).")),
    Spec("card_language", N_("card language"), choices=CARD_LANGUAGES,
         help=N_("The labels on exported Anki cards and handouts. interface: the "
                 "interface's language; en: English; zh_CN: Simplified Chinese.")),
    Spec("frequency_filter", N_("frequency filter default"), 0, 100_000,
         help=N_("The Mine preview starts by hiding and unticking the words among this many "
                 "most common ones (wordfreq's ranks; 0: off, 5000 suits an advanced "
                 "learner).")),
)}

_TRUE, _FALSE = ("true", "on", "yes", "1"), ("false", "off", "no", "0")


def spec(name: str) -> Spec:
    """The Spec of setting `name`; SettingsError naming the settings that exist."""
    found = SPECS.get(name.strip().replace("-", "_"))
    if found is None:
        raise SettingsError(_("There is no setting “{name}”; the settings are "
                              "{names}.").format(name=name, names=", ".join(SPECS)))
    return found


def validate(settings: Settings) -> Settings:
    """Return `settings` if every value is usable, else raise SettingsError with a sentence
    naming the setting and the values it takes."""
    for f in fields(Settings):
        s = SPECS[f.name]
        value = getattr(settings, f.name)
        bad = type(value) is not s.kind
        if not bad and s.kind is int:
            bad = not s.low <= value <= s.high
        if not bad and s.kind is str:
            bad = value not in s.choices
        if bad:
            raise SettingsError(s.refusal(repr(value)))
    return settings


def parse_value(name: str, text: str) -> bool | int | str:
    """The value `text` gives setting `name` (as typed on a command line); SettingsError with
    a sentence when it is not one the setting takes."""
    s = spec(name)
    word = text.strip()
    value: bool | int | str = word
    if s.kind is bool:
        if word.casefold() not in _TRUE + _FALSE:
            raise SettingsError(s.refusal(repr(text)))
        value = word.casefold() in _TRUE
    elif s.kind is int:
        try:
            value = int(word)
        except ValueError:
            raise SettingsError(s.refusal(repr(text))) from None
    validate(_replaced(Settings(), s.name, value))
    return value


def format_value(value: object) -> str:
    """A value as `vocab config` prints it (booleans as true/false)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def with_value(settings: Settings, name: str, text: str) -> Settings:
    """`settings` with setting `name` set from `text` (see `parse_value`)."""
    return _replaced(settings, spec(name).name, parse_value(name, text))


def _replaced(settings: Settings, name: str, value: bool | int | str) -> Settings:
    values: dict[str, object] = {**asdict(settings), name: value}
    return Settings(**values)  # type: ignore[arg-type]  # validate() checks the types


def study_day(clock: Clock, settings: Settings) -> date:
    """The review day it is now: the clock's calendar day, or the day before while the local
    time is earlier than `day_start_hour`."""
    today = clock.today()
    if settings.day_start_hour == 0:
        return today
    now = clock.now()
    local = now.astimezone()
    if local.date() != today:  # a clock whose day is not the system zone's (tests: UTC)
        local = now
    return today - timedelta(days=1) if local.hour < settings.day_start_hour else today


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """"zh_CN" when the environment's message locale (LC_ALL, LC_MESSAGES, LANG, as gettext
    reads them) is Simplified Chinese, else "en"."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            first = value.split(":")[0].split(".")[0].replace("-", "_")
            hant = any(tag in first for tag in ("TW", "HK", "MO", "Hant"))
            return "zh_CN" if first.startswith("zh") and not hant else "en"
    return "en"


def card_language(settings: Settings, environ: Mapping[str, str] | None = None) -> str:
    """The language of card and handout labels ("en" or "zh_CN"): the card language setting,
    else the interface language setting, else the system's (`system_language`)."""
    if settings.card_language != "interface":
        return settings.card_language
    if settings.interface_language != "system":
        return settings.interface_language
    return system_language(environ)


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
