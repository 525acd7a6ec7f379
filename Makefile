# EngageMap — `make test` runs every test, `make maps` renders Models/ into Diagrams/.
SHELL := /bin/bash
SWIFT ?= swift
TEST_LOG := .build/test-output.log

.PHONY: all build test test-python maps deps clean

all: build

# Installs libgraphviz-dev, Graphviz's plugin configuration and python3-jsonschema when missing.
deps:
	@Scripts/install-deps.sh

build:
	$(SWIFT) build

# Runs every test, then repeats Swift Testing's summary line at the end.
test: deps
	@mkdir -p .build
	@set -o pipefail; status=0; \
	$(SWIFT) test 2>&1 | tee $(TEST_LOG) || status=$$?; \
	echo; echo "Summary:"; grep -a -E 'Test run with [0-9]+ tests?' $(TEST_LOG) | tail -n 1; \
	exit $$status
	@$(MAKE) --no-print-directory test-python

# End-to-end language-server tests (pytest-lsp) and the TextMate grammar test, against the built engagemap.
test-python: build
	ENGAGEMAP="$$($(SWIFT) build --show-bin-path)/engagemap" python3 -m pytest -q -c Tests/LSP/pytest.ini Tests/LSP $(wildcard Tests/Grammar)

maps: deps build
	@Scripts/render-maps.sh "$$($(SWIFT) build --show-bin-path)/engagemap"

clean:
	rm -rf .build
