package rpc

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/storagewire"
)

// A peer's forward carries the owner's signature and is checked as a
// client's is; only the freshness window is wider (PeerHorizon), so a retry
// minutes or days late still lands. What a late retry (or a replay of the
// signature) may touch stays what the owner asked for.
func TestPeerOpWindow(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	u := sessionUser(t, 1)
	apply := func(method string, p map[string]any) int {
		t.Helper()
		_, code, _ := e.h.ApplyPeer(ctx, reqJSON(t, method, p))
		return code
	}
	deleteAll := func(ts int64) map[string]any {
		return u.params("timestamp", ts, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.OneNamespace(0), ts)))
	}
	now := e.clock.ms()

	old := e.put(u, 0, "before the delete_all", -time.Minute)
	askedAt := now
	e.clock.advance(10 * time.Minute)
	newer := e.put(u, 0, "stored since", 0)
	require.Equal(t, http.StatusOK, apply(MethodDeleteAll, deleteAll(askedAt)), "ten minutes late")
	exp, err := e.st.Expiries(u.acct[:], []string{old, newer})
	require.NoError(t, err)
	require.NotContains(t, exp, old, "what there was when the owner asked goes")
	require.Contains(t, exp, newer, "what was stored since stays")

	require.Equal(t, http.StatusNotAcceptable, apply(MethodDeleteAll, deleteAll(e.clock.ms()-PeerHorizon.Milliseconds()-1)), "past the horizon")
	require.Equal(t, http.StatusNotAcceptable, apply(MethodDeleteAll, deleteAll(e.clock.ms()+2*Tolerance.Milliseconds())), "from the future")

	// expire of named hashes, late: the expiry has passed, the message goes.
	gone := e.clock.ms() - time.Hour.Milliseconds()
	p := u.params("messages", []string{newer}, "expiry", gone, "signature", u.sign(storagewire.ExpireSigning(storagewire.ModeAny, gone, []string{newer})))
	require.Equal(t, http.StatusOK, apply(MethodExpire, p))
	require.Zero(t, e.count(u.acct))

	// expire_all with a past expiry would take every message, also those
	// stored since: refused as from a client.
	kept := e.put(u, 0, "kept", 0)
	p = u.params("expiry", gone, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.OneNamespace(0), gone)))
	require.Equal(t, http.StatusNotAcceptable, apply(MethodExpireAll, p))
	exp, err = e.st.Expiries(u.acct[:], []string{kept})
	require.NoError(t, err)
	require.Contains(t, exp, kept)
}

// TestPeerExpiryUnbounded_ForwardedStoreClamped (review D12, the forward
// path): a forwarded store's expiry is capped at now + the namespace's
// longest TTL, however its timestamp and TTL add up.
//
// Fails on a96bbb3: the store took timestamp + ttl as it came, 50 s past
// now + 30 days here.
func TestPeerExpiryUnbounded_ForwardedStoreClamped(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	p := e.signedStoreParams(u, 3, []byte("far"), MaxTTLPrivate)
	future := e.clock.ms() + 50_000
	p["timestamp"], p["sig_timestamp"], p["signature"] = future, future, u.sign(storagewire.StoreSigning(3, future))
	_, code, err := e.h.ApplyPeer(context.Background(), reqJSON(t, MethodStore, p))
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
	msgs, _, err := e.st.Retrieve(u.acct[:], 3, "", 0, 0)
	require.NoError(t, err)
	require.Len(t, msgs, 1)
	require.LessOrEqual(t, msgs[0].Expiry, e.clock.ms()+MaxTTLPrivate.Milliseconds())
}
