"""Pick a font that renders Simplified Chinese, so Hanzi never show as boxes.

An installed family that covers Simplified Chinese is preferred (Noto Sans CJK SC, Source Han
Sans, WenQuanYi, PingFang, Microsoft YaHei, then any other); without one, the subset of Noto Sans
CJK SC bundled in vocab_app/resources/fonts/ is loaded. The CJK family is added to the application
font as a fallback after the platform's UI family, so Latin text keeps the system look.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from vocab_app import paths

if TYPE_CHECKING:
    from vocab_app.paths import Traversable

log = logging.getLogger(__name__)

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "PingFang SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
)
BUNDLED_FONT = "NotoSansCJKsc-Regular-subset.otf"
# Set to 1 to ignore installed fonts and use the bundled one (screenshots, tests of the bundle).
FORCE_BUNDLED_ENV = "VOCAB_APP_BUNDLED_FONT"


def bundled_font() -> Traversable:
    """The bundled CJK subset font file (package data)."""
    return paths.resource("fonts", BUNDLED_FONT)


def installed_cjk_family() -> str | None:
    """The best installed family that supports Simplified Chinese, or None."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        return None
    available = set(families)
    for name in PREFERRED_FAMILIES:
        if name in available:
            return name
    return families[0]


def load_bundled_family() -> str | None:
    """Load the bundled CJK subset font; its family name, or None if Qt cannot use it.

    The font is handed to Qt as bytes, so it loads wherever the package data lives and Qt
    never keeps a file name that might be a temporary copy.
    """
    font_id = QFontDatabase.addApplicationFontFromData(bundled_font().read_bytes())
    if font_id < 0:
        log.warning("bundled CJK font could not be loaded: %s", BUNDLED_FONT)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def cjk_family() -> str | None:
    """The family used for Chinese text: installed if possible, else the bundled subset."""
    if os.environ.get(FORCE_BUNDLED_ENV) != "1":
        family = installed_cjk_family()
        if family:
            return family
    return load_bundled_family()


def install_app_font(app: QApplication) -> str | None:
    """Make the application font fall back to a CJK family; returns that family (or None)."""
    font = QFont(app.font())
    # The real family behind an alias like "Sans Serif", resolved before the bundled font is
    # registered (fontconfig could then pick it for "sans"), so Latin text and symbols (…) keep
    # the UI font's glyphs and only what it lacks falls back to the CJK family.
    ui_family = QFontInfo(font).family() or font.family()
    family = cjk_family()
    if family is None:
        log.warning("no font for Chinese found; Hanzi may show as boxes")
        return None
    font.setFamilies([ui_family, family] if ui_family != family else [family])
    app.setFont(font)
    log.info("fonts: UI %r with CJK fallback %r", ui_family, family)
    return family
