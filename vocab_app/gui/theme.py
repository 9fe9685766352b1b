"""Light or dark, following the system: the palette comes from the platform, the small style
sheet in vocab_app/resources/themes/app.qss only uses palette() colours, so it suits both schemes.

Qt reports the system colour scheme (`styleHints().colorScheme()`, Qt 6.5+, so every PySide6 we
allow). Where the platform style does not switch its palette by itself (Fusion on some
desktops), a dark palette is built here; a change of the system scheme while the app runs is
followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vocab_app import paths

STYLE_SHEET = "app.qss"


def is_dark() -> bool:
    """True when the system asks for a dark colour scheme (or the palette is already dark)."""
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for styles that do not provide one."""
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    disabled = QColor(128, 130, 135)
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Link, QColor("#6cb6ff")), (QPalette.ColorRole.Highlight,
                                                        QColor("#1f9e8f")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, disabled),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QApplication) -> None:
    """Install the palette for the system scheme and the app style sheet; follow later changes."""
    _apply_palette(app)
    app.setStyleSheet(paths.resource("themes", STYLE_SHEET).read_text(encoding="utf-8"))
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    apply_scheme(app, QGuiApplication.styleHints().colorScheme())


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make the palette match `scheme` where the platform style did not already do so."""
    current = app.palette().color(QPalette.ColorRole.Window).lightness()
    if scheme == Qt.ColorScheme.Dark and current >= 128:
        font = app.font()  # setStyle resets the font: keep the CJK fallback
        app.setStyle("Fusion")  # the platform style kept a light palette: draw our dark one
        app.setFont(font)
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and current < 128:
        app.setPalette(app.style().standardPalette())


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` literally (a term `<b>` shows `<b>`), wrapping long lines."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def heading_label(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    """A larger, bold plain-text label for page titles."""
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
