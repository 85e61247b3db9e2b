package kit

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestDrainSettled: which connections hold a drain, at a fixed now.
func TestDrainSettled(t *testing.T) {
	now := time.Now()
	const idle = 2 * time.Second
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	cases := []struct {
		name    string
		state   http.ConnState
		since   time.Time
		settled bool
	}{
		{"answering a request", http.StateActive, ago(time.Hour), false},
		// net/http drops a request it reads once Shutdown has begun: on
		// a 4-validator network a client's retrieve got EOF during each
		// storage handoff while a just-accepted connection did not hold
		// the drain.
		{"accepted just now, request not read yet", http.StateNew, now, false},
		// A framed (TLSNextProto) connection stays "new" to the hook for
		// its whole life and its requests never show: past the grace it
		// must not hold the drain, or peers that never pause hold it to
		// its deadline (seen on a 4-validator network).
		{"new past the grace (a framed connection)", http.StateNew, ago(DrainNewGrace), true},
		// Issue 14: closing a connection a client may be sending on at
		// that moment fails its POST with EOF.
		{"kept alive, idle for less than the grace", http.StateIdle, ago(idle - time.Millisecond), false},
		{"kept alive, idle for the grace", http.StateIdle, ago(idle), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDrainer(&http.Server{})
			c, _ := net.Pipe()
			d.open[c] = connState{tc.state, tc.since}
			require.Equal(t, tc.settled, d.settled(now, idle))
		})
	}
	require.True(t, NewDrainer(&http.Server{}).settled(now, idle), "no connection: nothing holds the drain")
}

// TestDrainKeepsAnIdleConnectionForTheClient: a client's kept-alive
// connection, idle when the drain begins, stays open past DrainQuiet; the
// POST the client then sends on it is answered, with "Connection: close",
// and the drain ends once the client has closed it. Fails before the fix
// (issue 14): the drain closed the connection once no request had come for
// DrainQuiet, and the POST failed (here: the listener is closed, so the
// client's redial is refused; in a hot swap the close could cross the
// request and fail it with EOF).
func TestDrainKeepsAnIdleConnectionForTheClient(t *testing.T) {
	grace := DrainIdleGrace
	DrainIdleGrace = time.Minute // only the client's close may end the drain here
	t.Cleanup(func() { DrainIdleGrace = grace })

	srv := &http.Server{Handler: answerOK}
	d := NewDrainer(srv)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
	url := "http://" + ln.Addr().String() + "/"
	post := func(reused *bool) *http.Response {
		t.Helper()
		trace := &httptrace.ClientTrace{GotConn: func(i httptrace.GotConnInfo) { *reused = i.Reused }}
		req, err := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace), http.MethodPost, url, strings.NewReader("x"))
		require.NoError(t, err)
		res, err := client.Do(req)
		require.NoError(t, err)
		body, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		require.NoError(t, res.Body.Close())
		require.Equal(t, "ok", string(body))
		return res
	}
	var reused bool
	require.False(t, post(&reused).Close, "before the drain the connection is kept alive")

	drained := make(chan error, 1)
	go func() { drained <- d.Drain(context.Background(), []net.Listener{ln}) }()
	// Until the connection has been idle well past DrainQuiet (the old
	// rule's moment to close it), or the drain ended.
	var ended error
	require.Eventually(t, func() bool {
		select {
		case err := <-drained:
			ended = fmt.Errorf("the drain ended (%v) while the client kept its connection", err)
			return true
		default:
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		for _, s := range d.open {
			return s.state == http.StateIdle && time.Since(s.since) > 4*DrainQuiet
		}
		return false
	}, time.Minute, 10*time.Millisecond)
	require.NoError(t, ended)

	res := post(&reused)
	require.True(t, reused, "the client sent on its kept-alive connection")
	require.True(t, res.Close, "a request during a drain is answered with Connection: close")
	select {
	case err := <-drained:
		require.NoError(t, err)
	case <-time.After(time.Minute):
		t.Fatal("the drain did not end once the client closed its connection")
	}
}

// TestDrainEndsAtItsDeadlineUnderAWithholdingClient is the attacker's test
// of the per-connection rule: a client that sends a request's headers and
// withholds its body keeps the connection active, which holds the drain,
// but only until the drain's context ends; Drain then returns the
// context's error (the host kills the process after it), so one client
// cannot keep an old process, and the clients queued for the new one,
// waiting.
func TestDrainEndsAtItsDeadlineUnderAWithholdingClient(t *testing.T) {
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body) // blocks: the body never comes
	})}
	d := NewDrainer(srv)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	conn, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	_, err = io.WriteString(conn, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nx")
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		d.mu.Lock()
		defer d.mu.Unlock()
		for _, s := range d.open {
			return s.state == http.StateActive
		}
		return false
	}, time.Minute, 10*time.Millisecond, "the withheld request is being answered")

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err = d.Drain(ctx, []net.Listener{ln})
	require.ErrorIs(t, err, context.DeadlineExceeded, "the drain gives up at its deadline, not when the client lets it")
	require.False(t, d.settled(time.Now(), DrainIdleGrace), "the withholding client still held it")
}

// heldAccept returns each connection its Accept got only once release is
// closed: a Serve goroutine the scheduler set aside between the kernel's
// accept and net/http taking the connection, as a loaded machine (or the
// race detector) does.
type heldAccept struct {
	net.Listener
	got     chan struct{} // closed when Accept has a connection in hand
	release chan struct{}
}

func (l *heldAccept) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return c, err
	}
	select {
	case <-l.got:
	default:
		close(l.got)
	}
	<-l.release
	return c, nil
}

// TestDrainWaitsForAConnectionAcceptedBeforeTheClose: a client connected
// and sent its request; the module's Accept had the connection in hand when
// Drain closed the listener, but the server had not taken it yet. The
// drain must wait for it and the request must be answered. Before the
// kit counted accepts, Drain saw no connection, shut the server down, and
// net/http dropped the request it then read: the client got EOF on a fresh
// connection (plugins/host's swap stress test, once under -race in CI).
func TestDrainWaitsForAConnectionAcceptedBeforeTheClose(t *testing.T) {
	srv := &http.Server{Handler: answerOK}
	d := NewDrainer(srv)
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	held := &heldAccept{Listener: raw, got: make(chan struct{}), release: make(chan struct{})}
	ln := &countedListener{Listener: held}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })

	answered := make(chan error, 1)
	go func() {
		client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
		res, err := client.Post("http://"+raw.Addr().String()+"/", "text/plain", strings.NewReader("x"))
		if err == nil {
			var body []byte
			body, err = io.ReadAll(res.Body)
			_ = res.Body.Close()
			if err == nil && string(body) != "ok" {
				err = fmt.Errorf("answer %q", body)
			}
		}
		answered <- err
	}()
	<-held.got

	drained := make(chan error, 1)
	go func() { drained <- d.Drain(context.Background(), []net.Listener{ln}) }()
	select {
	case err := <-drained:
		t.Fatalf("the drain ended (%v) with a connection still in the server's Accept", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(held.release)
	require.NoError(t, <-answered, "the request on the connection accepted before the close")
	require.NoError(t, <-drained)
}

// answerOK reads a request's body and answers "ok".
var answerOK = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	_, _ = io.WriteString(w, "ok")
})
