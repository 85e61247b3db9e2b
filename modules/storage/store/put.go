package store

import (
	"context"
)

func validate(m *Message) error {
	switch {
	case !validAccount(m.Account):
		return ErrBadAccount
	case !validHash(m.Hash):
		return ErrBadHash
	case len(m.Data) > MaxDataLen:
		return ErrTooLarge
	}
	return nil
}

// pendingPut is a Put encoded ahead of the writer, so the one writer goroutine
// only numbers, looks up and stages, and no caller buffer is read after Put
// returns. Its keys are made by the writer, which gives the arrival number.
type pendingPut struct {
	account []byte // AccountLen bytes, our own copy
	hash    string
	ns      int16
	ts      int64
	expiry  int64
	dataLen int
	extend  bool // a later expiry raises a live copy's (a client's store)
	pv      []byte
}

func newPut(m *Message, extend bool) *pendingPut {
	return &pendingPut{
		account: append(make([]byte, 0, AccountLen), m.Account...),
		hash:    m.Hash,
		ns:      m.Namespace,
		ts:      m.Timestamp,
		expiry:  m.Expiry,
		dataLen: len(m.Data),
		extend:  extend,
		pv:      encodePrimary(m.Expiry, m.Timestamp, m.Data),
	}
}

// Put stores a client's message m durably (fsync'd unless NoSync) before
// returning. Concurrent Puts share commits (see runWriter). already is true
// when the account already holds a live message with this hash: then only
// a later expiry is taken from m (as Session's server does for a repeated
// store), nothing else changes. It is also true, and nothing is stored,
// when the hash was deleted (or cut short) by its owner and its original
// expiry has not passed: a deleted message is never brought back. A
// message that has expired on arrival is not kept. If ctx ends first, Put
// returns its error and the message may still be stored (storing it again
// is harmless).
func (s *Store) Put(ctx context.Context, m Message) (already bool, err error) {
	return s.put(ctx, m, true)
}

// PutCopy stores a peer's copy of m (a swarm fill, push or handover): as
// Put, except that it never changes a message already held, so a peer can
// neither extend an expiry nor undo an owner's shortening (Session's
// bulk_store: INSERT ... ON CONFLICT DO NOTHING).
func (s *Store) PutCopy(ctx context.Context, m Message) (already bool, err error) {
	return s.put(ctx, m, false)
}

func (s *Store) put(ctx context.Context, m Message, extend bool) (already bool, err error) {
	if err := validate(&m); err != nil {
		return false, err
	}
	p := newPut(&m, extend)
	// dup is written by the writer and read here only after the writer
	// acknowledged: when ctx ends first, Put returns without reading it.
	var dup bool
	err = s.submit(ctx, func(b *batch) (err error) {
		dup, err = s.applyPut(b, p)
		return err
	})
	if err != nil {
		return false, err
	}
	already = dup
	s.puts.Add(1)
	if already {
		s.duplicates.Add(1)
	} else {
		s.stored.Add(1)
	}
	return already, nil
}

func (s *Store) applyPut(b *batch, p *pendingPut) (already bool, err error) {
	now := s.nowMs()
	ik := indexKey(p.account, p.hash)
	old, found, err := b.getRef(ik)
	if err != nil {
		return false, err
	}
	if found && old.live(now) {
		if !p.extend || p.expiry <= old.expiry {
			return true, nil
		}
		// A message its owner cut short is extended by the owner's expire
		// only, never by a repeated store (which anyone, or a peer
		// replaying one, may send).
		if cut, err := b.tombstoned(p.account, p.hash, now); err != nil || cut {
			return true, err
		}
		return true, b.setExpiry(p.account, p.hash, old, p.expiry)
	}
	if p.expiry <= now {
		return false, nil
	}
	if dead, err := b.tombstoned(p.account, p.hash, now); err != nil || dead {
		return dead, err
	}
	r := ref{ns: p.ns, seq: b.s.nextSeq(), ts: p.ts, expiry: p.expiry, dataLen: p.dataLen}
	pk := r.primaryKey(p.account, p.hash)
	ws := []write{setWrite(pk, p.pv, p.expiry), setWrite(ik, encodeIndex(r), p.expiry), b.s.counterWrite()}
	d := delta{1, int64(p.dataLen)}
	if found {
		// An expired copy the purge has not removed yet: this one replaces
		// it under its new arrival number.
		d = delta{0, int64(p.dataLen - old.dataLen)}
		ws = append(ws, deleteWrite(old.primaryKey(p.account, p.hash)))
	}
	return false, b.stage(d, ws...)
}
