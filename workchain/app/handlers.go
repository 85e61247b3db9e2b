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
}

func (c execCtx) registry() registry.Keeper {
	if c.nodeMemo != nil {
		return registry.NewMemo(c.kv, c.nodeMemo)
	}
	return registry.New(c.kv)
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

// uptimeBody decodes the body of an uptime proof sent by a node key.
func uptimeBody(t *tx.Tx) (registry.UptimeProof, error) {
	if t.Signer.Kind != tx.SignerNode {
		return registry.UptimeProof{}, fmt.Errorf("%w: uptime proofs are signed by a node key, not %s", ErrUnauthorized, t.Signer.Kind)
	}
	return registry.DecodeUptimeProof(t.Body)
}

func checkUptime(c execCtx, t *tx.Tx) error {
	p, err := uptimeBody(t)
	if err != nil {
		return err
	}
	return c.registry().CheckUptimeProof(c.params.Uptime, t.Signer.ID, p, c.blockTime)
}

func deliverUptime(c execCtx, t *tx.Tx) ([]abci.Event, error) {
	p, err := uptimeBody(t)
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
