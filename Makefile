# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_STORE := $(VENV)/demo.db

.PHONY: demo test install lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,train]'
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
	@echo "== intel: a Tornado Cash pool while sanctioned, and after its delisting (bundled snapshot) =="
	@$(BIN)/keiho intel lookup 0xA160cdAB225685dA1d56aa342Ad8841c3b53f291 --at 2024-06-01 --store $(DEMO_STORE) | head -n 3; true
	@$(BIN)/keiho intel lookup 0xA160cdAB225685dA1d56aa342Ad8841c3b53f291 --at 2025-06-01 --store $(DEMO_STORE) | head -n 1; true
	@echo "== intel: the Ronin bridge exploiter, and a defanged Lazarus domain =="
	@$(BIN)/keiho intel lookup 0x098B716B8Aaf21512996dC57EB0615e2383E2f96 'hxxps://dafom[.]dev/x' --store $(DEMO_STORE); \
	  echo "exit code $$? (5: sanctioned or hostile today)"
	@echo "== intel: who uses spearphishing attachments (ATT&CK) =="
	@$(BIN)/keiho intel attack T1566.001 | head -n 6
	@echo "== mail: a fake CEO, a recruiter's coding test, the real CEO, a fake Zoom SDK update (examples/mail) =="
	@$(BIN)/keiho mail scan examples/mail --profile examples/profile.toml --store $(DEMO_STORE) --show-clean; \
	  echo "exit code $$? (5: at least one message is malicious)"
	@echo "== chat: a Telegram export scanned with the same rules =="
	@$(BIN)/keiho chat scan tests/data/chat/telegram_chat/result.json --profile examples/profile.toml --store $(DEMO_STORE) --format jsonl \
	  | $(BIN)/python -c "import json,sys; [print(r['verdict'], r['score'], r['subject'].rsplit('#',1)[-1], ' '.join(f['rule'] for f in r['findings'])) for r in map(json.loads, sys.stdin)]"

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/python -m mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/domains_eval.py
	$(BIN)/python benchmarks/domains_speed.py
	$(BIN)/python benchmarks/intel_bench.py
	$(BIN)/python benchmarks/mail_eval.py
	$(BIN)/python benchmarks/mail_eval.py --set benchmarks/data/mail-i --no-corpus
	for set in mail-b mail-c mail-d mail-e mail-f mail-g mail-h; do $(BIN)/python benchmarks/mail_eval.py --set benchmarks/data/$$set --no-corpus --no-peers; done
	$(BIN)/python benchmarks/mail_speed.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache
