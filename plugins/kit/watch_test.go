package kit

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// unreadBytes sees what a peer sent before the reader reads it, and
// nothing once it is read or when the peer only closed.
func TestUnreadBytes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	client, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	server, err := ln.Accept()
	require.NoError(t, err)
	defer server.Close()

	require.False(t, unreadBytes(server), "nothing sent yet")
	_, err = client.Write([]byte("GET"))
	require.NoError(t, err)
	require.Eventually(t, func() bool { return unreadBytes(server) }, 5*time.Second, time.Millisecond)
	buf := make([]byte, 3)
	_, err = io.ReadFull(server, buf)
	require.NoError(t, err)
	require.False(t, unreadBytes(server), "read: nothing left")
	require.NoError(t, client.Close())
	time.Sleep(50 * time.Millisecond)
	require.False(t, unreadBytes(server), "the end of the stream is no bytes")
}

// lateListener's connections hand the server each read's bytes late, after
// they left the kernel: net/http's goroutine scheduled late on a loaded
// machine, as plugins/host's testplugin does with read_delay_ms.
type lateListener struct {
	net.Listener
	delay time.Duration
}

func (l lateListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return lateConn{c, l.delay}, nil
}

type lateConn struct {
	net.Conn
	delay time.Duration
}

func (c lateConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		time.Sleep(c.delay)
	}
	return n, err
}

// TestDrainKeepsAnIdleConnectionWhoseNextRequestCame: a kept-alive
// connection, idle to net/http past the grace, on which the client has just
// sent its next request; the server read the bytes but has not parsed them
// (net/http still says idle). The drain must not close it under the
// request: the request is answered (with Connection: close) and the drain
// then ends. Before the kit watched its connections, Drain shut the server
// down at once and the client got EOF (plugins/host's swap stress test,
// under -race in CI: "reused idle connection closed under a written
// request", idle 1.94 s against the 2 s grace).
func TestDrainKeepsAnIdleConnectionWhoseNextRequestCame(t *testing.T) {
	grace := DrainIdleGrace
	DrainIdleGrace = 50 * time.Millisecond
	t.Cleanup(func() { DrainIdleGrace = grace })

	srv := &http.Server{Handler: answerOK}
	d := NewDrainer(srv)
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ln := &countedListener{Listener: raw}
	go func() { _ = srv.Serve(lateListener{ln, 400 * time.Millisecond}) }()
	t.Cleanup(func() { _ = srv.Close() })

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
	url := "http://" + raw.Addr().String() + "/"
	post := func() (res *http.Response, reused bool, err error) {
		trace := &httptrace.ClientTrace{GotConn: func(i httptrace.GotConnInfo) { reused = i.Reused }}
		req, err := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace), http.MethodPost, url, strings.NewReader("x"))
		require.NoError(t, err)
		res, err = client.Do(req)
		if err == nil {
			var body []byte
			body, err = io.ReadAll(res.Body)
			_ = res.Body.Close()
			if err == nil && string(body) != "ok" {
				err = io.ErrUnexpectedEOF
			}
		}
		return res, reused, err
	}
	_, _, err = post()
	require.NoError(t, err)
	time.Sleep(3 * DrainIdleGrace) // idle to net/http past the grace

	type answer struct {
		res    *http.Response
		reused bool
		err    error
	}
	second := make(chan answer, 1)
	go func() {
		res, reused, err := post()
		second <- answer{res, reused, err}
	}()
	// The server has read the request's bytes (and sleeps on them).
	c, st := onlyConn(t, d)
	require.Equal(t, http.StateIdle, st.state)
	w := ln.conns.find(c)
	require.NotNil(t, w, "the kit watches the connection")
	require.Eventually(t, func() bool { return w.busySince(st.since) }, 5*time.Second, time.Millisecond)
	_, st = onlyConn(t, d)
	require.Equal(t, http.StateIdle, st.state, "net/http has not parsed the request yet")

	drained := make(chan error, 1)
	go func() { drained <- d.Drain(context.Background(), []net.Listener{ln}) }()
	got := <-second
	require.NoError(t, got.err, "the request sent on the idle connection")
	require.True(t, got.reused, "the client sent on its kept-alive connection")
	require.True(t, got.res.Close, "a request during a drain is answered with Connection: close")
	require.NoError(t, <-drained)
}

// onlyConn is the one connection d knows, and its state.
func onlyConn(t *testing.T, d *Drainer) (net.Conn, connState) {
	t.Helper()
	d.mu.Lock()
	defer d.mu.Unlock()
	require.Len(t, d.open, 1)
	for c, s := range d.open {
		return c, s
	}
	return nil, connState{}
}

// TestDrainEndsAtItsDeadlineUnderAPartRequestOnAnIdleConnection is the
// attacker's test of the watched-connection rule: a client answered once
// on a kept-alive connection, idle past the grace, then sends the first
// bytes of a next request and withholds the rest. net/http still calls the
// connection idle; the bytes make it busy, which holds the drain, but only
// until the drain's context ends: then the server closes the connection.
func TestDrainEndsAtItsDeadlineUnderAPartRequestOnAnIdleConnection(t *testing.T) {
	grace := DrainIdleGrace
	DrainIdleGrace = 50 * time.Millisecond
	t.Cleanup(func() { DrainIdleGrace = grace })

	srv := &http.Server{Handler: answerOK}
	d := NewDrainer(srv)
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ln := &countedListener{Listener: raw}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	conn, err := net.Dial("tcp", raw.Addr().String())
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	_, err = io.WriteString(conn, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx")
	require.NoError(t, err)
	answer := make([]byte, 512)
	_, err = conn.Read(answer)
	require.NoError(t, err)
	time.Sleep(3 * DrainIdleGrace) // idle past the grace
	_, err = io.WriteString(conn, "POST / HT")
	require.NoError(t, err)
	c, st := onlyConn(t, d)
	w := ln.conns.find(c)
	require.NotNil(t, w)
	require.Eventually(t, func() bool { return w.busySince(st.since) }, 5*time.Second, time.Millisecond)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	drained := make(chan error, 1)
	go func() { drained <- d.Drain(ctx, []net.Listener{ln}) }()
	require.Eventually(t, func() bool {
		d.mu.Lock()
		defer d.mu.Unlock()
		return len(d.watch) == 1
	}, 5*time.Second, time.Millisecond, "the drain began")
	require.False(t, d.settled(time.Now(), DrainIdleGrace), "the part request holds the drain")
	_, st = onlyConn(t, d)
	require.Equal(t, http.StateIdle, st.state, "net/http never saw a request")
	select {
	case err := <-drained:
		t.Fatalf("the drain ended (%v) while the part request held it", err)
	default:
	}
	cancel() // the drain's deadline
	<-drained
	_, err = conn.Read(answer)
	require.ErrorIs(t, err, io.EOF, "the server closed the withholding client's connection")
}
