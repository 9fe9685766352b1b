"""setuptools hook: compile the message catalogues and build the word frequency tables into
the package as it is built.

Everything else about the package is in pyproject.toml. `build_py` compiles the gettext
catalogues of the CLI (packaging/build_catalogues.py, Babel: .po → .mo) and the interface
catalogues (vocab_app/translations.py, PySide6's lrelease: .ts → .qm), and the frequency tables
from wordfreq (packaging/build_frequency.py: resources/frequency/*.txt.xz), all loaded by path
(the package is not importable while it is being built). For a wheel or sdist they go into the build
folder; an editable install (`pip install -e .`) reads the source tree, so they are compiled there.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then the compiled catalogues beside their sources."""

    def run(self) -> None:
        super().run()
        gettext_catalogues = _load("build_catalogues", HERE / "packaging" / "build_catalogues.py")
        qt_catalogues = _load("_vocab_translations", HERE / "vocab_app" / "translations.py")
        frequency = _load("build_frequency", HERE / "packaging" / "build_frequency.py")
        qt_source = HERE / "vocab_app" / "resources" / "i18n"
        if getattr(self, "editable_mode", False):
            gettext_catalogues.build_all()
            qt_catalogues.build_catalogues(qt_source)
            frequency.build_all()
        else:
            resources = Path(self.build_lib) / "vocab_app" / "resources"
            gettext_catalogues.build_all(locale_dir=resources / "locale")
            qt_catalogues.build_catalogues(qt_source, resources / "i18n", force=True)
            frequency.build_all(resources / "frequency")


setup(cmdclass={"build_py": BuildPyWithCatalogues})
