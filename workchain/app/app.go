// Package app is the workchain's ABCI 2.0 application. It is deterministic:
// it reads time only from blocks, keeps all state in workchain/state, sorts
// whatever it iterates, and does no I/O or goroutines in the consensus
// methods beyond reading and staging state. docs/abci.md states the contract
// each method keeps; docs/architecture.md the phases of a block and how a
// concern plugs in.
//
// The application owns no concern's rules: it composes the modules
// (workchain/exec.Module) of the registry, uptime, swarms, attestation and
// L2 settings, and any given with WithModules, into a router, and runs
// their hooks in the phases finalize.go writes out.
package app

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// AppVersion is the version of the state machine's rules. It changes when a
// block would execute differently. 2: the hardening of issue 10 (failed
// transactions use their nonce, uptime proofs have a minimum interval, the
// attestation walk decides on scanned power, extension format 2). 3: the
// per-module state layout of issue 11 (parameters under params/<module>,
// node service and stake states, indexes, validator powers, codespaces).
// 4: rewards (issue 12): the rewards module's state and parameters, and
// payable_after_seconds moved from the registry's parameters to its.
// 5: punishments (issue 13): quorums chosen each block, punish_vote,
// credits, decommission, recommission and deregistration by the rules.
// 6: governance (issue 14): the gov module's parameters and state
// (proposals, votes, nonces, scheduled upgrades) and its end-block tally.
// 7: the Oxen migration (issue 15): the oxen module's genesis (params/oxen,
// snapshot, carried nodes, budgets, coins, totals) and the rewards
// concern's credits (rewards/credit/, rewards/credited/) in accrued.
const AppVersion uint64 = 7

var (
	chainIDKey       = []byte("app/chain_id")
	lastBlockKey     = []byte("app/last_block")
	blockMaxBytesKey = []byte("app/block_max_bytes")
	initialHeightKey = []byte("app/initial_height")
	// appVersionKey is the AppVersion whose state layout the store holds.
	appVersionKey = []byte("app/version")
)

type lastBlock struct {
	Height int64 `json:"height"`
	Time   int64 `json:"time"`
}

// App is the workchain application.
type App struct {
	abci.BaseApplication

	log      zerolog.Logger
	version  string
	store    *state.Store
	verified *auth.VerifiedCache
	*wiring

	// Read from committed state at start and after each Commit.
	chainID string
	// chainIDSeen is chainID for PreverifyCheckTx, which runs outside the
	// lock the ABCI client holds for every other method.
	chainIDSeen atomic.Pointer[string]
	// provenSigners holds the node keys CheckTx found registered: the only
	// signers PreverifyCheckTx verifies for, so that a peer sending
	// transactions under strangers' keys costs a map lookup, not an Ed25519
	// verification (those are refused by the ante checks, before any). It
	// only grows, bounded by the nodes ever registered; a key that left the
	// registry costs a verification before CheckTx refuses it.
	provenSigners sync.Map
	last          lastBlock
	genesisAt     int64 // height InitChain staged, until it is committed
	// blockMaxBytes is genesis's block.max_bytes (0: not known), which
	// bounds what ProcessProposal accepts.
	blockMaxBytes int64

	// checkNonces holds the nonces of signers with transactions in the
	// mempool, so a signer can queue several (and some past a gap:
	// MaxNonceAhead); Commit clears it and the mempool's recheck rebuilds it.
	checkNonces map[string]*pendingNonces
	// checkPending counts, by type and signer, the transactions CheckTx
	// admitted since the last Commit (uptime proofs: at most one waits).
	checkPending map[string]int
	// checkOnce holds the Once names (exec.TxHandler.Once) of the
	// transactions CheckTx admitted since the last Commit: a second
	// transaction doing the same is refused while the first waits.
	checkOnce map[string]bool
	// checkView is the last committed height, read by CheckTx until the
	// next Commit; checkMemo memoizes what was decoded from it.
	checkView *state.View
	checkMemo exec.Memo

	observer Observer
}

// setChainID is where chainID changes (InitChain, loading committed state).
func (a *App) setChainID(id string) {
	a.chainID = id
	a.chainIDSeen.Store(&id)
}

// New opens the application over a state store, with the built-in modules
// and those options add.
func New(store *state.Store, version string, log zerolog.Logger, opts ...Option) (*App, error) {
	w, err := wire(opts)
	if err != nil {
		return nil, err
	}
	a := &App{
		log: log, version: version, store: store, wiring: w,
		verified: auth.NewVerifiedCache(100_000), checkNonces: map[string]*pendingNonces{}, checkPending: map[string]int{},
		checkOnce: map[string]bool{},
	}
	if store.Committed().Height > 0 {
		if err := a.checkLayout(); err != nil {
			return nil, err
		}
		if err := a.loadCommitted(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// checkLayout refuses a store written by another AppVersion: its keys
// would be read with this binary's layout and the node would diverge
// silently. (A chain upgrade migrates at a height; a local network made by
// an older seshd is made again.)
func (a *App) checkLayout() error {
	v, err := a.store.View(0)
	if err != nil {
		return err
	}
	defer v.Close()
	var got uint64
	if err := readJSON(v.KV(), appVersionKey, &got); err != nil {
		got = 2 // the key came with AppVersion 3
	}
	if got != AppVersion {
		return fmt.Errorf("workchain state was written by app version %d, this seshd runs version %d: "+
			"make the network again (remove its home) or run the seshd that made it", got, AppVersion)
	}
	return nil
}

// loadCommitted refreshes the cached chain id, block size limit and last
// block. Parameters are not cached: every phase reads them from the KV it
// runs on, so a change within a block is seen by what follows it.
func (a *App) loadCommitted() error {
	v, err := a.store.View(0)
	if err != nil {
		return err
	}
	defer v.Close()
	chainID, err := v.Get(chainIDKey)
	if err != nil {
		return err
	}
	a.setChainID(string(chainID))
	// A chain started before the key existed has none: no known limit.
	a.blockMaxBytes = 0
	if raw, err := v.Get(blockMaxBytesKey); err != nil {
		return err
	} else if raw != nil {
		if err := json.Unmarshal(raw, &a.blockMaxBytes); err != nil {
			return fmt.Errorf("state %s is corrupt: %w", blockMaxBytesKey, err)
		}
	}
	return readJSON(v.KV(), lastBlockKey, &a.last)
}

func readJSON(kv state.KV, key []byte, out any) error {
	raw, err := kv.Get(key)
	if err != nil {
		return err
	}
	if raw == nil {
		return fmt.Errorf("state has no %s", key)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("state %s is corrupt: %w", key, err)
	}
	return nil
}

func writeJSON(kv state.KV, key []byte, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("encode %s: %v", key, err))
	}
	kv.Set(key, raw)
}

// Info reports the last committed height and app hash, so CometBFT replays
// whatever blocks the application has not committed.
func (a *App) Info(context.Context, *abci.InfoRequest) (*abci.InfoResponse, error) {
	m := a.store.Committed()
	res := &abci.InfoResponse{Data: "seshnet", Version: a.version, AppVersion: AppVersion, LastBlockHeight: m.Height}
	if m.Height > 0 {
		res.LastBlockAppHash = m.AppHash
	}
	return res, nil
}
