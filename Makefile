# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@echo "== profile =="
	$(BIN)/keiho profile check examples/profile.toml
	@echo "== lookalike domains (examples/hosts.txt) =="
	@$(BIN)/keiho domains check --profile examples/profile.toml --from-file examples/hosts.txt --no-store; \
	  echo "exit code $$? (0 clean, 3 bad input, 4 suspicious, 5 malicious: see README)"
	@echo "== the same as JSON lines, first three =="
	@$(BIN)/keiho domains check --profile examples/profile.toml --from-file examples/hosts.txt --no-store --format jsonl | head -n 3
	@echo "== lookalikes to watch-list for kitsune-ex.co.jp (first ten) =="
	@$(BIN)/keiho domains permutations kitsune-ex.co.jp | head -n 10

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/python -m mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/domains_eval.py
	$(BIN)/python benchmarks/domains_speed.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache
