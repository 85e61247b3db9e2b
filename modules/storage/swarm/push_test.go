package swarm

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// TestPeerExpiryUnbounded_PushClampedNeverExtendsNorRevives (review D12):
// over real HTTPS into the real store, a push (i) has its expiry capped at
// now + 30 days, (ii) never extends a message's expiry, so it cannot undo
// the owner's shortening, (iii) never brings back a message its owner
// deleted, and (iv) is taken only from a member, or a member before the
// last change, of the account's swarm, not from any active node.
//
// Fails on a96bbb3: the pushed expiry of now + 10 years was stored as is,
// a later pushed expiry extended the shortened one, the deleted message
// came back, and node 2 (never in swarm A) was taken.
func TestPeerExpiryUnbounded_PushClampedNeverExtendsNorRevives(t *testing.T) {
	tn := newNetOf(t, 3, true)
	tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmB}, swarmA, swarmB)
	for i := range 3 {
		tn.startSwarm(i, false)
	}
	target := tn.nodes[0]
	st := target.store.(realStore)
	push := func(from int, ms ...Message) PushAnswer {
		t.Helper()
		req := PushRequest{}
		for _, m := range ms {
			req.Messages = append(req.Messages, ToWire(m))
		}
		raw, err := json.Marshal(req)
		require.NoError(t, err)
		code, out, err := n2n.NewClient(tn.nodes[from].key, 5*time.Second).Post(context.Background(), target.pub, target.addr, PushPath, raw)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, code, "%s", out)
		var ans PushAnswer
		require.NoError(t, json.Unmarshal(out, &ans))
		return ans
	}
	expiry := func(m Message) (int64, bool) {
		t.Helper()
		e, err := st.Expiries(m.Account, []string{m.Hash})
		require.NoError(t, err)
		v, ok := e[m.Hash]
		return v, ok
	}
	a := acctAt(swarmA+9, 1)
	now := time.Now()

	t.Run("expiry capped at now + 30 days", func(t *testing.T) {
		far := msgOf(a, "ten years")
		far.Expiry = now.AddDate(10, 0, 0).UnixMilli()
		require.Equal(t, PushAnswer{Stored: 1}, push(1, far))
		got, ok := expiry(far)
		require.True(t, ok)
		require.LessOrEqual(t, got, time.Now().Add(30*24*time.Hour).UnixMilli())
	})

	t.Run("a shortened expiry is not extended", func(t *testing.T) {
		// The owner shortened it (expire, shorten: "disappear after
		// read"); a peer re-pushes it with a later expiry.
		cut := msgOf(a, "read, then disappear")
		st.put(t, cut)
		short := time.Now().Add(time.Minute).UnixMilli()
		_, _, err := st.Expire(cut.Account, []string{cut.Hash}, short, store.ExpireShorten)
		require.NoError(t, err)
		push(1, cut)
		got, _ := expiry(cut)
		require.Equal(t, short, got)
	})

	t.Run("a deleted message is not brought back", func(t *testing.T) {
		deleted := msgOf(a, "deleted by its owner")
		st.put(t, deleted)
		_, err := st.Delete(deleted.Account, []string{deleted.Hash})
		require.NoError(t, err)
		ans := push(1, deleted)
		require.Zero(t, ans.Refused, "taken (it is gone for good), so a handover does not retry it")
		require.False(t, st.has(deleted))
	})

	t.Run("only members and former members push", func(t *testing.T) {
		// A node never in swarm A may not push its accounts' messages.
		stranger := msgOf(a, "from outside the swarm")
		require.Equal(t, PushAnswer{Refused: 1}, push(2, stranger))
		require.False(t, st.has(stranger))

		// Node 1 leaves swarm A for B: as a former member it may still
		// hand over A's accounts.
		tn.setView(2, map[int]uint64{0: swarmA, 1: swarmB, 2: swarmB}, swarmA, swarmB)
		handed := msgOf(a, "handed over by a former member")
		require.Equal(t, PushAnswer{Stored: 1}, push(1, handed))
	})
}
