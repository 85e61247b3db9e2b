package swarm

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
)

// swarmMessages is n messages over several accounts of the swarm at point.
func swarmMessages(point uint64, salt byte, n int) ([]sessionid.Account, []Message) {
	var accts []sessionid.Account
	var msgs []Message
	for i := range n {
		if i%7 == 0 {
			accts = append(accts, acctAt(point+uint64(i), salt+byte(i/7)))
		}
		msgs = append(msgs, msgOf(accts[len(accts)-1], fmt.Sprintf("message %d", i)))
	}
	return accts, msgs
}

func TestJoiningNodeIsFilledAndARestartedOneCatchesUp(t *testing.T) {
	forBothStores(t, func(t *testing.T, real bool) {
		tn := newNetOf(t, 5, real)
		// Nodes 0-2 are swarm A, node 4 is swarm B, node 3 is active without a
		// swarm.
		tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA, 4: swarmB}, swarmA, swarmB)
		accts, msgs := swarmMessages(swarmA, 1, 100) // several pages of 16
		for i := range 3 {
			tn.nodes[i].store.put(t, msgs...)
		}
		expired := msgOf(accts[0], "expired")
		expired.Expiry = time.Now().Add(-time.Minute).UnixMilli()
		tn.nodes[0].store.put(t, expired)
		tn.nodes[1].store.put(t, expired)
		tn.nodes[2].store.put(t, expired)
		other := msgOf(acctAt(swarmB+1, 9), "swarm B's")
		for i := range 3 {
			tn.nodes[i].store.put(t, other) // held by A's members (not yet handed over)
		}
		tn.startAll()

		tn.setView(2, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA, 3: swarmA, 4: swarmB}, swarmA, swarmB)
		require.Eventually(t, func() bool {
			for _, m := range msgs {
				if !tn.nodes[3].store.has(m) {
					return false
				}
			}
			return true
		}, settle, 10*time.Millisecond)
		require.False(t, tn.nodes[3].store.has(expired), "expired messages are not pulled")
		require.False(t, tn.nodes[3].store.has(other), "another swarm's messages are not pulled")

		// Node 3 crashes; its swarm takes a message meanwhile; at restart node
		// 3 pulls it.
		tn.stopSwarm(3)
		missed := msgOf(accts[2], "while node 3 was down")
		for i := range 3 {
			tn.nodes[i].store.put(t, missed)
		}
		tn.startSwarm(3, true)
		require.Eventually(t, func() bool { return tn.nodes[3].store.has(missed) }, settle, 10*time.Millisecond)
		tn.requireNoSecretsLogged(accts, append(msgs, missed))
	})
}

func TestPullPagesCoverTheSwarmOnce(t *testing.T) {
	tn := newNet(t, 3)
	var skew atomic.Int64
	tn.cfg = func(_ int, c *Config) { c.Now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) } }
	v := tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmB}, swarmA, swarmB)
	_, msgs := swarmMessages(swarmA, 1, 50)
	_, others := swarmMessages(swarmB, 100, 10)
	tn.nodes[0].store.put(t, msgs...)
	tn.nodes[0].store.put(t, others...)
	s := tn.startSwarm(0, false)
	puller := tn.hex(1)

	seen := map[string]bool{}
	req := PullRequest{Swarm: swarmA, Limit: 7}
	pages := 0
	var last PullRequest
	for {
		ans, err := s.pullPage(context.Background(), v, puller, req)
		require.NoError(t, err)
		pages++
		for _, w := range ans.Messages {
			require.False(t, seen[w.Hash], "a message on two pages")
			seen[w.Hash] = true
			_, err := FromWire(w)
			require.NoError(t, err)
		}
		if ans.Next == "" {
			break
		}
		last = req
		req.After = ans.Next
		if pages == 2 {
			_, err := s.pullPage(context.Background(), v, tn.hex(2), req)
			require.ErrorIs(t, err, ErrPullExpired, "another node may not continue the pull")
		}
	}
	require.Len(t, seen, len(msgs))
	require.Equal(t, 8, pages) // 50 in pages of 7
	_, err := s.pullPage(context.Background(), v, puller, last)
	require.ErrorIs(t, err, ErrPullExpired, "a finished pull is gone")

	// Pulls are bounded; one left idle makes room.
	for range maxPullSessions {
		_, err := s.pullPage(context.Background(), v, puller, PullRequest{Swarm: swarmA, Limit: 1})
		require.NoError(t, err)
	}
	_, err = s.pullPage(context.Background(), v, puller, PullRequest{Swarm: swarmA, Limit: 1})
	require.ErrorIs(t, err, ErrPullBusy)
	skew.Store(int64(2 * pullIdle))
	_, err = s.pullPage(context.Background(), v, puller, PullRequest{Swarm: swarmA, Limit: 1})
	require.NoError(t, err)
}
