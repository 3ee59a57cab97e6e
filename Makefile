# `make run` installs what is needed and starts Yaodian; `make test` runs
# every test. Both work on a fresh Debian machine, as root or with sudo.

export PATH := $(PATH):/usr/local/go/bin
export GOTOOLCHAIN := auto

.PHONY: run test deps build fuzz bench dist

deps:
	./scripts/install-deps

# Two programs: yaodian, the command line, which opens the window by
# starting yaodian-gui from its own folder. GUITAGS leave out Fyne's
# colour emoji font, which no text of the window uses and which Fyne
# would parse for every text style (about 5 MiB of memory);
# scripts/dist and bench/session-rss.sh build with them too.
GUITAGS = no_emoji
build: deps
	go build -o yaodian .
	go build -tags $(GUITAGS) -o yaodian-gui ./cmd/yaodian-gui

run: build
	./yaodian

# The packages whose tests need no display, run again under the race
# detector; third_party's tests only build and run upstream's.
NODISPLAY = $$(go list ./... | grep -v -E '/ui$$|/yaodian-gui$$|/third_party$$')
STATICCHECK = honnef.co/go/tools/cmd/staticcheck@v0.8.2

# scripts/dist tools installs what cmd/yaodian-gui's TestDistSteps runs
# (dpkg-deb, makensis, mingw-w64): the cheap steps of `make dist`, checked
# on every change in about 20 s.
test: build
	./scripts/dist tools
	go vet ./...
	go run $(STATICCHECK) ./...
	go test ./...
	go test -race $(NODISPLAY)

# A short run of every fuzz target (FUZZTIME each); not part of `make test`.
FUZZTIME ?= 60s
# Minimizing each new input is bounded by executions: a time bound let
# FuzzDocxBody spend whole runs minimizing its long strings.
FUZZMINIMIZE ?= 100x
fuzz:
	go test ./docmodel -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./export -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./export -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./fonts -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzDocx$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzDocxBody$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzMarkdownInline$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzNative$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./compare -run '^$$' -fuzz '^FuzzCompare$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	go test ./importer -run '^$$' -fuzz '^FuzzDoc$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)

# Every Go benchmark ten times, summed up as medians by benchstat, then
# the whole CLI against LibreOffice, pandoc + xelatex and Typst
# (bench/peers.sh installs them). The machine is noisy: read medians.
BENCHOUT ?= /tmp/yaodian-go-bench.txt
bench: build
	go test ./... -run '^$$' -bench . -count 10 > $(BENCHOUT)
	go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da $(BENCHOUT)
	./bench/peers.sh

# The packages for office PCs: .deb for amd64 and arm64 (glibc ≥ 2.28),
# the Windows program and its installer, in dist/ (scripts/dist says how).
dist:
	./scripts/dist
