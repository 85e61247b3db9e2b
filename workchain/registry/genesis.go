package registry

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Genesis is the registry's section of app_state: its parameters and the
// nodes registered at the first height.
type Genesis struct {
	Params Params        `json:"params"`
	Nodes  []GenesisNode `json:"nodes"`
}

// GenesisNode is a node registered at genesis, active from the first height.
type GenesisNode struct {
	ServiceNodeID uint64        `json:"service_node_id"`
	Ed25519       Hex           `json:"ed25519"`
	BLS           Hex           `json:"bls"`
	FeeBP         uint32        `json:"fee_bp"`
	Contributors  []Contributor `json:"contributors"`
}

func (n GenesisNode) node() *Node {
	return &Node{ServiceNodeID: n.ServiceNodeID, Ed25519: n.Ed25519, BLS: n.BLS, FeeBP: n.FeeBP, Contributors: n.Contributors}
}

// DefaultGenesis is a network with DESIGN.md's parameters and no nodes
// yet (Validate wants at least one).
func DefaultGenesis() Genesis { return Genesis{Params: DefaultParams(), Nodes: []GenesisNode{}} }

// Validate checks the section and names every field that is wrong.
func (g Genesis) Validate() error {
	errs := []error{g.Params.Validate()}
	if len(g.Nodes) == 0 {
		errs = append(errs, errors.New("registry.nodes: at least one node is needed to produce blocks"))
	}
	seenKey, seenBLS, seenID := map[string]int{}, map[string]int{}, map[uint64]int{}
	for i, n := range g.Nodes {
		field := fmt.Sprintf("registry.nodes[%d]", i)
		if len(n.Ed25519) != 32 {
			errs = append(errs, fmt.Errorf("%s.ed25519: %d bytes, want 32", field, len(n.Ed25519)))
		}
		if len(n.BLS) != 64 {
			errs = append(errs, fmt.Errorf("%s.bls: %d bytes, want 64", field, len(n.BLS)))
		}
		if j, dup := seenKey[string(n.Ed25519)]; dup {
			errs = append(errs, fmt.Errorf("%s.ed25519: same key as nodes[%d]", field, j))
		}
		if j, dup := seenBLS[string(n.BLS)]; dup {
			errs = append(errs, fmt.Errorf("%s.bls: same key as nodes[%d]", field, j))
		}
		if j, dup := seenID[n.ServiceNodeID]; dup {
			errs = append(errs, fmt.Errorf("%s.service_node_id: %d already used by nodes[%d]", field, n.ServiceNodeID, j))
		}
		seenKey[string(n.Ed25519)], seenBLS[string(n.BLS)], seenID[n.ServiceNodeID] = i, i, i
		if err := CheckStake(g.Params, n.Contributors, n.FeeBP); err != nil {
			errs = append(errs, fmt.Errorf("%s.contributors: %w", field, err))
		}
	}
	return errors.Join(errs...)
}

func validateGenesis(raw json.RawMessage) error {
	g, err := exec.DecodeStrict[Genesis](raw)
	if err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	return g.Validate()
}

// initGenesis writes the parameters and registers the nodes (the hooks run:
// a concern that keeps per-node state starts it here as for any node).
func (m *Module) initGenesis(c exec.Context, raw json.RawMessage) error {
	g, err := exec.DecodeStrict[Genesis](raw)
	if err != nil {
		return err
	}
	if err := ParamStore.Set(c.KV, g.Params); err != nil {
		return err
	}
	k := m.Keeper(c)
	for i, n := range g.Nodes {
		if err := k.Add(g.Params, n.node()); err != nil {
			return fmt.Errorf("registry.nodes[%d]: %w", i, err)
		}
	}
	return nil
}

// exportGenesis writes the parameters and the nodes in the active set: the
// genesis of a network that starts again from today's active nodes (nodes
// that left, rejections and exit timers are not carried).
func exportGenesis(kv state.KV) (any, error) {
	g := Genesis{Params: ParamStore.Get(exec.Context{KV: kv}), Nodes: []GenesisNode{}}
	err := New(kv).Nodes(func(n *Node) bool {
		if n.InActiveSet() {
			g.Nodes = append(g.Nodes, GenesisNode{ServiceNodeID: n.ServiceNodeID, Ed25519: n.Ed25519, BLS: n.BLS, FeeBP: n.FeeBP, Contributors: n.Contributors})
		}
		return true
	})
	return g, err
}
