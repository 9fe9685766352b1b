# Two set-up commands: `make run` starts the app, `make test` runs every test.
# Both create .venv on first use and install the project with its dev extras.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshots package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m vocab_app gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(VENV)/bin/ruff check vocab_app tests benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check vocab_app tests benchmarks

screenshots: $(STAMP)
	$(PY) packaging/screenshots.py

package: $(STAMP)
	bash packaging/build.sh

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
