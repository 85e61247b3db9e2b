package registry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
)

var validatorsKey = []byte("reg/validators")

// Validator is a member of the validator set with its power.
type Validator struct {
	PubKey Hex   `json:"pub_key"`
	Power  int64 `json:"power"`
}

// ValidatorUpdate is one change of the validator set for CometBFT.
type ValidatorUpdate struct {
	PubKey []byte
	Power  int64
}

// ChooseValidators is the validator rule, a pure function: nodes in the
// active set, longest active first (then lowest service node id), at most
// max_validators, each with validator_power, sorted by key.
func ChooseValidators(p Params, nodes []*Node) []Validator {
	var active []*Node
	for _, n := range nodes {
		if n.InActiveSet() {
			active = append(active, n)
		}
	}
	sort.Slice(active, func(i, j int) bool {
		if active[i].ActiveSinceHeight != active[j].ActiveSinceHeight {
			return active[i].ActiveSinceHeight < active[j].ActiveSinceHeight
		}
		return active[i].ServiceNodeID < active[j].ServiceNodeID
	})
	if uint32(len(active)) > p.MaxValidators {
		active = active[:p.MaxValidators]
	}
	out := make([]Validator, len(active))
	for i, n := range active {
		out[i] = Validator{PubKey: n.Ed25519, Power: p.ValidatorPower}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].PubKey, out[j].PubKey) < 0 })
	return out
}

// InitialValidatorSet is the validator set genesis starts with: the rule
// over the genesis nodes, all active from the first height. genesis.json
// lists it and InitChain returns it, from this one function.
func InitialValidatorSet(g Genesis) []ValidatorUpdate {
	nodes := make([]*Node, len(g.Nodes))
	for i, n := range g.Nodes {
		nodes[i] = n.node()
		nodes[i].Service, nodes[i].Stake = ServiceActive, StakeRegistered
	}
	return diff(nil, ChooseValidators(g.Params, nodes))
}

// Validators returns the stored validator set.
func (k Keeper) Validators() ([]Validator, error) {
	raw, err := k.c.KV.Get(validatorsKey)
	if err != nil || raw == nil {
		return nil, err
	}
	var set []Validator
	if err := json.Unmarshal(raw, &set); err != nil {
		panic(fmt.Sprintf("registry: corrupt validator set: %v", err))
	}
	return set, nil
}

// UpdateValidators recomputes the set, stores it and returns the changes
// against the stored one (power 0 removes; a new power updates), in key
// order. It never empties a stored set: with no active node left the
// stored set stays as it is (CometBFT halts on an empty set).
func (k Keeper) UpdateValidators(p Params) ([]ValidatorUpdate, error) {
	var nodes []*Node
	if err := k.Nodes(func(n *Node) bool { nodes = append(nodes, n); return true }); err != nil {
		return nil, err
	}
	next := ChooseValidators(p, nodes)
	prev, err := k.Validators()
	if err != nil {
		return nil, err
	}
	if len(next) == 0 && len(prev) > 0 {
		return nil, nil
	}
	setJSON(k.c.KV, validatorsKey, next)
	return diff(prev, next), nil
}

// diff is what CometBFT must apply to go from prev to next, in key order.
func diff(prev, next []Validator) []ValidatorUpdate {
	power := map[string]int64{}
	for _, v := range next {
		power[string(v.PubKey)] = v.Power
	}
	var ups []ValidatorUpdate
	for _, v := range prev {
		if _, ok := power[string(v.PubKey)]; !ok {
			ups = append(ups, ValidatorUpdate{PubKey: v.PubKey, Power: 0})
		}
	}
	had := map[string]int64{}
	for _, v := range prev {
		had[string(v.PubKey)] = v.Power
	}
	for _, v := range next {
		if old, ok := had[string(v.PubKey)]; !ok || old != v.Power {
			ups = append(ups, ValidatorUpdate{PubKey: v.PubKey, Power: v.Power})
		}
	}
	sort.Slice(ups, func(i, j int) bool { return bytes.Compare(ups[i].PubKey, ups[j].PubKey) < 0 })
	return ups
}
