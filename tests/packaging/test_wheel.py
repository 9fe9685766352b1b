"""The wheel works where a user installs it: built from the package alone, installed with its
runtime dependencies in a fresh venv outside the checkout, then `vocab import` of a bundled seed,
`vocab export --apkg` (imported back with Anki's own library) and `vocab export --handout` (PDF
and HTML) run from a folder outside the checkout, against a fresh collection.

The same runs on an editable install (`pip install -e`) in another fresh venv. Both are made from
a copy of what the sdist holds (pyproject.toml, setup.py with its catalogue hook
packaging/build_catalogues.py, MANIFEST.in, README.md and vocab_app/) only, so nothing else in
the checkout (the top-level resources/ and seeds/ links, a stale build/, a compiled .mo) can
make them pass. Installing
PySide6 and the rest needs the package index (or pip's cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers.anki_profile import Anki

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.packaging, pytest.mark.timeout(900)]


def _check(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", **kwargs)
    assert out.returncode == 0, f"{cmd}\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what a source distribution holds: pyproject.toml, setup.py, MANIFEST.in,
    README.md, packaging/build_catalogues.py, packaging/build_frequency.py and vocab_app/
    (without compiled .mo/.qm catalogues and frequency tables)."""
    src = tmp_path_factory.mktemp("src")
    (src / "packaging").mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md",
                 "packaging/build_catalogues.py", "packaging/build_frequency.py"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "vocab_app", src / "vocab_app",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo", "*.qm",
                                                  "*.txt.xz"))
    return src


def _fresh_venv(folder: Path, *install: str) -> Path:
    """A new venv in `folder` with `pip install *install` done; returns its scripts folder."""
    _check([sys.executable, "-m", "venv", str(folder)], timeout=120)
    bin_dir = folder / ("Scripts" if sys.platform == "win32" else "bin")
    _check([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", *install],
           cwd=folder, timeout=600)
    return bin_dir


@pytest.fixture(scope="module")
def wheel_install(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scripts folder of a fresh venv holding the wheel and its runtime dependencies."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    _check([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist),
            str(source)], cwd=tmp, timeout=300)
    (wheel,) = dist.glob("vocab_app-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert {"vocab_app/resources/anki/_details.html", "vocab_app/resources/themes/app.qss",
            "vocab_app/resources/fonts/NotoSansCJKsc-Regular-subset.otf",
            "vocab_app/resources/i18n/vocab_app_zh_CN.qm",  # built by setup.py's build_py
            "vocab_app/resources/i18n/vocab_app_en.qm",
            "vocab_app/resources/frequency/en.txt.xz",  # built from wordfreq by build_py
            "vocab_app/resources/frequency/zh.txt.xz",
            "vocab_app/resources/frequency/NOTICE"} <= names
    assert sum(n.startswith("vocab_app/seeds/") and n.endswith(".txt") for n in names) == 3
    # the build hook compiled the Chinese catalogue into the wheel
    assert "vocab_app/resources/locale/zh_CN/LC_MESSAGES/vocab_app.mo" in names
    return _fresh_venv(tmp / "venv", str(wheel))


@pytest.fixture(scope="module")
def editable_install(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scripts folder of a fresh venv with `pip install -e` of the source copy."""
    return _fresh_venv(tmp_path_factory.mktemp("editable") / "venv", "-e", str(source))


def _vocab(bin_dir: Path, *args: str, cwd: Path,
           lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    """The installed `vocab` script, run from `cwd` with the user's dirs under it."""
    env = {**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
           "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "HOME": str(cwd / "home"), "XDG_DATA_HOME": str(cwd / "data"),
           "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_CACHE_HOME": str(cwd / "cache")}
    env.pop("PYTHONPATH", None)  # the installed package must not see the checkout
    return _check([str(bin_dir / "vocab"), *args], cwd=cwd, env=env, timeout=300)


@pytest.mark.parametrize("kind", ["wheel", "editable"])
def test_installed_app_imports_a_bundled_seed_and_exports(kind, request, source, tmp_path):
    """Run from a folder outside the checkout, on the package data the install provides."""
    installed: Path = request.getfixturevalue(f"{kind}_install")
    work = tmp_path / "user"
    work.mkdir()
    where = _check([str(installed / "python"), "-c",
                    "import vocab_app.paths as p; print(p.__file__); print(p.seed_files()[2])"],
                   cwd=work).stdout.splitlines()
    module, seed = Path(where[0]), Path(where[1])
    home = installed.parent if kind == "wheel" else source  # never the checkout
    assert module.is_relative_to(home) and seed.is_relative_to(home)
    assert seed.is_file()
    # the interface catalogues were compiled by the install (they are not in the source)
    assert (module.parent / "resources" / "i18n" / "vocab_app_zh_CN.qm").is_file()
    # and the frequency tables were built from wordfreq (not in the source either)
    assert (module.parent / "resources" / "frequency" / "zh.txt.xz").is_file()

    db = work / "collection.sqlite"
    out = _vocab(installed, "--db", str(db), "import", str(seed), cwd=work)
    assert "new terms" in out.stdout, out.stdout
    # the installed catalogue: the same summary in Chinese under a Chinese locale
    out = _vocab(installed, "--db", str(db), "import", str(seed), cwd=work, lang="zh_CN.UTF-8")
    assert "新术语" in out.stdout, out.stdout

    apkg = work / "deck.apkg"
    out = _vocab(installed, "--db", str(db), "export", "--apkg", str(apkg), "--reverse",
                 cwd=work)
    notes = int(out.stdout.split()[0])
    assert notes > 10
    with zipfile.ZipFile(apkg) as zf:
        assert "collection.anki2" in zf.namelist()
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(apkg)
        assert len(anki.notes()) == notes
        assert anki.blank_cards() == []
        card = anki.col.get_card(anki.col.find_cards("")[0])
        # The back template includes _details.html, read from the installed package data.
        assert 'class="vocab-meta"' in card.answer()
        css = (ROOT / "vocab_app" / "resources" / "anki" / "card.css").read_text(encoding="utf-8")
        assert card.note_type()["css"].strip() == css.strip()
    finally:
        anki.close()

    pdf, html = work / "terms.pdf", work / "terms.html"
    for out_file in (pdf, html):
        out = _vocab(installed, "--db", str(db), "export", "--handout", str(out_file), cwd=work)
        assert out.stdout.startswith(f"{notes} terms")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontName" in data and len(data) > 10_000
    page = html.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "人工智能" in page
