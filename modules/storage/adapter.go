package storage

import (
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/storage/rpc"
	"github.com/seshnet/seshnet/modules/storage/store"
	"github.com/seshnet/seshnet/modules/storage/swarm"
)

// swarmAdapter is the rpc package's view of the swarm.
type swarmAdapter struct{ *swarm.Swarm }

func (a swarmAdapter) Members(acct sessionid.Account) (uint64, []rpc.Member, bool) {
	id, ms, ok := a.Swarm.Members(acct)
	out := make([]rpc.Member, len(ms))
	for i, m := range ms {
		out[i] = rpc.Member{Ed25519: m.Ed25519, X25519: m.X25519, Addr: m.Addr}
	}
	return id, out, ok
}

// namespacedStore lets the rpc package answer delete_all, delete_before
// and expire_all over every namespace with Session's per-namespace dict.
type namespacedStore struct{ *store.Store }

func (s namespacedStore) Namespaces(account []byte) ([]int16, error) {
	return s.ListNamespaces(account)
}
