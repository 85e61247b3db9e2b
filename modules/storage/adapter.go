package storage

import (
	"context"
	"encoding/json"
	"time"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/storage/rpc"
	"github.com/seshnet/seshnet/modules/storage/store"
	"github.com/seshnet/seshnet/modules/storage/swarm"
)

// maxRetryWindow is how long a change other than a store is retried: the
// longest TTL there is (30 days), after which every message it could touch
// is gone anyway.
const maxRetryWindow = 30 * 24 * time.Hour

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

// Replicate retries a store until the message expires (DESIGN.md §9), and
// any other change for the longest TTL.
func (a swarmAdapter) Replicate(ctx context.Context, acct sessionid.Account, op []byte) map[string]json.RawMessage {
	return a.ReplicateUntil(ctx, acct, op, retryUntil(op, time.Now()))
}

func retryUntil(op []byte, now time.Time) time.Time {
	var o struct {
		Method string `json:"method"`
		Params struct {
			Timestamp int64 `json:"timestamp"`
			TTL       int64 `json:"ttl"`
		} `json:"params"`
	}
	if json.Unmarshal(op, &o) == nil && o.Method == "store" && o.Params.TTL > 0 {
		return time.UnixMilli(o.Params.Timestamp + o.Params.TTL)
	}
	return now.Add(maxRetryWindow)
}

// namespacedStore lets the rpc package answer delete_all, delete_before
// and expire_all over every namespace with Session's per-namespace dict.
type namespacedStore struct{ *store.Store }

func (s namespacedStore) Namespaces(account []byte) ([]int16, error) {
	return s.ListNamespaces(account)
}
