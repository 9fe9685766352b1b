"""Handouts are labelled in the card language: the setting, else the interface language
setting, else the system's (LANG). Read back from the written HTML and PDF."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from library_helpers import clock
from pypdf import PdfReader

from vocab_app.services.library import Library


def _export(seeded_template: Path, tmp_path: Path, monkeypatch, lang: str,
            **settings: str) -> tuple[str, str]:
    monkeypatch.setenv("LANG", lang)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    db = tmp_path / "c.sqlite"
    shutil.copyfile(seeded_template, db)
    with Library.open(db, clock=clock()) as lib:
        if settings:
            lib.save_settings(dataclasses.replace(lib.settings, **settings))
        lib.export.handout(tmp_path / "h.html", layout="quiz")
        lib.export.handout(tmp_path / "h.pdf", layout="quiz")
    html = (tmp_path / "h.html").read_text(encoding="utf-8")
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "h.pdf").pages)
    return html, pdf


@pytest.mark.parametrize("lang, settings, chinese", [
    ("en_US.UTF-8", {}, False),
    ("zh_CN.UTF-8", {}, True),  # follows the interface, which follows the system
    ("zh_CN.UTF-8", {"card_language": "en"}, False),
    ("en_US.UTF-8", {"interface_language": "zh_CN"}, True),
    ("en_US.UTF-8", {"card_language": "zh_CN"}, True),
])
def test_handout_labels_follow_the_card_language(qapp, seeded_template, tmp_path, monkeypatch,
                                                 lang, settings, chinese):
    # (qapp: the PDF writer would otherwise make a QGuiApplication the Qt tests cannot use)
    html, pdf = _export(seeded_template, tmp_path, monkeypatch, lang, **settings)
    if chinese:
        assert "<title>词汇表</title>" in html and "<th>术语</th>" in html
        assert "<h2>答案</h2>" in html and "个术语，小测验" in html
        assert re.search(r"第 ?1 ?页，共 ?\d+ ?页", pdf), pdf[-200:]
        assert "Answer key" not in html and "Page 1 of" not in pdf
        today = clock().today()
        assert f"· {today.year}年{today.month}月{today.day}日" in html  # the date as it writes one
    else:
        assert "<title>Vocabulary</title>" in html and "<th>Term</th>" in html
        assert "<h2>Answer key</h2>" in html and " terms, quiz" in html
        assert re.search(r"Page 1 of \d+", pdf) and "术语" not in html.split("<tbody>")[0]
        assert f"· {clock().today().isoformat()}" in html
