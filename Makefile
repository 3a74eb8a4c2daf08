# Two commands matter:  `make run` (set up and open the app)  and  `make test` (set up, run every test,
# then check the import layers, lint and types).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint bench fuzz screenshots clean dist check-dist install-desktop uninstall-desktop \
	translations check-translations

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
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/feedback.py
	$(PY) benchmarks/drafting.py
	$(PY) benchmarks/cloze_scan.py

# The translations (docs/translating.md): every string of the code into translations/*.ts (pyside6-lupdate),
# a report of what is left to translate by file, then the .qm files the app loads (pyside6-lrelease).
translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py release

# the report only; fails while a string has no translation
check-translations: $(STAMP)
	$(PY) scripts/translations.py check

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# ---- installs (docs/installing.md) ------------------------------------------------------------------------
# `make dist`: a one-folder build for this OS in dist/history-quiz/ (PyInstaller, a build tool only: GPL-2.0
# with an exception for the programs it builds, see docs/installing.md); `make check-dist` starts it offscreen.
DIST_STAMP := $(VENV)/.dist-tools
$(DIST_STAMP): $(STAMP) constraints.txt
	$(PY) -m pip install -q -c constraints.txt pyinstaller
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  scripts/dist/history-quiz.spec
	@echo "Built dist/history-quiz/ (start dist/history-quiz/history-quiz; check it with: make check-dist)"

check-dist:
	scripts/dist/check-dist.sh dist/history-quiz

# The menu entry and icon: per user by default; per machine with `sudo make install-desktop PREFIX=/usr/local`.
# EXEC is the command the menu entry starts (e.g. EXEC=/opt/history-quiz/history-quiz for a built folder).
PREFIX ?= $(HOME)/.local
EXEC   ?= quiz-app
install-desktop:
	install -d $(DESTDIR)$(PREFIX)/share/applications $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/256x256/apps $(DESTDIR)$(PREFIX)/share/icons/hicolor/64x64/apps
	sed 's|^Exec=.*|Exec=$(EXEC)|' assets/history-quiz.desktop > $(DESTDIR)$(PREFIX)/share/applications/history-quiz.desktop
	chmod 644 $(DESTDIR)$(PREFIX)/share/applications/history-quiz.desktop
	install -m 644 assets/icons/history-quiz.svg $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/history-quiz.svg
	install -m 644 assets/icons/history-quiz-256.png $(DESTDIR)$(PREFIX)/share/icons/hicolor/256x256/apps/history-quiz.png
	install -m 644 assets/icons/history-quiz-64.png $(DESTDIR)$(PREFIX)/share/icons/hicolor/64x64/apps/history-quiz.png
	@if command -v update-desktop-database >/dev/null; then update-desktop-database -q $(DESTDIR)$(PREFIX)/share/applications || true; fi
	@echo "Installed the History Quiz menu entry in $(DESTDIR)$(PREFIX)/share/applications (it starts: $(EXEC))"

uninstall-desktop:
	rm -f $(DESTDIR)$(PREFIX)/share/applications/history-quiz.desktop \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/history-quiz.svg \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/256x256/apps/history-quiz.png \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/64x64/apps/history-quiz.png

clean:
	rm -rf $(VENV) build dist *.egg-info
