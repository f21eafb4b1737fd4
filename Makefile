PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= demo.db

.PHONY: install demo test lint clean

$(BIN)/detente: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip "setuptools>=77,<81" wheel
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(BIN)/detente

install: $(BIN)/detente

demo: install
	$(BIN)/detente demo --db $(DB)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build *.egg-info
