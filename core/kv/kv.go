// Package kv wraps badger in managed (versioned) mode. Every write set is
// committed atomically at a caller-chosen version (the workchain uses the
// block height), and reads are made at a version, so a reader never sees half
// of a height and past heights stay queryable until they are pruned.
package kv

import (
	"errors"
	"fmt"
	"math"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// Options tune the store. The zero value is fine for production.
type Options struct {
	// InMemory keeps everything in RAM (tests and benchmarks only).
	InMemory bool
	// NoSync skips the fsync at each commit. Only for benchmarks.
	NoSync bool
	Logger zerolog.Logger
}

// DB is a versioned key-value store.
type DB struct{ db *badger.DB }

// Change is one write of a commit: a set, or a delete when Delete is true.
type Change struct {
	Key    []byte
	Value  []byte
	Delete bool
}

// Open opens (or creates) the store in dir.
func Open(dir string, o Options) (*DB, error) {
	opts := badger.DefaultOptions(dir).
		WithSyncWrites(!o.NoSync).
		WithInMemory(o.InMemory).
		// Keep every version: pruning is explicit through SetDiscardVersion.
		WithNumVersionsToKeep(math.MaxInt32).
		WithLogger(badgerLogger{o.Logger.With().Str("module", "badger").Logger()}).
		WithMetricsEnabled(false).
		// Two compactors, badger's least, not four: each wakes every 50 ms
		// whether or not there is work, and the workchain writes one
		// transaction a block. A 4-validator network at rest used 0.32-0.35
		// cores with four and 0.27-0.30 with two (docs/performance.md).
		WithNumCompactors(2)
	if o.InMemory {
		opts = opts.WithDir("").WithValueDir("")
	}
	db, err := badger.OpenManaged(opts)
	if err != nil {
		return nil, fmt.Errorf("open badger in %s: %w", dir, err)
	}
	return &DB{db: db}, nil
}

// Close flushes and closes the store.
func (d *DB) Close() error { return d.db.Close() }

// CommitAt writes all changes atomically at version. Versions must increase.
func (d *DB) CommitAt(version uint64, changes []Change) error {
	txn := d.db.NewTransactionAt(version, true)
	defer txn.Discard()
	for _, c := range changes {
		var err error
		if c.Delete {
			err = txn.Delete(c.Key)
		} else {
			err = txn.Set(c.Key, c.Value)
		}
		if err != nil {
			return fmt.Errorf("stage key %x at version %d: %w", c.Key, version, err)
		}
	}
	if err := txn.CommitAt(version, nil); err != nil {
		return fmt.Errorf("commit version %d: %w", version, err)
	}
	return nil
}

// SetDiscardVersion lets compaction drop versions older than v.
func (d *DB) SetDiscardVersion(v uint64) { d.db.SetDiscardTs(v) }

// Snapshot is a read view at one version. Call Discard when done.
type Snapshot struct{ txn *badger.Txn }

// At opens a read view at version (math.MaxUint64 for the newest).
func (d *DB) At(version uint64) *Snapshot {
	return &Snapshot{txn: d.db.NewTransactionAt(version, false)}
}

// Discard releases the view.
func (s *Snapshot) Discard() { s.txn.Discard() }

// Get returns the value of key, or nil and no error if it is absent.
func (s *Snapshot) Get(key []byte) ([]byte, error) {
	item, err := s.txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("get %x: %w", key, err)
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return nil, fmt.Errorf("read value of %x: %w", key, err)
	}
	return v, nil
}

// Iterate calls fn for each key with prefix, in ascending key order, until fn
// returns false. The slices are only valid during the call.
func (s *Snapshot) Iterate(prefix []byte, fn func(key, value []byte) bool) error {
	it := s.txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 64})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		var cont bool
		err := item.Value(func(v []byte) error {
			cont = fn(item.Key(), v)
			return nil
		})
		if err != nil {
			return fmt.Errorf("iterate %x: %w", item.Key(), err)
		}
		if !cont {
			return nil
		}
	}
	return nil
}

type badgerLogger struct{ l zerolog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error().Msgf(f, a...) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn().Msgf(f, a...) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Debug().Msgf(f, a...) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Trace().Msgf(f, a...) }
