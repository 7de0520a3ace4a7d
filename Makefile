# Two commands matter: `make run` starts Sahel Desk, `make test` runs the tests.
# Both create the virtual environment in .venv and install what is needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean screenshots qt-libs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP) qt-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Qt needs a few system libraries (EGL, xkbcommon, fontconfig) even offscreen;
# install them from Debian's packages when they are missing and we may.
qt-libs: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) -c "from PySide6.QtWidgets import QApplication; QApplication([])" 2>/dev/null \
	  || { echo "Installing the system libraries Qt needs..."; \
	       if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	         apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	           libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core >/dev/null; \
	       else echo "Install libegl1 libgl1 libxkbcommon0 libfontconfig1 with your package manager."; fi; }

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m sahel_desk.gui.screenshots docs/screenshots

bench: $(STAMP)
	$(PY) benchmarks/gazetteer_search.py
	$(PY) benchmarks/gui_timings.py
