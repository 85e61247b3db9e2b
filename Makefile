# seshnet build. `make run` starts a local network, `make test` runs the tests.
GO        ?= go
BIN       := $(CURDIR)/bin
TOOLS     := $(CURDIR)/.tools/bin
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
# Pinned tool versions (built from the Go module proxy into .tools/bin).
COMETBFT_VERSION := v1.0.1

.PHONY: all build run test test-race test-short fuzz bench lint layers layers-selftest fmt clean tools

all: build

# Every binary: the node and one per built-in plugin (cmd/seshd-*).
build:
	@mkdir -p $(BIN)
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/ ./cmd/...

.PHONY: module-build

# One built-in module built with another version string, where a node looks
# for a governance upgrade's binary (docs/plugins.md, "Upgrading a module by
# governance"); prints its sha256 for the proposal:
#   make module-build MODULE_NAME=relay MODULE_VERSION=1.2.0 NODE_HOME=.seshnet/devnet
MODULE_VERSION ?= 0.1.1
NODE_HOME      ?= $(HOME)/.seshd
MODULE_OUT     ?= $(NODE_HOME)/modules/$(MODULE_NAME)/$(MODULE_VERSION)/seshd-$(MODULE_NAME)
module-build:
	@test -n "$(MODULE_NAME)" || { echo "usage: make module-build MODULE_NAME=relay MODULE_VERSION=1.2.0 [NODE_HOME=dir | MODULE_OUT=file]"; exit 2; }
	@mkdir -p $(dir $(MODULE_OUT))
	$(GO) build -ldflags "-X github.com/seshnet/seshnet/modules/$(MODULE_NAME).Version=$(MODULE_VERSION)" -o $(MODULE_OUT) ./cmd/seshd-$(MODULE_NAME)
	@sha256sum $(MODULE_OUT)

# A single-validator local network with every built-in module, in ./.seshnet/devnet.
run: build
	$(BIN)/seshd devnet

# The whole suite, end-to-end tests included (they build and start real binaries),
# after the race-detector run.
test: test-race
	$(GO) test -count=1 -timeout 45m ./...

# The packages where processes, sockets and goroutines meet (module hot swap
# and supervision, node-to-node connections, storage and its replication,
# the mempool's preverification beside the app's other calls), under the
# race detector: about 2 minutes on 2 cores.
RACE_PKGS := ./plugins/host ./modules/n2n ./modules/storage/... ./cmd/internal/abciclient
RACE_APP  := -run 'Preverify|PrepareProposal' ./workchain/app
test-race:
	$(GO) test -race -count=1 -timeout 20m $(RACE_PKGS)
	$(GO) test -race -count=1 -timeout 10m $(RACE_APP)

# The fast loop: unit tests only.
test-short:
	$(GO) test -short -count=1 ./...

# Short fuzzing runs of every decoder that reads bytes from outside.
FUZZTIME ?= 20s
fuzz:
	$(GO) test ./workchain/tx -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/app -run '^$$' -fuzz '^FuzzPreverifyCheckTx$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/uptime -run '^$$' -fuzz '^FuzzDecodeUptimeProof$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/attest -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/l2event -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/l2event -run '^$$' -fuzz '^FuzzDecodeRewardRate$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/l2event -run '^$$' -fuzz '^FuzzDecodeRewardsBalance$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/l2event -run '^$$' -fuzz '^FuzzDecodeRewardsClaimed$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/onion -run '^$$' -fuzz '^FuzzUnframe$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/onion -run '^$$' -fuzz '^FuzzPeel$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/bls -run '^$$' -fuzz '^FuzzDecodePoints$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/bridge -run '^$$' -fuzz '^FuzzDecodeClaimSignRequest$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/bridge -run '^$$' -fuzz '^FuzzDecodeExitSignRequest$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/bridge -run '^$$' -fuzz '^FuzzDecodeLog$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/l2event -run '^$$' -fuzz '^FuzzDecodeSeeded$$' -fuzztime $(FUZZTIME)
	$(GO) test ./cmd/internal/claim -run '^$$' -fuzz '^FuzzNodeAnswers$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/punish -run '^$$' -fuzz '^FuzzDecodeVote$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/storage/tester -run '^$$' -fuzz '^FuzzAnswers$$' -fuzztime $(FUZZTIME)
	$(GO) test ./cmd/internal/node -run '^$$' -fuzz '^FuzzCheckBLSMessage$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/storage/rpc -run '^$$' -fuzz '^FuzzDecodeRequest$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/storage/swarm -run '^$$' -fuzz '^FuzzWireMessages$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/client -run '^$$' -fuzz '^FuzzOpenMessage$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/n2n -run '^$$' -fuzz '^FuzzFrames$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/gov -run '^$$' -fuzz '^FuzzDecodeProposal$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/gov -run '^$$' -fuzz '^FuzzDecodeGovVote$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/oxen -run '^$$' -fuzz '^FuzzParseOxenAddress$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/oxen -run '^$$' -fuzz '^FuzzVerifyOxenSignature$$' -fuzztime $(FUZZTIME)
	$(GO) test ./cmd/internal/oxensnap -run '^$$' -fuzz '^FuzzParseOxenSnapshot$$' -fuzztime $(FUZZTIME)
	$(GO) test ./workchain/oxen -run '^$$' -fuzz '^FuzzDecodeOxenClaim$$' -fuzztime $(FUZZTIME)
	$(GO) test ./modules/oxen -run '^$$' -fuzz '^FuzzDecodeOxenClaimRequest$$' -fuzztime $(FUZZTIME)

# Go benchmarks, then the load comparison against CometBFT's kvstore on the
# same 4-validator loopback layout. Results: docs/performance.md. The relay
# and storage RPC benchmarks read their servers' CPU in 10 ms ticks, so they
# run 3 s each. The load comparison (about 11 minutes at these settings):
# BENCH_RUNS saturated rounds of BENCH_DURATION each (the apps' slices
# alternating, a fresh network each), then the open-loop latency sweep,
# BENCH_SWEEP a point (0 skips it); every figure goes to bin/seshbench.json.
# Then the control (about 7 minutes): the saturated rounds again with kvstore
# on the pebble settings seshd opens CometBFT's stores with
# (bin/seshbench-control.json).
BENCH_DURATION ?= 30s
BENCH_RUNS     ?= 3
BENCH_SWEEP    ?= 20s
bench: build tools geth
	$(GO) test -run '^$$' -bench . -benchmem ./core/... ./workchain/... ./plugins/... $$($(GO) list ./modules/... | grep -v -e /modules/relay -e /modules/storage/rpc)
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3s ./modules/relay ./modules/storage/rpc
	$(GO) test -run '^$$' -bench WitnessLatency -benchtime 5x ./cmd/seshd
	$(GO) test -run '^$$' -bench ThreeHopSend -benchtime 200x ./cmd/seshd
	$(GO) test -run '^$$' -bench ImportOxen -benchmem -benchtime 3x ./cmd/internal/oxensnap
	$(BIN)/seshbench -seshd $(BIN)/seshd -cometbft $(TOOLS)/cometbft -duration $(BENCH_DURATION) \
		-runs $(BENCH_RUNS) -sweep-duration $(BENCH_SWEEP) -json $(BIN)/seshbench.json
	@echo "control: kvstore on the pebble settings seshd opens CometBFT's stores with (docs/performance.md)"
	$(BIN)/seshbench -seshd $(BIN)/seshd -cometbft $(TOOLS)/cometbft -duration $(BENCH_DURATION) \
		-runs $(BENCH_RUNS) -sweep-duration 0 -kvstore-stores seshd -json $(BIN)/seshbench-control.json

tools: $(TOOLS)/cometbft

$(TOOLS)/cometbft:
	@mkdir -p $(TOOLS)
	GOBIN=$(TOOLS) $(GO) install github.com/cometbft/cometbft/cmd/cometbft@$(COMETBFT_VERSION)

lint: layers layers-selftest
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v -e '\.pb\.go$$' -e '/bindings/')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# The layering of DESIGN.md §2, checked on the import graph the build uses
# (go list), not by grep:
#  - workchain/ is deterministic: none of its packages imports net, net/http
#    or os/exec itself, and nothing it links (transitively) is go-plugin, our
#    plugins/ or modules/, or a go-ethereum network client. (CometBFT and gRPC
#    link net transitively; the rule is about our own code's imports.)
#  - modules/ never link workchain/.
#  - core/ links nothing of ours outside core/.
#  - plugins/ (the SDK a third party builds against) links nothing of ours
#    but plugins/ and core/.
MODULE        := $(shell $(GO) list -m 2>/dev/null)
LAYERS_NOLINK := ^(github.com/hashicorp/go-plugin|$(MODULE)/(plugins|modules|cmd)|github.com/ethereum/go-ethereum/(ethclient|rpc|p2p|node|eth|les|accounts/abi/bind))(/|$$)
layers:
	@set -e; fail=0; \
	bad=$$($(GO) list -f '{{range .Imports}}{{$$.ImportPath}} imports {{.}}{{"\n"}}{{end}}' ./workchain/... | grep -E ' imports (net|net/http|os/exec)$$' || true); \
	if [ -n "$$bad" ]; then echo "layers: workchain imports a network or process package:"; echo "$$bad"; fail=1; fi; \
	bad=$$($(GO) list -deps ./workchain/... | grep -E '$(LAYERS_NOLINK)' || true); \
	if [ -n "$$bad" ]; then echo "layers: workchain links:"; echo "$$bad"; fail=1; fi; \
	bad=$$(grep -rln --include='*.go' --exclude='*_test.go' 'time\.Now' workchain || true); \
	if [ -n "$$bad" ]; then echo "layers: workchain reads the clock (time.Now):"; echo "$$bad"; fail=1; fi; \
	bad=$$($(GO) list -deps ./modules/... | grep -E '^$(MODULE)/workchain(/|$$)' || true); \
	if [ -n "$$bad" ]; then echo "layers: modules link workchain:"; echo "$$bad"; fail=1; fi; \
	bad=$$($(GO) list -deps ./core/... | grep -E '^$(MODULE)/' | grep -vE '^$(MODULE)/core/' || true); \
	if [ -n "$$bad" ]; then echo "layers: core links:"; echo "$$bad"; fail=1; fi; \
	bad=$$($(GO) list -deps ./plugins/... | grep -E '^$(MODULE)/' | grep -vE '^$(MODULE)/(plugins|core)/' || true); \
	if [ -n "$$bad" ]; then echo "layers: plugins link:"; echo "$$bad"; fail=1; fi; \
	if [ $$fail = 0 ]; then echo "layers: ok"; fi; exit $$fail

# make layers must fail on each kind of violation: three files that break the
# rules are laid over the tree with go's -overlay (nothing is written into the
# checkout) and each must be reported.
layers-selftest:
	@set -e; d=$$(mktemp -d); \
	printf 'package params\nimport _ "net"\n' > $$d/wc.go; \
	printf 'package netview\nimport _ "$(MODULE)/workchain/params"\n' > $$d/mod.go; \
	printf 'package logging\nimport _ "$(MODULE)/workchain/params"\n' > $$d/core.go; \
	printf '{"Replace":{"%s":"%s","%s":"%s","%s":"%s"}}' \
	  $(CURDIR)/workchain/params/zz_layers.go $$d/wc.go $(CURDIR)/modules/netview/zz_layers.go $$d/mod.go \
	  $(CURDIR)/core/logging/zz_layers.go $$d/core.go > $$d/overlay.json; \
	out=$$($(MAKE) -s layers GOFLAGS=-overlay=$$d/overlay.json 2>&1 || true); rm -rf $$d; \
	for want in 'workchain imports a network' 'modules link workchain' 'core links'; do \
	  echo "$$out" | grep -q "$$want" || { echo "layers-selftest: '$$want' not reported:"; echo "$$out"; exit 1; }; done; \
	echo "layers-selftest: ok (each violation reported)"

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v -e '\.pb\.go$$' -e '/bindings/')

clean:
	rm -rf $(BIN) .seshnet

# The plugin protocol's code generation and targets.
-include plugins/Makefile.inc

# The test staking contract and token: compiled by a pinned solcjs (npm
# solc), bindings by a pinned abigen. Artifacts and bindings are committed;
# modules/bridge/contracts/bindings's test checks they match the sources.
SOLC_VERSION   := 0.8.28
ABIGEN_VERSION := v1.17.10
CONTRACTS      := modules/bridge/contracts
# Sources in compile order; the types get artifacts and bindings (the
# libraries and interfaces they import do not). bindings/contract_test.go
# lists the same.
CONTRACT_SOURCES := TestSESH.sol Admin.sol BLS.sol ServiceNodeRewards.sol RewardRatePool.sol ServiceNodeContribution.sol BLSTestHarness.sol
CONTRACT_TYPES   := TestSESH ServiceNodeRewards RewardRatePool ServiceNodeContribution BLSTestHarness
SOLCJS         := $(CURDIR)/.tools/solc/node_modules/solc/solc.js

.PHONY: contracts contracts-tools solc
solc:
	@test -f $(SOLCJS) || (mkdir -p .tools/solc && cd .tools/solc && npm install --silent --no-audit --no-fund solc@$(SOLC_VERSION))

contracts-tools: solc
	@test -x $(TOOLS)/abigen || GOBIN=$(TOOLS) $(GO) install github.com/ethereum/go-ethereum/cmd/abigen@$(ABIGEN_VERSION)

contracts: contracts-tools
	rm -rf $(CONTRACTS)/build && mkdir -p $(CONTRACTS)/build $(CONTRACTS)/bindings
	cd $(CONTRACTS) && node $(SOLCJS) --optimize --abi --bin -o build $(CONTRACT_SOURCES)
	cd $(CONTRACTS)/build && for c in $(CONTRACT_TYPES); do \
	  mv $${c}_sol_$${c}.abi $$c.abi && mv $${c}_sol_$${c}.bin $$c.bin; done && rm -f *_sol_*
	for c in $(CONTRACT_TYPES); do \
	  out=$$(echo $$c | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g; s/([A-Z]+)([A-Z][a-z])/\1_\2/g' | tr A-Z a-z); \
	  $(TOOLS)/abigen --abi $(CONTRACTS)/build/$$c.abi --bin $(CONTRACTS)/build/$$c.bin \
	    --pkg bindings --type $$c --out $(CONTRACTS)/bindings/$$out.go || exit 1; done

# A real L2 for end-to-end tests: geth from go-ethereum v1.16.7 (v1.17's geth
# does not build from the module proxy here, DESIGN.md §4), built in a module
# of its own under .tools. The L2 e2e test uses it when present.
GETH_VERSION := v1.16.7
.PHONY: geth
geth: $(TOOLS)/geth
$(TOOLS)/geth:
	@mkdir -p .tools/geth-build
	@test -f .tools/geth-build/go.mod || printf 'module gethbuild\n\ngo 1.26\n' > .tools/geth-build/go.mod
	cd .tools/geth-build && $(GO) get github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION) && \
	  $(GO) build -buildvcs=false -o $(TOOLS)/geth github.com/ethereum/go-ethereum/cmd/geth
