# Every target bootstraps its own virtual environment from the project's files.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
REFERENCE ?= ../shared/reference/articles
BBC ?= ../shared/benchmarks/bbc-news-fulltext

.PHONY: install icu browser run test bench profile clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	@$(MAKE) --no-print-directory icu
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Ingest the reference articles (or the bundled example when they are absent) and show
# what was found.
run: install
	@if [ -d "$(REFERENCE)" ]; then src="$(REFERENCE)"; who=Assad; else src=examples; who=Baerbock; fi; \
	echo "$$ newsgraph ingest $$src"; $(BIN)/newsgraph ingest "$$src" 2>&1; \
	echo; echo "$$ newsgraph articles"; $(BIN)/newsgraph articles; \
	echo; echo "$$ newsgraph entities --type PERSON --limit 12"; \
	$(BIN)/newsgraph entities --type PERSON --limit 12; \
	echo; echo "$$ newsgraph show $$who"; $(BIN)/newsgraph show "$$who"; \
	echo; echo "Browse the same store: $(BIN)/newsgraph serve  (then open http://127.0.0.1:8000/)"

# followthemoney (newsgraph export ftm) builds PyICU, which needs the ICU headers and
# pkg-config; installed from Debian here when missing and we can (root with apt-get).
icu:
	@if ! pkg-config --exists icu-uc 2>/dev/null && [ "$$(id -u)" = 0 ] && \
	    command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's libicu-dev and pkg-config for PyICU"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq libicu-dev pkg-config >/dev/null 2>&1 || \
	  { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq libicu-dev pkg-config >/dev/null 2>&1; } || \
	  echo "could not install libicu-dev: pip will say what is missing"; \
	fi

# The browser test (tests/web/test_browser.py) drives Debian's chromium; Playwright comes
# with the dev extra and never downloads a browser. Installed here when missing and we can
# (root with apt-get); otherwise nothing fails: the test skips and says why.
browser:
	@if [ ! -x "$${NEWSGRAPH_CHROMIUM:-/usr/bin/chromium}" ] && [ "$$(id -u)" = 0 ] && \
	    command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the browser test"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq chromium >/dev/null 2>&1 || \
	  { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } || \
	  echo "could not install chromium: the browser test will skip"; \
	fi

test: install browser
	$(BIN)/python -m pytest -q -n 2

# Throughput over the whole BBC corpus: bare spaCy, newsgraph in one process, with
# --workers 2 and on a 2-worker Dask LocalCluster (~25 minutes on 2 cores). BENCH_ARGS
# takes e.g. --limit 200 for a quick look at a subset.
bench: install
	$(BIN)/python benchmarks/throughput.py $(BBC) $(BENCH_ARGS)

# Where a one-process ingest spends its time (py-spy), beside bare spaCy's components.
profile: install
	$(BIN)/python -m pip install --quiet -e '.[profile]'
	$(BIN)/python benchmarks/profile_ingest.py $(BBC) --limit 200

# Latency of the web pages under wrk, with datasette as the anchor. The store of BBC and
# FA-KES is built into WEB_DB when missing (~6 minutes); needs wrk (apt-get install wrk).
WEB_DB ?= build/web-bench.db
.PHONY: bench-web
bench-web: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	mkdir -p $(dir $(WEB_DB))
	$(BIN)/python benchmarks/web_latency.py --db $(WEB_DB) --build

# Fuzzing, about 15 minutes: the fuzz tests of `make test` with FUZZ_EXAMPLES examples
# each, atheris over the readers for FUZZ_SECONDS, and schemathesis against a
# `newsgraph serve` that the script starts on a free localhost port; the figures replace
# the "fuzz" section of docs/benchmarks.md. Exits 1 when anything failed.
FUZZ_EXAMPLES ?= 2000
FUZZ_SECONDS ?= 300
.PHONY: fuzz
fuzz: install
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	$(BIN)/python benchmarks/fuzz.py --examples $(FUZZ_EXAMPLES) --atheris-seconds $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
