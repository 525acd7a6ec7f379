# EngageMap — `make test` runs every test, `make maps` renders Models/ into Diagrams/.
SHELL := /bin/bash
SWIFT ?= swift
TEST_LOG := .build/test-output.log
BROWSER_LOG := .build/browser-test-output.log

.PHONY: all build test test-python maps deps clean

all: build

# Installs libgraphviz-dev, Graphviz's plugin configuration, python3-jsonschema, and chromium,
# chromium-driver, selenium and pytest for the browser tests, when missing.
deps:
	@Scripts/install-deps.sh

build:
	$(SWIFT) build

# Runs every test (Swift, then the browser tests in headless Chromium), then repeats both
# summary lines at the end; fails when either fails.
test: deps
	@mkdir -p .build
	@set -o pipefail; status=0; browser=0; \
	$(SWIFT) test 2>&1 | tee $(TEST_LOG) || status=$$?; \
	$(SWIFT) build --product engagemap >/dev/null && \
	ENGAGEMAP="$$($(SWIFT) build --show-bin-path)/engagemap" python3 -m pytest Tests/Browser -p no:cacheprovider -rfE 2>&1 | tee $(BROWSER_LOG) || browser=$$?; \
	echo; echo "Summary:"; grep -a -E 'Test run with [0-9]+ tests?' $(TEST_LOG) | tail -n 1; \
	echo "Browser tests: $$(grep -a -E '^=+ .*(passed|failed|error).* =+$$' $(BROWSER_LOG) | tail -n 1 | tr -d '=')"; \
	if [ $$status -eq 0 ]; then status=$$browser; fi; \
	exit $$status
	@$(MAKE) --no-print-directory test-python

# End-to-end language-server tests (pytest-lsp) and the TextMate grammar test, against the built engagemap.
test-python: build
	ENGAGEMAP="$$($(SWIFT) build --show-bin-path)/engagemap" python3 -m pytest -q -c Tests/LSP/pytest.ini Tests/LSP $(wildcard Tests/Grammar)

maps: deps build
	@Scripts/render-maps.sh "$$($(SWIFT) build --show-bin-path)/engagemap"

clean:
	rm -rf .build
