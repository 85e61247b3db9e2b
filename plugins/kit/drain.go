package kit

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// DrainQuiet is how long Drainer.Drain waits, once no request is in
// flight, for a further request on a kept-alive connection before it
// closes the connections left.
var DrainQuiet = 250 * time.Millisecond

// DrainNewGrace is how long Drain waits for a connection accepted but
// with no request read yet: net/http drops, unanswered, a request read
// once Shutdown has begun, so a client that had just connected would see
// its request fail. Connections handed to a TLSNextProto handler stay "new"
// to the hook for their whole life: past the grace they no longer hold the
// drain (Shutdown's hooks drain them). 5 s, net/http's own age for
// treating a new connection as idle: 2 s dropped a client once in CI, whose
// TLS handshake on a loaded 2-core machine took longer.
var DrainNewGrace = 5 * time.Second

// Drainer lets an HTTP server hand its clients over to the next process
// of a hot swap without failing a request. http.Server.Shutdown alone
// closes idle keep-alive connections at once, and a client that sends a
// request on one at that moment gets an error it may not retry (a POST).
// Drain instead stops accepting (new connections wait in the host's
// accept backlog for the next process), answers every further request with
// "Connection: close" so each client closes its connection after a
// complete answer, and shuts down only when the connections are gone or
// have been quiet for DrainQuiet.
type Drainer struct {
	srv      *http.Server
	draining atomic.Bool

	mu    sync.Mutex
	open  map[net.Conn]connState
	last  time.Time // the last request began
	inner func(net.Conn, http.ConnState)
}

// NewDrainer wraps srv's handler and connection hook; call it before
// serving.
func NewDrainer(srv *http.Server) *Drainer {
	d := &Drainer{srv: srv, open: map[net.Conn]connState{}, inner: srv.ConnState}
	next := srv.Handler
	if next == nil {
		next = http.DefaultServeMux
	}
	srv.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !viaNextProto(r) {
			d.mu.Lock()
			d.last = time.Now()
			d.mu.Unlock()
		}
		if d.draining.Load() {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
	srv.ConnState = d.track
	return d
}

// viaNextProto: the request came over a connection net/http handed to a
// TLSNextProto handler (an ALPN protocol other than HTTP/1.1, such as n2n's
// framed protocol). Such connections are drained by Shutdown's hooks, not
// by "Connection: close", so their requests must not keep Drain waiting for
// quiet: a peer that sends without pause would hold the old process (and
// the clients queued for the new one) until the drain deadline.
func viaNextProto(r *http.Request) bool {
	return r.TLS != nil && r.TLS.NegotiatedProtocol != "" && r.TLS.NegotiatedProtocol != "http/1.1"
}

// connState is a connection's last state and when it entered it.
type connState struct {
	state http.ConnState
	since time.Time
}

func (d *Drainer) track(c net.Conn, s http.ConnState) {
	d.mu.Lock()
	switch s {
	case http.StateClosed, http.StateHijacked:
		delete(d.open, c)
	default:
		d.open[c] = connState{s, time.Now()}
	}
	d.mu.Unlock()
	if d.inner != nil {
		d.inner(c, s)
	}
}

// Draining reports whether Drain has begun (a listener closed by Drain is
// not an error to report).
func (d *Drainer) Draining() bool { return d.draining.Load() }

// Drain closes listeners (the module's duplicates: the host keeps the
// sockets open), lets the connections finish and close, then shuts the
// server down; ctx bounds it all.
func (d *Drainer) Drain(ctx context.Context, listeners []net.Listener) error {
	d.draining.Store(true)
	for _, l := range listeners {
		_ = l.Close()
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !d.settled() {
		select {
		case <-ctx.Done():
			return d.srv.Shutdown(ctx)
		case <-tick.C:
		}
	}
	return d.srv.Shutdown(ctx)
}

// settled: no connection is left, or no request is in flight, no
// connection accepted in the last DrainNewGrace waits for its first
// request, and none came for DrainQuiet. Older connections still "new" are
// left to Shutdown: they include connections net/http handed to a
// TLSNextProto handler (n2n's framed protocol), whose hook never reports
// them active and which Shutdown drains through its own hook.
func (d *Drainer) settled() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, s := range d.open {
		switch {
		case s.state == http.StateActive:
			return false
		case s.state == http.StateNew && time.Since(s.since) < DrainNewGrace:
			return false
		}
	}
	return len(d.open) == 0 || time.Since(d.last) >= DrainQuiet
}
