package swarm

import (
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func TestQueueIsBoundedAndPersisted(t *testing.T) {
	dir := t.TempDir()
	var logs syncBuf
	q, err := openQueue(dir, 3, zerolog.New(&logs))
	require.NoError(t, err)
	p1, p2 := [32]byte{1}, [32]byte{2}
	a := acctAt(swarmA, 1)
	now := time.Now()
	for i := range 3 {
		require.NoError(t, q.add([][32]byte{p1}, qEntry{Account: a, Until: int64(i), Op: []byte{byte(i)}}, now))
	}
	require.NoError(t, q.add([][32]byte{p1, p2}, qEntry{Account: a, Until: 3, Op: []byte{3}}, now))
	require.Equal(t, 3, q.len(), "the two oldest made room")
	require.Contains(t, logs.String(), "oldest forwards dropped")
	require.NotContains(t, logs.String(), a.Hex())

	_, e, ok, err := q.head(p1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, []byte{2}, e.Op)
	require.NoError(t, q.close())

	q, err = openQueue(dir, 3, zerolog.Nop())
	require.NoError(t, err)
	defer q.close()
	require.Equal(t, 3, q.len())
	seq, e, ok, err := q.head(p1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, qEntry{Account: a, Until: 2, Op: []byte{2}}, e)
	require.NoError(t, q.remove(p1, seq))
	_, e, ok, err = q.head(p2)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, []byte{3}, e.Op)
	require.Equal(t, 2, q.len())

	// A peer's backoff doubles on failures, within its bounds; a success
	// makes it due at once.
	require.Len(t, q.takeDue(now), 2, "after a restart every peer is tried at once")
	var backoffs []time.Duration
	for range 4 {
		q.release(p1, true, now, time.Second, 4*time.Second)
		q.release(p2, false, now, time.Second, 4*time.Second)
		backoffs = append(backoffs, q.peers[p1].backoff)
		at, ok := q.nextWake()
		require.True(t, ok)
		require.Equal(t, now, at)
		require.Equal(t, [][32]byte{p2}, q.takeDue(now), "p1 waits")
		q.release(p2, false, now, time.Second, 4*time.Second)
		require.ElementsMatch(t, [][32]byte{p1, p2}, q.takeDue(now.Add(time.Hour)))
	}
	require.Equal(t, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 4 * time.Second}, backoffs)
}
