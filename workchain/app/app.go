// Package app is the workchain's ABCI 2.0 application. It is deterministic:
// it reads time only from blocks, keeps all state in workchain/state, sorts
// whatever it iterates, and does no I/O or goroutines in the consensus
// methods beyond reading and staging state. docs/abci.md states the contract
// each method keeps.
package app

import (
	"context"
	"encoding/json"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/rs/zerolog"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// AppVersion is the version of the state machine's rules. It changes when a
// block would execute differently. 2: the hardening of issue 10 (failed
// transactions use their nonce, uptime proofs have a minimum interval, the
// attestation walk decides on scanned power, extension format 2).
const AppVersion uint64 = 2

var (
	chainIDKey       = []byte("app/chain_id")
	paramsKey        = []byte("app/params")
	lastBlockKey     = []byte("app/last_block")
	blockMaxBytesKey = []byte("app/block_max_bytes")
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

	// Read from committed state at start and after each Commit.
	chainID   string
	params    params.Params
	last      lastBlock
	genesisAt int64 // height InitChain staged, until it is committed
	// blockMaxBytes is genesis's block.max_bytes (0: not known), which
	// bounds what ProcessProposal accepts.
	blockMaxBytes int64

	// checkNonces holds the next nonce of signers with transactions in the
	// mempool, so a signer can queue several; Commit clears it and the
	// mempool's recheck rebuilds it in order.
	checkNonces map[string]uint64
	// checkPending counts, by type and signer, the transactions CheckTx
	// admitted since the last Commit (uptime proofs: at most one waits).
	checkPending map[string]int
	// checkView is the last committed height, read by CheckTx until the
	// next Commit; checkNodes memoizes the nodes decoded from it.
	checkView  *state.View
	checkNodes map[string]*registry.Node

	observer Observer
}

// New opens the application over a state store.
func New(store *state.Store, version string, log zerolog.Logger) (*App, error) {
	a := &App{
		log: log, version: version, store: store,
		verified: auth.NewVerifiedCache(100_000), checkNonces: map[string]uint64{}, checkPending: map[string]int{},
	}
	if store.Committed().Height > 0 {
		if err := a.loadCommitted(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// loadCommitted refreshes the cached chain id, params and last block.
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
	a.chainID = string(chainID)
	if err := readJSON(v.KV(), paramsKey, &a.params); err != nil {
		return err
	}
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

// InitChain stages genesis (parameters, nodes, validator set) into the block
// of the initial height; it is committed with that block. A crash before
// then leaves the store empty and CometBFT calls InitChain again.
func (a *App) InitChain(_ context.Context, req *abci.InitChainRequest) (*abci.InitChainResponse, error) {
	if h := a.store.Committed().Height; h != 0 {
		return nil, fmt.Errorf("init chain: state already at height %d", h)
	}
	doc, err := genesis.Parse(req.AppStateBytes)
	if err != nil {
		return nil, err
	}
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("init chain: %w", err)
	}
	height := max(req.InitialHeight, 1)
	blk, err := a.store.Begin(height)
	if err != nil {
		return nil, err
	}
	blk.Set(chainIDKey, []byte(req.ChainId))
	writeJSON(blk, initialHeightKey, height)
	writeJSON(blk, paramsKey, doc.Params)
	if cp := req.ConsensusParams; cp != nil && cp.Block != nil {
		a.blockMaxBytes = cp.Block.MaxBytes
		writeJSON(blk, blockMaxBytesKey, a.blockMaxBytes)
	}
	reg := registry.New(blk)
	for i, n := range doc.Nodes {
		if err := reg.Add(doc.Params.Registry, n.Registered(height, req.Time.Unix())); err != nil {
			return nil, fmt.Errorf("init chain: nodes[%d]: %w", i, err)
		}
	}
	ups, err := reg.UpdateValidators(doc.Params.Registry)
	if err != nil {
		return nil, err
	}
	if err := updateSwarms(blk, doc.Params.Swarm, genesisSwarmSeed(req.ChainId)); err != nil {
		return nil, err
	}
	a.chainID, a.params, a.genesisAt = req.ChainId, doc.Params, height
	a.last = lastBlock{Height: height - 1, Time: req.Time.Unix()}
	hash, err := blk.ComputeHash()
	if err != nil {
		return nil, err
	}
	a.log.Info().Str("chain_id", req.ChainId).Int("nodes", len(doc.Nodes)).Int("validators", len(ups)).Msg("genesis staged")
	return &abci.InitChainResponse{Validators: toABCI(ups), AppHash: hash}, nil
}

func toABCI(ups []registry.ValidatorUpdate) []abci.ValidatorUpdate {
	out := make([]abci.ValidatorUpdate, len(ups))
	for i, u := range ups {
		out[i] = abci.ValidatorUpdate{Power: u.Power, PubKeyType: "ed25519", PubKeyBytes: u.PubKey}
	}
	return out
}
