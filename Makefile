# The two commands of the README: `make serve` and `make test`. Each creates the
# virtual environment and installs the pinned dependencies first, when needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve build test benchmarks lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

benchmarks: $(STAMP)
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

lock: $(STAMP)
	{ echo "# Exact versions the Makefile installs with (pip -c). Regenerate with: make lock"; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v -iE '^(pip|setuptools)=='; } > constraints.txt

clean:
	rm -rf $(VENV) site .cache
