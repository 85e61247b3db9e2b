package oxen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/plugins/kit"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

const testChainID = "seshnet-oxen-test-1"

// fakeChain answers the host API as a node running the workchain's oxen
// concern would: /oxen/claim/<address> per address (unknown: the node's
// "code 102" not found), /params/oxen, and oxen_claim transactions, which
// it records and marks claimed. It is served over the real gRPC host API
// (hostAPIFor), so the module's calls cross the same boundary as in a node.
type fakeChain struct {
	mu     sync.Mutex
	height int64
	close  int64
	views  map[string]*ClaimView
	txs    [][]byte
	// submitErr, when set, is what SubmitTx answers (the node's error
	// text); claimOnErr marks the claim claimed anyway (a race lost).
	submitErr  string
	claimOnErr bool
	queryErr   string
	// entered/release hold a SubmitTx in flight when non-nil.
	entered, release chan struct{}
}

func newFakeChain() *fakeChain { return &fakeChain{height: 50, views: map[string]*ClaimView{}} }

func (c *fakeChain) give(addr coreoxen.Address, amount string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.views[addr.String()] = &ClaimView{OxenAddress: addr.String(), Amount: amount}
}

func (c *fakeChain) QueryState(_ context.Context, path string, _ int64) ([]byte, int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.queryErr != "" {
		return nil, 0, fmt.Errorf("%s", c.queryErr)
	}
	if path == "/params/oxen" {
		return fmt.Appendf(nil, `{"claims_close_height":%d}`, c.close), c.height, nil
	}
	if a, ok := strings.CutPrefix(path, "/oxen/claim/"); ok {
		v, ok := c.views[a]
		if !ok {
			// As the node's host API reports the app's query code 102.
			return nil, 0, fmt.Errorf("code 102: not found: no coin claim for %s", a)
		}
		raw, err := json.Marshal(v)
		return raw, c.height, err
	}
	return nil, 0, fmt.Errorf("code 100: unknown query path %q", path)
}

func (c *fakeChain) SubscribeBlocks(ctx context.Context, _ int64) (<-chan *pluginv1.Block, error) {
	ch := make(chan *pluginv1.Block)
	go func() { <-ctx.Done(); close(ch) }()
	return ch, nil
}

func (c *fakeChain) SubmitTx(_ context.Context, _, txType string, body []byte) ([]byte, error) {
	if c.entered != nil {
		c.entered <- struct{}{}
		<-c.release
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if txType != TxType {
		return nil, fmt.Errorf("unexpected tx type %q", txType)
	}
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, err
	}
	if c.submitErr != "" {
		if c.claimOnErr {
			c.views[req.OxenAddress].Claimed = true
		}
		return nil, fmt.Errorf("%s", c.submitErr)
	}
	c.txs = append(c.txs, body)
	v := c.views[req.OxenAddress]
	v.Claimed, v.ClaimedHeight, v.To = true, c.height+1, req.To
	return bytes.Repeat([]byte{0xab}, 32), nil
}

func (c *fakeChain) submitted() [][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([][]byte(nil), c.txs...)
}

// hostAPIFor serves the host API over api on a loopback gRPC server, with
// the checks and the allowed transaction types of a node's host, and
// returns the module's client of it.
func hostAPIFor(t *testing.T, api host.NodeAPI, allowed []string) *kit.Host {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer()
	pluginv1.RegisterHostAPIServer(srv, host.NewModuleAPIServer(api, nil, "oxen", host.ModuleConfig{AllowedTxs: allowed}))
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(ln.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	return kit.NewHost(pluginv1.NewHostAPIClient(conn))
}

// syncBuffer is a log sink the module's goroutines may write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a module started on a loopback socket over a fake chain.
type running struct {
	url   string
	chain *fakeChain
	logs  *syncBuffer
}

// startModule configures and starts the module as the host would, with
// settings (nil: defaults), its log captured at the default level (info).
func startModule(t *testing.T, chain *fakeChain, settings map[string]any) running {
	t.Helper()
	return startModuleWith(t, chain, settings, []string{TxType})
}

// startModuleAllowing starts it on a host that lets it submit only allowed.
func startModuleAllowing(t *testing.T, chain *fakeChain, allowed []string) running {
	t.Helper()
	return startModuleWith(t, chain, nil, allowed)
}

func startModuleWith(t *testing.T, chain *fakeChain, settings map[string]any, allowed []string) running {
	t.Helper()
	raw, err := json.Marshal(settings)
	require.NoError(t, err)
	logs := &syncBuffer{}
	m := New()
	m.SetLogger(zerolog.New(logs).Level(zerolog.InfoLevel))
	ctx := context.Background()
	env := envWith(t, raw)
	env.Host = hostAPIFor(t, chain, allowed)
	ln := env.Listeners[0]
	require.NoError(t, m.Configure(ctx, env))
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() {
		dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		_ = m.Drain(dctx)
		_ = m.Stop(ctx)
	})
	return running{url: "http://" + ln.Addr().String(), chain: chain, logs: logs}
}

// answer is an HTTP answer: status and body.
type answer struct {
	status int
	body   []byte
}

func (a answer) refusal(t *testing.T) Refusal {
	t.Helper()
	var r Refusal
	require.NoError(t, json.Unmarshal(a.body, &r), "%s", a.body)
	return r
}

func (r running) post(t *testing.T, body []byte) answer {
	t.Helper()
	res, err := http.Post(r.url+"/oxen/v1/claim", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return answer{res.StatusCode, out}
}

func (r running) get(t *testing.T, path string) answer {
	t.Helper()
	res, err := http.Get(r.url + path)
	require.NoError(t, err)
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return answer{res.StatusCode, out}
}

// holder is an Oxen wallet made by the test.
type holder struct {
	keys coreoxen.Keys
	addr coreoxen.Address
}

func newHolder(seed byte) holder {
	k := coreoxen.KeysFromSeed([32]byte{seed, 1, 2, 3})
	return holder{keys: k, addr: k.Address(coreoxen.Mainnet)}
}

// claim is the JSON a holder's wallet front end would send: signed over
// the claim message of chainID and to.
func (h holder) claim(chainID string, to common.Address) []byte {
	sig := coreoxen.Sign(h.keys, coreoxen.ClaimMessage(chainID, to))
	return requestJSON(h.addr.String(), to.Hex(), sig)
}

func requestJSON(addr, to, sig string) []byte {
	raw, _ := json.Marshal(Request{OxenAddress: addr, To: to, Signature: sig})
	return raw
}

// envWith is what a host gives the module at Configure: settings, the
// chain id, the host API (over an empty chain) and a loopback socket.
func envWith(t *testing.T, settings []byte) kit.Env {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	return kit.Env{Name: "oxen", ChainID: testChainID, Settings: settings, Host: hostAPIFor(t, newFakeChain(), []string{TxType}), Listeners: []net.Listener{ln}}
}
