package rpc

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"time"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// What this package needs from the others, declared here in the narrowest
// form (in the way of cosmos-sdk's expected_keepers.go).

// Store is the message store (modules/storage/store.Store).
type Store interface {
	Put(ctx context.Context, m store.Message) (already bool, err error)
	Retrieve(account []byte, ns int16, lastHash string, maxCount, maxBytes int) ([]store.Message, bool, error)
	Get(account []byte, hash string) (store.Message, bool, error)
	Delete(account []byte, hashes []string) (deleted []string, err error)
	DeleteAll(account []byte, ns *int16) (deleted []string, err error)
	DeleteBefore(account []byte, ns *int16, before int64) (deleted []string, err error)
	Expire(account []byte, hashes []string, expiry int64, mode store.ExpireMode) (updated, unchanged map[string]int64, err error)
	ExpireAll(account []byte, ns *int16, expiry int64) (updated map[string]int64, err error)
	Expiries(account []byte, hashes []string) (map[string]int64, error)
}

// NamespaceLister is optionally implemented by the Store: the namespaces in
// which an account holds messages. With it, delete_all and delete_before
// over "all" namespaces answer Session's per-namespace dict
// {"<ns>": [hashes]}; without it they answer one sorted list (the signature
// is the same either way: it covers the hashes in total order).
type NamespaceLister interface {
	Namespaces(account []byte) ([]int16, error)
}

// Swarm is this node's place in the network, as the storage module sees it.
type Swarm interface {
	// Serves is true when this node is in the account's swarm. When false
	// the request is answered 421 with the account's swarm (from Members).
	Serves(acct sessionid.Account) bool
	// Members is the swarm of acct: its id and its nodes.
	Members(acct sessionid.Account) (swarmID uint64, members []Member, ok bool)
	// ReplicateUntil hands a change this node applied to every other
	// member of the account's swarm and waits (bounded by ctx) for their
	// answers: key = member's Ed25519 hex, value = that member's per-node
	// result object (or {"failed":true,"timeout":true} /
	// {"failed":true,"code":N}). Failed members are retried by the
	// implementation until until: the message's expiry for a store, the
	// longest TTL for any other change.
	ReplicateUntil(ctx context.Context, acct sessionid.Account, op []byte, until time.Time) map[string]json.RawMessage
	// Self is this node's key: per-node results are signed with it, and
	// its public key (hex) is our key in "swarm".
	Self() ed25519.PrivateKey
}

// Member is a node of a swarm.
type Member struct {
	Ed25519, X25519 string // hex
	Addr            string // host:port of its storage HTTPS endpoint
}

// Limiter is the per-client rate limit (modules/storage/ratelimit).
type Limiter interface {
	Allow(client string) bool
}

// Verifier checks an owner's signature (core/sessionid.Verifier).
type Verifier interface {
	Verify(a sessionid.Account, pubkeyEd25519Hex string, msg, sig []byte) error
}
