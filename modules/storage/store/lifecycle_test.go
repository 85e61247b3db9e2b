package store

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func TestPurgeExpiredDeletesBothEntries(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	soon := fill(t, s, a, 0, 3, c.nowMs(), c.nowMs()+hourMs, 10)
	later := fill(t, s, a, 1, 2, c.nowMs(), c.nowMs()+3*hourMs, 20)
	for _, m := range append(soon, later...) {
		require.Equal(t, badgerExpiresAt(m.Expiry), rawExpiresAt(t, s, m))
	}
	require.Equal(t, Stats{Messages: 5, Bytes: 70, Puts: 5, Stored: 5, Batches: 5, Commits: 5}, s.Stats())

	n, err := s.PurgeExpired()
	require.NoError(t, err)
	require.Zero(t, n, "nothing has expired yet")

	c.advance(2 * time.Hour)
	n, err = s.PurgeExpired()
	require.NoError(t, err)
	require.Equal(t, 3, n)
	require.Equal(t, []string{"h", "h", "n", "n"}, rawKinds(t, s), "only the later ones' entries remain")
	st := s.Stats()
	require.Equal(t, int64(2), st.Messages)
	require.Equal(t, int64(40), st.Bytes)
	require.Equal(t, uint64(3), st.Purged)
}

func TestPurgeSkipsUndecodableEntries(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	s := openStore(t, dir, c)
	put(t, s, newMsg(acct(1), 0, c.nowMs(), c.nowMs()+hourMs, "fine"))
	require.NoError(t, s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(indexKey(acct(2), "from-the-future"), []byte{99, 1, 2})
	}))
	c.advance(2 * time.Hour)
	n, err := s.PurgeExpired()
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.NoError(t, s.Close())
	s = openStore(t, dir, c) // and Open does not fail on it
	require.Zero(t, s.Stats().Messages)
}

func TestBackgroundPurge(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c, func(o *Options) { o.PurgeInterval = 10 * time.Millisecond })
	put(t, s, newMsg(acct(1), 0, c.nowMs(), c.nowMs()+hourMs, "short"))
	c.advance(2 * time.Hour)
	require.Eventually(t, func() bool { return s.Stats().Purged == 1 }, 10*time.Second, 5*time.Millisecond)
	require.Empty(t, rawKinds(t, s))
}

func TestPurgeIsChunked(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	fill(t, s, acct(1), 0, 2*purgeChunk+7, c.nowMs(), c.nowMs()+hourMs, 10)
	batches := s.Stats().Batches
	c.advance(2 * time.Hour)
	n, err := s.PurgeExpired()
	require.NoError(t, err)
	require.Equal(t, 2*purgeChunk+7, n)
	require.Equal(t, batches+3, s.Stats().Batches, "three writer rounds, not one long one")
	require.Zero(t, s.Stats().Messages)
}

func TestReopenKeepsEverything(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	s := openStore(t, dir, c)
	exp := c.nowMs() + time.Hour.Milliseconds()
	a, b := acct(1), acct(2)
	fill(t, s, a, 0, 20, c.nowMs(), exp, 50)
	fill(t, s, a, -5, 5, c.nowMs(), exp, 50)
	fill(t, s, b, 0, 3, c.nowMs(), exp, 9000) // over the value threshold: in the value log
	ms := retrieveAll(t, s, a, 0)
	_, err := s.Delete(a, []string{ms[0].Hash})
	require.NoError(t, err)
	_, _, err = s.Expire(a, []string{ms[1].Hash}, exp-5000, ExpireShorten)
	require.NoError(t, err)

	var before []Message
	require.NoError(t, s.ForEach(func(m Message) error { before = append(before, m); return nil }))
	statsBefore := s.Stats()
	require.NoError(t, s.Close())

	s = openStore(t, dir, c)
	var after []Message
	require.NoError(t, s.ForEach(func(m Message) error { after = append(after, m); return nil }))
	require.Equal(t, before, after)
	require.Len(t, after, 27)
	got, err := s.Expiries(a, []string{ms[0].Hash, ms[1].Hash})
	require.NoError(t, err)
	require.Equal(t, map[string]int64{ms[1].Hash: exp - 5000}, got, "the deletion and the expiry change are kept")
	require.Equal(t, statsBefore.Messages, s.Stats().Messages, "counted again at open")
	require.Equal(t, statsBefore.Bytes, s.Stats().Bytes)
}

func TestLargeOperationsSpanTransactions(t *testing.T) {
	c := newClock()
	// A 1 MB memtable allows transactions of about 150 kB.
	s := openStore(t, "", c, func(o *Options) { o.memTableSize = 1 << 20 })
	a := acct(1)
	exp := c.nowMs() + time.Hour.Milliseconds()

	// A round of concurrent 50 kB puts does not fit in one transaction.
	var wg sync.WaitGroup
	big := make([]Message, 40)
	for i := range big {
		big[i] = newMsg(a, 1, c.nowMs(), exp, strings.Repeat(string(rune('A'+i)), 50_000))
		wg.Go(func() {
			_, err := s.Put(context.Background(), big[i])
			require.NoError(t, err)
		})
	}
	wg.Wait()
	require.Equal(t, sortedMsgs(big), sortedMsgs(retrieveAll(t, s, a, 1)), "concurrent puts arrive in any order")

	// The same, made deterministic: one round of 40 such puts (run here,
	// with the writer idle) takes one batch and several commits.
	ops := make([]*op, 40)
	for i := range ops {
		p := newPut(ptr(newMsg(a, 2, c.nowMs(), exp, strings.Repeat(string(rune('A'+i)), 50_000))), true)
		ops[i] = &op{apply: func(b *batch) error { _, err := s.applyPut(b, p); return err }, done: make(chan error, 1)}
	}
	before := s.Stats()
	s.runRound(ops)
	for _, o := range ops {
		require.NoError(t, <-o.done)
	}
	after := s.Stats()
	require.Equal(t, before.Batches+1, after.Batches)
	require.Greater(t, after.Commits, before.Commits+10)
	require.Len(t, retrieveAll(t, s, a, 2), 40)
	big = append(big, retrieveAll(t, s, a, 2)...)

	// Neither does deleting an account of thousands of messages.
	small := fill(t, s, a, 0, 3000, c.nowMs(), exp, 100)
	commits := s.Stats().Commits
	n, err := s.DeleteAccount(a)
	require.NoError(t, err)
	require.Equal(t, len(small)+len(big), n)
	require.Greater(t, s.Stats().Commits, commits+1, "several commits")
	require.Empty(t, rawKinds(t, s))
	require.Zero(t, s.Stats().Messages)
	require.Zero(t, s.Stats().Bytes)
}

func TestClosedStoreRefusesCalls(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	m := newMsg(acct(1), 0, c.nowMs(), c.nowMs()+1000, "x")
	put(t, s, m)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "twice is fine")

	tests := []struct {
		name string
		call func() error
	}{
		{"Put", func() error { _, err := s.Put(context.Background(), m); return err }},
		{"Get", func() error { _, _, err := s.Get(m.Account, m.Hash); return err }},
		{"Retrieve", func() error { _, _, err := s.Retrieve(m.Account, 0, "", 1, 1); return err }},
		{"Expiries", func() error { _, err := s.Expiries(m.Account, []string{m.Hash}); return err }},
		{"Delete", func() error { _, err := s.Delete(m.Account, []string{m.Hash}); return err }},
		{"DeleteAll", func() error { _, err := s.DeleteAll(m.Account, nil); return err }},
		{"Expire", func() error { _, _, err := s.Expire(m.Account, []string{m.Hash}, 1, ExpireAny); return err }},
		{"ForEach", func() error { return s.ForEach(func(Message) error { return nil }) }},
		{"Accounts", func() error { _, err := s.Accounts(); return err }},
		{"PurgeExpired", func() error { _, err := s.PurgeExpired(); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.call(), ErrClosed)
		})
	}
}

func TestCloseWaitsForCallsInProgress(t *testing.T) {
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	var wg sync.WaitGroup
	exp := c.nowMs() + 60_000
	for i := range 20 {
		wg.Go(func() {
			for j := 0; ; j++ {
				_, err := s.Put(context.Background(), newMsg(acct(i), 0, int64(j), exp, strings.Repeat("c", j)))
				if err != nil {
					require.ErrorIs(t, err, ErrClosed)
					return
				}
			}
		})
	}
	for s.Stats().Puts < 200 {
		time.Sleep(time.Millisecond)
	}
	require.NoError(t, s.Close())
	wg.Wait()
}

func TestLogsCarryNoAccountsOrHashes(t *testing.T) {
	c := newClock()
	var buf bytes.Buffer
	var mu sync.Mutex
	logger := zerolog.New(zerolog.SyncWriter(lockedWriter{&buf, &mu})).Level(zerolog.TraceLevel)
	s := openStore(t, t.TempDir(), c, func(o *Options) {
		o.Logger = logger
		o.PurgeInterval = 5 * time.Millisecond
	})
	ms := fill(t, s, acct(0xabc), 0, 50, c.nowMs(), c.nowMs()+hourMs, 10)
	c.advance(2 * time.Hour)
	require.Eventually(t, func() bool { return s.Stats().Purged == 50 }, 10*time.Second, 5*time.Millisecond)
	require.NoError(t, s.Close())

	mu.Lock()
	defer mu.Unlock()
	out := buf.String()
	require.Contains(t, out, "purged", "the purge did log")
	for _, m := range ms {
		require.NotContains(t, out, m.Hash)
		require.NotContains(t, out, string(m.Data))
	}
	require.NotContains(t, out, "0abc")
}

type lockedWriter struct {
	b  *bytes.Buffer
	mu *sync.Mutex
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}
