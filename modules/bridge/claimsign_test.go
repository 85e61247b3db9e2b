package bridge

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/plugins/kit"
)

// claimHost stands in for the node: its state has a latest height, heights
// at or below pruned are gone, and every address has accrued[height]. It
// signs with a BLS key the test holds, under the contract's hash-to-G2 tag.
type claimHost struct {
	latest, pruned int64
	accrued        map[int64]string
	key            bls.SecretKey
	dst            [32]byte
	refuse         bool
	signed         [][]byte
	reads          int // /rewards reads
}

func (h *claimHost) Query(_ context.Context, path string, height int64) ([]byte, int64, error) {
	switch {
	case path == "/l2" && height == 0:
		return []byte(`{}`), h.latest, nil
	case strings.HasPrefix(path, "/rewards/"):
		h.reads++
		if height <= h.pruned || height > h.latest {
			return nil, 0, fmt.Errorf("height %d is not available", height)
		}
		addr := path[len("/rewards/"):]
		accrued := "0" // what /rewards answers for an address never credited
		if addr == common.HexToAddress(claimant).Hex() {
			accrued = h.accrued[height]
		}
		return []byte(fmt.Sprintf(`{"address":%q,"accrued":%q,"claimed":"0"}`, addr, accrued)), height, nil
	}
	return nil, 0, fmt.Errorf("unknown path %s at %d", path, height)
}

func (h *claimHost) Sign(_ context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	if h.refuse {
		return nil, nil, errors.New("this host signs nothing for modules")
	}
	if domain != kit.SignRewards {
		return nil, nil, fmt.Errorf("domain %s", domain)
	}
	h.signed = append(h.signed, msg)
	sig, err := bls.Sign(h.key, msg, h.dst)
	if err != nil {
		return nil, nil, err
	}
	s, p := sig.Bytes(), h.key.PublicKey().Bytes()
	return s[:], p[:], nil
}

// claimFixture is a signer whose tag is read from a deployed staking
// contract (go-ethereum's simulated backend), counting the reads.
type claimFixture struct {
	host     *claimHost
	signer   *ClaimSigner
	routes   http.Handler
	tag      [32]byte
	tagReads int
	tagErr   error
}

func newClaimFixture(t *testing.T) *claimFixture {
	t.Helper()
	c, _ := newDevchain(t)
	opts := &bind.CallOpts{Context: context.Background()}
	dst, err := c.Staking.HashToG2Tag(opts)
	require.NoError(t, err)
	key, err := bls.GenerateSecretKey(rand.Reader)
	require.NoError(t, err)
	m := New()
	m.chains, m.set.Contract = []Chain{c.Backend.Client()}, c.StakingAddr.Hex()
	f := &claimFixture{host: &claimHost{latest: 500, pruned: 440, key: key, dst: dst, accrued: map[int64]string{}}}
	f.tag, err = c.Staking.RewardTag(opts)
	require.NoError(t, err)
	f.signer = NewClaimSigner(f.host, DefaultSignWindow, func(ctx context.Context) ([32]byte, error) {
		f.tagReads++
		if f.tagErr != nil {
			return [32]byte{}, f.tagErr
		}
		return m.readRewardTag(ctx)
	}, zerolog.Nop())
	f.routes = SigningRoutes(NewGate(DefaultSignConcurrency, SignRequestTimeout), f.signer, nil)
	return f
}

func (f *claimFixture) post(body string) (int, []byte) {
	rec := httptest.NewRecorder()
	f.routes.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, ClaimSignPath, strings.NewReader(body)))
	return rec.Code, rec.Body.Bytes()
}

const (
	claimant = "0x00000000000000000000000000000000000000fE"
	stranger = "0x00000000000000000000000000000000000000aB" // never credited
)

func TestClaimSignSignsTheContractsRewardMessage(t *testing.T) {
	f := newClaimFixture(t)
	amount, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	f.host.accrued[480] = amount.String()

	for range 2 {
		code, body := f.post(`{"address":"` + claimant + `","height":480}`)
		require.Equal(t, http.StatusOK, code, string(body))
		var res ClaimSignResponse
		require.NoError(t, json.Unmarshal(body, &res))
		require.Equal(t, common.HexToAddress(claimant), res.Address)
		require.Equal(t, int64(480), res.Height)
		require.Equal(t, amount.String(), res.Amount)

		// updateRewardsBalance's message: abi.encodePacked(rewardTag,
		// recipient, uint256 cumulative) = 32 + 20 + 32 bytes.
		want := append(append(append([]byte{}, f.tag[:]...), common.HexToAddress(claimant).Bytes()...), common.LeftPadBytes(amount.Bytes(), 32)...)
		require.Len(t, want, 84)
		require.Equal(t, want, f.host.signed[len(f.host.signed)-1])

		sig, err := bls.SignatureFromBytes(mustHex(t, res.Signature, bls.SignatureSize))
		require.NoError(t, err)
		pub, err := bls.PublicKeyFromBytes(mustHex(t, res.BLSPubkey, bls.PublicKeySize))
		require.NoError(t, err)
		require.True(t, pub.Equal(f.host.key.PublicKey()))
		require.NoError(t, bls.Verify(pub, want, sig, f.host.dst))
	}
	require.Equal(t, 1, f.tagReads, "the reward tag is read once, then cached")
}

func mustHex(t *testing.T, s string, n int) []byte {
	t.Helper()
	require.True(t, strings.HasPrefix(s, "0x"), s)
	b, err := hex.DecodeString(s[2:])
	require.NoError(t, err)
	require.Len(t, b, n)
	return b
}

// Each refusal has its status, a JSON error, and signs nothing; requests
// refused before the height checks read no state.
func TestClaimSignRefuses(t *testing.T) {
	f := newClaimFixture(t)
	for h := int64(401); h <= 500; h++ {
		f.host.accrued[h] = "7"
	}
	req := func(addr, height string) string { return `{"address":"` + addr + `","height":` + height + `}` }
	cases := []struct {
		name, body string
		status     int
		msg        string
		reads      bool // it got as far as reading the balance
	}{
		{"garbage", `not json`, 400, "request: invalid character", false},
		{"empty", ``, 400, "request: EOF", false},
		{"array", `[]`, 400, "request: json: cannot unmarshal array", false},
		{"oversize", req(claimant, "480"+strings.Repeat(" ", MaxClaimSignBody)), 413, "request over 1024 bytes", false},
		{"unknown field", `{"address":"` + claimant + `","height":480,"amount":"9"}`, 400, `unknown field "amount"`, false},
		{"trailing brace", req(claimant, "480") + `}`, 400, "trailing data", false},
		{"second object", req(claimant, "480") + req(claimant, "480"), 400, "trailing data", false},
		{"no 0x", req(claimant[2:], "480"), 400, "address must be 0x and 20 bytes of hex", false},
		{"short address", req(claimant[:40], "480"), 400, "address must be 0x", false},
		{"long address", req(claimant+"00", "480"), 400, "address must be 0x", false},
		{"not hex", req("0x"+strings.Repeat("g", 40), "480"), 400, "address must be 0x", false},
		{"no address", `{"height":480}`, 400, "address must be 0x", false},
		{"no height", `{"address":"` + claimant + `"}`, 400, "height is missing", false},
		{"height zero", req(claimant, "0"), 400, "height must be positive", false},
		{"height negative", req(claimant, "-1"), 400, "height must be positive", false},
		{"height fraction", req(claimant, "480.5"), 400, "cannot unmarshal number 480.5", false},
		{"height string", req(claimant, `"480"`), 400, "cannot unmarshal string", false},
		{"future", req(claimant, "501"), 404, "height 501 is past this node's latest 500", false},
		{"older than the window", req(claimant, "400"), 410, "older than the 100 heights this node signs for", false},
		{"pruned", req(claimant, "420"), 410, "this node cannot read height 420", true},
		{"unknown address", req(stranger, "480"), 404, "nothing was credited to this address as of height 480", true},
	}
	f.host.pruned = 420
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
	f.routes.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, ClaimSignPath, nil))
	require.Equal(t, http.StatusMethodNotAllowed, rec.Code)

	// The window's edges: the oldest height kept and the latest sign.
	for _, h := range []string{"421", "500"} {
		f.host.pruned = 0
		f.signer.window = 80 // 421..500
		code, body := f.post(req(claimant, h))
		require.Equal(t, http.StatusOK, code, string(body))
	}
	code, _ := f.post(req(claimant, "420"))
	require.Equal(t, http.StatusGone, code)
}

func TestClaimSignWhenTheNodeCannotSign(t *testing.T) {
	f := newClaimFixture(t)
	f.host.accrued[480] = "5"
	body := `{"address":"` + claimant + `","height":480}`

	f.tagErr = errors.New("L2 down")
	code, res := f.post(body)
	require.Equal(t, http.StatusServiceUnavailable, code, string(res))
	require.Contains(t, string(res), "reward tag")
	f.tagErr = nil

	f.host.refuse = true
	code, res = f.post(body)
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, string(res), "this node cannot sign")
	require.Empty(t, f.host.signed)

	f.host.refuse = false
	code, _ = f.post(body)
	require.Equal(t, http.StatusOK, code, "the tag read after the L2 came back")
}

// The module serves both endpoints over HTTPS with the node's certificate
// on its listeners, and only with the node key; its settings are checked.
func TestModuleServesClaimSignatures(t *testing.T) {
	f := newClaimFixture(t)
	f.host.accrued[480] = "5"
	_, nodeKey, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })

	m := New()
	require.ErrorContains(t, m.configureSigning(kit.Env{Listeners: []net.Listener{l}}), "node_key = true")
	for _, bad := range []struct {
		set  Settings
		want string
	}{
		{Settings{SignWindow: -1}, "sign_window must be 1..100000, is -1"},
		{Settings{SignConcurrency: -1}, "sign_concurrency must be 1..256, is -1"},
		{Settings{SignConcurrency: 257}, "sign_concurrency must be 1..256, is 257"},
		{Settings{ExitTimestampSkew: -5}, "exit_timestamp_skew_seconds must be 1..600 (the contract's signature expiry), is -5"},
		{Settings{ExitTimestampSkew: 601}, "exit_timestamp_skew_seconds must be 1..600"},
	} {
		m := New()
		m.set = bad.set
		require.ErrorContains(t, m.configureSigning(kit.Env{}), bad.want)
	}

	m = New()
	m.env = kit.Env{Listeners: []net.Listener{l}, NodeKey: nodeKey}
	require.NoError(t, m.configureSigning(m.env))
	require.Equal(t, int64(DefaultSignWindow), m.set.SignWindow)
	require.Equal(t, DefaultSignConcurrency, m.set.SignConcurrency)
	require.Equal(t, int64(300), m.set.ExitTimestampSkew)
	m.signer = f.signer
	m.exits = NewExitSigner(f.host, DefaultExitTimestampSkew, nil, nil, zerolog.Nop())
	require.NoError(t, m.serveSigning())
	t.Cleanup(func() { _ = m.Drain(context.Background()) })

	// The client does not check the certificate here: n2n's own tests do.
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} //nolint:gosec // test
	res, err := client.Post("https://"+l.Addr().String()+ClaimSignPath, "application/json",
		bytes.NewReader([]byte(`{"address":"`+claimant+`","height":480}`)))
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.NotNil(t, res.TLS)
	require.Len(t, f.host.signed, 1)

	// The exit endpoint is in the same server: it answers (here a refusal
	// of the request itself), where an unserved path would be 404.
	res, err = client.Post("https://"+l.Addr().String()+ExitSignPath, "application/json", strings.NewReader(`{}`))
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
}

// FuzzDecodeClaimSignRequest: whatever a client sends, the decoder refuses
// it with a status or returns a request with a 0x 20-byte address and a
// positive height.
func FuzzDecodeClaimSignRequest(f *testing.F) {
	for _, s := range []string{`{"address":"` + claimant + `","height":480}`, `{}`, `[]`, `{"height":1}}`, `null`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		req, err := decodeClaimSignRequest(bytes.NewReader(raw))
		if err != nil {
			var ce *claimError
			require.ErrorAs(t, err, &ce)
			require.Contains(t, []int{400, 413}, ce.status)
			return
		}
		require.True(t, isHexAddress(req.Address))
		require.Positive(t, *req.Height)
	})
}
