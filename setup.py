"""setuptools hook: compile the message catalogues into the package as it is built.

Everything else about the package is in pyproject.toml. `build_py` runs
packaging/build_catalogues.py on the files it copies (wheel, sdist build); an editable install
(`pip install -e .`) reads the source tree, so the catalogues are compiled there.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _catalogue_builder():
    spec = importlib.util.spec_from_file_location(
        "build_catalogues", HERE / "packaging" / "build_catalogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then the compiled catalogues beside their sources."""

    def run(self) -> None:
        super().run()
        builder = _catalogue_builder()
        if getattr(self, "editable_mode", False):
            builder.build_all()
        else:
            built = Path(self.build_lib) / "vocab_app" / "resources" / "locale"
            builder.build_all(locale_dir=built)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
