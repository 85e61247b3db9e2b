package bridge

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/plugins/kit"
)

// nodeHost stands in for the node for both signers: /pool with the latest
// block's time, /node/<hex> records as workchain/app.NodeView writes them,
// /l2 and /rewards (every address has accrued 5). It signs with a BLS key
// the test holds; with block set, Sign waits until the test releases it
// (or the request's deadline passes). Safe for concurrent requests.
type nodeHost struct {
	key bls.SecretKey
	dst [32]byte

	mu        sync.Mutex
	latest    int64
	blockTime int64
	nodes     map[string]string // ed25519 hex → NodeView JSON
	punish    map[string]string // ed25519 hex → /punish/<hex> JSON
	reads     int
	signed    []signedMsg
	block     bool
	entered   chan struct{} // one value per Sign that waits
	release   chan struct{} // closed: the waiting Signs go on
}

type signedMsg struct {
	domain string
	msg    []byte
}

func (h *nodeHost) Query(_ context.Context, path string, height int64) ([]byte, int64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.reads++
	at := height
	if at == 0 {
		at = h.latest
	}
	switch {
	case path == "/l2":
		return []byte(`{}`), at, nil
	case path == "/pool":
		return []byte(fmt.Sprintf(`{"reward_rate":"0","last_block_time":%d,"payable_nodes":1}`, h.blockTime)), at, nil
	case strings.HasPrefix(path, "/rewards/"):
		return []byte(`{"accrued":"5"}`), at, nil
	case strings.HasPrefix(path, "/punish/"):
		if p, ok := h.punish[path[len("/punish/"):]]; ok {
			return []byte(p), at, nil
		}
		return nil, 0, errors.New("code 102: no punishment record")
	case strings.HasPrefix(path, "/node/"):
		if n, ok := h.nodes[path[len("/node/"):]]; ok {
			return []byte(n), at, nil
		}
		// As cmd/internal/node's host API words the app's not-found code.
		return nil, 0, errors.New("code 102: unknown node")
	}
	return nil, 0, fmt.Errorf("unknown path %s", path)
}

func (h *nodeHost) Sign(ctx context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	h.mu.Lock()
	block := h.block
	h.mu.Unlock()
	if block {
		h.entered <- struct{}{}
		select {
		case <-h.release:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	sig, err := bls.Sign(h.key, msg, h.dst)
	if err != nil {
		return nil, nil, err
	}
	h.mu.Lock()
	h.signed = append(h.signed, signedMsg{domain, msg})
	h.mu.Unlock()
	s, p := sig.Bytes(), h.key.PublicKey().Bytes()
	return s[:], p[:], nil
}

// nodeView is a /node/<hex> answer in workchain/app.NodeView's full shape.
func nodeView(ed string, id uint64, blsKey [64]byte, stake, state string, unlock int64) string {
	v := map[string]any{
		"service_node_id": id, "ed25519": ed, "bls": hex.EncodeToString(blsKey[:]), "fee_bp": 0,
		"contributors": []any{}, "service": "active", "stake": stake, "registered_height": 3,
		"active_since_height": 4, "active_since_time": 1_700_000_000, "state": state,
	}
	if unlock != 0 {
		v["unlock_time"] = unlock
	}
	raw, _ := json.Marshal(v)
	return string(raw)
}

const (
	exitClock = int64(1_800_000_000) // the module's clock in these tests
	exitBlock = exitClock - 3        // the workchain's latest block
)

// exitFixture: an exit signer whose tags are read from a deployed staking
// contract (go-ethereum's simulated backend), and five nodes on the
// workchain: exited, exiting and unlocked, exiting and locked, active and
// deregistered.
type exitFixture struct {
	host                *nodeHost
	signer              *ExitSigner
	routes              http.Handler
	exitTag, liqTag     [32]byte
	exitReads, liqReads int
	leaving             map[string][64]byte // ed25519 hex → the node's BLS key
}

var exitNodes = []struct {
	name, stake, state string
	unlock             int64
}{
	{"exited", "exited", "exited", exitBlock - 100},
	{"unlocked", "exiting", "exiting", exitBlock}, // unlocks with the latest block
	{"locked", "exiting", "exiting", exitBlock + 1},
	{"active", "registered", "active", 0},
	{"deregistered", "deregistered", "deregistered", 0},
	{"young", "deregistered", "deregistered", 0}, // deregistered, its stake still locked
}

func edOf(name string) string { return hex.EncodeToString(bytes.Repeat([]byte(name[:1]), 32)) }

func newExitFixture(t *testing.T) *exitFixture {
	t.Helper()
	c, _ := newDevchain(t)
	opts := &bind.CallOpts{Context: context.Background()}
	dst, err := c.Staking.HashToG2Tag(opts)
	require.NoError(t, err)
	key, err := bls.GenerateSecretKey(rand.Reader)
	require.NoError(t, err)
	f := &exitFixture{
		host:    &nodeHost{key: key, dst: dst, latest: 500, blockTime: exitBlock, nodes: map[string]string{}, punish: map[string]string{}},
		leaving: map[string][64]byte{},
	}
	for i, n := range exitNodes {
		k, err := bls.GenerateSecretKey(rand.Reader)
		require.NoError(t, err)
		pub := k.PublicKey().Bytes()
		f.leaving[edOf(n.name)] = pub
		f.host.nodes[edOf(n.name)] = nodeView(edOf(n.name), uint64(i+1), pub, n.stake, n.state, n.unlock)
	}
	// The workchain's punishment records: "deregistered" is past its lock
	// and buffer, "young" is not.
	f.host.punish[edOf("deregistered")] = `{"liquidatable":true,"liquidatable_time":1700000000}`
	f.host.punish[edOf("young")] = `{"liquidatable":false,"liquidatable_time":1900000000}`
	f.exitTag, err = c.Staking.ExitTag(opts)
	require.NoError(t, err)
	f.liqTag, err = c.Staking.LiquidateTag(opts)
	require.NoError(t, err)
	require.NotEqual(t, f.exitTag, f.liqTag)
	m := New()
	m.chains, m.set.Contract = []Chain{c.Backend.Client()}, c.StakingAddr.Hex()
	f.signer = NewExitSigner(f.host, DefaultExitTimestampSkew,
		func(ctx context.Context) ([32]byte, error) { f.exitReads++; return m.readExitTag(ctx) },
		func(ctx context.Context) ([32]byte, error) { f.liqReads++; return m.readLiquidateTag(ctx) },
		zerolog.Nop())
	f.signer.now = func() time.Time { return time.Unix(exitClock, 0) }
	f.routes = SigningRoutes(NewGate(DefaultSignConcurrency, SignRequestTimeout), nil, f.signer)
	return f
}

func (f *exitFixture) post(body string) (int, []byte) {
	rec := httptest.NewRecorder()
	f.routes.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, ExitSignPath, strings.NewReader(body)))
	return rec.Code, rec.Body.Bytes()
}

func exitReq(ed string, ts int64, kind string) string {
	return `{"ed25519_pubkey":"` + ed + `","timestamp":` + strconv.FormatInt(ts, 10) + `,"kind":"` + kind + `"}`
}

// The contract's message, built here from its definition
// (ServiceNodeRewards.sol _validateBLSExitWithSignature:
// abi.encodePacked(signatureTag, blsPubkey.X, blsPubkey.Y, timestamp)), not
// with core/bls.
func contractExitMessage(tag [32]byte, key [64]byte, ts int64) []byte {
	msg := append(append([]byte{}, tag[:]...), key[:]...)
	return append(msg, common32(big.NewInt(ts))...)
}

func common32(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }

func TestExitSignSignsTheContractsMessage(t *testing.T) {
	f := newExitFixture(t)
	for _, c := range []struct {
		node, kind, domain string
		tag                [32]byte
		ts                 int64
	}{
		{"exited", "exit", kit.SignExit, f.exitTag, exitClock},
		{"unlocked", "exit", kit.SignExit, f.exitTag, exitClock - 300}, // the skew's edges
		{"unlocked", "exit", kit.SignExit, f.exitTag, exitClock + 300},
		{"deregistered", "liquidation", kit.SignLiquidation, f.liqTag, exitClock - 1},
		{"deregistered", "liquidation", kit.SignLiquidation, f.liqTag, exitClock},
	} {
		t.Run(c.node+"/"+c.kind, func(t *testing.T) {
			ed := edOf(c.node)
			code, body := f.post(exitReq(strings.ToUpper(ed), c.ts, c.kind))
			require.Equal(t, http.StatusOK, code, string(body))
			var res ExitSignResponse
			require.NoError(t, json.Unmarshal(body, &res))
			key := f.leaving[ed]
			require.Equal(t, ExitSignResponse{
				Ed25519Pubkey: ed, BLSPubkey: "0x" + hex.EncodeToString(key[:]), Timestamp: c.ts, Kind: c.kind,
				Signature: res.Signature, SignerBLSPubkey: res.SignerBLSPubkey,
			}, res)

			want := contractExitMessage(c.tag, key, c.ts)
			require.Len(t, want, 128)
			last := f.host.signed[len(f.host.signed)-1]
			require.Equal(t, signedMsg{c.domain, want}, last)
			sig, err := bls.SignatureFromBytes(mustHex(t, res.Signature, bls.SignatureSize))
			require.NoError(t, err)
			signer, err := bls.PublicKeyFromBytes(mustHex(t, res.SignerBLSPubkey, bls.PublicKeySize))
			require.NoError(t, err)
			require.True(t, signer.Equal(f.host.key.PublicKey()))
			require.NoError(t, bls.Verify(signer, want, sig, f.host.dst))
		})
	}
	require.Equal(t, 1, f.exitReads, "exitTag read once, then cached")
	require.Equal(t, 1, f.liqReads, "liquidateTag read once, then cached")
}

// Each refusal has its status and message, signs nothing, and those
// found in the request itself read no state.
func TestExitSignRefuses(t *testing.T) {
	f := newExitFixture(t)
	ex := edOf("exited")
	cases := []struct {
		name, body string
		status     int
		msg        string
		reads      bool
	}{
		{"garbage", `not json`, 400, "request: invalid character", false},
		{"empty", ``, 400, "request: EOF", false},
		{"array", `[]`, 400, "cannot unmarshal array", false},
		{"oversize", exitReq(ex, exitClock, "exit") + strings.Repeat(" ", MaxExitSignBody), 413, "request over 1024 bytes", false},
		{"trailing data", exitReq(ex, exitClock, "exit") + `{}`, 400, "trailing data", false},
		{"unknown field", `{"ed25519_pubkey":"` + ex + `","timestamp":1,"kind":"exit","bls":"00"}`, 400, `unknown field "bls"`, false},
		{"no key", `{"timestamp":1800000000,"kind":"exit"}`, 400, "ed25519_pubkey must be 64 hex digits", false},
		{"short key", exitReq(ex[:62], exitClock, "exit"), 400, "ed25519_pubkey must be 64 hex digits", false},
		{"0x key", exitReq("0x"+ex[2:], exitClock, "exit"), 400, "ed25519_pubkey must be 64 hex digits", false},
		{"no timestamp", `{"ed25519_pubkey":"` + ex + `","kind":"exit"}`, 400, "timestamp is missing", false},
		{"zero timestamp", exitReq(ex, 0, "exit"), 400, "timestamp must be positive", false},
		{"string timestamp", `{"ed25519_pubkey":"` + ex + `","timestamp":"1800000000","kind":"exit"}`, 400, "cannot unmarshal string", false},
		{"no kind", `{"ed25519_pubkey":"` + ex + `","timestamp":1800000000}`, 400, `kind must be "exit" or "liquidation"`, false},
		{"bad kind", exitReq(ex, exitClock, "withdraw"), 400, `kind must be "exit" or "liquidation"`, false},
		{"stale", exitReq(ex, exitClock-301, "exit"), 400, "is -301 s from this node's clock (1800000000); at most 300 s allowed", false},
		{"future", exitReq(ex, exitClock+301, "exit"), 400, "is 301 s from this node's clock", false},
		{"unknown node", exitReq(edOf("zebra"), exitClock, "exit"), 404, "no node with this Ed25519 key on the workchain at height 500", true},
		{"not exiting", exitReq(edOf("active"), exitClock, "exit"), 409, `the node is not exiting (stake "registered", state "active")`, true},
		{"not unlocked yet", exitReq(edOf("locked"), exitClock, "exit"), 409, fmt.Sprintf("unlocks at %d, the workchain's latest block is at %d", exitBlock+1, exitBlock), true},
		{"exit of a deregistered node", exitReq(edOf("deregistered"), exitClock, "exit"), 409, "the node is not exiting", true},
		{"liquidation of an active node", exitReq(edOf("active"), exitClock, "liquidation"), 409, `the node is not deregistered (state "active")`, true},
		{"liquidation of an exited node", exitReq(ex, exitClock, "liquidation"), 409, `the node is not deregistered (state "exited")`, true},
		{"liquidation of a node still locked", exitReq(edOf("young"), exitClock, "liquidation"), 409, "the node's stake is locked: liquidatable from 1900000000", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			reads := f.host.reads
			code, body := f.post(c.body)
			require.Equal(t, c.status, code, string(body))
			var e map[string]string
			require.NoError(t, json.Unmarshal(body, &e), string(body))
			require.Contains(t, e["error"], c.msg)
			require.Empty(t, f.host.signed, "nothing signed")
			require.Equal(t, c.reads, f.host.reads > reads)
		})
	}

	rec := httptest.NewRecorder()
	f.routes.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, ExitSignPath, nil))
	require.Equal(t, http.StatusMethodNotAllowed, rec.Code)

	// A node that has not learnt a block time yet, or a tag it cannot
	// read, refuses with 503 and signs nothing.
	f.host.blockTime = 0
	code, body := f.post(exitReq(ex, exitClock, "exit"))
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, string(body), "does not know its latest block's time")
	f.host.blockTime = exitBlock
	f.signer.exitTag.read = func(context.Context) ([32]byte, error) { return [32]byte{}, errors.New("L2 down") }
	code, body = f.post(exitReq(ex, exitClock, "exit"))
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, string(body), "exit tag is not known yet: L2 down")
	require.Empty(t, f.host.signed)
}

// FuzzDecodeExitSignRequest: whatever a client sends, the decoder refuses
// it with 400 or 413, or returns a request with a 32-byte hex key, a
// positive timestamp and a known kind.
func FuzzDecodeExitSignRequest(f *testing.F) {
	for _, s := range []string{exitReq(edOf("exited"), exitClock, "exit"), exitReq(edOf("a"), 1, "liquidation"), `{}`, `[]`, `{"kind":"exit"}}`, `null`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		req, err := decodeExitSignRequest(bytes.NewReader(raw))
		if err != nil {
			var ce *claimError
			require.ErrorAs(t, err, &ce)
			require.Contains(t, []int{400, 413}, ce.status)
			return
		}
		require.True(t, isEd25519Hex(req.Ed25519Pubkey))
		require.Positive(t, *req.Timestamp)
		require.Contains(t, []string{ExitKindExit, ExitKindLiquidation}, req.Kind)
	})
}
