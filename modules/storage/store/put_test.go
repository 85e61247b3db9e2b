package store

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestPutAndGet(t *testing.T) {
	c := newClock()
	hour := c.nowMs() + time.Hour.Milliseconds()
	good := newMsg(acct(1), 0, c.nowMs(), hour, "hello")
	tests := []struct {
		name      string
		msg       func() Message
		wantErr   error
		wantFound bool
	}{
		{"stored", func() Message { return good }, nil, true},
		{"negative namespace", func() Message { return newMsg(acct(1), -30, c.nowMs(), hour, "n") }, nil, true},
		{"empty data", func() Message { return newMsg(acct(1), 0, c.nowMs(), hour, "") }, nil, true},
		{"largest data", func() Message {
			return newMsg(acct(1), 0, c.nowMs(), hour, strings.Repeat("d", MaxDataLen))
		}, nil, true},
		{"data too large", func() Message {
			return newMsg(acct(1), 0, c.nowMs(), hour, strings.Repeat("d", MaxDataLen+1))
		}, ErrTooLarge, false},
		{"short account", func() Message { m := good; m.Account = m.Account[:32]; return m }, ErrBadAccount, false},
		{"empty hash", func() Message { m := good; m.Hash = ""; return m }, ErrBadHash, false},
		{"hash too long", func() Message { m := good; m.Hash = strings.Repeat("h", MaxHashLen+1); return m }, ErrBadHash, false},
		{"expired on arrival is not kept", func() Message { return newMsg(acct(1), 0, c.nowMs(), c.nowMs(), "late") }, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t, "", c)
			m := tc.msg()
			already, err := s.Put(context.Background(), m)
			require.ErrorIs(t, err, tc.wantErr)
			require.False(t, already)
			if !validAccount(m.Account) {
				return
			}
			got, found, err := s.Get(m.Account, m.Hash)
			require.NoError(t, err)
			require.Equal(t, tc.wantFound, found)
			if tc.wantFound {
				require.Equal(t, m, got)
				require.Equal(t, Stats{Messages: 1, Bytes: int64(len(m.Data)), Puts: 1, Stored: 1, Batches: 1, Commits: 1}, s.Stats())
			}
		})
	}
}

func TestPutTwiceKeepsTheLaterExpiryOnly(t *testing.T) {
	c := newClock()
	now := c.nowMs()
	tests := []struct {
		name          string
		first, second int64 // expiries
		want          int64
	}{
		{"later second expiry is kept", now + 1000, now + 5000, now + 5000},
		{"earlier second expiry is ignored", now + 5000, now + 1000, now + 5000},
		{"same expiry", now + 5000, now + 5000, now + 5000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t, "", c)
			first := newMsg(acct(1), 5, now-10, tc.first, "same")
			second := first
			second.Timestamp = now // a resend: same hash, new client time
			second.Expiry = tc.second

			put(t, s, first)
			already, err := s.Put(context.Background(), second)
			require.NoError(t, err)
			require.True(t, already)

			want := first
			want.Expiry = tc.want
			got, found, err := s.Get(first.Account, first.Hash)
			require.NoError(t, err)
			require.True(t, found)
			require.Equal(t, want, got, "only the expiry may change")
			require.Equal(t, []Message{want}, retrieveAll(t, s, first.Account, 5))
			st := s.Stats()
			require.Equal(t, int64(1), st.Messages)
			require.Equal(t, uint64(1), st.Duplicates)
			require.Equal(t, uint64(1), st.Stored)
		})
	}
}

func TestPutReplacesAnExpiredCopy(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	old := newMsg(acct(1), 0, c.nowMs(), c.nowMs()+hourMs, "again")
	put(t, s, old)
	c.advance(2 * time.Hour)

	fresh := old
	fresh.Timestamp = c.nowMs()
	fresh.Expiry = c.nowMs() + 1000
	put(t, s, fresh) // not "already": the first copy is gone

	require.Equal(t, []Message{fresh}, retrieveAll(t, s, old.Account, 0))
	require.Equal(t, int64(1), s.Stats().Messages)
	n, err := s.PurgeExpired()
	require.NoError(t, err)
	require.Zero(t, n, "the old primary entry went with the replacement")
	require.Equal(t, []string{"h", "n"}, rawKinds(t, s), "one index and one message entry")
}

func TestPutHonoursContext(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c, func(o *Options) { o.MaxBatch = 1 })
	// Hold the writer in an op of our own.
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		_ = s.submit(context.Background(), func(*batch) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	defer close(release)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Put(ctx, newMsg(acct(1), 0, c.nowMs(), c.nowMs()+1000, "x"))
	require.ErrorIs(t, err, context.Canceled, "queued or not, the caller is let go")

	ctx, cancel = context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err = s.Put(ctx, newMsg(acct(1), 0, c.nowMs(), c.nowMs()+1000, "y"))
	require.ErrorIs(t, err, context.DeadlineExceeded, "queued, then waiting for the commit")
}

func TestSameMessageTwiceInOneRound(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	m := newMsg(acct(1), 0, c.nowMs(), c.nowMs()+1000, "twice")
	longer := m
	longer.Expiry += 5000
	results := make([]bool, 3)
	var ops []*op
	for i, msg := range []Message{m, m, longer} {
		p := newPut(&msg, true)
		ops = append(ops, &op{
			apply: func(b *batch) (err error) { results[i], err = s.applyPut(b, p); return err },
			done:  make(chan error, 1),
		})
	}
	s.runRound(ops) // run here, with the writer idle
	for _, o := range ops {
		require.NoError(t, <-o.done)
	}
	require.Equal(t, []bool{false, true, true}, results, "later ops see the round's earlier writes")
	require.Equal(t, []Message{longer}, retrieveAll(t, s, m.Account, 0))
	require.Equal(t, int64(1), s.Stats().Messages)
}

func TestPutDoesNotKeepCallerBuffers(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	m := newMsg(acct(1), 0, c.nowMs(), c.nowMs()+1000, "original")
	want := m
	want.Account, want.Data = bytes.Clone(m.Account), bytes.Clone(m.Data)
	put(t, s, m)
	copy(m.Data, "XXXXXXXX")
	m.Account[5] = 0xee

	got, found, err := s.Get(want.Account, want.Hash)
	require.NoError(t, err)
	require.True(t, found)
	require.Equal(t, want, got)
}

func TestConcurrentPutsAreGrouped(t *testing.T) {
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	const writers, each = 50, 200
	errs := make(chan error, writers)
	want := make([][]Message, writers)
	for w := range writers {
		for i := range each {
			want[w] = append(want[w], newMsg(acct(w), 0, c.nowMs()+int64(i), c.nowMs()+time.Hour.Milliseconds(), string(rune('a'+i%26))+strings.Repeat("p", i)))
		}
		go func() {
			for _, m := range want[w] {
				if _, err := s.Put(context.Background(), m); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range writers {
		require.NoError(t, <-errs)
	}
	for w := range writers {
		require.Equal(t, sortedMsgs(want[w]), retrieveAll(t, s, acct(w), 0))
	}
	st := s.Stats()
	require.Equal(t, uint64(writers*each), st.Puts)
	require.Equal(t, int64(writers*each), st.Messages)
	require.Less(t, st.Batches, st.Puts, "group commit: rounds carry several puts")
	t.Logf("%d puts in %d rounds (%.1f a round)", st.Puts, st.Batches, float64(st.Puts)/float64(st.Batches))
}
