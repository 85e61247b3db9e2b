// Package l2 records which L2 the workchain follows: the chain id, the
// staking contract and token, and how deep a block must be before the
// witnesses report it. Genesis sets it; nodes read it (query /l2) to point
// their bridge module at the right contract.
package l2

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section.
const Name = "l2"

// Genesis says where the staking contract lives.
type Genesis struct {
	ChainID           uint64         `json:"chain_id"`
	StakingContract   common.Address `json:"staking_contract"`
	Token             common.Address `json:"token"`
	ConfirmationDepth uint64         `json:"confirmation_depth"`
}

// DefaultGenesis is Arbitrum One with no contract yet.
func DefaultGenesis() Genesis { return Genesis{ChainID: 42161, ConfirmationDepth: 20} }

// Validate names each wrong field.
func (g Genesis) Validate() error {
	if g.ChainID == 0 {
		return errors.New("l2.chain_id: must be set")
	}
	return nil
}

var key = []byte("l2/contract")

// Get reads the recorded settings.
func Get(kv state.KV) (Genesis, error) {
	raw, err := kv.Get(key)
	if err != nil || raw == nil {
		return Genesis{}, errors.Join(err, fmt.Errorf("%w: no l2 settings", exec.ErrNotFound))
	}
	var g Genesis
	if err := json.Unmarshal(raw, &g); err != nil {
		return g, fmt.Errorf("state %s is corrupt: %w", key, err)
	}
	return g, nil
}

// Module is the L2 settings for the application's router.
func Module() exec.Module {
	return exec.Module{
		Name:    Name,
		Queries: map[string]exec.Query{"l2": func(kv state.KV, _ string) (any, error) { return Get(kv) }},
		Genesis: &exec.Genesis{
			Default: func() any { return DefaultGenesis() },
			Validate: func(raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return fmt.Errorf("l2: %w", err)
				}
				return g.Validate()
			},
			Init: func(c exec.Context, raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return err
				}
				out, err := json.Marshal(g)
				c.KV.Set(key, out)
				return err
			},
			Export: func(kv state.KV) (any, error) { return Get(kv) },
		},
	}
}
