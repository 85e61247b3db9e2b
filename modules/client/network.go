package client

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/swarmring"
	"github.com/seshnet/seshnet/modules/n2n"
)

// networkJSON is the answer of a relay's GET /network (modules/relay
// Network; mirrored here so that a client does not link the relay module).
type networkJSON struct {
	Height int64      `json:"height"`
	Nodes  []nodeJSON `json:"nodes"`
	Swarms []uint64   `json:"swarms"`
}

type nodeJSON struct {
	Ed25519 string  `json:"pubkey_ed25519"`
	X25519  string  `json:"pubkey_x25519"`
	Relay   string  `json:"relay,omitempty"`
	Storage string  `json:"storage,omitempty"`
	Swarm   *uint64 `json:"swarm_id,omitempty"`
}

// Node is a node of the network as the client knows it.
type Node struct {
	Ed25519 ed25519.PublicKey
	Relay   string // host:port of its relay (onion) endpoint, "" if none
	Storage string // host:port of its storage endpoint, "" if none
	Swarm   uint64
	InSwarm bool
}

// Hex is the node's Ed25519 key in hex, its name in storage answers.
func (n Node) Hex() string { return hex.EncodeToString(n.Ed25519) }

// Network is the network at one workchain height. It is not changed once
// made; Refresh makes a new one.
type Network struct {
	Height int64
	Nodes  []Node   // sorted by key
	Swarms []uint64 // sorted
	byKey  map[string]int
}

// parseNetwork checks and keeps what a client needs. Nodes with a key that
// is not 32 bytes of hex or an endpoint that is not host:port are dropped,
// not trusted.
func parseNetwork(w networkJSON) (*Network, error) {
	nw := &Network{Height: w.Height, byKey: map[string]int{}}
	seenSwarm := map[uint64]bool{}
	for _, id := range w.Swarms {
		if !seenSwarm[id] {
			seenSwarm[id] = true
			nw.Swarms = append(nw.Swarms, id)
		}
	}
	for _, n := range w.Nodes {
		key, err := hex.DecodeString(n.Ed25519)
		if err != nil || len(key) != ed25519.PublicKeySize {
			continue
		}
		if _, dup := nw.byKey[hex.EncodeToString(key)]; dup {
			continue
		}
		nd := Node{Ed25519: key}
		if n2n.ValidHostPort(n.Relay) {
			nd.Relay = n.Relay
		}
		if n2n.ValidHostPort(n.Storage) {
			nd.Storage = n.Storage
		}
		if n.Swarm != nil {
			nd.Swarm, nd.InSwarm = *n.Swarm, true
			if !seenSwarm[nd.Swarm] {
				seenSwarm[nd.Swarm] = true
				nw.Swarms = append(nw.Swarms, nd.Swarm)
			}
		}
		nw.byKey[nd.Hex()] = 0
		nw.Nodes = append(nw.Nodes, nd)
	}
	if len(nw.Nodes) == 0 {
		return nil, errors.New("the network lists no usable node")
	}
	slices.SortFunc(nw.Nodes, func(a, b Node) int { return slices.Compare(a.Ed25519, b.Ed25519) })
	for i, n := range nw.Nodes {
		nw.byKey[n.Hex()] = i
	}
	slices.Sort(nw.Swarms)
	return nw, nil
}

// Node finds a node by its Ed25519 key in hex.
func (nw *Network) Node(edHex string) (Node, bool) {
	i, ok := nw.byKey[edHex]
	if !ok {
		return Node{}, false
	}
	return nw.Nodes[i], true
}

// relays are the nodes with a relay endpoint.
func (nw *Network) relays() []Node {
	var out []Node
	for _, n := range nw.Nodes {
		if n.Relay != "" {
			out = append(out, n)
		}
	}
	return out
}

// SwarmOf is the swarm that holds an account's messages (DESIGN.md §5),
// computed here from the swarm list; ok is false when there is no swarm.
func (nw *Network) SwarmOf(a sessionid.Account) (uint64, bool) {
	return swarmring.Of(nw.Swarms, a.Key())
}

// Members of swarm id, sorted by key.
func (nw *Network) Members(id uint64) []Node {
	var out []Node
	for _, n := range nw.Nodes {
		if n.InSwarm && n.Swarm == id {
			out = append(out, n)
		}
	}
	return out
}

// target is where a request for an account goes: the swarm and the members
// the client may pick its destination from.
type target struct {
	swarm   uint64
	members []Node // every member in the client's view (for checking answers)
}

// targetFor is the account's swarm in nw.
func targetFor(nw *Network, a sessionid.Account) (target, error) {
	id, ok := nw.SwarmOf(a)
	if !ok {
		return target{}, fmt.Errorf("%w: the network has no swarms", ErrNoSwarm)
	}
	return target{swarm: id, members: nw.Members(id)}, nil
}

// pickPath chooses a destination among the target's members with a relay
// endpoint and, before it, opt.Hops distinct random relays. Nodes in avoid
// (found down) are left out while others remain; the destination is not
// also a relay while the network has enough other live nodes.
func (c *Client) pickPath(nw *Network, t target, avoid map[string]bool) ([]Node, error) {
	var dests []Node
	for _, m := range t.members {
		if m.Relay != "" && !avoid[m.Hex()] {
			dests = append(dests, m)
		}
	}
	if len(dests) == 0 {
		for _, m := range t.members {
			if m.Relay != "" {
				dests = append(dests, m)
			}
		}
	}
	if len(dests) == 0 {
		return nil, fmt.Errorf("%w: swarm %016x has no member with a relay endpoint", ErrNoSwarm, t.swarm)
	}
	i, err := c.intn(len(dests))
	if err != nil {
		return nil, err
	}
	dest := dests[i]

	all := nw.relays()
	var pool []Node
	// Preference: neither the destination nor a node found down; then a
	// live path through the destination; then the down nodes too.
	for _, rule := range []func(Node) bool{
		func(n Node) bool { return n.Hex() != dest.Hex() && !avoid[n.Hex()] },
		func(n Node) bool { return !avoid[n.Hex()] },
		func(n Node) bool { return n.Hex() != dest.Hex() },
		func(Node) bool { return true },
	} {
		pool = pool[:0]
		for _, n := range all {
			if rule(n) {
				pool = append(pool, n)
			}
		}
		if len(pool) >= c.opt.Hops {
			break
		}
	}
	hops := c.opt.Hops
	if len(pool) < hops {
		if !c.opt.AllowShortPaths || len(pool) == 0 {
			return nil, fmt.Errorf("%w: the network has %d relays, a path needs %d (a local network with fewer nodes: --allow-short-paths)", ErrTooFewNodes, len(all), hops)
		}
		hops = len(pool)
	}
	path := make([]Node, 0, hops+1)
	for range hops {
		j, err := c.intn(len(pool))
		if err != nil {
			return nil, err
		}
		path = append(path, pool[j])
		pool = append(pool[:j], pool[j+1:]...)
	}
	return append(path, dest), nil
}
