package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"
)

// clock is a settable Now. It starts at the real time so badger's TTLs
// (which follow the real clock) are in the future of every test message.
// Tests that need the purge to find a message expired use expiries an hour
// or more ahead and move the clock past them: with shorter ones the real
// clock could reach badger's TTL first, and badger would hide the entry.
type clock struct{ ms atomic.Int64 }

const hourMs = int64(time.Hour / time.Millisecond)

func newClock() *clock {
	c := &clock{}
	c.ms.Store(time.Now().UnixMilli())
	return c
}

func (c *clock) now() time.Time          { return time.UnixMilli(c.ms.Load()) }
func (c *clock) nowMs() int64            { return c.ms.Load() }
func (c *clock) advance(d time.Duration) { c.ms.Add(d.Milliseconds()) }

// openStore opens a store for a test: in memory when dir is "", with the
// background purge off (tests call PurgeExpired) and the test's clock.
func openStore(t testing.TB, dir string, c *clock, tweak ...func(*Options)) *Store {
	t.Helper()
	o := Options{InMemory: dir == "", Now: c.now, PurgeInterval: -1}
	for _, f := range tweak {
		f(&o)
	}
	s, err := Open(dir, o)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// acct makes a 33-byte account: a Session ID prefix and n.
func acct(n int) []byte {
	a := make([]byte, AccountLen)
	a[0] = 0x05
	a[1], a[2] = byte(n>>8), byte(n)
	return a
}

// hashOf stands in for the caller's BLAKE2b hash: any 32-byte digest of the
// message, in unpadded base64.
func hashOf(account []byte, ns int16, data []byte) string {
	h := sha256.New()
	h.Write(account)
	fmt.Fprint(h, ns)
	h.Write(data)
	return base64.RawStdEncoding.EncodeToString(h.Sum(nil))
}

func newMsg(account []byte, ns int16, ts, expiry int64, data string) Message {
	return Message{
		Hash:      hashOf(account, ns, []byte(data)),
		Account:   account,
		Namespace: ns,
		Timestamp: ts,
		Expiry:    expiry,
		Data:      []byte(data),
	}
}

func put(t testing.TB, s *Store, ms ...Message) {
	t.Helper()
	for _, m := range ms {
		already, err := s.Put(context.Background(), m)
		require.NoError(t, err)
		require.False(t, already, "message stored before")
	}
}

// fill stores n messages of account in ns, timestamps from ts0 one ms
// apart, data of size bytes, expiring at expiry; it returns them in
// Retrieve order. Data is at least size bytes (exactly, when size is over
// the 12-odd bytes that make it unique).
func fill(t testing.TB, s *Store, account []byte, ns int16, n int, ts0, expiry int64, size int) []Message {
	t.Helper()
	ms := make([]Message, n)
	for i := range ms {
		data := fmt.Sprintf("%d/%d/%d:", account[2], ns, i)
		for len(data) < size {
			data += "x"
		}
		ms[i] = newMsg(account, ns, ts0+int64(i), expiry, data)
	}
	put(t, s, ms...)
	return sortedMsgs(ms)
}

func sortedMsgs(ms []Message) []Message {
	out := append([]Message(nil), ms...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Timestamp != out[j].Timestamp {
			return out[i].Timestamp < out[j].Timestamp
		}
		return out[i].Hash < out[j].Hash
	})
	return out
}

func hashes(ms []Message) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Hash
	}
	return out
}

func sortedHashes(ms []Message) []string {
	out := hashes(ms)
	sort.Strings(out)
	return out
}

// retrieveAll returns every live message of account in ns.
func retrieveAll(t testing.TB, s *Store, account []byte, ns int16) []Message {
	t.Helper()
	ms, more, err := s.Retrieve(account, ns, "", 0, 0)
	require.NoError(t, err)
	require.False(t, more)
	return ms
}

func ptr[T any](v T) *T { return &v }

// rawKinds lists the prefix byte of every key badger holds, sorted, but
// the arrival counter's (which stays once a message was stored).
func rawKinds(t testing.TB, s *Store) []string {
	t.Helper()
	var kinds []string
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if bytes.Equal(it.Item().Key(), counterKey) {
				continue
			}
			kinds = append(kinds, string(it.Item().Key()[:1]))
		}
		return nil
	})
	require.NoError(t, err)
	return kinds
}

// rawExpiresAt returns the badger TTL of m's message entry, after checking
// that its index entry has the same.
func rawExpiresAt(t testing.TB, s *Store, m Message) uint64 {
	t.Helper()
	var primary, index uint64
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(indexKey(m.Account, m.Hash))
		if err != nil {
			return err
		}
		index = item.ExpiresAt()
		r, _, err := getRef(txn, indexKey(m.Account, m.Hash))
		if err != nil {
			return err
		}
		item, err = txn.Get(r.primaryKey(m.Account, m.Hash))
		if err != nil {
			return err
		}
		primary = item.ExpiresAt()
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, primary, index, "both entries share the TTL")
	return primary
}
