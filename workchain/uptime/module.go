package uptime

import (
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "uptime"

// Genesis is the uptime section of app_state.
type Genesis struct {
	Params Params `json:"params"`
}

// Module is the uptime concern for the application's router.
func Module(nodes Nodes) exec.Module {
	k := NewKeeper(nodes)
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		Txs: map[string]exec.TxHandler{
			TxProof: {Signer: tx.SignerNode, Check: k.checkTx, Deliver: k.deliverTx},
		},
		Params:  ParamStore,
		Genesis: exec.ParamsGenesis(ParamStore),
	}
}

func codeOf(err error) uint32 {
	switch {
	case errors.Is(err, ErrTooSoon):
		return CodeTooSoon
	case errors.Is(err, ErrBadProof):
		return CodeBadProof
	case errors.Is(err, ErrNotProver):
		return CodeNotProver
	}
	return 0
}

func (k Keeper) checkTx(c exec.Context, t *tx.Tx) error {
	proof, err := Decode(t.Body)
	if err != nil {
		return err
	}
	p := ParamStore.Get(c)
	// The committed state does not show a proof still in the mempool: one
	// there already is the node's last proof for the minimum interval.
	if c.Pending > 0 && p.MinIntervalSeconds > 0 {
		return fmt.Errorf("%w: this node's last proof is still waiting in the mempool", ErrTooSoon)
	}
	return k.Check(c, p, t.Signer.ID, proof)
}

func (k Keeper) deliverTx(c exec.Context, t *tx.Tx) error {
	proof, err := Decode(t.Body)
	if err != nil {
		return err
	}
	return k.Apply(c, ParamStore.Get(c), t.Signer.ID, proof)
}
