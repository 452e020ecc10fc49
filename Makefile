# Brobygger – the two commands a newcomer needs:
#   make run    start the app (creates .venv and installs on first use)
#   make test   run the whole test suite: lint, types, the package layers and pytest

VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp
# the core's English gettext catalogue: the .po is the source, the .mo is built from it
CORE_PO := resources/translations/brobygger_core_en.po
CORE_MO := resources/translations/brobygger_core_en.mo

.PHONY: run test lint pytest forms translations clean bench bench-series

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(CORE_MO): $(CORE_PO) | $(STAMP)
	$(PY) -m brobygger.ui.build_core_catalogue --compile

run: $(STAMP) $(CORE_MO)
	$(VENV)/bin/brobygger

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests migrations tools $(wildcard benchmarks)
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

pytest: $(STAMP) $(CORE_MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: lint pytest

forms: $(STAMP)
	$(PY) -m brobygger.ui.build_forms

translations: $(STAMP)
	$(PY) -m brobygger.ui.build_translations

bench: $(STAMP)
	$(PY) benchmarks/run.py $(BENCH_ARGS)

bench-series: $(STAMP)
	$(PY) benchmarks/run.py --scale-series $(BENCH_ARGS)

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache
