"""Build step setuptools runs for wheels: compile the interface catalogues (.ts → .qm).

Everything else is declared in pyproject.toml. The .qm files are built from the .ts sources in
vocab_app/resources/i18n/ by vocab_app/translations.py (loaded by path: the package is not
importable while it is being built), which runs PySide6's lrelease (a build requirement).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "_vocab_translations", HERE / "vocab_app" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then the .qm catalogues into the build's vocab_app/resources/i18n/."""

    def run(self) -> None:
        super().run()
        translations = _translations()
        source = HERE / "vocab_app" / "resources" / "i18n"
        if self.editable_mode:  # `pip install -e`: the package is the source folder
            translations.build_catalogues(source)
        else:
            target = Path(self.build_lib) / "vocab_app" / "resources" / "i18n"
            translations.build_catalogues(source, target, force=True)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
