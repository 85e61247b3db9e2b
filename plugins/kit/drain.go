package kit

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// DrainIdleGrace is how long a kept-alive HTTP/1.1 connection must have
// been idle before Drain closes it, for a module swapped the default way
// (the new process already serves, so the old one waiting costs no client
// anything). Closing an idle connection is the one HTTP/1.1 race: a client
// may have sent a request on it at that very moment, and it gets EOF, which
// net/http does not retry for a POST. A client that keeps sending uses its
// connection within the grace, is answered with "Connection: close" and
// closes it itself; only one quiet for this long is closed by the server.
// Issue 14: with the 250 ms of DrainQuiet, a governance upgrade of the relay
// failed 1 onion send of 4,699 with EOF (a client sends through each of
// four relays a few times a second, so its connection to one is often idle
// for 250 ms), and plugins/host's TestSwapStress_PinnedClientsUnderRepeatedUpgrades
// failed 4 to 5 requests in 30 swaps.
var DrainIdleGrace = 2 * time.Second

// DrainQuiet is DrainIdleGrace for a module swapped by handoff (Info.Handoff):
// its drain is the time new connections wait in the accept backlog, so idle
// connections hold it only briefly.
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
// complete answer, and shuts down only when no connection is left that a
// client may still be using: none answering, none just accepted, none idle
// for less than DrainIdleGrace (DrainQuiet for a handoff).
type Drainer struct {
	srv      *http.Server
	draining atomic.Bool
	handed   atomic.Int64 // connections the server took from its listeners (ConnContext)

	mu    sync.Mutex
	open  map[net.Conn]connState
	inner func(net.Conn, http.ConnState)
	watch []*countedListener // the kit's listeners being drained
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
		if d.draining.Load() {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
	srv.ConnState = d.track
	inner := srv.ConnContext
	srv.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		d.accepted(c)
		if inner != nil {
			return inner(ctx, c)
		}
		return ctx
	}
	return d
}

// accepted records c as new the moment the server takes it from its
// listener, before net/http's own StateNew hook: a drain that looked
// between the two would see no connection, shut down, and drop the
// request c then carries unanswered (the "fresh connection closed under
// a written request" of TestSwapStress_PinnedClientsUnderRepeatedUpgrades).
func (d *Drainer) accepted(c net.Conn) {
	d.mu.Lock()
	if _, seen := d.open[c]; !seen {
		d.open[c] = connState{http.StateNew, time.Now()}
	}
	d.mu.Unlock()
	d.handed.Add(1)
}

// countedListener is a listener the kit gives a module (Env.Listeners):
// it counts the connections its Accept returned, so that Drain can wait
// until the server has taken each one (Drainer.accepted) before it looks
// for connections still in use. A connection the kernel handed to Accept
// just before Drain closed the listener is otherwise invisible to it.
//
// It also watches the connections it returns (watch.go), so that Drain
// can tell an idle connection from one whose next request has come.
type countedListener struct {
	net.Listener
	n        atomic.Int64 // connections Accept returned
	inAccept atomic.Int64 // Accept calls under way
	conns    watched
}

func (l *countedListener) Accept() (net.Conn, error) {
	l.inAccept.Add(1)
	defer l.inAccept.Add(-1)
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.n.Add(1)
	return l.conns.add(c), nil
}

// kitListeners are those of ls the kit made.
func kitListeners(ls []net.Listener) []*countedListener {
	var counted []*countedListener
	for _, l := range ls {
		if cl, ok := l.(*countedListener); ok {
			counted = append(counted, cl)
		}
	}
	return counted
}

// awaitHanded waits, once ls are closed, until no Accept on the kit's
// listeners among them is under way (one may still return a connection
// the kernel gave it just before the close) and the server has taken
// every connection they returned. DrainNewGrace and ctx bound it: a
// listener served by another server never matches.
func (d *Drainer) awaitHanded(ctx context.Context, counted []*countedListener, tick <-chan time.Time) {
	give := time.After(DrainNewGrace)
	done := func() bool {
		var want int64
		for _, cl := range counted {
			if cl.inAccept.Load() > 0 {
				return false
			}
			want += cl.n.Load()
		}
		return d.handed.Load() >= want
	}
	for !done() {
		select {
		case <-ctx.Done():
			return
		case <-give:
			return
		case <-tick:
		}
	}
}

// busyLocked reports whether the client's next request has come on c,
// idle to net/http since since: c's bytes are read or waiting below
// net/http (watch.go). Only connections the kit's listeners accepted are
// watched. d.mu is held.
func (d *Drainer) busyLocked(c net.Conn, since time.Time) bool {
	for _, l := range d.watch {
		if w := l.conns.find(c); w != nil {
			return w.busySince(since)
		}
	}
	return false
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

// handoffKey marks the context of a handoff module's Drain (see
// DrainQuiet); the kit's server sets it.
type handoffKey struct{}

func withHandoff(ctx context.Context) context.Context {
	return context.WithValue(ctx, handoffKey{}, true)
}

// Drain closes listeners (the module's duplicates: the host keeps the
// sockets open), lets the connections finish and close, then shuts the
// server down; ctx bounds it all.
func (d *Drainer) Drain(ctx context.Context, listeners []net.Listener) error {
	d.draining.Store(true)
	for _, l := range listeners {
		_ = l.Close()
	}
	idle := DrainIdleGrace
	if ctx.Value(handoffKey{}) != nil {
		idle = DrainQuiet
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	counted := kitListeners(listeners)
	d.mu.Lock()
	d.watch = counted
	d.mu.Unlock()
	d.awaitHanded(ctx, counted, tick.C)
	for !d.settled(time.Now(), idle) {
		select {
		case <-ctx.Done():
			return d.srv.Shutdown(ctx)
		case <-tick.C:
		}
	}
	return d.srv.Shutdown(ctx)
}

// settled at now: no connection answers a request, none accepted in the
// last DrainNewGrace waits for its first request, none has been idle for
// less than idle, and none idle to net/http carries bytes of a next
// request (read, or waiting in the kernel: a client that sends a part and
// withholds the rest holds the drain until its context ends, as one that
// withholds a body does). Shutdown then closes the idle ones left. Older
// connections still "new" are left to Shutdown: they include connections
// net/http handed to a TLSNextProto handler (n2n's framed protocol), whose
// hook never reports them active or idle (their requests do not hold the
// drain: peers that never pause would hold it to its deadline while new
// clients wait) and which Shutdown drains through its own hook.
func (d *Drainer) settled(now time.Time, idle time.Duration) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for c, s := range d.open {
		age := now.Sub(s.since)
		switch {
		case s.state == http.StateActive:
			return false
		case s.state == http.StateNew && age < DrainNewGrace:
			return false
		case s.state == http.StateIdle && age < idle:
			return false
		case s.state == http.StateIdle && d.busyLocked(c, s.since):
			return false
		}
	}
	return true
}
