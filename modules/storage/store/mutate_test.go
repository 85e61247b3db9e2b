package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// world is a store with messages of account a in namespaces 0 and 7, and of
// a bystander account that no operation on a may touch.
type world struct {
	s         *Store
	c         *clock
	a         []byte
	ns0, ns7  []Message // in Retrieve order; timestamps from c.nowMs() on
	bystander []Message
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := newClock()
	s := openStore(t, "", c)
	w := &world{s: s, c: c, a: acct(1)}
	exp := c.nowMs() + time.Hour.Milliseconds()
	w.ns0 = fill(t, s, w.a, 0, 4, c.nowMs(), exp, 10)
	w.ns7 = fill(t, s, w.a, 7, 3, c.nowMs(), exp, 10)
	w.bystander = fill(t, s, acct(2), 0, 3, c.nowMs(), exp, 10)
	return w
}

// checkBystander requires the bystander's messages to be as stored.
func (w *world) checkBystander(t *testing.T) {
	t.Helper()
	require.Equal(t, w.bystander, retrieveAll(t, w.s, acct(2), 0))
}

func TestDelete(t *testing.T) {
	tests := []struct {
		name   string
		pick   func(w *world) []string
		want   func(w *world) []string
		remain func(w *world) (ns0, ns7 []Message)
	}{
		{
			"some, in any order, across namespaces",
			func(w *world) []string { return []string{w.ns7[1].Hash, w.ns0[2].Hash, w.ns0[0].Hash} },
			func(w *world) []string { return sortedHashes([]Message{w.ns7[1], w.ns0[2], w.ns0[0]}) },
			func(w *world) ([]Message, []Message) {
				return []Message{w.ns0[1], w.ns0[3]}, []Message{w.ns7[0], w.ns7[2]}
			},
		},
		{
			"unknown, repeated, empty and another account's hashes are ignored",
			func(w *world) []string {
				return []string{"unknown", w.ns0[1].Hash, w.ns0[1].Hash, "", w.bystander[0].Hash}
			},
			func(w *world) []string { return []string{w.ns0[1].Hash} },
			func(w *world) ([]Message, []Message) {
				return []Message{w.ns0[0], w.ns0[2], w.ns0[3]}, w.ns7
			},
		},
		{
			"nothing",
			func(*world) []string { return nil },
			func(*world) []string { return []string{} },
			func(w *world) ([]Message, []Message) { return w.ns0, w.ns7 },
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			deleted, err := w.s.Delete(w.a, tc.pick(w))
			require.NoError(t, err)
			require.Equal(t, tc.want(w), deleted)
			ns0, ns7 := tc.remain(w)
			require.Equal(t, ns0, retrieveAll(t, w.s, w.a, 0))
			require.Equal(t, ns7, retrieveAll(t, w.s, w.a, 7))
			require.Equal(t, int64(len(ns0)+len(ns7)+len(w.bystander)), w.s.Stats().Messages)
			w.checkBystander(t)
		})
	}
}

func TestDeleteAll(t *testing.T) {
	tests := []struct {
		name       string
		ns         *int16
		wantNS0    bool // ns 0 deleted
		wantNS7    bool // ns 7 deleted
		wantNumber int
	}{
		{"every namespace", nil, true, true, 7},
		{"namespace 0", ptr[int16](0), true, false, 4},
		{"namespace 7", ptr[int16](7), false, true, 3},
		{"an empty namespace", ptr[int16](-7), false, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			deleted, err := w.s.DeleteAll(w.a, tc.ns)
			require.NoError(t, err)
			var want []Message
			remain0, remain7 := w.ns0, w.ns7
			if tc.wantNS0 {
				want, remain0 = append(want, w.ns0...), nil
			}
			if tc.wantNS7 {
				want, remain7 = append(want, w.ns7...), nil
			}
			require.Len(t, deleted, tc.wantNumber)
			require.Equal(t, sortedHashes(want), deleted)
			require.Equal(t, remain0, nilIfEmpty(retrieveAll(t, w.s, w.a, 0)))
			require.Equal(t, remain7, nilIfEmpty(retrieveAll(t, w.s, w.a, 7)))
			w.checkBystander(t)
		})
	}
}

func nilIfEmpty(ms []Message) []Message {
	if len(ms) == 0 {
		return nil
	}
	return ms
}

func TestDeleteBefore(t *testing.T) {
	tests := []struct {
		name   string
		ns     *int16
		before func(w *world) int64
		gone0  int // how many of ns0 (oldest first) go
		gone7  int
	}{
		{"before the first timestamp: none", nil, func(w *world) int64 { return w.ns0[0].Timestamp }, 0, 0},
		{"strictly before", nil, func(w *world) int64 { return w.ns0[2].Timestamp }, 2, 2},
		{"only namespace 0", ptr[int16](0), func(w *world) int64 { return w.ns0[3].Timestamp }, 3, 0},
		{"only namespace 7", ptr[int16](7), func(w *world) int64 { return w.ns0[3].Timestamp + 100 }, 0, 3},
		{"everything", nil, func(w *world) int64 { return w.ns0[3].Timestamp + 1 }, 4, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			deleted, err := w.s.DeleteBefore(w.a, tc.ns, tc.before(w))
			require.NoError(t, err)
			gone := append(append([]Message{}, w.ns0[:tc.gone0]...), w.ns7[:tc.gone7]...)
			require.Equal(t, sortedHashes(gone), deleted)
			require.Equal(t, nilIfEmpty(w.ns0[tc.gone0:]), nilIfEmpty(retrieveAll(t, w.s, w.a, 0)))
			require.Equal(t, nilIfEmpty(w.ns7[tc.gone7:]), nilIfEmpty(retrieveAll(t, w.s, w.a, 7)))
			w.checkBystander(t)
		})
	}
}

func TestDeleteAccount(t *testing.T) {
	w := newWorld(t)
	expired := newMsg(w.a, 3, w.c.nowMs(), w.c.nowMs()+time.Minute.Milliseconds(), "expired")
	put(t, w.s, expired)
	w.c.advance(2 * time.Minute)

	n, err := w.s.DeleteAccount(w.a)
	require.NoError(t, err)
	require.Equal(t, len(w.ns0)+len(w.ns7), n, "live messages deleted")
	accounts, err := w.s.Accounts()
	require.NoError(t, err)
	require.Equal(t, [][]byte{acct(2)}, accounts)
	require.Equal(t, int64(len(w.bystander)), w.s.Stats().Messages, "the expired one went too")
	w.checkBystander(t)
}

func TestExpire(t *testing.T) {
	type want struct{ updated, unchanged bool }
	tests := []struct {
		name   string
		mode   ExpireMode
		offset int64 // new expiry relative to the current one
		want   want
	}{
		{"any, later", ExpireAny, +5000, want{updated: true}},
		{"any, earlier", ExpireAny, -5000, want{updated: true}},
		{"any, same", ExpireAny, 0, want{updated: true}},
		{"shorten, earlier", ExpireShorten, -5000, want{updated: true}},
		{"shorten, later", ExpireShorten, +5000, want{unchanged: true}},
		{"shorten, same", ExpireShorten, 0, want{unchanged: true}},
		{"extend, later", ExpireExtend, +5000, want{updated: true}},
		{"extend, earlier", ExpireExtend, -5000, want{unchanged: true}},
		{"extend, same", ExpireExtend, 0, want{unchanged: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			target := w.ns0[1]
			expiry := target.Expiry + tc.offset
			updated, unchanged, err := w.s.Expire(w.a, []string{target.Hash, "unknown", w.bystander[0].Hash}, expiry, tc.mode)
			require.NoError(t, err)

			wantExpiry := target.Expiry
			wantUpdated, wantUnchanged := map[string]int64{}, map[string]int64{}
			if tc.want.updated {
				wantExpiry = expiry
				wantUpdated[target.Hash] = expiry
			}
			if tc.want.unchanged {
				wantUnchanged[target.Hash] = target.Expiry
			}
			require.Equal(t, wantUpdated, updated)
			require.Equal(t, wantUnchanged, unchanged)

			got, err := w.s.Expiries(w.a, []string{target.Hash})
			require.NoError(t, err)
			require.Equal(t, map[string]int64{target.Hash: wantExpiry}, got)
			target.Expiry = wantExpiry
			m, _, err := w.s.Get(w.a, target.Hash)
			require.NoError(t, err)
			require.Equal(t, target, m, "only the expiry changes")
			require.Equal(t, badgerExpiresAt(wantExpiry), rawExpiresAt(t, w.s, target), "badger TTL follows")
			w.checkBystander(t)
		})
	}
}

func TestExpireToThePastDeletes(t *testing.T) {
	w := newWorld(t)
	updated, _, err := w.s.Expire(w.a, []string{w.ns0[0].Hash}, w.c.nowMs()-1, ExpireShorten)
	require.NoError(t, err)
	require.Equal(t, map[string]int64{w.ns0[0].Hash: w.c.nowMs() - 1}, updated)
	require.Equal(t, w.ns0[1:], retrieveAll(t, w.s, w.a, 0))
	require.Equal(t, int64(len(w.ns0)-1+len(w.ns7)+len(w.bystander)), w.s.Stats().Messages)
}

func TestExpireAllOnlyShortens(t *testing.T) {
	tests := []struct {
		name string
		ns   *int16
		// the new expiry, given the expiries of ns0 (staggered, see below)
		expiry  func(w *world) int64
		changed func(w *world) []Message
	}{
		{"lowers the later ones only", nil,
			func(w *world) int64 { return w.ns0[1].Expiry },
			func(w *world) []Message { return append([]Message{w.ns0[2], w.ns0[3]}, w.ns7...) }},
		{"in one namespace", ptr[int16](0),
			func(w *world) int64 { return w.ns0[1].Expiry },
			func(w *world) []Message { return []Message{w.ns0[2], w.ns0[3]} }},
		{"never extends", nil,
			func(w *world) int64 { return w.ns7[0].Expiry + 1 },
			func(w *world) []Message { return nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			// Stagger ns0's expiries: now+1s, +2s, +3s, +4s; ns7 keeps +1h.
			for i := range w.ns0 {
				w.ns0[i].Expiry = w.c.nowMs() + int64(i+1)*1000
				_, _, err := w.s.Expire(w.a, []string{w.ns0[i].Hash}, w.ns0[i].Expiry, ExpireAny)
				require.NoError(t, err)
			}
			expiry := tc.expiry(w)
			updated, err := w.s.ExpireAll(w.a, tc.ns, expiry)
			require.NoError(t, err)
			want := map[string]int64{}
			for _, m := range tc.changed(w) {
				want[m.Hash] = expiry
			}
			require.Equal(t, want, updated)
			all := append(append([]Message{}, w.ns0...), w.ns7...)
			got, err := w.s.Expiries(w.a, hashes(all))
			require.NoError(t, err)
			for _, m := range all {
				e, ok := want[m.Hash]
				if !ok {
					e = m.Expiry
				}
				require.Equal(t, e, got[m.Hash])
			}
			w.checkBystander(t)
		})
	}
}

func TestBadAccountIsRefused(t *testing.T) {
	w := newWorld(t)
	bad := w.a[:32]
	tests := []struct {
		name string
		call func() error
	}{
		{"Delete", func() error { _, err := w.s.Delete(bad, []string{"x"}); return err }},
		{"DeleteAll", func() error { _, err := w.s.DeleteAll(bad, nil); return err }},
		{"DeleteBefore", func() error { _, err := w.s.DeleteBefore(bad, nil, 1); return err }},
		{"DeleteAccount", func() error { _, err := w.s.DeleteAccount(bad); return err }},
		{"Expire", func() error { _, _, err := w.s.Expire(bad, []string{"x"}, 1, ExpireAny); return err }},
		{"ExpireAll", func() error { _, err := w.s.ExpireAll(bad, nil, 1); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.call(), ErrBadAccount)
		})
	}
}
