package swarm

import (
	"context"

	"github.com/seshnet/seshnet/modules/storage/store"
)

// Message is a stored message (modules/storage/store.Message): Account is
// 33 bytes, Timestamp and Expiry are unix ms.
type Message = store.Message

// Store is what this package needs of the node's message store (in the way
// cosmos-sdk's expected_keepers.go declares a keeper's needs): the narrowest
// set, so tests run on a map as well as on *store.Store, which the module
// passes.
type Store interface {
	// PutCopy stores a peer's copy of m; already is true when it was there
	// (storing twice is harmless, DESIGN.md §9). It never changes a message
	// held (no later expiry from a peer) and never brings back one its
	// owner deleted or cut short (store.PutCopy).
	PutCopy(ctx context.Context, m Message) (already bool, err error)
	// ForEach calls fn for every live message, in any order, and stops at
	// fn's first error.
	ForEach(fn func(Message) error) error
	// Accounts lists the accounts that have messages.
	Accounts() ([][]byte, error)
	// DeleteAccount drops every message of account.
	DeleteAccount(account []byte) (int, error)
	// Delete drops the listed messages of account; deleted are those that
	// were there.
	Delete(account []byte, hashes []string) (deleted []string, err error)
}

var _ Store = (*store.Store)(nil)
