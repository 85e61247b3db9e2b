package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestRetrievePagesReturnEveryMessageOnceInOrder(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	exp := c.nowMs() + time.Hour.Milliseconds()
	want := fill(t, s, a, 0, 40, c.nowMs(), exp, 20)
	// Pages follow arrival, not timestamps: these come after the 40,
	// though stamped among them.
	for i := range 17 {
		m := newMsg(a, 0, c.nowMs()+7, exp, fmt.Sprintf("same time %d", i))
		put(t, s, m)
		want = append(want, m)
	}
	// Neighbours that must not leak in: other namespaces, another account.
	fill(t, s, a, 1, 5, c.nowMs(), exp, 20)
	fill(t, s, a, -1, 5, c.nowMs(), exp, 20)
	fill(t, s, acct(2), 0, 5, c.nowMs(), exp, 20)

	for _, pageSize := range []int{1, 2, 7, 10, 56, 57, 58, 100} {
		t.Run(fmt.Sprint("page ", pageSize), func(t *testing.T) {
			var got []Message
			last, pages := "", 0
			for {
				page, more, err := s.Retrieve(a, 0, last, pageSize, 0)
				require.NoError(t, err)
				require.LessOrEqual(t, len(page), pageSize)
				pages++
				got = append(got, page...)
				if !more {
					break
				}
				require.Len(t, page, pageSize, "a page followed by more is full")
				last = page[len(page)-1].Hash
			}
			require.Equal(t, want, got)
			require.Equal(t, max(1, (len(want)+pageSize-1)/pageSize), pages)
		})
	}
}

func TestRetrieveLimits(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	all := fill(t, s, a, 0, 10, c.nowMs(), c.nowMs()+60_000, 100)
	tests := []struct {
		name               string
		maxCount, maxBytes int
		want               int
		more               bool
	}{
		{"no limits", 0, 0, 10, false},
		{"count", 3, 0, 3, true},
		{"count equal to all", 10, 0, 10, false},
		{"count over all", 11, 0, 10, false},
		{"bytes exactly three", 0, 300, 3, true},
		{"bytes just under three", 0, 299, 2, true},
		{"bytes for all", 0, 1000, 10, false},
		{"bytes below one message still returns one", 0, 10, 1, true},
		{"count tighter than bytes", 2, 500, 2, true},
		{"bytes tighter than count", 8, 450, 4, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, more, err := s.Retrieve(a, 0, "", tc.maxCount, tc.maxBytes)
			require.NoError(t, err)
			require.Equal(t, all[:tc.want], got)
			require.Equal(t, tc.more, more)
		})
	}
}

func TestRetrieveFromTheStartWhenLastHashIsNotLiveThere(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	all := fill(t, s, a, 0, 5, c.nowMs(), c.nowMs()+60_000, 10)
	soon := newMsg(a, 0, c.nowMs()-1, c.nowMs()+1000, "expires soon")
	other := fill(t, s, a, 3, 1, c.nowMs(), c.nowMs()+60_000, 10)[0]
	stranger := fill(t, s, acct(2), 0, 1, c.nowMs(), c.nowMs()+60_000, 10)[0]
	put(t, s, soon)
	c.advance(time.Second)

	tests := []struct{ name, lastHash string }{
		{"empty", ""},
		{"unknown", hashOf(a, 0, []byte("never stored"))},
		{"expired", soon.Hash},
		{"in another namespace", other.Hash},
		{"of another account", stranger.Hash},
		{"invalid", "x" + string(make([]byte, MaxHashLen))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, more, err := s.Retrieve(a, 0, tc.lastHash, 0, 0)
			require.NoError(t, err)
			require.False(t, more)
			require.Equal(t, all, got)
		})
	}
	got, _, err := s.Retrieve(a, 0, all[2].Hash, 0, 0)
	require.NoError(t, err)
	require.Equal(t, all[3:], got, "a live last hash pages on")
}

func TestNamespacesAreKeptApart(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	exp := c.nowMs() + 60_000
	namespaces := []int16{-32768, -10, -1, 0, 1, 10, 32767}
	by := map[int16][]Message{}
	for _, ns := range namespaces {
		by[ns] = fill(t, s, a, ns, 3, c.nowMs(), exp, 10)
	}
	for _, ns := range namespaces {
		require.Equal(t, by[ns], retrieveAll(t, s, a, ns), "namespace %d", ns)
	}

	deleted, err := s.DeleteAll(a, ptr[int16](-1))
	require.NoError(t, err)
	require.Equal(t, sortedHashes(by[-1]), deleted)
	updated, err := s.ExpireAll(a, ptr[int16](1), exp-1)
	require.NoError(t, err)
	require.Len(t, updated, 3)
	deleted, err = s.DeleteBefore(a, ptr[int16](0), c.nowMs()+1)
	require.NoError(t, err)
	require.Equal(t, []string{by[0][0].Hash}, deleted)

	require.Empty(t, retrieveAll(t, s, a, -1))
	require.Len(t, retrieveAll(t, s, a, 0), 2)
	for _, ns := range []int16{-32768, -10, 10, 32767} {
		require.Equal(t, by[ns], retrieveAll(t, s, a, ns), "namespace %d untouched", ns)
	}
	for _, m := range retrieveAll(t, s, a, 1) {
		require.Equal(t, exp-1, m.Expiry)
	}
}

func TestExpiredMessagesVanishAtOnce(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a, b := acct(1), acct(2)
	short := newMsg(a, 0, c.nowMs(), c.nowMs()+1000, "short")
	long := newMsg(a, 0, c.nowMs(), c.nowMs()+60_000, "long")
	onlyShort := newMsg(b, 0, c.nowMs(), c.nowMs()+1000, "b short")
	put(t, s, short, long, onlyShort)
	c.advance(time.Second) // expiry == now: gone

	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"Retrieve", func(t *testing.T) { require.Equal(t, []Message{long}, retrieveAll(t, s, a, 0)) }},
		{"Get", func(t *testing.T) {
			_, found, err := s.Get(a, short.Hash)
			require.NoError(t, err)
			require.False(t, found)
		}},
		{"Expiries", func(t *testing.T) {
			got, err := s.Expiries(a, []string{short.Hash, long.Hash})
			require.NoError(t, err)
			require.Equal(t, map[string]int64{long.Hash: long.Expiry}, got)
		}},
		{"ForEach", func(t *testing.T) {
			var seen []string
			require.NoError(t, s.ForEach(func(m Message) error { seen = append(seen, m.Hash); return nil }))
			require.Equal(t, []string{long.Hash}, seen)
		}},
		{"Accounts", func(t *testing.T) {
			got, err := s.Accounts()
			require.NoError(t, err)
			require.Equal(t, [][]byte{a}, got)
		}},
		{"Expire", func(t *testing.T) {
			up, un, err := s.Expire(a, []string{short.Hash}, c.nowMs()+99_000, ExpireAny)
			require.NoError(t, err)
			require.Empty(t, up)
			require.Empty(t, un)
		}},
		{"ExpireAll", func(t *testing.T) {
			up, err := s.ExpireAll(b, nil, c.nowMs()+10)
			require.NoError(t, err)
			require.Empty(t, up)
		}},
		{"Delete", func(t *testing.T) {
			deleted, err := s.Delete(a, []string{short.Hash})
			require.NoError(t, err)
			require.Empty(t, deleted)
		}},
		{"Put again stores anew", func(t *testing.T) {
			again := onlyShort
			again.Expiry = c.nowMs() + 5000
			already, err := s.Put(t.Context(), again)
			require.NoError(t, err)
			require.False(t, already)
			require.Equal(t, []Message{again}, retrieveAll(t, s, b, 0))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.check)
	}
}

func TestGetAndExpiries(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	ms := fill(t, s, a, 4, 3, c.nowMs(), c.nowMs()+60_000, 10)
	tests := []struct {
		name    string
		account []byte
		hashes  []string
		want    map[string]int64
	}{
		{"all", a, hashes(ms), map[string]int64{ms[0].Hash: ms[0].Expiry, ms[1].Hash: ms[1].Expiry, ms[2].Hash: ms[2].Expiry}},
		{"unknown and empty ignored", a, []string{"nope", "", ms[1].Hash}, map[string]int64{ms[1].Hash: ms[1].Expiry}},
		{"other account", acct(2), hashes(ms), map[string]int64{}},
		{"none", a, nil, map[string]int64{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Expiries(tc.account, tc.hashes)
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
			for _, h := range tc.hashes {
				m, found, err := s.Get(tc.account, h)
				require.NoError(t, err)
				_, live := tc.want[h]
				require.Equal(t, live, found)
				if found {
					require.Equal(t, h, m.Hash)
				}
			}
		})
	}
	_, err := s.Expiries(a[:5], nil)
	require.ErrorIs(t, err, ErrBadAccount)
	_, _, err = s.Get(nil, ms[0].Hash)
	require.ErrorIs(t, err, ErrBadAccount)
	_, _, err = s.Retrieve(nil, 0, "", 0, 0)
	require.ErrorIs(t, err, ErrBadAccount)
}

func TestForEachAndAccountsSeeEveryAccount(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	exp := c.nowMs() + 60_000
	var want []Message
	var accounts [][]byte
	for i, n := range []int{1, forEachChunk - 1, forEachChunk + 1, 2} {
		a := acct(0x100*i + 3) // byte order = insertion order
		accounts = append(accounts, a)
		want = append(want, fill(t, s, a, 0, n, c.nowMs(), exp, 8)...)
	}
	var got []Message
	require.NoError(t, s.ForEach(func(m Message) error { got = append(got, m); return nil }))
	require.Equal(t, want, got)

	gotAccounts, err := s.Accounts()
	require.NoError(t, err)
	require.Equal(t, accounts, gotAccounts)

	stop := errors.New("stop")
	calls := 0
	err = s.ForEach(func(Message) error { calls++; return stop })
	require.ErrorIs(t, err, stop)
	require.Equal(t, 1, calls)

	// The callback may write to the store (as a handover does).
	require.NoError(t, s.ForEach(func(m Message) error {
		_, err := s.DeleteAccount(m.Account)
		return err
	}))
	gotAccounts, err = s.Accounts()
	require.NoError(t, err)
	require.Empty(t, gotAccounts)
}

func TestListNamespaces(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	exp := c.nowMs() + time.Hour.Milliseconds()
	for _, ns := range []int16{7, -3, 0, 32767} {
		fill(t, s, acct(1), ns, 1, c.nowMs()+int64(ns), exp, 20)
	}
	put(t, s, newMsg(acct(1), 7, c.nowMs(), exp, "a second one in 7"))
	put(t, s, newMsg(acct(1), 5, c.nowMs(), c.nowMs()+1000, "expires soon"))
	fill(t, s, acct(2), 9, 1, c.nowMs(), exp, 20)
	c.advance(time.Second)

	tests := []struct {
		name    string
		account []byte
		want    []int16
	}{
		{"live namespaces in order, the expired one left out", acct(1), []int16{-3, 0, 7, 32767}},
		{"another account", acct(2), []int16{9}},
		{"no messages", acct(3), []int16{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.ListNamespaces(tc.account)
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}
