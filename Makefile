# Two commands do everything: `make demo` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed
SYS_STAMP := $(VENV)/.system-packages
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd chromium fonts-dejavu-core python3-venv

.PHONY: demo test check setup system lint types bench clean i18n

demo: setup
	$(BIN)/audit samples/eligible-en-digital --out audit-reports/eligible-en-digital; \
	  code=$$?; echo "exit code $$code (1 = findings at error level, see the report)"; \
	  echo "report: $$(pwd)/audit-reports/eligible-en-digital/report.html"; [ $$code -le 1 ]

test: setup
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

setup: system $(STAMP)

# Debian packages: Tesseract with English, French and orientation data; Chromium for browser tests.
system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml
	[ -x $(BIN)/python ] || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# What CI runs besides the tests: lint, format and types (.ci/run: make check test).
check: lint types

lint: setup
	$(BIN)/ruff check auditor extractors tests benchmarks samples
	$(BIN)/ruff format --check auditor extractors tests benchmarks samples

types: setup
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) audit-reports test-artifacts

# Translations (README, "Translations"): extract every marked message into the template, merge it
# into each language's catalogue (new messages arrive empty, changed ones fuzzy), and compile the
# .mo files the package ships. tests/unit/test_i18n.py fails until every message is translated
# and every .mo is compiled from its .po.
i18n: setup
	mkdir -p build
	$(BIN)/pybabel extract -F babel.cfg -k tr -k trn:1,2 -k NP_:1,2 --no-location --sort-output \
	  --project cec-auditor --copyright-holder "the cec-auditor authors" \
	  -o build/auditor.pot .
	$(BIN)/pybabel update -D auditor -i build/auditor.pot -d auditor/locale \
	  --no-wrap --ignore-obsolete
	sed -i '/^"POT-Creation-Date: /d' auditor/locale/*/LC_MESSAGES/auditor.po  # no churn per run
	$(BIN)/pybabel compile -D auditor -d auditor/locale --statistics
