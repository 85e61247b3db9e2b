package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// migrateChunk is how many version-1 messages one writer op converts.
const migrateChunk = 500

// readCounter reads the last arrival number given (0 in a new store).
func readCounter(db *badger.DB) (uint64, error) {
	var seq uint64
	err := db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(counterKey)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) != 8 {
				return fmt.Errorf("arrival counter of %d bytes: %w", len(v), errCorrupt)
			}
			seq = binary.BigEndian.Uint64(v)
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("read arrival counter: %w", err)
	}
	return seq, nil
}

// v1Record is a message in the layout before issue 10 (keys.go).
type v1Record struct {
	key    []byte // 'm' | account | ns | timestamp | hash
	expiry int64
	data   []byte
}

// migrateV1 converts the messages stored before issue 10, in their old
// (timestamp, hash) order, to arrival numbers in that same order, so a
// client's last_hash keeps its place. It does nothing on a store that has
// none; a record it cannot read is left alone and reported.
func (s *Store) migrateV1() error {
	start := []byte{prefixMessageV1}
	migrated, skipped := 0, 0
	for start != nil {
		var recs []v1Record
		var err error
		recs, start, skipped, err = s.readV1(start, skipped)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			break
		}
		if err := s.submit(context.Background(), func(b *batch) error { return s.convertV1(b, recs) }); err != nil {
			return err
		}
		migrated += len(recs)
	}
	if migrated > 0 || skipped > 0 {
		s.log.Info().Int("messages", migrated).Int("unreadable", skipped).Msg("messages moved to arrival order")
	}
	return nil
}

// readV1 reads up to migrateChunk version-1 records from start on; next is
// where the following read starts (nil at the end).
func (s *Store) readV1(start []byte, skipped int) (recs []v1Record, next []byte, _ int, err error) {
	prefix := []byte{prefixMessageV1}
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
			if len(recs) == migrateChunk {
				next = it.Item().KeyCopy(nil)
				return nil
			}
			item := it.Item()
			key := item.KeyCopy(nil)
			err := item.Value(func(v []byte) error {
				if len(key) <= hashStart || len(v) < primaryHeaderV1 || v[0] != valueVersionV1 {
					return errCorrupt
				}
				recs = append(recs, v1Record{key: key, expiry: int64(binary.BigEndian.Uint64(v[1:])),
					data: bytes.Clone(v[primaryHeaderV1:])})
				return nil
			})
			if errors.Is(err, errCorrupt) {
				skipped++
				continue
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, skipped, fmt.Errorf("read version-1 messages: %w", err)
	}
	return recs, next, skipped, nil
}

// convertV1 rewrites recs under arrival numbers (the writer's op), or
// drops those that have expired.
func (s *Store) convertV1(b *batch, recs []v1Record) error {
	now := s.nowMs()
	for _, rec := range recs {
		account := rec.key[accountStart:nsStart]
		ns := decodeNS(binary.BigEndian.Uint16(rec.key[nsStart:]))
		ts := decodeTS(binary.BigEndian.Uint64(rec.key[seqStart:]))
		hash := string(rec.key[hashStart:])
		ik := indexKey(account, hash)
		if rec.expiry <= now {
			if err := b.stage(delta{}, deleteWrite(rec.key), deleteWrite(ik)); err != nil {
				return err
			}
			continue
		}
		r := ref{ns: ns, seq: s.nextSeq(), ts: ts, expiry: rec.expiry, dataLen: len(rec.data)}
		err := b.stage(delta{},
			setWrite(r.primaryKey(account, hash), encodePrimary(rec.expiry, ts, rec.data), rec.expiry),
			setWrite(ik, encodeIndex(r), rec.expiry),
			s.counterWrite(),
			deleteWrite(rec.key))
		if err != nil {
			return err
		}
	}
	return nil
}
