// Package netview is what the messaging modules (relay, storage) know of
// the network: the active nodes with their public endpoints and swarms, as
// the workchain says at the last block read. Modules never import the
// workchain: the view is rebuilt from the host API's JSON answers.
package netview

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/seshnet/seshnet/core/swarmring"
)

// Node is one active node as the view holds it.
type Node struct {
	Ed25519   ed25519.PublicKey
	Swarm     uint64
	HasSwarm  bool
	Endpoints map[string]string // service (module name) -> host:port
}

// Hex is the node's Ed25519 key in hex, its name everywhere.
func (n *Node) Hex() string { return hex.EncodeToString(n.Ed25519) }

// View is the network at one workchain height. It is never changed once
// built: a refresh makes a new one.
type View struct {
	Height int64
	nodes  map[string]*Node   // by Ed25519 hex
	swarms map[uint64][]*Node // members sorted by key
	ids    []uint64           // sorted
}

// nodeJSON and swarmJSON are the fields of the host's /nodes and /swarms
// answers that a messaging module needs.
type nodeJSON struct {
	Ed25519 string  `json:"ed25519"`
	State   string  `json:"state"`
	SwarmID *uint64 `json:"swarm_id"`
	Uptime  *struct {
		Endpoints []struct {
			Service string `json:"service"`
			Addr    string `json:"addr"`
		} `json:"endpoints"`
	} `json:"uptime"`
}

type swarmJSON struct {
	ID      uint64   `json:"id"`
	Members []string `json:"members"`
}

// Parse builds a view from the /nodes and /swarms answers at height.
// Only nodes in a swarm serve messages; the others are kept (a relay may
// still route through them) with HasSwarm false.
func Parse(height int64, nodesRaw, swarmsRaw []byte) (*View, error) {
	var ns []nodeJSON
	if err := json.Unmarshal(nodesRaw, &ns); err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	var ss []swarmJSON
	if err := json.Unmarshal(swarmsRaw, &ss); err != nil {
		return nil, fmt.Errorf("swarms: %w", err)
	}
	v := &View{Height: height, nodes: map[string]*Node{}, swarms: map[uint64][]*Node{}}
	for _, n := range ns {
		if n.State != "active" && n.State != "exiting" {
			continue
		}
		key, err := hex.DecodeString(n.Ed25519)
		if err != nil || len(key) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("node key %q", n.Ed25519)
		}
		nd := &Node{Ed25519: key, Endpoints: map[string]string{}}
		if n.SwarmID != nil {
			nd.Swarm, nd.HasSwarm = *n.SwarmID, true
		}
		if n.Uptime != nil {
			for _, e := range n.Uptime.Endpoints {
				nd.Endpoints[e.Service] = e.Addr
			}
		}
		v.nodes[nd.Hex()] = nd
	}
	for _, s := range ss {
		v.ids = append(v.ids, s.ID)
		for _, m := range s.Members {
			if nd, ok := v.nodes[m]; ok {
				v.swarms[s.ID] = append(v.swarms[s.ID], nd)
			}
		}
		sort.Slice(v.swarms[s.ID], func(i, j int) bool { return v.swarms[s.ID][i].Hex() < v.swarms[s.ID][j].Hex() })
	}
	sort.Slice(v.ids, func(i, j int) bool { return v.ids[i] < v.ids[j] })
	return v, nil
}

// Node finds an active node by its Ed25519 key.
func (v *View) Node(key ed25519.PublicKey) (*Node, bool) {
	n, ok := v.nodes[hex.EncodeToString(key)]
	return n, ok
}

// Active says whether key is an active node; false with no view (nil).
func (v *View) Active(key ed25519.PublicKey) bool {
	if v == nil {
		return false
	}
	_, ok := v.Node(key)
	return ok
}

// Nodes lists the active nodes, sorted by key.
func (v *View) Nodes() []*Node {
	out := make([]*Node, 0, len(v.nodes))
	for _, n := range v.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Hex() < out[j].Hex() })
	return out
}

// SwarmOf is the swarm that holds an account's messages (DESIGN.md §5) and
// its members; ok is false while there is no swarm at all.
func (v *View) SwarmOf(account [32]byte) (uint64, []*Node, bool) {
	id, ok := swarmring.Of(v.ids, account)
	if !ok {
		return 0, nil, false
	}
	return id, v.swarms[id], true
}

// Members of swarm id, sorted by key.
func (v *View) Members(id uint64) []*Node { return v.swarms[id] }

// SwarmIDs are the swarms on the ring, sorted.
func (v *View) SwarmIDs() []uint64 { return append([]uint64(nil), v.ids...) }
