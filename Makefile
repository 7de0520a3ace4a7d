# Two commands matter: `make run` starts Sahel Desk, `make test` runs the tests.
# Both create the virtual environment in .venv and install what is needed.
# `make lint` runs ruff and mypy; CI runs it before the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test fuzz lint bench clean screenshots qt-libs postgres translations gazetteer

# The GUI's translations: the .qm files the application loads are built from the
# Linguist sources in resources/i18n whenever one of those changed.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_STAMP := sahel_desk/gui/i18n/qm/.stamp

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

$(QM_STAMP): $(STAMP) $(TS_FILES)
	$(PY) -m sahel_desk.gui.i18n.build release
	touch $(QM_STAMP)

# After changing the GUI's texts: bring every area's .ts up to date with the code (new
# messages arrive unfinished, for Qt Linguist: .venv/bin/pyside6-linguist), then build.
translations: $(STAMP)
	$(PY) -m sahel_desk.gui.i18n.build update
	$(PY) -m sahel_desk.gui.i18n.build release
	touch $(QM_STAMP)

run: $(STAMP) $(QM_STAMP)
	@$(PY) packaging/qt_libs.py auto
	$(PY) main.py $(ARGS)

test: $(STAMP) $(QM_STAMP) qt-libs postgres
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The fuzz tests with many more inputs: FUZZ_INPUTS per target (6 targets), FUZZ_SEED to vary.
FUZZ_INPUTS ?= 1700
fuzz: $(STAMP)
	FUZZ_INPUTS=$(FUZZ_INPUTS) QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/fuzz -m fuzz $(PYTEST_ARGS)

# Qt's platform plugin needs system libraries (xcb's for a display; EGL, xkbcommon,
# fontconfig even offscreen): packaging/qt_libs.py finds the missing ones with ldd and
# installs Debian's packages when we may (root), else prints the apt-get command.
qt-libs: $(STAMP)
	@$(PY) packaging/qt_libs.py offscreen

# The storage, service and export tests also run against a throwaway PostgreSQL
# server that the tests start on loopback (tests/pg_server.py). Install Debian's
# server when none is found and we may, without the cluster Debian would create
# and start: the tests make their own. Without a server those tests skip (CI=true
# makes them fail instead).
postgres:
	@if { command -v initdb && command -v pg_ctl; } >/dev/null 2>&1 \
	    || ls /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; \
	  then :; \
	  elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing the PostgreSQL server the tests start (Debian's postgresql)..."; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq \
	    && apt-get install -y -qq --no-install-recommends postgresql-common >/dev/null \
	    && sed -ri 's/^#?(create_main_cluster) .*$$/\1 = false/' \
	         /etc/postgresql-common/createcluster.conf \
	    && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; \
	  else echo "No PostgreSQL server found: install Debian's postgresql package (or any" \
	            "server with initdb and pg_ctl) to run the PostgreSQL tests; they skip without it."; \
	  fi

# ruff for style and mistakes, then mypy for types (settings in pyproject.toml).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache sahel_desk/gui/i18n/qm

# The built-in gazetteer (sahel_desk/reference/data/gazetteer.tsv.xz), made again from
# the GeoNames dumps of Mali, Burkina Faso and Niger (GEONAMES holds ML.txt, BF.txt, NE.txt).
GEONAMES ?= ../shared/data/geonames
gazetteer: $(STAMP)
	$(PY) -m sahel_desk.reference.builtin_gazetteer $(GEONAMES)

screenshots: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m sahel_desk.gui.screenshots docs/screenshots

bench: $(STAMP)
	$(PY) benchmarks/gazetteer_search.py
	$(PY) benchmarks/builtin_gazetteer_load.py
	$(PY) benchmarks/gui_timings.py
	$(PY) benchmarks/export_speed.py
	$(PY) benchmarks/acled_import_speed.py
	$(PY) benchmarks/bundle_speed.py
	$(PY) benchmarks/report_reading.py
	$(PY) benchmarks/duplicates.py --speed
