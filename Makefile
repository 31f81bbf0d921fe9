# The two commands a newcomer needs: `make run` and `make test`.
# Everything else they need (virtualenv, packages, the trained model) is built on demand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
MODEL  := var/model/secor.json
MODEL_SOURCES := $(shell find intake/classify -name '*.py' -o -name '*.cfg' -o -name '*.jsonl' -o -name '*.jsonl.gz' 2>/dev/null)
PYTEST_ARGS ?=
OCR_ENGINE ?= tesseract

.PHONY: help install lock model run test test-fast lint bench clean ocr-engine bot-examples screenshots

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	@echo "[1/3] creating the virtual environment in $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@echo "[2/3] updating pip"
	@$(BIN)/pip install --quiet --upgrade pip
	@echo "[3/3] installing the product and its tools (a few minutes on a fresh machine)"
	@$(BIN)/python tools/pip_install.py -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)  ## create .venv and install the project with its dev tools (versions from requirements.lock)

lock: $(STAMP)  ## write the installed versions to requirements.lock (after changing pyproject.toml)
	@{ sed -n '1,2p' requirements.lock; $(BIN)/pip freeze --exclude-editable; } > requirements.lock.new
	@mv requirements.lock.new requirements.lock
	@touch $(STAMP)
	@echo "requirements.lock: $$(grep -c '==' requirements.lock) packages"

$(MODEL): $(STAMP) $(MODEL_SOURCES)
	$(BIN)/secor-intake train --force

model: $(MODEL)  ## train the classifier if it is not built yet

run: $(MODEL) ocr-engine  ## run the whole product locally (mailbox, SMTP hub, intake, dashboard)
	$(BIN)/secor-intake run

COVERAGE := --cov=core --cov=intake --cov=bot --cov=knowledge --cov-report=term:skip-covered

test: $(MODEL) ocr-engine  ## run the whole test suite (slow integration tests included), with coverage
	$(BIN)/pytest -n 2 $(COVERAGE) $(PYTEST_ARGS)

test-fast: $(MODEL) ocr-engine  ## run the tests without the slow integration tests
	$(BIN)/pytest -n 2 -m "not slow" $(PYTEST_ARGS)

screenshots: $(MODEL)  ## take the documentation's dashboard screenshots again (docs/screenshots/)
	SECOR_UPDATE_SCREENSHOTS=1 $(BIN)/pytest -p no:cacheprovider tests/dashboard/test_screenshots.py

LINT_PATHS := core intake bot knowledge tests bench tools

lint: $(STAMP)  ## ruff (rules and formatter), mypy strict, and the import layers
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(MODEL) ocr-engine  ## run every benchmark in bench/ and print the figures
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

bot-examples: $(MODEL)  ## relearn the bot's examples from the development question sets in bench/
	$(BIN)/python -m tools.harvest_bot_examples

ocr-engine:  ## make sure the OCR engine (Debian's tesseract) is installed
	@if [ "$(OCR_ENGINE)" = tesseract ] && ! command -v tesseract >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing tesseract-ocr (the OCR engine)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng >/dev/null \
	    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng >/dev/null; }; \
	  else \
	    echo "tesseract (OCR) is missing: sudo apt-get install tesseract-ocr tesseract-ocr-eng; without root: conda install -c conda-forge tesseract and put it on PATH, or make OCR_ENGINE=rapidocr ... (slower)" >&2; exit 1; \
	  fi; \
	fi

clean:  ## remove the virtualenv and everything generated (the store in var/ too)
	rm -rf $(VENV) var build *.egg-info .pytest_cache .mypy_cache .ruff_cache
