package ratelimit

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestBucketOf600RefilledAt300PerSecond(t *testing.T) {
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	l := New(DefaultBurst, DefaultRate, c.now)
	for i := 0; i < 600; i++ {
		require.True(t, l.Allow("a"), "request %d", i)
	}
	require.False(t, l.Allow("a"), "the 601st at once")
	require.True(t, l.Allow("b"), "another client has its own bucket")

	c.advance(100 * time.Millisecond) // 30 tokens
	for i := 0; i < 30; i++ {
		require.True(t, l.Allow("a"))
	}
	require.False(t, l.Allow("a"))

	c.advance(time.Hour) // never more than the burst
	for i := 0; i < 600; i++ {
		require.True(t, l.Allow("a"))
	}
	require.False(t, l.Allow("a"))
}

func TestIdleClientsAreForgotten(t *testing.T) {
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	l := New(DefaultBurst, DefaultRate, c.now)
	for _, k := range []string{"a", "b", "c"} {
		l.Allow(k)
	}
	require.Equal(t, 3, l.Clients())
	c.advance(3 * time.Second)
	l.Allow("d")
	require.Equal(t, 1, l.Clients())
}
