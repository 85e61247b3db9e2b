package n2n

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func key(seed byte) ed25519.PrivateKey { return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32)) }

// serve runs an HTTPS echo that accepts only senders in members.
func serve(t *testing.T, k ed25519.PrivateKey, members ...ed25519.PublicKey) string {
	t.Helper()
	cfg, err := ServerTLS(k)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{TLSConfig: cfg, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		from, err := Verify(r, body, time.Now(), func(p ed25519.PublicKey) bool {
			for _, m := range members {
				if bytes.Equal(m, p) {
					return true
				}
			}
			return false
		})
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		w.Write(append(append([]byte{}, from[:1]...), body...))
	})}
	go srv.ServeTLS(ln, "", "")
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

func TestSignedRequestsBetweenNodes(t *testing.T) {
	a, b, stranger := key(1), key(2), key(3)
	addr := serve(t, b, a.Public().(ed25519.PublicKey))
	bPub := b.Public().(ed25519.PublicKey)

	c := NewClient(a, 5*time.Second)
	defer c.Close()
	code, out, err := c.Post(context.Background(), bPub, addr, "/n2n/x", []byte("hi"))
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, append([]byte{a.Public().(ed25519.PublicKey)[0]}, "hi"...), out)

	// A node not in the receiver's view is refused.
	code, out, err = NewClient(stranger, 5*time.Second).Post(context.Background(), bPub, addr, "/n2n/x", nil)
	require.NoError(t, err)
	require.Equal(t, http.StatusUnauthorized, code)
	require.Contains(t, string(out), ErrNotANode.Error())

	// The sender refuses a server that is not the node it meant.
	_, _, err = c.Post(context.Background(), stranger.Public().(ed25519.PublicKey), addr, "/n2n/x", nil)
	require.ErrorContains(t, err, ErrWrongNode.Error())
}

func TestVerifyRefusesBadRequests(t *testing.T) {
	a := key(1)
	anyNode := func(ed25519.PublicKey) bool { return true }
	now := time.Now()
	mk := func(edit func(r *http.Request)) *http.Request {
		r, _ := http.NewRequest(http.MethodPost, "https://x/n2n/store", nil)
		Sign(r, []byte("body"), a, now)
		edit(r)
		return r
	}
	cases := []struct {
		name string
		req  *http.Request
		body string
		at   time.Time
		want error
	}{
		{"unsigned", mk(func(r *http.Request) { r.Header.Del(HeaderSig) }), "body", now, ErrUnsigned},
		{"other body", mk(func(*http.Request) {}), "b0dy", now, ErrBadSig},
		{"other path", mk(func(r *http.Request) { r.URL.Path = "/n2n/delete" }), "body", now, ErrBadSig},
		{"bad key hex", mk(func(r *http.Request) { r.Header.Set(HeaderNode, "zz") }), "body", now, ErrBadNodeKey},
		{"short key", mk(func(r *http.Request) { r.Header.Set(HeaderNode, "abcd") }), "body", now, ErrBadNodeKey},
		{"bad time", mk(func(r *http.Request) { r.Header.Set(HeaderTime, "soon") }), "body", now, ErrBadTimeStmp},
		{"garbage sig", mk(func(r *http.Request) { r.Header.Set(HeaderSig, "00") }), "body", now, ErrBadSig},
		{"stale", mk(func(*http.Request) {}), "body", now.Add(61 * time.Second), ErrStale},
		{"future", mk(func(*http.Request) {}), "body", now.Add(-61 * time.Second), ErrStale},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(tc.req, []byte(tc.body), tc.at, anyNode)
			require.ErrorIs(t, err, tc.want)
		})
	}
	_, err := Verify(mk(func(*http.Request) {}), []byte("body"), now, anyNode)
	require.NoError(t, err)
}

// Without a client certificate, the sender must sign: a signed request is
// accepted, an unsigned one refused.
func TestRequestsWithoutClientCertificate(t *testing.T) {
	a, b := key(1), key(2)
	addr := serve(t, b, a.Public().(ed25519.PublicKey))
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ClientTLS(b.Public().(ed25519.PublicKey))}}
	for _, signed := range []bool{true, false} {
		req, err := http.NewRequest(http.MethodPost, "https://"+addr+"/n2n/x", bytes.NewReader([]byte("hi")))
		require.NoError(t, err)
		if signed {
			Sign(req, []byte("hi"), a, time.Now())
		}
		res, err := hc.Do(req)
		require.NoError(t, err)
		out, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if signed {
			require.Equal(t, http.StatusOK, res.StatusCode, "%s", out)
		} else {
			require.Equal(t, http.StatusUnauthorized, res.StatusCode)
			require.Contains(t, string(out), ErrUnsigned.Error())
		}
	}
}

// serveWith runs an HTTPS server with the node certificate of k and handler h.
func serveWith(t *testing.T, k ed25519.PrivateKey, idle time.Duration, h http.HandlerFunc) string {
	t.Helper()
	cfg, err := ServerTLS(k)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{TLSConfig: cfg, Handler: h, IdleTimeout: idle}
	go srv.ServeTLS(ln, "", "")
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// A kept-alive connection the peer closed while idle is replaced without
// the caller noticing; an answer that closes the connection is still an
// answer; a peer that does not answer in time is a deadline error.
func TestDirectPostConnections(t *testing.T) {
	a, b := key(1), key(2)
	bPub := b.Public().(ed25519.PublicKey)
	echo := func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if string(body) == "close" {
			w.Header().Set("Connection", "close")
		}
		w.Write(body)
	}
	addr := serveWith(t, b, 50*time.Millisecond, echo)
	c := NewClient(a, 2*time.Second)
	defer c.Close()
	for _, msg := range []string{"one", "close", "two"} {
		code, out, err := c.Post(context.Background(), bPub, addr, "/x", []byte(msg))
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, code)
		require.Equal(t, msg, string(out))
	}
	time.Sleep(200 * time.Millisecond) // the server drops the idle connection
	_, out, err := c.Post(context.Background(), bPub, addr, "/x", []byte("after idle"))
	require.NoError(t, err)
	require.Equal(t, "after idle", string(out))

	slow := serveWith(t, b, time.Minute, func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Second)
	})
	_, _, err = NewClient(a, 100*time.Millisecond).Post(context.Background(), bPub, slow, "/x", nil)
	require.ErrorIs(t, err, context.DeadlineExceeded)

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, _, err = NewClient(a, 5*time.Second).Post(ctx, bPub, slow, "/x", nil)
	require.ErrorIs(t, err, context.Canceled)
}

// serveFramedWith is serveWith with the framed protocol enabled for key(1),
// the calling node of these tests, as the relay and storage modules serve.
func serveFramedWith(t *testing.T, k ed25519.PrivateKey, h http.HandlerFunc, connState ...func(net.Conn, http.ConnState)) (string, *http.Server) {
	t.Helper()
	addr, srv, _ := serveFramedCfg(t, k, h, FramedConfig{IsNode: onlyNodes(key(1))}, connState...)
	return addr, srv
}

// serveFramedCfg serves h with the framed protocol configured by fc; it
// returns the server's framed connections too.
func serveFramedCfg(t *testing.T, k ed25519.PrivateKey, h http.Handler, fc FramedConfig, connState ...func(net.Conn, http.ConnState)) (string, *http.Server, *framedConns) {
	t.Helper()
	cfg, err := ServerTLS(k)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{Handler: h}
	if len(connState) > 0 {
		srv.ConnState = connState[0]
	}
	conns := enableFramed(srv, cfg, fc)
	go srv.Serve(tls.NewListener(ln, cfg))
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), srv, conns
}

// onlyNodes accepts the keys of ks as active nodes.
func onlyNodes(ks ...ed25519.PrivateKey) func(ed25519.PublicKey) bool {
	return func(p ed25519.PublicKey) bool {
		for _, k := range ks {
			if p.Equal(k.Public()) {
				return true
			}
		}
		return false
	}
}

// Over the framed protocol, many requests at once on one connection each
// get their own answer, and the handler sees the caller's node key as over
// HTTP; HTTP clients are still served on the same port.
func TestFramedRequests(t *testing.T) {
	a, b := key(1), key(2)
	aPub, bPub := a.Public().(ed25519.PublicKey), b.Public().(ed25519.PublicKey)
	var conns atomic.Int32
	addr, _ := serveFramedWith(t, b, func(w http.ResponseWriter, r *http.Request) {
		from, err := Verify(r, nil, time.Now(), func(k ed25519.PublicKey) bool { return bytes.Equal(k, aPub) })
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusAccepted)
		w.Write(append([]byte(r.URL.Path+":"+hex.EncodeToString(from[:2])+":"), body...))
	}, func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	})
	c := NewClient(a, 5*time.Second)
	defer c.Close()
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			msg := fmt.Sprintf("request %d", i)
			code, out, err := c.Post(context.Background(), bPub, addr, "/p", []byte(msg))
			require.NoError(t, err)
			require.Equal(t, http.StatusAccepted, code)
			require.Equal(t, "/p:"+hex.EncodeToString(aPub[:2])+":"+msg, string(out))
		})
	}
	wg.Wait()
	require.Equal(t, int32(1), conns.Load(), "one framed connection carried them all")

	// A stranger's certificate is refused, as over HTTP (there by the
	// handler, here by the framed protocol, before any frame is read).
	code, out, err := NewClient(key(3), 5*time.Second).Post(context.Background(), bPub, addr, "/p", nil)
	require.NoError(t, err)
	require.Equal(t, http.StatusUnauthorized, code)
	require.Contains(t, string(out), ErrNotANode.Error())

	// A plain HTTPS client on the same port.
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ClientTLS(bPub)}}
	res, err := hc.Post("https://"+addr+"/p", "text/plain", nil)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusUnauthorized, res.StatusCode)
}

// Shutdown drains a framed connection: the request in flight is answered,
// and the server stops without waiting for its deadline.
func TestFramedShutdownDrains(t *testing.T) {
	a, b := key(1), key(2)
	bPub := b.Public().(ed25519.PublicKey)
	started := make(chan struct{}, 1)
	addr, srv := serveFramedWith(t, b, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			started <- struct{}{}
			time.Sleep(200 * time.Millisecond)
		}
		w.Write([]byte("done"))
	})
	c := NewClient(a, 5*time.Second)
	defer c.Close()
	_, _, err := c.Post(context.Background(), bPub, addr, "/warm", nil)
	require.NoError(t, err)
	answered := make(chan error, 1)
	go func() {
		_, out, err := c.Post(context.Background(), bPub, addr, "/slow", nil)
		if err == nil && string(out) != "done" {
			err = fmt.Errorf("answer %q", out)
		}
		answered <- err
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, srv.Shutdown(ctx), "shutdown waited for its deadline")
	require.NoError(t, <-answered)
}

// TestFramedDrainKeepsInFlightRequests: a drain stops the reading of new
// frames but must let the requests already read run to their end: it
// cancelled their context, so a relay being hot-swapped failed the onion
// requests it was forwarding (502 next node unreachable, 504 storage timed
// out). Fails before the fix (the handler saw its context cancelled).
func TestFramedDrainKeepsInFlightRequests(t *testing.T) {
	a, b := key(1), key(2)
	bPub := b.Public().(ed25519.PublicKey)
	started, release := make(chan struct{}, 1), make(chan struct{})
	addr, srv, conns := serveFramedCfg(t, b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/forward" {
			started <- struct{}{}
			select {
			case <-release:
			case <-r.Context().Done():
				http.Error(w, "cancelled by the drain", http.StatusGatewayTimeout)
				return
			}
		}
		w.Write([]byte("done"))
	}), FramedConfig{IsNode: onlyNodes(a)})
	c := NewClient(a, 10*time.Second)
	defer c.Close()
	answered := make(chan string, 1)
	go func() {
		code, out, err := c.Post(context.Background(), bPub, addr, "/forward", nil)
		answered <- fmt.Sprintf("%d %s %v", code, out, err)
	}()
	<-started
	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		shut <- srv.Shutdown(ctx)
	}()
	require.Eventually(t, conns.draining.Load, 5*time.Second, 5*time.Millisecond)
	time.Sleep(200 * time.Millisecond) // the reader has stopped: a cancel would have reached the handler
	close(release)
	require.Equal(t, "200 done <nil>", <-answered)
	require.NoError(t, <-shut)
}

// Only nodes speak the framed protocol: a connection without a client
// certificate gets the refusal (id 0, 401) and is closed; its frame is not
// answered.
func TestFramedNeedsANodeCertificate(t *testing.T) {
	b := key(2)
	bPub := b.Public().(ed25519.PublicKey)
	addr, _ := serveFramedWith(t, b, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("answer")) })
	cfg := ClientTLS(bPub)
	cfg.NextProtos = []string{ALPN}
	c, err := tls.Dial("tcp", addr, cfg)
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, ALPN, c.ConnectionState().NegotiatedProtocol)
	_, err = c.Write(requestFrame(1, "/x", nil))
	require.NoError(t, err)
	require.NoError(t, c.SetReadDeadline(time.Now().Add(5*time.Second)))
	br := bufio.NewReader(c)
	id, status, body, err := readAnswerFrame(br)
	require.NoError(t, err)
	require.Equal(t, uint32(0), id)
	require.Equal(t, http.StatusUnauthorized, status)
	require.Equal(t, errNoCert.Error(), string(body))
	_, _, _, err = readAnswerFrame(br)
	require.Error(t, err)
	require.NotErrorIs(t, err, os.ErrDeadlineExceeded, "the server should close, not hang")
}
