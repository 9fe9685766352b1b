# Two set-up commands: `make run` starts the app, `make test` runs every test.
# Both create .venv on first use: `run` installs the app and its runtime dependencies only,
# `test` adds the dev extras (Anki's library, pytest, ruff, ...).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-dev
RUN_STAMP := $(VENV)/.installed-run

.PHONY: catalogues run test package-test lint typecheck bench screenshots package clean

# CI (.ci/run sets CI=true) runs the packaging tests too: a wheel installed in a fresh venv and
# the PyInstaller bundle (pyproject's addopts deselect them everywhere else).
PYTEST_CI := $(if $(filter true,$(CI)),-m "packaging or not packaging")

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The editable install compiles the message catalogues (setup.py → packaging/build_catalogues.py);
# `catalogues` rebuilds them after a .po edit without reinstalling. After the install the
# interface catalogues (.qm, not committed) are built from their .ts sources too:
# vocab_app/translations.py rebuilds only those older than their source.
CATALOGUES := $(wildcard vocab_app/resources/locale/*/LC_MESSAGES/*.po)

$(RUN_STAMP): pyproject.toml setup.py $(CATALOGUES) | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	$(PY) -m vocab_app.translations
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml setup.py $(CATALOGUES) | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m vocab_app.translations
	touch $(STAMP) $(RUN_STAMP)

catalogues: $(STAMP)
	$(PY) packaging/build_catalogues.py

run: $(RUN_STAMP)
	$(PY) -m vocab_app.translations
	$(PY) -m vocab_app gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_CI)
	$(VENV)/bin/ruff check vocab_app tests benchmarks
	$(VENV)/bin/mypy

# The wheel test and the bundle test (builds dist/vocab_app/, ~140 MB; a few minutes).
package-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m packaging tests/packaging

lint: $(STAMP)
	$(VENV)/bin/ruff check vocab_app tests benchmarks

# mypy with pyproject's [tool.mypy]: strict for the core and services, checked for gui/ and cli/.
typecheck: $(STAMP)
	$(VENV)/bin/mypy

screenshots: $(STAMP)
	$(PY) packaging/screenshots.py
	$(PY) packaging/screenshots.py --lang zh_CN --out screenshots/zh_CN

package: $(STAMP)
	bash packaging/build.sh

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
