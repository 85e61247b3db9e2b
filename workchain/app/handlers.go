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
	params    params.Params
	height    int64
	blockTime int64 // unix seconds
}

// handler runs one transaction type. check is the cheap part CheckTx runs;
// deliver runs in FinalizeBlock after check passed on the same state.
type handler struct {
	check   func(c execCtx, t *tx.Tx) error
	deliver func(c execCtx, t *tx.Tx) ([]abci.Event, error)
}

var handlers = map[string]handler{
	registry.TxUptimeProof: {check: checkUptime, deliver: deliverUptime},
}

func uptimeProof(c execCtx, t *tx.Tx) (registry.UptimeProof, error) {
	if t.Signer.Kind != tx.SignerNode {
		return registry.UptimeProof{}, fmt.Errorf("%w: uptime proofs are signed by a node key, not %s", ErrUnauthorized, t.Signer.Kind)
	}
	p, err := registry.DecodeUptimeProof(t.Body)
	if err != nil {
		return p, err
	}
	n, err := registry.New(c.kv).Node(t.Signer.ID)
	if err != nil {
		return p, err
	}
	if n.State == registry.StateExited {
		return p, fmt.Errorf("%w: node has exited", registry.ErrNodeState)
	}
	return p, registry.CheckProofTime(c.params.Uptime, p.Timestamp, c.blockTime)
}

func checkUptime(c execCtx, t *tx.Tx) error {
	_, err := uptimeProof(c, t)
	return err
}

func deliverUptime(c execCtx, t *tx.Tx) ([]abci.Event, error) {
	p, err := uptimeProof(c, t)
	if err != nil {
		return nil, err
	}
	if err := registry.New(c.kv).ApplyUptimeProof(c.params.Uptime, t.Signer.ID, p, c.height, c.blockTime); err != nil {
		return nil, err
	}
	return []abci.Event{{Type: "uptime_proof", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", t.Signer.ID), Index: true},
		{Key: "version", Value: p.Version},
	}}}, nil
}
