package swarm

import (
	"bytes"
	"crypto/ed25519"
	"slices"
	"sync"

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

// maxFormer is how many past memberships former keeps: a handover runs
// right after the change that causes it, and is retried every
// RecheckEvery, so a few are plenty; past them (or after a restart of the
// receiver) a former member's push is refused and it keeps the messages.
const maxFormer = 8

// former is the views that preceded the last changes of the swarms, newest
// last.
type former struct {
	mu    sync.Mutex
	views []*netview.View
}

// note keeps old when cur's swarms differ from it.
func (f *former) note(old, cur *netview.View) {
	if old == nil || cur == nil || sameSwarms(old, cur) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.views = append(f.views, old)
	if len(f.views) > maxFormer {
		f.views = append([]*netview.View(nil), f.views[len(f.views)-maxFormer:]...)
	}
}

func (f *former) list() []*netview.View {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*netview.View(nil), f.views...)
}

// sameSwarms says whether a and b have the same swarms with the same
// members.
func sameSwarms(a, b *netview.View) bool {
	ida, idb := a.SwarmIDs(), b.SwarmIDs()
	if !slices.Equal(ida, idb) {
		return false
	}
	for _, id := range ida {
		ma, mb := a.Members(id), b.Members(id)
		if len(ma) != len(mb) {
			return false
		}
		for i := range ma {
			if !ma[i].Ed25519.Equal(mb[i].Ed25519) {
				return false
			}
		}
	}
	return true
}

// mayHandOver says whether node may push messages of the account whose
// 32-byte key is key: it is a member of the account's swarm in v, or was
// one in a view before a recent change (the old holders hand accounts over
// when the ring moves them). Any other node is refused: nodes are
// permissionless, and a push is unsigned (review D12).
func (s *Swarm) mayHandOver(v *netview.View, node ed25519.PublicKey, key []byte) bool {
	if servesIn(v, node, key) {
		return true
	}
	for _, old := range s.former.list() {
		if servesIn(old, node, key) {
			return true
		}
	}
	return false
}
