# Two entry points do all set-up on a fresh machine:
#   make demo   audit the built-in example form and write an HTML report under reports/
#   make test   lint, type-check, check the import contracts and run the whole test suite
# Both create .venv, install formaudit with its dev tools, and make sure a Chromium is available.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test lint typecheck imports pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

# The browser check runs every time: it is quick when a browser is there, and a machine can lose one.
setup: $(STAMP)
	$(BIN)/formaudit doctor --install-browser

demo: setup
	$(BIN)/formaudit demo

lint: $(STAMP)
	$(BIN)/ruff check formaudit tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

# The layer and library contracts in pyproject.toml ([tool.importlinter]).
imports: $(STAMP)
	$(BIN)/lint-imports

pytest: setup
	$(BIN)/python -m pytest

test: setup lint typecheck imports pytest

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
