package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// purgeChunk is how many expired messages one writer op deletes, so a big
// purge never holds the writer (and the Puts behind it) for long.
const purgeChunk = 500

func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}

// maintain runs a purge pass and value log GC every interval until Close.
func (s *Store) maintain(interval time.Duration) {
	defer close(s.bgDone)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.purgeAndCollect()
		}
	}
}

func (s *Store) purgeAndCollect() {
	n, err := s.PurgeExpired()
	if err != nil {
		s.log.Warn().Err(err).Msg("purge of expired messages failed")
	} else if n > 0 {
		s.log.Debug().Int("purged", n).Msg("expired messages purged")
	}
	if s.inMemory {
		return
	}
	// Each successful call rewrites one value log file; go on while there
	// is garbage to collect and no Close is waiting.
	for {
		select {
		case <-s.stop:
			return
		default:
		}
		if err := s.db.RunValueLogGC(gcDiscardRatio); err != nil {
			if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) {
				s.log.Warn().Err(err).Msg("value log GC failed")
			}
			return
		}
	}
}

// PurgeExpired deletes the expired messages (and their index entries) now,
// and recounts what the store holds for Stats. It returns how many it
// deleted. A background pass runs every PurgeInterval.
func (s *Store) PurgeExpired() (int, error) {
	if !s.enter() {
		return 0, ErrClosed
	}
	defer s.leave()
	txn, d0 := s.snapshot()
	defer txn.Discard()

	var held delta
	var expired []indexedKey
	purged, corrupt := 0, 0
	flush := func() error {
		n, err := s.purge(expired)
		purged += n
		expired = expired[:0]
		return err
	}
	now := s.nowMs()
	prefix := []byte{prefixIndex}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		var r ref
		err := item.Value(func(v []byte) (err error) {
			r, err = decodeIndex(v)
			return err
		})
		if errors.Is(err, errCorrupt) {
			// Left alone (it may be a newer format) and reported, but it
			// must not stop the purge, nor Open.
			corrupt++
			continue
		}
		if err != nil {
			return purged, fmt.Errorf("purge: scan index: %w", err)
		}
		held.messages++
		held.bytes += int64(r.dataLen)
		if r.live(now) {
			continue
		}
		expired = append(expired, indexedKey{key: item.KeyCopy(nil), ref: r})
		if len(expired) == purgeChunk {
			if err := flush(); err != nil {
				return purged, err
			}
		}
	}
	if err := flush(); err != nil {
		return purged, err
	}
	if corrupt > 0 {
		s.log.Warn().Int("entries", corrupt).Msg("index entries that cannot be decoded were skipped")
	}
	// What the snapshot held, less the changes already in the deltas when
	// it was taken: base + deltas is then the count now.
	s.baseMessages.Store(held.messages - d0.messages)
	s.baseBytes.Store(held.bytes - d0.bytes)
	return purged, nil
}

// snapshot opens the read transaction of a purge pass together with the
// deltas committed before it. Commits hold countMu across "commit, add
// delta", so every commit is either in both or in neither.
func (s *Store) snapshot() (*badger.Txn, delta) {
	s.countMu.Lock()
	defer s.countMu.Unlock()
	return s.db.NewTransaction(false), delta{s.deltaMessages.Load(), s.deltaBytes.Load()}
}

// indexedKey is an index entry found expired by a purge pass.
type indexedKey struct {
	key []byte
	ref
}

// purge deletes the listed messages that are still expired when the writer
// gets to them (a Put may have brought one back meanwhile).
func (s *Store) purge(expired []indexedKey) (int, error) {
	if len(expired) == 0 {
		return 0, nil
	}
	n := 0
	err := s.submit(context.Background(), func(b *batch) error {
		now := s.nowMs()
		for _, e := range expired {
			r, found, err := b.getRef(e.key)
			if err != nil {
				return err
			}
			if !found || r.live(now) {
				continue
			}
			account, hash := e.key[accountStart:nsStart], hashOfIndexKey(e.key)
			if err := b.remove(account, hash, r); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("purge: %w", err)
	}
	s.purged.Add(uint64(n))
	return n, nil
}
