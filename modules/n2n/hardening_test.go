package n2n

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"encoding/binary"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// dialFramed opens a framed connection to addr presenting k's certificate.
func dialFramed(t *testing.T, addr string, k ed25519.PrivateKey) *tls.Conn {
	t.Helper()
	cert, err := nodeCert(k)
	require.NoError(t, err)
	cfg := ClientTLS(nil)
	cfg.Certificates = []tls.Certificate{cert}
	cfg.NextProtos = []string{ALPN}
	c, err := tls.Dial("tcp", addr, cfg)
	require.NoError(t, err)
	require.Equal(t, ALPN, c.ConnectionState().NegotiatedProtocol)
	t.Cleanup(func() { c.Close() })
	return c
}

// claimHead is a request frame's header and path claiming a body of n
// bytes that never follows.
func claimHead(n uint32) []byte {
	f := requestFrame(1, "/x", nil)
	binary.BigEndian.PutUint32(f[6:], n)
	return f
}

// goroutines counts them as require.Eventually's condition sees them (it
// runs on a goroutine of its own), so that counts can be compared.
func goroutines(t *testing.T) int {
	t.Helper()
	var n int
	require.Eventually(t, func() bool { n = runtime.NumGoroutine(); return true }, time.Second, time.Millisecond)
	return n
}

func heapAlloc() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestFramedHeaderClaim16MiB_RefusedBeforeAllocation: 100 framed
// connections each send a header claiming a 16 MiB body and nothing more.
// Throwaway certificates are refused before any frame is read; an active
// node's claims cost memory only as bytes arrive.
//
// fails on a96bbb3: any certificate is served and each header allocates
// its 16 MiB at once (HeapAlloc grows by ~1.6 GB).
func TestFramedHeaderClaim16MiB_RefusedBeforeAllocation(t *testing.T) {
	node := key(1)
	cases := []struct {
		name   string
		caller func(i int) ed25519.PrivateKey
	}{
		{"throwaway certificates", func(int) ed25519.PrivateKey {
			_, k, err := ed25519.GenerateKey(rand.Reader)
			require.NoError(t, err)
			return k
		}},
		{"an active node", func(int) ed25519.PrivateKey { return node }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			addr, _, conns := serveFramedCfg(t, key(2), http.NotFoundHandler(), FramedConfig{IsNode: onlyNodes(node)})
			before := heapAlloc()
			var cs []*tls.Conn
			for i := range 100 {
				c := dialFramed(t, addr, tc.caller(i))
				_, err := c.Write(claimHead(MaxBody))
				require.NoError(t, err)
				cs = append(cs, c)
			}
			// Wait until the server has seen every claim: a stranger
			// gets its refusal; a node's claim is held against its
			// connection's bound.
			if tc.name == "throwaway certificates" {
				for _, c := range cs {
					require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
					id, status, _, err := readAnswerFrame(bufio.NewReader(c))
					require.NoError(t, err)
					require.Equal(t, uint32(0), id)
					require.Equal(t, http.StatusUnauthorized, status)
				}
			} else {
				require.Eventually(t, func() bool { return conns.held() == 100*MaxBody }, 10*time.Second, 10*time.Millisecond)
			}
			grown := int64(heapAlloc()) - int64(before)
			require.Less(t, grown, int64(64<<20), "heap grew by %d MiB for 100 claims of 16 MiB", grown>>20)
		})
	}
}

// TestFramedDeadlines_CutOff: a framed caller (an active node) that never
// reads its answers, stops in the middle of a frame, or sends nothing, is
// cut off, and the server's goroutines return to their baseline.
//
// fails on a96bbb3: net/http clears the connection's deadlines before
// handing it to the framed protocol, so the writer blocks in Flush and the
// reader in ReadFull forever.
func TestFramedDeadlines_CutOff(t *testing.T) {
	big := make([]byte, 256<<10)
	cases := []struct {
		name string
		send func(t *testing.T, c *tls.Conn)
	}{
		{"never reads its answers", func(t *testing.T, c *tls.Conn) {
			for i := range 200 {
				if _, err := c.Write(requestFrame(uint32(i+1), "/big", nil)); err != nil {
					return // cut off already, while still sending
				}
			}
		}},
		{"stops in the middle of a frame", func(t *testing.T, c *tls.Conn) {
			_, err := c.Write(append(claimHead(1000), "part of a body"...))
			require.NoError(t, err)
		}},
		{"sends nothing", func(*testing.T, *tls.Conn) {}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := goroutines(t)
			fc := FramedConfig{IsNode: onlyNodes(key(1)), Idle: 300 * time.Millisecond, FrameTimeout: 300 * time.Millisecond, WriteTimeout: 300 * time.Millisecond}
			addr, srv, conns := serveFramedCfg(t, key(2), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(big) }), fc)
			baseline := goroutines(t)
			c := dialFramed(t, addr, key(1))
			require.Eventually(t, func() bool { return conns.count() == 1 }, 10*time.Second, 10*time.Millisecond)
			tc.send(t, c)
			require.Eventually(t, func() bool { return conns.count() == 0 && runtime.NumGoroutine() <= baseline }, 10*time.Second, 10*time.Millisecond,
				"goroutines: %d, baseline %d", runtime.NumGoroutine(), baseline)
			// The next case counts from a clean slate.
			require.NoError(t, srv.Close())
			require.Eventually(t, func() bool { return runtime.NumGoroutine() <= before }, 10*time.Second, 10*time.Millisecond)
		})
	}
}

// A caller that waits for a slow answer may stay quiet past the idle time:
// the connection is idle only when nothing is owed.
func TestFramedIdleWaitsForAnswersOwed(t *testing.T) {
	fc := FramedConfig{IsNode: onlyNodes(key(1)), Idle: 50 * time.Millisecond}
	addr, _, _ := serveFramedCfg(t, key(2), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(500 * time.Millisecond) // ten idle times
		w.Write([]byte("late"))
	}), fc)
	c := dialFramed(t, addr, key(1))
	_, err := c.Write(requestFrame(1, "/slow", nil))
	require.NoError(t, err)
	require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
	id, status, body, err := readAnswerFrame(bufio.NewReader(c))
	require.NoError(t, err)
	require.Equal(t, uint32(1), id)
	require.Equal(t, http.StatusOK, status)
	require.Equal(t, "late", string(body))
}

// A connection's reads of bodies stop at its bound until answers are
// written: a node's claims past it are not even read.
func TestFramedBufferedBound(t *testing.T) {
	fc := FramedConfig{IsNode: onlyNodes(key(1)), MaxBuffered: MaxBody + maxPath}
	addr, _, conns := serveFramedCfg(t, key(2), http.NotFoundHandler(), fc)
	c := dialFramed(t, addr, key(1))
	for range 3 {
		_, err := c.Write(claimHead(MaxBody))
		require.NoError(t, err)
	}
	require.Eventually(t, func() bool { return conns.held() == MaxBody }, 10*time.Second, 10*time.Millisecond)
	require.Never(t, func() bool { return conns.held() > MaxBody }, 200*time.Millisecond, 10*time.Millisecond)
}

// halfOpenServer accepts framed connections; the first one completes TLS
// and is then never read nor answered (a peer whose process hangs, or a
// path that drops packets); later ones are served.
func halfOpenServer(t *testing.T, k ed25519.PrivateKey, h http.Handler) (addr string, accepted *atomic.Int32) {
	t.Helper()
	cfg, err := ServerTLS(k)
	require.NoError(t, err)
	cfg.NextProtos = []string{ALPN}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	accepted = &atomic.Int32{}
	go func() {
		for {
			nc, err := ln.Accept()
			if err != nil {
				return
			}
			c := nc.(*tls.Conn)
			t.Cleanup(func() { c.Close() })
			if accepted.Add(1) == 1 {
				_ = c.Handshake() // then silence
				continue
			}
			go serveConn(c, h)
		}
	}()
	return ln.Addr().String(), accepted
}

// serveConn serves one framed connection from key(1) with the defaults.
func serveConn(c *tls.Conn, h http.Handler) {
	if err := c.Handshake(); err != nil {
		return
	}
	fc := FramedConfig{IsNode: onlyNodes(key(1))}.withDefaults()
	newFramedConn(c, h, fc, key(1).Public().(ed25519.PublicKey), &framedConns{open: map[*tls.Conn]*framedConn{}}).serve()
}

// TestMuxHalfOpenPeer_DeclaredDeadAndRedialed: a framed connection whose
// peer stopped answering is declared dead while a request waits on it;
// the request goes again on a new connection, which answers. A peer that
// is only slow keeps its connection: it answers the pings.
//
// fails on a96bbb3: the dead connection stays alive(); the request (and
// every later one) waits out the client's timeout.
func TestMuxHalfOpenPeer_DeclaredDeadAndRedialed(t *testing.T) {
	a, b := key(1), key(2)
	bPub := b.Public().(ed25519.PublicKey)
	quick := keepalive{pingAfter: 50 * time.Millisecond, deadAfter: 200 * time.Millisecond}
	t.Run("half-open", func(t *testing.T) {
		addr, accepted := halfOpenServer(t, b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
		c := NewClient(a, 10*time.Second)
		c.keepalive = quick
		defer c.Close()
		for i := range 2 {
			code, out, err := c.Post(context.Background(), bPub, addr, "/x", nil)
			require.NoError(t, err, "request %d", i)
			require.Equal(t, http.StatusOK, code)
			require.Equal(t, "ok", string(out))
		}
		require.Equal(t, int32(2), accepted.Load(), "one dead connection, one redialed")
	})
	t.Run("slow but alive", func(t *testing.T) {
		var conns atomic.Int32
		addr, _ := serveFramedWith(t, b, func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(time.Second) // many times pingAfter + deadAfter
			w.Write([]byte("ok"))
		}, func(_ net.Conn, s http.ConnState) {
			if s == http.StateNew {
				conns.Add(1)
			}
		})
		c := NewClient(a, 10*time.Second)
		c.keepalive = quick
		defer c.Close()
		_, out, err := c.Post(context.Background(), bPub, addr, "/slow", nil)
		require.NoError(t, err)
		require.Equal(t, "ok", string(out))
		require.Equal(t, int32(1), conns.Load(), "the pinged connection stayed")
	})
}

// TestNewServer_HTTPTimeouts: the HTTP side bounds how long a request may
// take to arrive, to be answered, and a kept-alive connection may idle;
// the answer's time covers the body and the longest handler (60 s).
//
// fails on a96bbb3: only ReadHeaderTimeout is set.
func TestNewServer_HTTPTimeouts(t *testing.T) {
	srv, err := NewServer(key(2), http.NotFoundHandler(), onlyNodes(key(1)))
	require.NoError(t, err)
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		require.Positive(t, d, name)
	}
	require.Greater(t, srv.WriteTimeout, srv.ReadTimeout+time.Minute)
}

// Without an IsNode, the framed protocol is not offered: nodes are served
// over HTTP/1.1, where the handlers check the sender.
func TestFramedNotOfferedWithoutIsNode(t *testing.T) {
	addr, _, conns := serveFramedCfg(t, key(2), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }), FramedConfig{})
	require.Nil(t, conns)
	cert, err := nodeCert(key(1))
	require.NoError(t, err)
	cfg := ClientTLS(nil)
	cfg.Certificates = []tls.Certificate{cert}
	cfg.NextProtos = []string{ALPN, "http/1.1"}
	c, err := tls.Dial("tcp", addr, cfg)
	require.NoError(t, err)
	defer c.Close()
	require.NotEqual(t, ALPN, c.ConnectionState().NegotiatedProtocol)

	cl := NewClient(key(1), 5*time.Second)
	defer cl.Close()
	_, out, err := cl.Post(context.Background(), key(2).Public().(ed25519.PublicKey), addr, "/x", nil)
	require.NoError(t, err)
	require.Equal(t, "ok", string(out))
}

// Admit refuses from the header alone what Verify would refuse for the
// sender; the signature itself waits for the body.
func TestAdmitFromHeaderAlone(t *testing.T) {
	node, stranger := key(1), key(3)
	now := time.Now()
	signed := func(k ed25519.PrivateKey, at time.Time) *http.Request {
		r, err := http.NewRequest(http.MethodPost, "https://x/n2n/onion", nil)
		require.NoError(t, err)
		Sign(r, []byte("body"), k, at)
		return r
	}
	unsigned, err := http.NewRequest(http.MethodPost, "https://x/n2n/onion", nil)
	require.NoError(t, err)
	cases := []struct {
		name string
		req  *http.Request
		want error
	}{
		{"a node's signature", signed(node, now), nil},
		{"a stranger's signature", signed(stranger, now), ErrNotANode},
		{"stale", signed(node, now.Add(-2*MaxSkew)), ErrStale},
		{"unsigned", unsigned, ErrUnsigned},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Admit(tc.req, now, onlyNodes(node))
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// A caller the framed protocol refuses (not an active node in the
// server's view) is served over HTTP/1.1 as any caller would be: an
// endpoint open to everyone (storage's client RPC) still answers it.
func TestFramedRefusedCallerFallsBackToHTTP(t *testing.T) {
	var framed atomic.Int32
	fc := FramedConfig{IsNode: onlyNodes(key(1))}
	addr, _, _ := serveFramedCfg(t, key(2), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS.NegotiatedProtocol == ALPN {
			framed.Add(1)
		}
		w.Write([]byte("open to all"))
	}), fc)
	c := NewClient(key(3), 5*time.Second)
	defer c.Close()
	for range 2 {
		code, out, err := c.Post(context.Background(), key(2).Public().(ed25519.PublicKey), addr, "/rpc", nil)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, code)
		require.Equal(t, "open to all", string(out))
	}
	require.Zero(t, framed.Load())
}
