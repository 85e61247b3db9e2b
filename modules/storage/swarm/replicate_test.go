package swarm

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
)

var timeoutAnswer = json.RawMessage(`{"failed":true,"timeout":true}`)

func allInA(n int) map[int]uint64 {
	out := map[int]uint64{}
	for i := range n {
		out[i] = swarmA
	}
	return out
}

func TestReplicateReachesEveryPeer(t *testing.T) {
	tn := newNet(t, 4)
	tn.setView(1, allInA(4), swarmA)
	tn.startAll()
	a := acctAt(swarmA+5, 1)
	m := msgOf(a, "hello swarm")

	res := tn.sw(0).Replicate(context.Background(), a, opOf(m))
	require.ElementsMatch(t, []string{tn.hex(1), tn.hex(2), tn.hex(3)}, sortedKeys(res), "every other member, keyed by Ed25519 hex")
	for _, r := range res {
		require.JSONEq(t, `{"stored":true}`, string(r))
	}
	for i := 1; i < 4; i++ {
		require.True(t, tn.nodes[i].store.has(m))
	}
	require.Zero(t, tn.sw(0).QueueLen())

	require.True(t, tn.sw(0).Serves(a))
	id, members, ok := tn.sw(0).Members(a)
	require.True(t, ok)
	require.Equal(t, swarmA, id)
	require.Len(t, members, 4)
	for _, mb := range members {
		require.Len(t, mb.X25519, 64)
		require.NotEmpty(t, mb.Addr)
	}
	require.Equal(t, tn.nodes[0].key, tn.sw(0).Self())
	tn.requireNoSecretsLogged([]sessionid.Account{a}, []Message{m})
}

func TestReplicateRetriesAPeerThatWasDown(t *testing.T) {
	forBothStores(t, func(t *testing.T, real bool) {
		tn := newNetOf(t, 4, real)
		tn.setView(1, allInA(4), swarmA)
		tn.startAll()
		tn.down(3)
		a := acctAt(swarmA+9, 2)
		m1, m2 := msgOf(a, "first"), msgOf(a, "second")

		res := tn.sw(0).Replicate(context.Background(), a, opOf(m1))
		require.JSONEq(t, string(timeoutAnswer), string(res[tn.hex(3)]))
		require.JSONEq(t, `{"stored":true}`, string(res[tn.hex(1)]))
		// A peer with a backlog is not tried: the op waits behind the first.
		res = tn.sw(0).ReplicateUntil(context.Background(), a, opOf(m2), time.Now().Add(time.Hour))
		require.JSONEq(t, string(timeoutAnswer), string(res[tn.hex(3)]))
		require.Equal(t, 2, tn.sw(0).QueueLen())

		tn.up(3)
		require.Eventually(t, func() bool { return tn.nodes[3].store.has(m1) && tn.nodes[3].store.has(m2) }, settle, 10*time.Millisecond)
		require.Eventually(t, func() bool { return tn.sw(0).QueueLen() == 0 }, settle, 10*time.Millisecond)
		tn.requireNoSecretsLogged([]sessionid.Account{a}, []Message{m1, m2})
	})
}

func TestQueuedForwardsSurviveASenderRestart(t *testing.T) {
	forBothStores(t, func(t *testing.T, real bool) {
		tn := newNetOf(t, 3, real)
		tn.setView(1, allInA(3), swarmA)
		tn.startAll()
		tn.down(2)
		a := acctAt(swarmA+11, 3)
		m := msgOf(a, "kept on disk")

		res := tn.sw(0).Replicate(context.Background(), a, opOf(m))
		require.JSONEq(t, string(timeoutAnswer), string(res[tn.hex(2)]))
		tn.stopSwarm(0) // the sender's process ends with the forward queued
		tn.up(2)

		s := tn.startSwarm(0, true) // same queue directory
		require.Eventually(t, func() bool { return tn.nodes[2].store.has(m) }, settle, 10*time.Millisecond)
		require.Eventually(t, func() bool { return s.QueueLen() == 0 }, settle, 10*time.Millisecond)
	})
}

func TestQueuedForwardIsDroppedWhenThePeerLeavesOrTheDeadlinePasses(t *testing.T) {
	var skew atomic.Int64 // the sender's clock runs ahead of the real one by this
	now := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	tn := newNet(t, 4)
	tn.cfg = func(i int, c *Config) {
		if i == 0 { // the sender only: the peers check signatures on the real clock
			c.Now = now
		}
	}
	tn.setView(1, allInA(4), swarmA)
	tn.startAll()
	tn.down(2)
	tn.down(3)
	a := acctAt(swarmA+13, 4)
	early, late := msgOf(a, "deadline in an hour"), msgOf(a, "deadline in two hours")

	tn.sw(0).ReplicateUntil(context.Background(), a, opOf(early), now().Add(time.Hour))
	require.Equal(t, 2, tn.sw(0).QueueLen(), "one forward for each peer down")

	// Node 3 leaves the swarm: its forward is dropped, node 2's stays.
	tn.setView(2, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA}, swarmA)
	require.Eventually(t, func() bool { return tn.sw(0).QueueLen() == 1 }, settle, 10*time.Millisecond)

	// The deadline of node 2's forward passes.
	tn.sw(0).ReplicateUntil(context.Background(), a, opOf(late), now().Add(2*time.Hour))
	require.Equal(t, 2, tn.sw(0).QueueLen())
	skew.Add(int64(90 * time.Minute))
	require.Eventually(t, func() bool { return tn.sw(0).QueueLen() == 1 }, settle, 10*time.Millisecond)

	tn.up(2)
	require.Eventually(t, func() bool { return tn.nodes[2].store.has(late) }, settle, 10*time.Millisecond)
	require.False(t, tn.nodes[2].store.has(early), "the forward past its deadline was not sent")
	require.Eventually(t, func() bool { return tn.sw(0).QueueLen() == 0 }, settle, 10*time.Millisecond)
}

func TestReplicateGivesUpOnRefusalsThatWillNotChange(t *testing.T) {
	tn := newNet(t, 2)
	tn.setView(1, allInA(2), swarmA)
	tn.startAll()
	a := acctAt(swarmA+17, 5)
	res := tn.sw(0).Replicate(context.Background(), a, []byte("not json"))
	require.JSONEq(t, `{"failed":true,"code":400}`, string(res[tn.hex(1)]))
	require.Zero(t, tn.sw(0).QueueLen())
}
