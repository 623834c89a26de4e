# make run: set up .venv and the map assets, build data/incidents.parquet from seeds/ when needed, serve the app.
# make test: set up .venv (with the test extras) and the map assets, run every test.
# make assets: the map's JavaScript/CSS from the npm packages pinned in package.json -> static/vendor/.
PYTHON ?= python3
NPM ?= npm
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := static/vendor/.installed
PORT ?= 8501

.PHONY: run test lint bench assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	@command -v $(NPM) >/dev/null || { echo "make: npm is needed once to fetch the map's JavaScript (Leaflet and plugins, pinned in package.json)" >&2; exit 1; }
	$(NPM) ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

$(ASSETS): node_modules/.package-lock.json mapping/assets.py $(STAMP)
	$(BIN)/python -m mapping.assets
	touch $@

assets: $(ASSETS)

data/incidents.parquet: $(STAMP) $(wildcard seeds/*) data/landmarks.csv $(wildcard mapping/*.py mapping/gazetteer/*.py)
	$(BIN)/eventmap ingest seeds --out $@ --replace

run: $(ASSETS) data/incidents.parquet
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(STAMP) $(ASSETS)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check mapping tests app.py bench

bench: $(STAMP) $(ASSETS)
	$(BIN)/python bench/pipeline_bench.py
	$(BIN)/python bench/app_bench.py
	$(BIN)/python bench/ingest_bench.py

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts node_modules static/vendor
