package state

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestQueueDueInTimeOrder: items come out in time then id order, only when
// due, once each with PopDue; Remove takes one out; the prefix is the
// queue's alone.
func TestQueueDueInTimeOrder(t *testing.T) {
	s, db := openStore(t, t.TempDir())
	t.Cleanup(func() { db.Close() })
	b, err := s.Begin(1)
	require.NoError(t, err)
	q := NewQueue("q/unlock/")
	q.Push(b, 30, []byte("c"))
	q.Push(b, 10, []byte("b"))
	q.Push(b, 10, []byte("a"))
	q.Push(b, 20, []byte("x"))
	q.Push(b, 20, []byte("x")) // again: one entry
	q.Remove(b, 30, []byte("c"))
	b.Set([]byte("q/unlockX"), []byte("not the queue's"))

	due, err := q.Due(b, 9)
	require.NoError(t, err)
	require.Empty(t, due)
	due, err = q.PopDue(b, 20)
	require.NoError(t, err)
	require.Equal(t, []Item{{10, []byte("a")}, {10, []byte("b")}, {20, []byte("x")}}, due)
	due, err = q.Due(b, 1<<40)
	require.NoError(t, err)
	require.Empty(t, due, "popped once; the removed one is gone")
	require.Panics(t, func() { q.Push(b, -1, []byte("n")) })
}
