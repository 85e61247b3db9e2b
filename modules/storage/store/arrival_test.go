package store

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"
)

// TestRetrieveSkipsMessages_OlderTimestampStoredLater: a client that paged
// up to A must get B, stored after A with a timestamp 5 s older (a sender's
// clock behind ours, inside the accepted window). Session's server pages by
// arrival (oxenss storage/database.cpp: WHERE id > last_id ORDER BY id).
//
// Fails on a96bbb3: pages walked (timestamp, hash) order, so B sorted
// before A and the page after A was empty.
func TestRetrieveSkipsMessages_OlderTimestampStoredLater(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	exp := c.nowMs() + hourMs
	msgA := newMsg(a, 0, c.nowMs(), exp, "A")
	put(t, s, msgA)
	page, more, err := s.Retrieve(a, 0, "", 0, 0)
	require.NoError(t, err)
	require.Equal(t, []Message{msgA}, page)
	require.False(t, more)

	msgB := newMsg(a, 0, c.nowMs()-5_000, exp, "B")
	put(t, s, msgB)
	page, more, err = s.Retrieve(a, 0, msgA.Hash, 0, 0)
	require.NoError(t, err)
	require.Equal(t, []Message{msgB}, page, "the message stored after A")
	require.False(t, more)
}

// Arrival numbers survive a restart: a message stored after reopening
// still pages after one stored before, whatever the timestamps.
func TestArrivalOrderSurvivesReopen(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	s := openStore(t, dir, c)
	a := acct(1)
	exp := c.nowMs() + hourMs
	first := newMsg(a, 0, c.nowMs(), exp, "first")
	put(t, s, first)
	require.NoError(t, s.Close())

	s = openStore(t, dir, c)
	second := newMsg(a, 0, c.nowMs()-50_000, exp, "second")
	put(t, s, second)
	require.Equal(t, []Message{first, second}, retrieveAll(t, s, a, 0))
}

// putV1 writes m as the store laid it out before issue 10.
func putV1(t *testing.T, db *badger.DB, m Message) {
	t.Helper()
	k := binary.BigEndian.AppendUint16(append([]byte{prefixMessageV1}, m.Account...), encodeNS(m.Namespace))
	k = append(binary.BigEndian.AppendUint64(k, encodeTS(m.Timestamp)), m.Hash...)
	v := binary.BigEndian.AppendUint64([]byte{valueVersionV1}, uint64(m.Expiry))
	v = append(v, m.Data...)
	iv := binary.BigEndian.AppendUint16([]byte{valueVersionV1}, encodeNS(m.Namespace))
	iv = binary.BigEndian.AppendUint64(iv, encodeTS(m.Timestamp))
	iv = binary.BigEndian.AppendUint64(iv, uint64(m.Expiry))
	iv = binary.BigEndian.AppendUint32(iv, uint32(len(m.Data)))
	require.NoError(t, db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(k, v); err != nil {
			return err
		}
		return txn.Set(indexKey(m.Account, m.Hash), iv)
	}))
}

// A store written before issue 10 is moved to arrival order on Open, in
// its old (timestamp, hash) order, expired messages dropped: nothing
// acknowledged is lost and a client's last_hash keeps its place.
func TestOpenMigratesVersion1Records(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	a := acct(1)
	exp := c.nowMs() + hourMs
	var old []Message
	for i, ts := range []int64{30, 10, 20, 40} {
		old = append(old, newMsg(a, int16(i%2), c.nowMs()+ts, exp, string(rune('a'+i))))
	}
	gone := newMsg(a, 0, c.nowMs(), c.nowMs()-1, "expired")

	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	require.NoError(t, err)
	for _, m := range append(old, gone) {
		putV1(t, db, m)
	}
	require.NoError(t, db.Close())

	s := openStore(t, dir, c)
	require.Equal(t, []Message{old[2], old[0]}, retrieveAll(t, s, a, 0), "namespace 0 in its old order")
	require.Equal(t, []Message{old[1], old[3]}, retrieveAll(t, s, a, 1), "namespace 1 in its old order")
	require.NotContains(t, rawKinds(t, s), string(rune(prefixMessageV1)))
	require.Equal(t, int64(4), s.Stats().Messages)

	newer := newMsg(a, 0, c.nowMs(), exp, "after the migration")
	put(t, s, newer)
	page, _, err := s.Retrieve(a, 0, old[0].Hash, 0, 0)
	require.NoError(t, err)
	require.Equal(t, []Message{newer}, page)
}

// TestPeerCopy_NeverExtendsNorRevives is the store's half of D12: a peer's
// copy (PutCopy) never changes a message held, and neither a peer's copy
// nor a repeated store brings back what the owner deleted or cut short
// before its original expiry. A handover's DeleteAccount leaves no such
// mark.
func TestPeerCopy_NeverExtendsNorRevives(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, "", c)
	a := acct(1)
	exp := c.nowMs() + 2*hourMs
	later := func(m Message) Message { m.Expiry += hourMs; return m }
	expiryOf := func(m Message) (int64, bool) {
		e, err := s.Expiries(a, []string{m.Hash})
		require.NoError(t, err)
		v, ok := e[m.Hash]
		return v, ok
	}

	held := newMsg(a, 0, c.nowMs(), exp, "held")
	put(t, s, held)
	already, err := s.PutCopy(ctx, later(held))
	require.NoError(t, err)
	require.True(t, already)
	got, _ := expiryOf(held)
	require.Equal(t, exp, got, "a peer's copy does not extend")
	_, err = s.Put(ctx, later(held))
	require.NoError(t, err)
	got, _ = expiryOf(held)
	require.Equal(t, exp+hourMs, got, "a client's repeated store does (as Session's)")

	cut := newMsg(a, 0, c.nowMs(), exp, "cut short")
	put(t, s, cut)
	// Expiries an hour or more ahead: badger's TTLs follow the real clock
	// (helpers_test.go).
	short := c.nowMs() + hourMs
	_, _, err = s.Expire(a, []string{cut.Hash}, short, ExpireShorten)
	require.NoError(t, err)
	for _, p := range []func(context.Context, Message) (bool, error){s.PutCopy, s.Put} {
		_, err = p(ctx, later(cut))
		require.NoError(t, err)
		got, _ = expiryOf(cut)
		require.Equal(t, short, got, "no store extends what its owner cut short")
	}
	c.advance(61 * time.Minute)
	_, err = s.PutCopy(ctx, later(cut))
	require.NoError(t, err)
	_, ok := expiryOf(cut)
	require.False(t, ok, "expired after being cut short: not brought back")

	deleted := newMsg(a, 0, c.nowMs(), exp, "deleted")
	put(t, s, deleted)
	gone, err := s.Delete(a, []string{deleted.Hash})
	require.NoError(t, err)
	require.Equal(t, []string{deleted.Hash}, gone)
	all := newMsg(a, 3, c.nowMs(), exp, "deleted with all")
	put(t, s, all)
	_, err = s.DeleteAll(a, nil)
	require.NoError(t, err)
	for _, m := range []Message{deleted, all} {
		for _, p := range []func(context.Context, Message) (bool, error){s.PutCopy, s.Put} {
			already, err = p(ctx, m)
			require.NoError(t, err)
			require.True(t, already, "taken as handled")
			_, ok = expiryOf(m)
			require.False(t, ok, "a deleted message is not brought back")
		}
	}

	c.advance(2 * time.Hour) // past the original expiries: the marks are gone
	back := deleted
	back.Expiry = c.nowMs() + hourMs
	put(t, s, back)

	moved := newMsg(acct(2), 0, c.nowMs(), c.nowMs()+hourMs, "handed over")
	put(t, s, moved)
	_, err = s.DeleteAccount(moved.Account)
	require.NoError(t, err)
	already, err = s.PutCopy(ctx, moved)
	require.NoError(t, err)
	require.False(t, already, "an account handed over may come back")
}
