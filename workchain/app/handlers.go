package app

import (
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// execCtx is what a handler sees of the block (or, in CheckTx, of the last
// committed block) it runs in.
type execCtx struct {
	kv        state.KV
	nodeMemo  map[string]*registry.Node // decoded nodes by stored bytes, dropped at Commit
	params    params.Params
	height    int64
	blockTime int64 // unix seconds
	// pending is, in CheckTx only, how many transactions of this type from
	// this signer the mempool already took since the last Commit.
	pending int
}

func (c execCtx) registry() registry.Keeper {
	if c.nodeMemo != nil {
		return registry.NewMemo(c.kv, c.nodeMemo)
	}
	return registry.New(c.kv)
}

// handler runs one transaction type. signer is the one kind of key that
// may send it; check is the cheap part CheckTx runs; deliver runs in
// FinalizeBlock after check passed on the same state.
type handler struct {
	signer  tx.SignerKind
	check   func(c execCtx, t *tx.Tx) error
	deliver func(c execCtx, t *tx.Tx) ([]abci.Event, error)
}

var handlers = map[string]handler{
	registry.TxUptimeProof: {signer: tx.SignerNode, check: checkUptime, deliver: deliverUptime},
}

// handlerFor is the ante check every transaction passes before its nonce
// counts, cheapest first and with no signature: a handler for its type, the
// signer kind that handler takes, and for node keys a node the registry
// knows (so that no stranger's key gets a nonce in state).
func handlerFor(c execCtx, t *tx.Tx) (handler, error) {
	h, ok := handlers[t.Type]
	if !ok {
		return handler{}, fmt.Errorf("%w %q", ErrUnknownType, t.Type)
	}
	if t.Signer.Kind != h.signer {
		return handler{}, fmt.Errorf("%w: %s is signed by a %s key, not %s", ErrUnauthorized, t.Type, h.signer, t.Signer.Kind)
	}
	if h.signer == tx.SignerNode {
		if _, err := c.registry().Node(t.Signer.ID); err != nil {
			return handler{}, err
		}
	}
	return h, nil
}

func checkUptime(c execCtx, t *tx.Tx) error {
	p, err := registry.DecodeUptimeProof(t.Body)
	if err != nil {
		return err
	}
	// The committed state does not show a proof still in the mempool: one
	// there already is the node's last proof for the minimum interval.
	if c.pending > 0 && c.params.Uptime.MinIntervalSeconds > 0 {
		return fmt.Errorf("%w: this node's last proof is still waiting in the mempool", registry.ErrProofTooSoon)
	}
	return c.registry().CheckUptimeProof(c.params.Uptime, t.Signer.ID, p, c.blockTime)
}

func deliverUptime(c execCtx, t *tx.Tx) ([]abci.Event, error) {
	p, err := registry.DecodeUptimeProof(t.Body)
	if err != nil {
		return nil, err
	}
	if err := c.registry().ApplyUptimeProof(c.params.Uptime, t.Signer.ID, p, c.height, c.blockTime); err != nil {
		return nil, err
	}
	return []abci.Event{{Type: "uptime_proof", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", t.Signer.ID), Index: true},
		{Key: "version", Value: p.Version},
	}}}, nil
}
