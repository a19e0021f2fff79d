# Every target bootstraps its own virtual environment from the project's files.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
REFERENCE ?= ../shared/reference/articles
BBC ?= ../shared/benchmarks/bbc-news-fulltext

.PHONY: install run test bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
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
	echo; echo "$$ newsgraph show $$who"; $(BIN)/newsgraph show "$$who"

test: install
	$(BIN)/python -m pytest -q -n 2

bench: install
	$(BIN)/python benchmarks/throughput.py $(BBC)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
