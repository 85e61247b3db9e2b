// Package punish is the punishment rules of the workchain (DESIGN.md §7,
// docs/punishments.md): each block chooses, from its hash, nodes to test
// and a quorum of testers for each; testers' votes decommission a failing
// active node or recommission a decommissioned one that passes; credit
// earned while active decides between decommission and deregistration and
// burns while decommissioned; deactivations are capped per block; the
// stake of a deregistered node is locked, then liquidatable. Per-node
// state is settled lazily at each state change (registry hooks), and the
// nodes tested are drawn from dense lists by position, so a block costs
// reads per test, never a pass over the nodes.
package punish

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "punish"

// Codes of the punish codespace.
const (
	CodeMalformedVote uint32 = 1
	CodeNotTester     uint32 = 2
	CodeVoteHeight    uint32 = 3
	CodeDuplicateVote uint32 = 4
	CodeNoChange      uint32 = 5
)

// Module is the punishment rules for the application's router. It
// subscribes k's hooks to the registry: the records are wrong without
// them, so the two cannot be wired apart.
func Module(k Keeper) exec.Module {
	k.reg.AddHooks(Hooks{})
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		Txs: map[string]exec.TxHandler{
			TxVote: {Signer: tx.SignerNode, Check: k.checkTx, Deliver: k.deliverVote},
		},
		Queries: map[string]exec.Query{
			"quorum":      queryQuorum,
			"tests":       queryTests,
			"punish":      queryNode,
			"punishments": queryDecisions,
		},
		Params:     ParamStore,
		Genesis:    genesis(),
		BeginBlock: k.beginBlock,
		EndBlock:   k.endBlock,
	}
}

func codeOf(err error) uint32 {
	switch {
	case errors.Is(err, ErrMalformedVote):
		return CodeMalformedVote
	case errors.Is(err, ErrNotTester):
		return CodeNotTester
	case errors.Is(err, ErrVoteHeight):
		return CodeVoteHeight
	case errors.Is(err, ErrDuplicateVote):
		return CodeDuplicateVote
	case errors.Is(err, ErrNoChange):
		return CodeNoChange
	}
	return 0
}

// genesis is the parameters' section; its Init also gives the genesis
// nodes (registered by the registry's section, before this one, while the
// parameters were still the defaults) the starting credit of these
// parameters.
func genesis() *exec.Genesis {
	g := exec.ParamsGenesis(ParamStore)
	paramsInit := g.Init
	g.Init = func(c exec.Context, raw json.RawMessage) error {
		if err := paramsInit(c, raw); err != nil {
			return err
		}
		return resetCredits(c)
	}
	return g
}

func resetCredits(c exec.Context) error {
	start := ParamStore.Get(c).CreditStartSeconds
	var keys [][]byte
	err := c.KV.Iterate(nodePrefix, func(key, _ []byte) bool {
		keys = append(keys, append([]byte(nil), key...))
		return true
	})
	if err != nil {
		return fmt.Errorf("punish genesis: %w", err)
	}
	s := newStore(c.KV)
	for _, key := range keys {
		pub := key[len(nodePrefix):]
		s.setNode(pub, &nodeRec{Credit: start, CreditTime: c.Time})
	}
	return *s.err
}

// queries read committed state: "now" is the last block's time.
func (s store) now() (int64, int64) {
	g := s.global()
	return g.LastHeight, g.LastTime
}

func readErr(s store) error {
	if *s.err != nil {
		return fmt.Errorf("punish: %w", *s.err)
	}
	return nil
}
