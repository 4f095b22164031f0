# Every target bootstraps what it needs: a project-local virtualenv (.venv, pinned by
# requirements/dev.txt) and node_modules (pinned by package-lock.json). A fresh clone needs only
# python3, make and npm.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PY := $(BIN)/python
export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

UPSTREAM ?= ../shared/reference/frontegg-identity.openapi.json
HAND_WRITTEN := overrides emulator contract_tests tests bench openapi/tools sdk_tests tools

.PHONY: all bootstrap generate check-generated spec-validate spec-lint spec-check lint typecheck \
	unit contract contract-deep install-check test emulator bench spec-coverage spec-diff clean sdk browser-deps \
	bench-deps

all: test

bootstrap: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Client generation
generate: $(VENV)/.installed
	$(PY) openapi/tools/generate.py

check-generated: $(VENV)/.installed
	$(PY) openapi/tools/generate.py --check

## Spec checks
spec-validate: $(VENV)/.installed
	$(BIN)/openapi-spec-validator openapi/identity.yaml openapi/identity-unpublished.yaml openapi/environment-auth.yaml openapi/tenants.yaml

spec-lint: bootstrap
	$(PY) openapi/tools/lint_spec.py openapi/identity.yaml openapi/identity-unpublished.yaml openapi/environment-auth.yaml openapi/tenants.yaml

spec-check: spec-validate spec-lint check-generated

spec-coverage: $(VENV)/.installed
	$(PY) openapi/tools/spec_coverage.py openapi/identity.yaml $(UPSTREAM)

spec-diff: $(VENV)/.installed
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-diff OLD=old.json NEW=new.json [JSON=out.json]"; exit 2; }
	$(PY) openapi/tools/spec_diff.py "$(OLD)" "$(NEW)" --curated openapi/identity.yaml $(if $(JSON),--json "$(JSON)")

## Code checks
lint: $(VENV)/.installed
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)

typecheck: $(VENV)/.installed
	$(BIN)/mypy -p frontegg_identity -p frontegg_emulator -p frontegg_contract
	$(BIN)/mypy tools/check_install.py tools/readme_examples.py

## Tests
# Frontegg's own SDKs (Python `frontegg`, Node `@frontegg/client` and `@frontegg/rest-api`), pinned,
# in git-ignored folders under sdk_tests/; tests/sdk runs them against the emulator.
sdk:
	bash sdk_tests/install.sh

# The browser tests (tests/browser) drive Debian's Chromium through Playwright (no browser download).
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "browser-deps: chromium is not installed; install it (Debian: apt-get install chromium)" \
			"or tests/browser skips"; \
	fi

unit: bootstrap sdk browser-deps
	$(PY) -m pytest tests $(PYTEST_ARGS)

# The installed command users run in their CI (reports/contract.json, reports/contract-junit.xml);
# CONTRACT_ARGS are its options, PYTEST_ARGS go to pytest after --. Here the emulator it starts (a child
# process, which inherits the variable) holds its own answers to the spec strictly (emulator/README.md,
# "Strict self-check of answers"): a finding is a 500 the suite reports. FRONTEGG_EMULATOR_VERIFY_RESPONSES=0
# on the command line turns it off.
contract contract-deep: export FRONTEGG_EMULATOR_VERIFY_RESPONSES ?= 1
contract: bootstrap
	$(BIN)/frontegg-contract $(CONTRACT_ARGS) -- $(PYTEST_ARGS)

# Nightly: a random seed (printed; FRONTEGG_CONTRACT_SEED replays it), 10x examples, the coverage phase,
# 30-step stateful runs. Not part of `make test`.
contract-deep: bootstrap
	$(BIN)/frontegg-contract --deep $(CONTRACT_ARGS) -- $(PYTEST_ARGS)

# What a user does: build the sdist and wheel, check the wheel, install it in fresh virtualenvs on the
# oldest and newest promised Python, and run the emulator, the client and frontegg-contract from there.
install-check: $(VENV)/.installed
	$(PY) tools/check_install.py

test: spec-check lint typecheck unit contract install-check

## Running things
emulator: $(VENV)/.installed
	$(BIN)/frontegg-emulator serve $(ARGS)

# wrk (Debian's package) is the compiled load generator of the server figures; without it (not root, no
# apt-get) bench/server_bench.py falls back to bench/load.py and says so in its output.
bench-deps:
	@if command -v wrk >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	else \
		echo "bench-deps: wrk is not installed; install it (Debian: apt-get install wrk)" \
			"or the server figures use the Python load generator"; \
	fi

bench: bootstrap bench-deps
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache reports dist sdk_tests/.venv-frontegg sdk_tests/node/node_modules \
		sdk_tests/browser/node_modules sdk_tests/browser/dist
