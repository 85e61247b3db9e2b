// Package state holds the workchain state: a versioned badger store (one
// version per height), the writes of the block being executed staged in
// memory, and the app hash kept up to date incrementally. Nothing reaches disk
// until Commit, which writes a height's changes together with its
// {height, app hash} in one badger transaction, so a restart always finds a
// whole height.
package state

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/seshnet/seshnet/core/kv"
)

// Keys under internalPrefix belong to the store itself and are not part of
// the hashed state.
const internalPrefix = "\x00"

var (
	metaKey   = []byte(internalPrefix + "meta")
	ltHashKey = []byte(internalPrefix + "lthash")
)

// Meta is what the store records with each committed height.
type Meta struct {
	Height  int64  `json:"height"`
	AppHash []byte `json:"app_hash"`
}

// Store is the workchain state.
type Store struct {
	db      *kv.DB
	meta    Meta
	lt      LtHash
	pending *Block
}

// Open loads the last committed height from db.
func Open(db *kv.DB) (*Store, error) {
	s := &Store{db: db}
	snap := db.At(math.MaxUint64)
	defer snap.Discard()
	raw, err := snap.Get(metaKey)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		s.meta.AppHash = s.lt.Sum()
		return s, nil
	}
	if err := json.Unmarshal(raw, &s.meta); err != nil {
		return nil, fmt.Errorf("state meta is corrupt: %w", err)
	}
	rawLt, err := snap.Get(ltHashKey)
	if err != nil {
		return nil, err
	}
	if !s.lt.SetBytes(rawLt) {
		return nil, fmt.Errorf("state digest at height %d is corrupt (%d bytes)", s.meta.Height, len(rawLt))
	}
	if got := s.lt.Sum(); string(got) != string(s.meta.AppHash) {
		return nil, fmt.Errorf("state digest at height %d does not match its app hash", s.meta.Height)
	}
	return s, nil
}

// Committed returns the last committed height and app hash.
func (s *Store) Committed() Meta { return s.meta }

// Begin starts staging the writes of height, replacing any staged block that
// was never committed (a replay after a crash stages it again from scratch).
func (s *Store) Begin(height int64) (*Block, error) {
	if height != s.meta.Height+1 && s.meta.Height != 0 {
		return nil, fmt.Errorf("begin height %d: last committed height is %d", height, s.meta.Height)
	}
	s.pending = newBlock(s, height)
	return s.pending, nil
}

// Pending returns the staged block, if any.
func (s *Store) Pending() *Block { return s.pending }

// Commit writes the staged block. Its app hash must have been computed.
func (s *Store) Commit() (Meta, error) {
	b := s.pending
	if b == nil || !b.sealed {
		return Meta{}, fmt.Errorf("commit: no finished block staged")
	}
	meta := Meta{Height: b.height, AppHash: b.hash}
	rawMeta, err := json.Marshal(meta)
	if err != nil {
		return Meta{}, fmt.Errorf("encode meta: %w", err)
	}
	changes := b.sortedChanges()
	changes = append(changes, kv.Change{Key: ltHashKey, Value: b.lt.Bytes()}, kv.Change{Key: metaKey, Value: rawMeta})
	if err := s.db.CommitAt(uint64(b.height), changes); err != nil {
		return Meta{}, fmt.Errorf("commit height %d: %w", b.height, err)
	}
	s.meta, s.lt, s.pending = meta, b.lt, nil
	return meta, nil
}

// Prune lets the store forget versions below height.
func (s *Store) Prune(height int64) {
	if height > 1 {
		s.db.SetDiscardVersion(uint64(height - 1))
	}
}

// View opens a read-only view of committed state at height (0 = latest).
func (s *Store) View(height int64) (*View, error) {
	if height == 0 {
		height = s.meta.Height
	}
	if height < 0 || height > s.meta.Height {
		return nil, fmt.Errorf("height %d is not committed (latest is %d)", height, s.meta.Height)
	}
	snap := s.db.At(uint64(height))
	return &View{snap: snap, get: readThrough(snap.Get), Height: height}, nil
}

// View reads committed state at one height. Call Close when done. It is
// not safe for concurrent use.
type View struct {
	snap   *kv.Snapshot
	get    func([]byte) ([]byte, error)
	Height int64
}

// Get returns the value of key or nil (shared: do not modify it).
func (v *View) Get(key []byte) ([]byte, error) { return v.get(key) }

// Iterate visits keys with prefix in order until fn returns false.
func (v *View) Iterate(prefix []byte, fn func(k, val []byte) bool) error {
	return v.snap.Iterate(prefix, fn)
}

// Close releases the view.
func (v *View) Close() { v.snap.Discard() }

// KV returns the view as a read-only KV, for code that takes a KV but only
// reads (CheckTx, queries). A write through it is a bug and panics.
func (v *View) KV() KV { return readOnly{v} }

// CheckCache returns a throwaway Cache over the view: checks may stage
// writes to see their own effects, and nothing reaches the store.
func (v *View) CheckCache() *Cache { return newCache(readOnly{v}) }

type readOnly struct{ v *View }

func (r readOnly) Get(k []byte) ([]byte, error) { return r.v.Get(k) }
func (r readOnly) Iterate(p []byte, fn func(k, v []byte) bool) error {
	return r.v.Iterate(p, fn)
}
func (readOnly) Set(k, _ []byte) { panic(fmt.Sprintf("state: write of %q to a read-only view", k)) }
func (readOnly) Delete(k []byte) { panic(fmt.Sprintf("state: delete of %q in a read-only view", k)) }
