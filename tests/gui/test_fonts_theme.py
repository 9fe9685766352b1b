"""Chinese never shows as boxes: the bundled Noto Sans CJK SC subset loads and covers common
Hanzi and punctuation; the app font falls back to a CJK family; labels show markup as text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QRawFont

from vocab_app import paths
from vocab_app.gui import fonts
from vocab_app.gui.theme import plain_label

SAMPLE = "通用人工智能（AGI）、强化学习。“模型”…"


def test_bundled_subset_loads_and_covers_common_chinese(qapp):
    data = fonts.bundled_font().read_bytes()
    assert 1_000_000 < len(data) < 4_500_000
    licence = paths.resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert licence.count("OPEN FONT LICENSE") == 1
    family = fonts.load_bundled_family()
    assert family == "Noto Sans CJK SC"
    raw = QRawFont(data, 16)
    assert raw.isValid()
    assert 0 not in raw.glyphIndexesForString(SAMPLE)  # index 0 is the "missing" box
    assert raw.glyphIndexesForString("𠀀") == [0]  # outside GB2312: a subset indeed


def test_forced_bundle_is_the_cjk_family(qapp, monkeypatch):
    monkeypatch.setenv(fonts.FORCE_BUNDLED_ENV, "1")
    assert fonts.cjk_family() == "Noto Sans CJK SC"


def test_app_font_falls_back_to_a_family_with_hanzi(qapp):
    before = QFont(qapp.font())
    try:
        family = fonts.install_app_font(qapp)
        assert family and family in qapp.font().families()
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "通用人工智能")
    finally:
        qapp.setFont(before)


def test_labels_show_markup_literally(qtbot):
    label = plain_label("<b>bold</b> & 粗体")
    qtbot.addWidget(label)
    label.show()
    assert label.text() == "<b>bold</b> & 粗体"
    assert label.textFormat().name == "PlainText"


def test_dark_scheme_gets_a_dark_palette_and_light_comes_back(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    from vocab_app.gui.theme import apply_scheme, is_dark

    style, palette = qapp.style().name(), qapp.palette()
    try:
        apply_scheme(qapp, Qt.ColorScheme.Dark)
        window = qapp.palette().color(QPalette.ColorRole.Window)
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        assert window.lightness() < 80 < 180 < text.lightness() and is_dark()
        apply_scheme(qapp, Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert not is_dark()
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
