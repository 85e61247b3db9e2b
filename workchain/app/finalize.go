package app

import (
	"context"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// FinalizeBlock executes the decided block against staged state and returns
// the new app hash. Nothing is written to disk until Commit. The phases,
// in order (docs/architecture.md):
//
//  1. begin: each module's BeginBlock, in module order, with the block's
//     hash, the last commit's signers and any misbehavior;
//  2. attestations: the injected commit (transaction 0), tallied, and the
//     L2 events that won applied through their modules;
//  3. transactions, each through its module's handler;
//  4. end: each module's EndBlock, in module order (the registry lets
//     unlocked nodes leave);
//  5. the validator set, when the registry signals that something it
//     depends on changed, then the swarms, when the active set or the swarm
//     sizes changed (seeded by the block hash);
//  6. the block's height and time, for the next CheckTx.
func (a *App) FinalizeBlock(_ context.Context, req *abci.FinalizeBlockRequest) (*abci.FinalizeBlockResponse, error) {
	blk, err := a.blockFor(req.Height)
	if err != nil {
		return nil, err
	}
	c := exec.NewContext(blk, req.Height, req.Time.Unix(), a.chainID, exec.Deliver)
	c.Memo = exec.Memo{}
	res := &abci.FinalizeBlockResponse{TxResults: make([]*abci.ExecTxResult, len(req.Txs))}

	b := exec.Block{Hash: req.Hash, ProposerAddress: req.ProposerAddress, LastCommit: req.DecidedLastCommit, Misbehavior: req.Misbehavior}
	if err := a.beginBlock(c, b); err != nil {
		return nil, err
	}
	for i, raw := range req.Txs {
		if i == 0 && attest.IsInjected(raw) {
			res.TxResults[i] = a.applyAttestations(c, raw)
			continue
		}
		res.TxResults[i] = a.deliverTx(c, raw)
	}
	if err := a.endBlock(c); err != nil {
		return nil, err
	}
	if res.ValidatorUpdates, err = a.updateSets(c, req.Hash); err != nil {
		return nil, err
	}
	res.Events = c.Events()
	writeJSON(blk, lastBlockKey, lastBlock{Height: req.Height, Time: req.Time.Unix()})
	if res.AppHash, err = blk.Finish(); err != nil {
		return nil, err
	}
	return res, nil
}

// beginBlock runs the modules' begin hooks on the block itself: an error
// is a broken invariant and halts the block.
func (a *App) beginBlock(c exec.Context, b exec.Block) error {
	for _, m := range a.modules {
		if m.BeginBlock == nil {
			continue
		}
		if err := m.BeginBlock(c, b); err != nil {
			return fmt.Errorf("begin block: %s: %w", m.Name, err)
		}
	}
	return nil
}

// endBlock runs the modules' end hooks, as beginBlock.
func (a *App) endBlock(c exec.Context) error {
	for _, m := range a.modules {
		if m.EndBlock == nil {
			continue
		}
		if err := m.EndBlock(c); err != nil {
			return fmt.Errorf("end block: %s: %w", m.Name, err)
		}
	}
	return nil
}

// updateSets recomputes the validator set and the swarms when this block
// signaled a change they depend on. Updates are the difference with the
// stored set, so a spurious signal changes nothing.
func (a *App) updateSets(c exec.Context, seed []byte) ([]abci.ValidatorUpdate, error) {
	var ups []abci.ValidatorUpdate
	if a.registry.ValidatorsChanged(c) {
		vs, err := a.registry.UpdateValidators(c)
		if err != nil {
			return nil, err
		}
		ups = toABCI(vs)
	}
	if swarm.Changed(c, registry.SignalActiveSet) {
		if err := a.swarms.Update(c, seed); err != nil {
			return nil, err
		}
	}
	return ups, nil
}

// blockFor returns the staged block of height: the genesis block InitChain
// began, or a new one.
func (a *App) blockFor(height int64) (*state.Block, error) {
	if p := a.store.Pending(); p != nil && a.genesisAt == height && p.Height() == height {
		return p, nil
	}
	return a.store.Begin(height)
}

func (a *App) deliverTx(c exec.Context, raw []byte) *abci.ExecTxResult {
	events, module, err := a.execTx(c, raw)
	if err != nil {
		space, code := a.codeOf(err, module)
		return &abci.ExecTxResult{Code: code, Log: err.Error(), Codespace: space}
	}
	return &abci.ExecTxResult{Code: CodeOK, Events: events}
}

// execTx runs one transaction. Once its envelope, signature, ante checks
// and nonce pass, the nonce is used whatever the handler does, as
// cosmos-sdk's ante handler does: a failed transaction can never be
// replayed later against other state. The handler runs in a cache of the
// block with its own event list, both dropped when it fails.
func (a *App) execTx(c exec.Context, raw []byte) ([]abci.Event, string, error) {
	t, err := a.decodeVerified(raw)
	if err != nil {
		return nil, "", err
	}
	r, err := a.ante(c, t)
	if err != nil {
		return nil, "", err
	}
	want, err := auth.NextNonce(c.KV, t.Signer)
	if err != nil {
		return nil, "", err
	}
	if err := auth.CheckNonce(t.Nonce, want); err != nil {
		return nil, "", err
	}
	auth.SetNextNonce(c.KV, t.Signer, want+1)
	cache := cacheOf(c.KV)
	tc := c.WithKV(cache).WithEvents()
	if err := r.handler.Deliver(tc, t); err != nil {
		return nil, r.module, err
	}
	cache.Write()
	return tc.Events(), r.module, nil
}

// cacheOf is a cache over the block (or over a cache of it).
func cacheOf(kv state.KV) *state.Cache {
	return kv.(interface{ Cache() *state.Cache }).Cache()
}

func toABCI(ups []registry.ValidatorUpdate) []abci.ValidatorUpdate {
	out := make([]abci.ValidatorUpdate, len(ups))
	for i, u := range ups {
		out[i] = abci.ValidatorUpdate{Power: u.Power, PubKeyType: "ed25519", PubKeyBytes: u.PubKey}
	}
	return out
}
