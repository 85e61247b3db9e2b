package relay

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
)

// testNet is n relays on loopback HTTPS, each knowing all the others;
// their storage echoes the request it was handed.
type testNet struct {
	keys     []ed25519.PrivateKey
	addrs    []string
	view     *netview.View
	handlers []*Handler // tests may change them before the first request
}

func startNet(t testing.TB, n int) *testNet {
	t.Helper()
	tn := &testNet{}
	lns := make([]net.Listener, n)
	for i := range n {
		tn.keys = append(tn.keys, ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32)))
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		lns[i] = ln
		tn.addrs = append(tn.addrs, ln.Addr().String())
	}
	var nodes []string
	for i, k := range tn.keys {
		nodes = append(nodes, fmt.Sprintf(`{"ed25519":"%x","state":"active","swarm_id":1,"uptime":{"endpoints":[{"service":"relay","addr":"%s"}]}}`, k.Public(), tn.addrs[i]))
	}
	v, err := netview.Parse(5, []byte("["+strings.Join(nodes, ",")+"]"), []byte(`[{"id":1,"members":[]}]`))
	require.NoError(t, err)
	tn.view = v
	for i, k := range tn.keys {
		ok, err := onion.NodeKeyFromEd25519(k)
		require.NoError(t, err)
		h := &Handler{Key: k, Onion: ok, View: func() *netview.View { return tn.view }, Peers: n2n.NewClient(k, 5*time.Second),
			Storage: func(_ context.Context, req []byte) (int, []byte, error) {
				return http.StatusOK, append([]byte("stored:"), req...), nil
			},
			Timeout: 5 * time.Second, Log: zerolog.Nop()}
		tn.handlers = append(tn.handlers, h)
		srv, err := n2n.NewServer(k, h.Routes(), h.IsNode) // as relay.go serves
		require.NoError(t, err)
		srv.ServeAll(lns[i:i+1], func(err error) { t.Error(err) })
		t.Cleanup(func() { srv.Close(); h.Peers.Close() })
	}
	return tn
}

func (tn *testNet) hops(idx ...int) []onion.Hop {
	var out []onion.Hop
	for _, i := range idx {
		out = append(out, onion.Hop{Ed25519: tn.keys[i].Public().(ed25519.PublicKey)})
	}
	return out
}

var client = &http.Client{Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(nil)}}

func post(t testing.TB, addr, path string, body []byte) (int, []byte) {
	t.Helper()
	res, err := client.Post("https://"+addr+path, "application/octet-stream", bytes.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, out
}

func openReply(t testing.TB, enc onion.EncType, key, raw []byte) Reply {
	t.Helper()
	ct, err := base64.StdEncoding.DecodeString(string(raw))
	require.NoError(t, err, "reply %q", raw)
	plain, err := onion.OpenReply(enc, key, ct)
	require.NoError(t, err)
	var r Reply
	require.NoError(t, json.Unmarshal(plain, &r))
	return r
}

// A request over three relays to a destination, with each cipher: every hop
// peels its layer, the last hands the request to storage, and only the
// client can read the answer.
func TestOnionAcrossFourNodes(t *testing.T) {
	tn := startNet(t, 4)
	for _, enc := range []onion.EncType{onion.AESGCM, onion.XChaCha20} {
		t.Run(string(enc), func(t *testing.T) {
			req := []byte(`{"method":"info","params":{}}`)
			body, first, key, err := onion.Build(tn.hops(0, 1, 2, 3), req, enc)
			require.NoError(t, err)
			require.Equal(t, tn.keys[0].Public(), first.Ed25519)
			code, out := post(t, tn.addrs[0], "/onion_req/v2", body)
			require.Equal(t, http.StatusOK, code, "%s", out)
			r := openReply(t, enc, key, out)
			require.Equal(t, http.StatusOK, r.Status)
			require.Equal(t, "stored:"+string(req), r.Body)
		})
	}
}

func TestBadOnionRequests(t *testing.T) {
	tn := startNet(t, 3)
	good, _, _, err := onion.Build(tn.hops(0, 1, 2), []byte(`{}`), onion.AESGCM)
	require.NoError(t, err)
	forOther, _, _, err := onion.Build(tn.hops(1, 2), []byte(`{}`), onion.AESGCM)
	require.NoError(t, err)
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{99}, 32))
	toStranger, _, _, err := onion.Build([]onion.Hop{tn.hops(0)[0], {Ed25519: stranger.Public().(ed25519.PublicKey)}}, []byte(`{}`), onion.AESGCM)
	require.NoError(t, err)
	flipped := bytes.Clone(good)
	flipped[10] ^= 1
	cases := []struct {
		name string
		body []byte
		code int
		want string
	}{
		{"garbage", []byte("hello"), http.StatusBadRequest, "onion request"},
		{"truncated", good[:len(good)/2], http.StatusBadRequest, "onion request"},
		{"flipped ciphertext byte", flipped, http.StatusBadRequest, "onion request"},
		{"layer for another node (wrong ephemeral key)", forOther, http.StatusBadRequest, "onion request"},
		{"next node unknown", toStranger, http.StatusBadGateway, ErrNextNode.Error()},
		{"empty", nil, http.StatusBadRequest, "onion request"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out := post(t, tn.addrs[0], "/onion_req/v2", tc.body)
			require.Equal(t, tc.code, code, "%s", out)
			require.Contains(t, string(out), tc.want)
		})
	}

	// Only nodes may use the forwarding endpoint.
	code, out := post(t, tn.addrs[0], "/n2n/onion", good)
	require.Equal(t, http.StatusUnauthorized, code)
	require.Contains(t, string(out), n2n.ErrUnsigned.Error())
	c := n2n.NewClient(stranger, 5*time.Second)
	defer c.Close()
	code, out, err = c.Post(context.Background(), tn.keys[0].Public().(ed25519.PublicKey), tn.addrs[0], "/n2n/onion", good)
	require.NoError(t, err)
	require.Equal(t, http.StatusUnauthorized, code)
	require.Contains(t, string(out), n2n.ErrNotANode.Error())
}

// A path that loops between two nodes is stopped at the hop limit.
func TestHopLoopStopsAtFifteen(t *testing.T) {
	tn := startNet(t, 2)
	var path []onion.Hop
	for i := 0; i < onion.MaxHops; i++ {
		path = append(path, tn.hops(i%2)...)
	}
	body, _, key, err := onion.Build(path, []byte(`{}`), onion.AESGCM)
	require.NoError(t, err)
	code, out := post(t, tn.addrs[0], "/onion_req/v2", body)
	require.Equal(t, http.StatusOK, code, "%s", out)
	require.Equal(t, http.StatusOK, openReply(t, onion.AESGCM, key, out).Status, "15 hops are allowed")

	_, _, _, err = onion.Build(append(path, tn.hops(1)...), []byte(`{}`), onion.AESGCM)
	require.ErrorIs(t, err, onion.ErrTooManyHops, "a client can't build 16")
}

func TestNetworkListsNodesForClients(t *testing.T) {
	tn := startNet(t, 2)
	res, err := client.Get("https://" + tn.addrs[1] + "/network")
	require.NoError(t, err)
	defer res.Body.Close()
	var nw Network
	require.NoError(t, json.NewDecoder(res.Body).Decode(&nw))
	require.Len(t, nw.Nodes, 2)
	x, err := onion.EdPublicToX25519(tn.keys[0].Public().(ed25519.PublicKey))
	require.NoError(t, err)
	byKey := map[string]NetworkNode{}
	for _, n := range nw.Nodes {
		byKey[n.Ed25519] = n
	}
	n0 := byKey[hex.EncodeToString(tn.keys[0].Public().(ed25519.PublicKey))]
	require.Equal(t, hex.EncodeToString(x), n0.X25519)
	require.Equal(t, tn.addrs[0], n0.Relay)
}

// A client that empties its bucket is refused with 429 and nothing reaches
// storage; another client is not affected.
func TestClientRateLimit(t *testing.T) {
	var clock = time.Unix(1_700_000_000, 0)
	nk, err := onion.NodeKeyFromEd25519(ed25519.NewKeyFromSeed(make([]byte, 32)))
	require.NoError(t, err)
	h := &Handler{Onion: nk, Limiter: ratelimit.New(2, 1, func() time.Time { return clock }), Timeout: time.Second}
	send := func(addr string) int {
		r := httptest.NewRequest(http.MethodPost, "/onion_req/v2", strings.NewReader("garbage"))
		r.RemoteAddr = addr
		w := httptest.NewRecorder()
		h.Routes().ServeHTTP(w, r)
		return w.Code
	}
	require.Equal(t, http.StatusBadRequest, send("192.0.2.1:1000"))
	require.Equal(t, http.StatusBadRequest, send("192.0.2.1:1001"))
	require.Equal(t, http.StatusTooManyRequests, send("192.0.2.1:1002"))
	require.Equal(t, http.StatusBadRequest, send("192.0.2.2:1000"))
	clock = clock.Add(time.Second)
	require.Equal(t, http.StatusBadRequest, send("192.0.2.1:1003"))
}

// A next hop that does not answer in time gets 504 from the hop before it,
// in clear; a storage that does not answer in time gets the final hop's
// encrypted answer with status 504.
func TestTimeouts(t *testing.T) {
	req := []byte(`{"method":"info","params":{}}`)
	// slowNet is two relays whose node 1 storage never answers; the
	// handlers are set before any request reaches them.
	slowNet := func(t *testing.T, patience0, patience1 time.Duration) *testNet {
		tn := startNet(t, 2)
		block := make(chan struct{})
		t.Cleanup(func() { close(block) })
		tn.handlers[0].Timeout, tn.handlers[1].Timeout = patience0, patience1
		tn.handlers[1].Storage = func(ctx context.Context, _ []byte) (int, []byte, error) {
			select {
			case <-block:
			case <-ctx.Done():
			}
			return 0, nil, ctx.Err()
		}
		return tn
	}
	t.Run("storage", func(t *testing.T) {
		tn := slowNet(t, time.Second, 200*time.Millisecond)
		body, _, key, err := onion.Build(tn.hops(1), req, onion.XChaCha20)
		require.NoError(t, err)
		code, out := post(t, tn.addrs[1], "/onion_req/v2", body)
		require.Equal(t, http.StatusOK, code, "%s", out)
		require.Equal(t, http.StatusGatewayTimeout, openReply(t, onion.XChaCha20, key, out).Status)
	})
	t.Run("next hop", func(t *testing.T) {
		tn := slowNet(t, 200*time.Millisecond, 5*time.Second)
		body, _, _, err := onion.Build(tn.hops(0, 1), req, onion.XChaCha20)
		require.NoError(t, err)
		code, out := post(t, tn.addrs[0], "/onion_req/v2", body)
		require.Equal(t, http.StatusGatewayTimeout, code, "%s", out)
		require.Contains(t, string(out), "timed out")
	})
}

// TestServePeer_NonNodeRefusedBeforeBody: a caller that is not an active
// node announcing a 10 MiB body to /n2n/onion is refused from the request
// header alone; the body is never sent, let alone read.
//
// fails on a96bbb3: servePeer reads the whole body before checking the
// sender, so the answer never comes while the body is withheld.
func TestServePeer_NonNodeRefusedBeforeBody(t *testing.T) {
	tn := startNet(t, 1)
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{99}, 32))
	cases := []struct {
		name    string
		cert    ed25519.PrivateKey // nil: none
		headers string
		want    error
	}{
		{"stranger's certificate", stranger, "", n2n.ErrNotANode},
		{"no certificate, unsigned", nil, "", n2n.ErrUnsigned},
		{"no certificate, signed by a stranger", nil, signedHeaders(t, stranger), n2n.ErrNotANode},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := n2n.ClientTLS(tn.keys[0].Public().(ed25519.PublicKey))
			if tc.cert != nil {
				cfg.Certificates = []tls.Certificate{selfSigned(t, tc.cert)}
			}
			c, err := tls.Dial("tcp", tn.addrs[0], cfg)
			require.NoError(t, err)
			defer c.Close()
			_, err = fmt.Fprintf(c, "POST /n2n/onion HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n%s\r\n", onion.MaxBodySize, tc.headers)
			require.NoError(t, err)
			// Only a refusal from the header can arrive: the body is withheld.
			require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
			res, err := http.ReadResponse(bufio.NewReader(c), nil)
			require.NoError(t, err, "no answer without the body")
			defer res.Body.Close()
			out, _ := io.ReadAll(res.Body)
			require.Equal(t, http.StatusUnauthorized, res.StatusCode)
			require.Contains(t, string(out), tc.want.Error())
		})
	}
}

// signedHeaders are the signature headers of key over an empty body (the
// signature does not matter: the sender is refused before it is checked).
func signedHeaders(t *testing.T, key ed25519.PrivateKey) string {
	t.Helper()
	r, err := http.NewRequest(http.MethodPost, "https://x/n2n/onion", nil)
	require.NoError(t, err)
	n2n.Sign(r, nil, key, time.Now())
	var b strings.Builder
	for _, h := range []string{n2n.HeaderNode, n2n.HeaderTime, n2n.HeaderSig} {
		fmt.Fprintf(&b, "%s: %s\r\n", h, r.Header.Get(h))
	}
	return b.String()
}

// selfSigned is a certificate of key as nodes make theirs.
func selfSigned(t *testing.T, key ed25519.PrivateKey) tls.Certificate {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	require.NoError(t, err)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
