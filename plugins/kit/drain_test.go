package kit

import (
	"crypto/tls"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestDrainNotHeldByFramedRequests: requests over a connection handed to a
// TLSNextProto handler (n2n's framed protocol between nodes) do not count
// as "a request just came" for Drain: replicas and relays that never pause
// held a 4-validator network's storage and relay drains until their 10 s
// deadline, while clients queued for the new process timed out. Fails
// before the fix (the framed request made the drainer wait for quiet).
func TestDrainNotHeldByFramedRequests(t *testing.T) {
	srv := &http.Server{Handler: http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})}
	d := NewDrainer(srv)
	idle, _ := net.Pipe()
	d.track(idle, http.StateIdle) // an HTTP/1.1 keep-alive client, quiet

	framed := httptest.NewRequest(http.MethodPost, "/n2n/storage/op", nil)
	framed.TLS = &tls.ConnectionState{NegotiatedProtocol: "seshnet-n2n/1"}
	srv.Handler.ServeHTTP(httptest.NewRecorder(), framed)
	require.True(t, d.settled(), "a framed request kept the drain waiting for quiet")

	plain := httptest.NewRequest(http.MethodPost, "/storage_rpc/v1", nil)
	plain.TLS = &tls.ConnectionState{NegotiatedProtocol: "http/1.1"}
	srv.Handler.ServeHTTP(httptest.NewRecorder(), plain)
	require.False(t, d.settled(), "an HTTP/1.1 request must make the drain wait for quiet")
}

// TestDrainWaitsForJustAcceptedConnections: net/http drops a request it
// reads once Shutdown has begun, so a connection accepted just before the
// drain (its request not read yet) must hold it: on a 4-validator network a
// client's retrieve got EOF during each storage handoff. Fails before the
// fix (a "new" connection never held the drain).
func TestDrainWaitsForJustAcceptedConnections(t *testing.T) {
	srv := &http.Server{Handler: http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})}
	d := NewDrainer(srv)
	fresh, _ := net.Pipe()
	d.track(fresh, http.StateNew)
	require.False(t, d.settled(), "a connection accepted just now, its request not yet read, did not hold the drain")

	// One that has been "new" past the grace (a framed connection, or a
	// client that connected and sent nothing) no longer holds it.
	d.mu.Lock()
	d.open[fresh] = connState{http.StateNew, time.Now().Add(-DrainNewGrace)}
	d.mu.Unlock()
	require.True(t, d.settled())
}
