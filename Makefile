# One command each: `make demo` sets up and checks the sample draft; `make test` runs the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: setup demo test test-deps lint

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

demo: setup
	@$(VENV)/bin/factdesk check seeds/sample-draft.md; code=$$?; \
	  echo "factdesk exit code $$code (0 = clean, 1 = a refuted claim was found, 2 = bad input)"; \
	  test $$code -le 1

# installs or starts what the tests need when missing: PostgreSQL, Chromium, docker-compose
test-deps:
	scripts/test-deps.sh

test: setup test-deps
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .
