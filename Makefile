# EngageMap — `make test` runs every test, `make maps` renders Models/ into Diagrams/.
SHELL := /bin/bash
SWIFT ?= swift
TEST_LOG := .build/test-output.log

.PHONY: all build test maps deps clean

all: build

# Installs libgraphviz-dev, Graphviz's plugin configuration and the Python test modules when missing.
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
	@# BPMN export: every model's export validated against the OMG schema and parsed by SpiffWorkflow.
	python3 Tests/bpmn/check_bpmn.py "$$($(SWIFT) build --show-bin-path)/engagemap" Models/riverside Models/northshore

maps: deps build
	@Scripts/render-maps.sh "$$($(SWIFT) build --show-bin-path)/engagemap"

clean:
	rm -rf .build
