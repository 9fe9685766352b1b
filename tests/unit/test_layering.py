"""Core packages never import Qt: a headless program can use mining, srs, store and export."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "vocab_app.mining",
    "vocab_app.srs",
    "vocab_app.store",
    "vocab_app.export",
    "vocab_app.services",
    "vocab_app.cli",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_package_does_not_import_qt(module):
    """Importing every submodule of a core package leaves PySide6 out of sys.modules."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in Qt: {out.stdout.strip()}"


def test_cli_help_does_not_import_heavy_libraries():
    """`vocab --help` stays instant: jieba, genanki and Qt are not imported to build the parser."""
    code = (
        "import sys\n"
        "from vocab_app.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('jieba', 'genanki', 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
