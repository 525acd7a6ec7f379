# EngageMap — `make test` runs every test, `make maps` renders Models/ into Diagrams/.
SHELL := /bin/bash
SWIFT ?= swift
TEST_LOG := .build/test-output.log
BROWSER_LOG := .build/browser-test-output.log
LSP_LOG := .build/lsp-test-output.log

.PHONY: all build test test-python maps deps clean

all: build

# Installs libgraphviz-dev, Graphviz's plugin configuration, and what the tests need when missing:
# python3 with jsonschema, chromium, chromium-driver, selenium and pytest (browser tests),
# pytest-lsp and a TextMate engine (language-server and grammar tests), lxml and SpiffWorkflow
# (BPMN check).
deps:
	@Scripts/install-deps.sh

build:
	$(SWIFT) build

# Runs every test: Swift, the browser tests in headless Chromium, the BPMN check, the
# language-server and grammar tests; then repeats the summary lines and fails when any failed.
test: deps
	@mkdir -p .build
	@set -o pipefail; status=0; browser=0; bpmn=0; lsp=0; \
	$(SWIFT) test 2>&1 | tee $(TEST_LOG) || status=$$?; \
	$(SWIFT) build --product engagemap >/dev/null || status=2; \
	bin="$$($(SWIFT) build --show-bin-path)/engagemap"; \
	ENGAGEMAP="$$bin" python3 -m pytest Tests/Browser -p no:cacheprovider -rfE 2>&1 | tee $(BROWSER_LOG) || browser=$$?; \
	python3 Tests/bpmn/check_bpmn.py "$$bin" Models/riverside Models/northshore || bpmn=$$?; \
	ENGAGEMAP="$$bin" python3 -m pytest -q -p no:cacheprovider -c Tests/LSP/pytest.ini Tests/LSP $(wildcard Tests/Grammar) 2>&1 | tee $(LSP_LOG) || lsp=$$?; \
	echo; echo "Summary:"; grep -a -E 'Test run with [0-9]+ tests?' $(TEST_LOG) | tail -n 1; \
	echo "Browser tests: $$(grep -a -E '^=+ .*(passed|failed|error).* =+$$' $(BROWSER_LOG) | tail -n 1 | tr -d '=')"; \
	echo "BPMN check: $$( [ $$bpmn -eq 0 ] && echo passed || echo failed)"; \
	echo "Language-server and grammar tests: $$(tail -n 1 $(LSP_LOG))"; \
	for s in $$browser $$bpmn $$lsp; do if [ $$status -eq 0 ]; then status=$$s; fi; done; \
	exit $$status

# End-to-end language-server tests (pytest-lsp) and the TextMate grammar test, against the built engagemap.
test-python: build
	ENGAGEMAP="$$($(SWIFT) build --show-bin-path)/engagemap" python3 -m pytest -q -c Tests/LSP/pytest.ini Tests/LSP $(wildcard Tests/Grammar)

maps: deps build
	@Scripts/render-maps.sh "$$($(SWIFT) build --show-bin-path)/engagemap"

clean:
	rm -rf .build
