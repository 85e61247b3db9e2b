// Package liveness applies CometBFT's own record of the validators to the
// punishment rules (docs/punishments.md, "Consensus liveness and double
// signing"), as cosmos x/slashing does: each block's last commit feeds a
// missed-block bitmap per validator over the last liveness_window
// heights, and a validator that missed more than liveness_max_missed of
// them counts as a failed test of its node (Punisher.FailNode); evidence
// of a duplicate vote deregisters the node at once with the double-sign
// penalty (registry.PenaltyDoubleSign).
package liveness

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section, parameter key and query path.
const Name = "liveness"

// Module is liveness for the application's router: its parameters (the
// genesis section is only them), the /liveness query and the begin-block
// hook. reg must carry the application's registry hooks (RegistryOf of the
// router's registry module).
func Module(reg Registry, pun Punisher) exec.Module {
	k := NewKeeper(reg, pun)
	return exec.Module{
		Name:       Name,
		Queries:    map[string]exec.Query{Name: query},
		Params:     ParamStore,
		Genesis:    exec.ParamsGenesis(ParamStore),
		BeginBlock: k.BeginBlock,
	}
}

// View is /liveness/<consensus address or node key>: how many of the
// commits in the validator's current window it missed, the window, and
// the commit height since which it has been in the set.
type View struct {
	Missed      int64 `json:"missed"`
	Window      int64 `json:"window"`
	SinceHeight int64 `json:"since_height"`
}

// query answers /liveness/<hex>: a 20-byte consensus address, or a
// 32-byte node Ed25519 key (its validator key). Not found for a
// validator not in the set of the last commit.
func query(kv state.KV, arg string) (any, error) {
	raw, err := hex.DecodeString(strings.TrimPrefix(arg, "0x"))
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: want a consensus address (20 bytes) or node key (32 bytes) in hex", exec.ErrBadArgument)
	case len(raw) == 32:
		raw = registry.ConsensusAddress(raw)
	case len(raw) != addrLen:
		return nil, fmt.Errorf("%w: %d bytes; want a consensus address (20) or node key (32)", exec.ErrBadArgument, len(raw))
	}
	r, ok, err := getRecord(kv, raw)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: validator %x is not in the set", exec.ErrNotFound, raw)
	}
	return View{Missed: r.Missed, Window: r.Window, SinceHeight: r.Since}, nil
}
