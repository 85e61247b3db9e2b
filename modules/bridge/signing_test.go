package bridge

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// gateFixture serves both endpoints over one gate with a host whose Sign
// waits until the test releases it.
func gateFixture(t *testing.T, slots int) (*exitFixture, http.Handler) {
	t.Helper()
	f := newExitFixture(t)
	f.host.block, f.host.entered, f.host.release = true, make(chan struct{}, 64), make(chan struct{})
	claims := NewClaimSigner(f.host, DefaultSignWindow, func(context.Context) ([32]byte, error) { return [32]byte{1}, nil }, zerolog.Nop())
	return f, SigningRoutes(NewGate(slots, SignRequestTimeout), claims, f.signer)
}

func serve(h http.Handler, path, body string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, strings.NewReader(body)))
	return rec
}

// N signings under way take the N slots of both endpoints; the next
// request is refused at once with 503 and Retry-After, not queued (it
// returns while the others still wait); once they are released, requests
// are signed again.
func TestSigningGateRefusesWhenFull(t *testing.T) {
	const slots = 3
	f, h := gateFixture(t, slots)
	claim := `{"address":"` + claimant + `","height":480}`
	exit := exitReq(edOf("exited"), exitClock, "exit")

	var wg sync.WaitGroup
	codes := make(chan int, slots)
	for i := range slots {
		path, body := ClaimSignPath, claim
		if i%2 == 1 {
			path, body = ExitSignPath, exit
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes <- serve(h, path, body).Code
		}()
	}
	for range slots {
		<-f.host.entered // every slot is taken by a Sign that waits
	}

	for _, r := range []struct{ path, body string }{{ClaimSignPath, claim}, {ExitSignPath, exit}} {
		rec := serve(h, r.path, r.body)
		require.Equal(t, http.StatusServiceUnavailable, rec.Code, rec.Body.String())
		require.Equal(t, "1", rec.Header().Get("Retry-After"))
		require.Contains(t, rec.Body.String(), "this node is busy signing (3 at once): retry in 1 s")
	}
	// A request refused for itself is answered as such, full or not.
	rec := serve(h, ExitSignPath, `garbage`)
	require.Equal(t, http.StatusBadRequest, rec.Code)
	require.Empty(t, rec.Header().Get("Retry-After"))

	close(f.host.release)
	wg.Wait()
	close(codes)
	for c := range codes {
		require.Equal(t, http.StatusOK, c)
	}
	f.host.mu.Lock()
	f.host.block = false
	f.host.mu.Unlock()
	for _, r := range []struct{ path, body string }{{ClaimSignPath, claim}, {ExitSignPath, exit}} {
		rec := serve(h, r.path, r.body)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	}
	require.Len(t, f.host.signed, slots+2)
}

// A signing that outlives its deadline is refused with 503 and gives its
// slot back.
func TestSigningGateDeadline(t *testing.T) {
	f := newExitFixture(t)
	f.host.block, f.host.entered, f.host.release = true, make(chan struct{}, 8), make(chan struct{})
	// The host waits for a release that never comes: only the deadline
	// ends the request, however long it is.
	h := SigningRoutes(NewGate(1, 1), nil, f.signer)
	exit := exitReq(edOf("exited"), exitClock, "exit")
	for range 2 { // the second finds the slot free again
		rec := serve(h, ExitSignPath, exit)
		require.Equal(t, http.StatusServiceUnavailable, rec.Code)
		require.Contains(t, rec.Body.String(), "signing took longer than 1ns")
		require.Empty(t, rec.Header().Get("Retry-After"))
	}
	require.Empty(t, f.host.signed)
}
