"""`make screenshots` (packaging/screenshots.py) draws every main view and dialog.

The script drives the real windows through their public API; when a view's API changes, this
test fails instead of the screenshots silently stopping (it broke that way once).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ("welcome", "mine-preview", "library", "review-front", "review-back", "stats",
         "export-dialog", "lists-dialog", "add-term-dialog", "settings-dialog", "restart-offer")
HANDOUTS = ("handout-glossary", "handout-quiz")  # page 1 of each PDF, rendered


@pytest.mark.slow
def test_the_screenshot_script_writes_a_picture_of_every_view(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"),
                           "--out", str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    for name in VIEWS:
        png = tmp_path / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert png.stat().st_size > 10_000, f"{name}.png is nearly empty"
    for name in HANDOUTS:
        png = tmp_path / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert png.stat().st_size > 30_000, f"{name}.png is nearly empty"
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF-")
