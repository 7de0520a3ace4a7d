# Two commands matter: `make run` starts Sahel Desk, `make test` runs the tests.
# Both create the virtual environment in .venv and install what is needed.
# `make lint` runs ruff and mypy; CI runs it before the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test fuzz lint bench clean screenshots qt-libs postgres gazetteer

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP) qt-libs postgres
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The fuzz tests with many more inputs: FUZZ_INPUTS per target (6 targets), FUZZ_SEED to vary.
FUZZ_INPUTS ?= 1700
fuzz: $(STAMP)
	FUZZ_INPUTS=$(FUZZ_INPUTS) QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/fuzz -m fuzz $(PYTEST_ARGS)

# Qt needs a few system libraries (EGL, xkbcommon, fontconfig) even offscreen;
# install them from Debian's packages when they are missing and we may.
qt-libs: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) -c "from PySide6.QtWidgets import QApplication; QApplication([])" 2>/dev/null \
	  || { echo "Installing the system libraries Qt needs..."; \
	       if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	         apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	           libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core >/dev/null; \
	       else echo "Install libegl1 libgl1 libxkbcommon0 libfontconfig1 with your package manager."; fi; }

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
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache

# The built-in gazetteer (sahel_desk/reference/data/gazetteer.tsv.xz), made again from
# the GeoNames dumps of Mali, Burkina Faso and Niger (GEONAMES holds ML.txt, BF.txt, NE.txt).
GEONAMES ?= ../shared/data/geonames
gazetteer: $(STAMP)
	$(PY) -m sahel_desk.reference.builtin_gazetteer $(GEONAMES)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m sahel_desk.gui.screenshots docs/screenshots

bench: $(STAMP)
	$(PY) benchmarks/gazetteer_search.py
	$(PY) benchmarks/builtin_gazetteer_load.py
	$(PY) benchmarks/gui_timings.py
	$(PY) benchmarks/export_speed.py
	$(PY) benchmarks/acled_import_speed.py
	$(PY) benchmarks/bundle_speed.py
	$(PY) benchmarks/report_reading.py
