# Two commands matter:  `make run` (set up and open the app)  and  `make test` (set up, run every test,
# then check the import layers, lint and types).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint bench fuzz screenshots clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	scripts/system-deps.sh run
	$(PY) -m quiz_app

test: $(STAMP)
	scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# the fuzz suite at length: thousands of mutated files per importer, the set loader and the settings reader,
# each held to the 2 s budget (`make test` runs a few dozen each)
fuzz: $(STAMP)
	FUZZ_ITERATIONS=$${FUZZ_ITERATIONS:-3000} FUZZ_BUDGET_SECONDS=2 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/fuzz

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) benchmarks/bank_load.py
	$(PY) benchmarks/history.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	$(PY) benchmarks/drafting.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
