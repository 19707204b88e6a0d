# SOPKit: `make run` imports corpus/ into out/ and prints a summary; `make test` runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/sopkit

.PHONY: build run test check-schema check-sarif check-html check-bpmn check-mermaid fuzz bench clean

build:
	$(SWIFT) build -c release --product sopkit

# Imports the corpus. Exit status 1 only means that some corpus inputs carry errors (they are
# listed in out/report.json); the import itself succeeded.
run: build
	rm -rf out
	$(RELEASE_BIN) import corpus --out out; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	  echo "outputs in out/ (report: out/report.json)"

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(MAKE) check-schema

# Validates every expected JSON of the corpus against schemas/sop.schema.json with Python's
# jsonschema (installed with pip when missing).
check-schema:
	scripts/check-schema --self-test
	scripts/check-schema corpus/expected

# Checks the SARIF of `sopkit validate --format sarif` for every corpus input with Microsoft's
# sarif-tools, installed with pip when missing (so it may need the network; not part of `make test`).
# SCRATCH_PATH, when set, is the build folder for `swift build --scratch-path`.
check-sarif:
	SWIFT="$(SWIFT)" scripts/check-sarif $(if $(SCRATCH_PATH),--scratch-path "$(SCRATCH_PATH)")

# Renders the HTML sheet of every corpus SOP and the import index in headless Chromium (installed
# with apt-get when missing), saves screenshots in out/check-html/ and asserts from the laid-out DOM
# that each step's symbol sits in its performer's lane and nothing overflows the A4 landscape page.
# Needs a browser (and the network to install one), so it is not part of `make test`.
check-html:
	SWIFT="$(SWIFT)" scripts/check-html $(if $(SCRATCH_PATH),--scratch-path "$(SCRATCH_PATH)")

# Parses the BPMN of every corpus SOP with SpiffWorkflow (installed with pip when missing) with its
# BPMN 2.0 schema validation on, and runs each process to its end event, every rejected branch once;
# bpmn-moddle and bpmnlint's recommended rules (PyPI package bpmn-io) must find nothing.
check-bpmn:
	SWIFT="$(SWIFT)" scripts/check-bpmn $(if $(SCRATCH_PATH),--scratch-path "$(SCRATCH_PATH)")

# Parses and renders the Mermaid of every corpus SOP with Mermaid 11 itself (mermaid.min.js from the
# PyPI package diagram-renderer, fetched with pip) in headless Chromium.
check-mermaid:
	SWIFT="$(SWIFT)" scripts/check-mermaid $(if $(SCRATCH_PATH),--scratch-path "$(SCRATCH_PATH)")

# Builds release, generates the benchmark corpus (BENCH_FILES files, default 20,000) and prints the
# throughput and memory figures recorded in docs/BENCHMARKS.md; see scripts/bench.
BENCH_FILES ?= 20000
bench:
	SWIFT="$(SWIFT)" scripts/bench $(BENCH_FILES)

# Fuzzes decoding, parsing, validation and every exporter with libFuzzer and AddressSanitizer for
# FUZZ_SECONDS (default 300) on FUZZ_JOBS processes (default 1); see scripts/fuzz.
FUZZ_SECONDS ?= 300
FUZZ_JOBS ?= 1
fuzz:
	SWIFT="$(SWIFT)" scripts/fuzz $(FUZZ_SECONDS) $(FUZZ_JOBS)

clean:
	rm -rf .build .build-fuzz out
