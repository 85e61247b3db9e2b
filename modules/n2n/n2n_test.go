package n2n

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"io"
	"net"
	"net/http"
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
