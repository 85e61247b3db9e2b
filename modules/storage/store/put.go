package store

import (
	"bytes"
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
// only looks up and stages, and no caller buffer is read after Put returns.
type pendingPut struct {
	account []byte
	hash    string
	expiry  int64
	dataLen int
	pk, ik  []byte
	pv, iv  []byte
}

func newPut(m *Message) *pendingPut {
	r := ref{ns: m.Namespace, ts: m.Timestamp, expiry: m.Expiry, dataLen: len(m.Data)}
	ik := indexKey(m.Account, m.Hash)
	return &pendingPut{
		account: ik[accountStart:nsStart], // a view of our own copy in ik, not the caller's slice
		hash:    m.Hash,
		expiry:  m.Expiry,
		dataLen: len(m.Data),
		pk:      r.primaryKey(m.Account, m.Hash),
		ik:      ik,
		pv:      encodePrimary(m.Expiry, m.Data),
		iv:      encodeIndex(r),
	}
}

// Put stores m durably (fsync'd unless NoSync) before returning. Concurrent
// Puts share commits (see runWriter). already is true when the account
// already holds a live message with this hash: then only a later expiry is
// taken from m, nothing else changes. A message that has expired on arrival
// is not kept. If ctx ends first, Put returns its error and the message may
// still be stored (storing it again is harmless).
func (s *Store) Put(ctx context.Context, m Message) (already bool, err error) {
	if err := validate(&m); err != nil {
		return false, err
	}
	p := newPut(&m)
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
	old, found, err := b.getRef(p.ik)
	if err != nil {
		return false, err
	}
	if found && old.live(now) {
		if p.expiry <= old.expiry {
			return true, nil
		}
		return true, b.setExpiry(p.account, p.hash, old, p.expiry)
	}
	if p.expiry <= now {
		return false, nil
	}
	ws := []write{setWrite(p.pk, p.pv, p.expiry), setWrite(p.ik, p.iv, p.expiry)}
	d := delta{1, int64(p.dataLen)}
	if found {
		// An expired copy the purge has not removed yet: this one replaces
		// it, and its primary key differs if the timestamp does.
		d = delta{0, int64(p.dataLen - old.dataLen)}
		if oldPK := old.primaryKey(p.account, p.hash); !bytes.Equal(oldPK, p.pk) {
			ws = append(ws, deleteWrite(oldPK))
		}
	}
	return false, b.stage(d, ws...)
}
