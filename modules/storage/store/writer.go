package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// op is one mutation waiting for the writer. apply stages its writes in the
// round's batch; done receives the outcome once the round is durable.
type op struct {
	apply func(b *batch) error
	done  chan error // buffered: the writer never waits for a caller
}

// submit queues apply for the writer and waits until it is committed (or
// failed). If ctx ends first the write may still land; every mutation is
// safe to repeat.
func (s *Store) submit(ctx context.Context, apply func(b *batch) error) error {
	if !s.enter() {
		return ErrClosed
	}
	defer s.leave()
	o := &op{apply: apply, done: make(chan error, 1)}
	select {
	case s.queue <- o:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-o.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// runWriter is the single writer: it takes whatever is queued (up to
// MaxBatch), applies it in one transaction, commits once, and acknowledges.
// While it commits, new requests queue up and form the next round, so the
// more callers there are, the more each fsync carries.
func (s *Store) runWriter() {
	defer close(s.writerDone)
	ops := make([]*op, 0, s.maxBatch)
	for o := range s.queue {
		ops = s.drain(append(ops[:0], o))
		s.runRound(ops)
		clear(ops) // let finished ops be collected
	}
}

// drain adds the ops already queued, without waiting for more.
func (s *Store) drain(ops []*op) []*op {
	for len(ops) < s.maxBatch {
		select {
		case o, ok := <-s.queue:
			if !ok {
				return ops
			}
			ops = append(ops, o)
		default:
			return ops
		}
	}
	return ops
}

func (s *Store) runRound(ops []*op) {
	b := s.newBatch()
	errs := make([]error, len(ops))
	for i, o := range ops {
		errs[i] = s.apply(o, b)
	}
	// A failed commit fails the whole round, even ops whose writes went out
	// in an earlier commit of it: reporting failure for a write that landed
	// is safe (it is retried, harmlessly); the reverse is not.
	err := b.finish()
	s.batches.Add(1)
	for i, o := range ops {
		if err != nil && errs[i] == nil {
			errs[i] = err
		}
		o.done <- errs[i]
	}
}

// apply runs one op. A panic in it fails that op instead of killing the
// writer, which would leave every later caller waiting forever.
func (s *Store) apply(o *op, b *batch) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error().Str("panic", fmt.Sprint(r)).Msg("store writer op panicked")
			err = fmt.Errorf("store op panicked: %v", r)
		}
	}()
	return o.apply(b)
}

// delta is the change an operation makes to the held message counts.
type delta struct{ messages, bytes int64 }

// write is one staged key: a set with a badger TTL, or a delete.
type write struct {
	key, value []byte
	expiresAt  uint64
	del        bool
}

func setWrite(key, value []byte, expiryMs int64) write {
	return write{key: key, value: value, expiresAt: badgerExpiresAt(expiryMs)}
}

func deleteWrite(key []byte) write { return write{key: key, del: true} }

// batch is a writer round's transaction. A round too large for one badger
// transaction is committed in several; the writes of one stage call always
// land in the same one, so a message and its index entry never part.
type batch struct {
	s           *Store
	txn         *badger.Txn
	size, count int64
	pending     delta // counts of the writes in txn, applied when it commits
	err         error // sticky: after a failed commit nothing more is staged
}

func (s *Store) newBatch() *batch {
	return &batch{s: s, txn: s.db.NewTransaction(true)}
}

// stage adds writes (one unit) to the transaction, committing what is
// already there first if the unit would not fit.
func (b *batch) stage(d delta, ws ...write) error {
	if b.err != nil {
		return b.err
	}
	size := b.s.estimate(ws)
	if b.count+int64(len(ws)) > b.s.txnMaxCount || b.size+size > b.s.txnMaxSize {
		if err := b.flush(); err != nil {
			return err
		}
	}
	for _, w := range ws {
		var err error
		if w.del {
			err = b.txn.Delete(w.key)
		} else {
			err = b.txn.SetEntry(&badger.Entry{Key: w.key, Value: w.value, ExpiresAt: w.expiresAt})
		}
		if err != nil {
			// Part of the unit may be in txn: it must not be committed.
			b.err = fmt.Errorf("stage write: %w", firstLine(err))
			return b.err
		}
	}
	b.size += size
	b.count += int64(len(ws))
	b.pending.messages += d.messages
	b.pending.bytes += d.bytes
	return nil
}

// firstLine keeps the first line of a badger error: its size errors go on
// with a hex dump of the key or value, which hold accounts, hashes and data.
func firstLine(err error) error {
	msg := err.Error()
	i := strings.IndexByte(msg, '\n')
	if i < 0 {
		return err
	}
	return errors.New(strings.TrimSpace(msg[:i]))
}

// estimate mirrors badger's own transaction size accounting (key, value or
// value pointer, two meta bytes, ten bytes of version).
func (s *Store) estimate(ws []write) int64 {
	var n int64
	for _, w := range ws {
		v := int64(len(w.value))
		if v >= s.valueThreshold {
			v = 12
		}
		n += int64(len(w.key)) + v + 2 + 10
	}
	return n
}

// flush commits the transaction so far and starts a new one.
func (b *batch) flush() error {
	if err := b.commit(); err != nil {
		return err
	}
	b.txn = b.s.db.NewTransaction(true)
	return nil
}

// finish commits the rest of the round.
func (b *batch) finish() error {
	if b.err != nil {
		b.txn.Discard()
		return b.err
	}
	return b.commit()
}

func (b *batch) commit() error {
	defer b.txn.Discard()
	if b.count == 0 {
		return nil // nothing written: no fsync
	}
	s := b.s
	// countMu makes "committed" and "counted in the deltas" one step as
	// seen by a purge pass taking its snapshot (purge.go).
	s.countMu.Lock()
	err := b.txn.Commit()
	if err == nil {
		s.deltaMessages.Add(b.pending.messages)
		s.deltaBytes.Add(b.pending.bytes)
		s.commits.Add(1)
	}
	s.countMu.Unlock()
	b.size, b.count, b.pending = 0, 0, delta{}
	if err != nil {
		b.err = fmt.Errorf("commit: %w", err)
		return b.err
	}
	return nil
}

// getRef reads the index entry at key; found is false when there is none.
func (b *batch) getRef(key []byte) (r ref, found bool, err error) {
	return getRef(b.txn, key)
}

func getRef(txn *badger.Txn, key []byte) (r ref, found bool, err error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ref{}, false, nil
	}
	if err != nil {
		return ref{}, false, fmt.Errorf("read index entry: %w", err)
	}
	err = item.Value(func(v []byte) error {
		r, err = decodeIndex(v)
		return err
	})
	if err != nil {
		return ref{}, false, fmt.Errorf("read index entry: %w", err)
	}
	return r, true, nil
}

// remove stages the deletion of a message and its index entry.
func (b *batch) remove(account []byte, hash string, r ref) error {
	return b.stage(delta{-1, -int64(r.dataLen)},
		deleteWrite(r.primaryKey(account, hash)), deleteWrite(indexKey(account, hash)))
}

// bury stages the deletion of a message by its owner: it goes, and a
// tombstone keeps its hash from being stored again until its expiry.
func (b *batch) bury(account []byte, hash string, r ref) error {
	tomb, err := b.tombWrite(account, hash, r.expiry)
	if err != nil {
		return err
	}
	return b.stage(delta{-1, -int64(r.dataLen)},
		deleteWrite(r.primaryKey(account, hash)), deleteWrite(indexKey(account, hash)), tomb)
}

// tombWrite is the tombstone of hash until expiry, or until the one already
// there if that is later.
func (b *batch) tombWrite(account []byte, hash string, expiry int64) (write, error) {
	key := tombKey(account, hash)
	item, err := b.txn.Get(key)
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
	case err != nil:
		return write{}, fmt.Errorf("read tombstone: %w", err)
	default:
		err = item.Value(func(v []byte) error {
			old, err := decodeTomb(v)
			expiry = max(expiry, old)
			return err
		})
		if err != nil {
			return write{}, fmt.Errorf("read tombstone: %w", err)
		}
	}
	return setWrite(key, encodeTomb(expiry), expiry), nil
}

// tombstoned says whether the owner deleted or cut short hash and its
// original expiry has not passed.
func (b *batch) tombstoned(account []byte, hash string, now int64) (bool, error) {
	item, err := b.txn.Get(tombKey(account, hash))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read tombstone: %w", err)
	}
	var until int64
	err = item.Value(func(v []byte) (err error) {
		until, err = decodeTomb(v)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("read tombstone: %w", err)
	}
	return until > now, nil
}

// setExpiry rewrites a message and its index entry with a new expiry and
// TTL. Only owners' changes lower an expiry: a lower one leaves a
// tombstone until the old expiry, and one already past deletes the
// message (bury).
func (b *batch) setExpiry(account []byte, hash string, r ref, expiry int64) error {
	if expiry <= b.s.nowMs() {
		return b.bury(account, hash, r)
	}
	pk := r.primaryKey(account, hash)
	item, err := b.txn.Get(pk)
	if err != nil {
		return fmt.Errorf("read message to change its expiry: %w", err)
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return fmt.Errorf("read message to change its expiry: %w", err)
	}
	_, ts, data, err := decodePrimary(v)
	if err != nil {
		return err
	}
	ws := []write{setWrite(pk, encodePrimary(expiry, ts, data), expiry)}
	if expiry < r.expiry {
		tomb, err := b.tombWrite(account, hash, r.expiry)
		if err != nil {
			return err
		}
		ws = append(ws, tomb)
	}
	r.expiry = expiry
	ws = append(ws, setWrite(indexKey(account, hash), encodeIndex(r), expiry))
	return b.stage(delta{}, ws...)
}

// nextSeq is the next arrival number. Only the writer calls it.
func (s *Store) nextSeq() uint64 {
	s.seq++
	return s.seq
}

// counterWrite persists the last arrival number given, in the same commit
// as the message that took it (no TTL: it lives as long as the store).
func (s *Store) counterWrite() write {
	return write{key: counterKey, value: binary.BigEndian.AppendUint64(nil, s.seq)}
}

// indexed is an index entry read during a scan.
type indexed struct {
	hash string
	ref
}

// scanAccount returns the index entries of account in hash order, including
// writes staged earlier in the round. It reads everything before the
// caller stages anything, since staging may commit and replace the txn.
func (b *batch) scanAccount(account []byte) ([]indexed, error) {
	prefix := accountPrefix(prefixIndex, account)
	it := b.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	var out []indexed
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		var r ref
		err := item.Value(func(v []byte) (err error) {
			r, err = decodeIndex(v)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("scan account index: %w", err)
		}
		out = append(out, indexed{hash: hashOfIndexKey(item.Key()), ref: r})
	}
	return out, nil
}
