package swarm

import (
	"bytes"
	"crypto/ed25519"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/netview"
)

// Member is one node of an account's swarm as the storage RPC shows it
// (get_swarm, 421 answers).
type Member struct {
	Ed25519 string // hex
	X25519  string // hex
	Addr    string // host:port of the node's storage HTTPS
}

// Self is the node's key.
func (s *Swarm) Self() ed25519.PrivateKey { return s.key }

// Serves says whether this node is in acct's swarm in the current view.
func (s *Swarm) Serves(acct sessionid.Account) bool {
	v := s.view()
	return v != nil && servesIn(v, s.self, acct[1:])
}

// Members is acct's swarm and its members (this node included when it is
// one); ok is false while there is no view or no swarm. A member whose key
// has no X25519 form is left out: clients could not reach it anyway.
func (s *Swarm) Members(acct sessionid.Account) (uint64, []Member, bool) {
	v := s.view()
	if v == nil {
		return 0, nil, false
	}
	id, nodes, ok := v.SwarmOf(acct.Key())
	if !ok {
		return 0, nil, false
	}
	out := make([]Member, 0, len(nodes))
	for _, n := range nodes {
		x := n.X25519Hex()
		if x == "" {
			continue
		}
		out = append(out, Member{Ed25519: n.Hex(), X25519: x, Addr: n.Endpoints["storage"]})
	}
	return id, out, true
}

// IsPeer says whether from is a member of acct's swarm in the current view:
// the check an /n2n/storage/op handler makes once it has read the account.
func (s *Swarm) IsPeer(acct sessionid.Account, from ed25519.PublicKey) bool {
	v := s.view()
	return v != nil && servesIn(v, from, acct[1:])
}

// swarmOf is the swarm of an account given as its 32-byte key (the bytes
// after the prefix).
func swarmOf(v *netview.View, key []byte) (uint64, []*netview.Node, bool) {
	var k [32]byte
	if len(key) != 32 {
		return 0, nil, false
	}
	copy(k[:], key)
	return v.SwarmOf(k)
}

// servesIn says whether node is a member of the swarm of the account whose
// 32-byte key is key, in v.
func servesIn(v *netview.View, node ed25519.PublicKey, key []byte) bool {
	_, members, ok := swarmOf(v, key)
	return ok && memberIn(members, node) != nil
}

// memberIn finds node among members.
func memberIn(members []*netview.Node, node ed25519.PublicKey) *netview.Node {
	for _, m := range members {
		if bytes.Equal(m.Ed25519, node) {
			return m
		}
	}
	return nil
}
