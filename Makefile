# `make run` installs what is needed and starts Yaodian; `make test` runs
# every test. Both work on a fresh Debian machine, as root or with sudo.

export PATH := $(PATH):/usr/local/go/bin
export GOTOOLCHAIN := auto

.PHONY: run test deps build fuzz

deps:
	./scripts/install-deps

build: deps
	go build -o yaodian .

run: build
	./yaodian

test: build
	go vet ./...
	go test ./...

# A short run of every fuzz target (FUZZTIME each); not part of `make test`.
FUZZTIME ?= 60s
fuzz:
	go test ./docmodel -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	go test ./export -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	go test ./export -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
