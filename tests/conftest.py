"""Shared fixtures. Qt tests live in tests/gui/ and are marked `gui` automatically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vocab_app.paths import seed_files

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English output unless they set a language themselves: a developer whose shell
# is in Chinese (LANG=zh_CN.UTF-8) must see the same results as CI.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = seed_files()
GOLD_DIR = ROOT / "tests" / "data" / "gold"


def pytest_sessionstart(session):
    """Build the interface catalogues (.qm, not committed) from their .ts sources and the CLI's
    gettext catalogues (.mo) from their .po, as `make` and the installs do (a test run from a
    fresh checkout or another worktree must not find stale or no catalogues);
    tests/gui/test_i18n.py asserts they are there. The frequency tables (not committed either)
    are built when missing, from wordfreq (a dev dependency); tests/unit/mining/test_frequency.py
    asserts they are there."""
    from vocab_app.translations import build_catalogues

    build_catalogues()
    _packaging_script("build_catalogues").build_all()  # the CLI's .mo, as the installs do
    _build_missing_frequency_tables()


def _packaging_script(name: str):
    """packaging/NAME.py loaded as a module (packaging/ is not a package)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_missing_frequency_tables() -> None:
    import contextlib

    module = _packaging_script("build_frequency")
    if all(module.table_path(lang).exists() for lang in module.LANGUAGES):
        return
    # no wordfreq: nothing is built, and the frequency tests say the tables are missing
    with contextlib.suppress(ImportError):
        module.build_all()


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def seed_paths() -> list[Path]:
    """The three bundled seed transcripts."""
    return list(SEEDS)


@pytest.fixture
def col(tmp_path: Path):
    """An empty real collection file, tmp_path/c.sqlite, with the row writers of
    tests/helpers/collection_factory.py (closed after the test)."""
    from helpers.collection_factory import Collection

    c = Collection.create(tmp_path / "c.sqlite")
    yield c
    c.close()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A collection file holding the three seeds, imported once per session through the real
    Library (real jieba, real SQLite). Never modify it: copy it (`seeded`, `collection`)."""
    from library_helpers import clock

    from vocab_app.services.library import Library

    path = tmp_path_factory.mktemp("template") / "collection.sqlite"
    with Library.open(path, clock=clock()) as lib:
        report = lib.import_files(list(SEEDS))
    assert not report.errors and report.new_terms > 0
    return path


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's data/config dirs from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the seeded collection (tmp_path/collection.sqlite)."""
    import shutil

    target = tmp_path / "collection.sqlite"
    shutil.copyfile(seeded_template, target)
    return target
