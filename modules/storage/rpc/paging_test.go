package rpc

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRetrieveSkipsMessages_StoredLaterWithOlderTimestamp is issue 10 item
// 7 (session-wire review §0 #1) over the RPC: store A at t, retrieve (the
// client keeps last_hash = A), store B stamped t-5s (a sender's clock
// behind, inside the ±60 s window), retrieve since A: B must come.
// Session's server pages by arrival (oxenss storage/database.cpp:
// "WHERE ... id > last_id ORDER BY id").
//
// Fails on a96bbb3: pages walked (timestamp, hash) order, so B sorted
// before A and the answer since A was empty.
func TestRetrieveSkipsMessages_StoredLaterWithOlderTimestamp(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	store := func(data string, tsOffset time.Duration) string {
		p := e.storeParams(u, 0, []byte(data), time.Hour)
		p["timestamp"] = e.clock.now().Add(tsOffset).UnixMilli()
		out := e.ok(MethodStore, p)
		return out["hash"].(string)
	}
	hashA := store("A", 0)
	out := e.ok(MethodRetrieve, e.retrieveParams(u, 0))
	msgs := out["messages"].([]any)
	require.Len(t, msgs, 1)
	require.Equal(t, hashA, msgs[0].(map[string]any)["hash"])

	e.clock.advance(time.Second)
	hashB := store("B", -5*time.Second)
	out = e.ok(MethodRetrieve, e.retrieveParams(u, 0, "last_hash", hashA))
	msgs = out["messages"].([]any)
	require.Len(t, msgs, 1, "the message stored after A")
	require.Equal(t, hashB, msgs[0].(map[string]any)["hash"])
	require.Equal(t, false, out["more"])
}
