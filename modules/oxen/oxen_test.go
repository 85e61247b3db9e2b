package oxen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

var recipient = common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")

// TestClaimAccepted: a holder's claim, signed by their wallet over this
// chain's claim message, is submitted once as the workchain's oxen_claim
// with the body of the contract (the address as parsed, "to" EIP-55), and
// answered 200 with the transaction hash and the amount. A lower-case "to"
// is the same recipient.
func TestClaimAccepted(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	chain.give(h.addr, "123456789")
	r := startModule(t, chain, nil)

	sig := coreoxen.Sign(h.keys, coreoxen.ClaimMessage(testChainID, recipient))
	a := r.post(t, requestJSON(h.addr.String(), strings.ToLower(recipient.Hex()), sig))
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	var out Submitted
	require.NoError(t, json.Unmarshal(a.body, &out))
	require.Equal(t, Submitted{TxHash: strings.Repeat("AB", 32), Amount: "123456789"}, out)

	txs := chain.submitted()
	require.Len(t, txs, 1)
	require.JSONEq(t, fmt.Sprintf(`{"oxen_address":%q,"to":%q,"signature":%q}`, h.addr.String(), recipient.Hex(), sig), string(txs[0]))

	// The chain's view of it now, through the module.
	v := r.get(t, "/oxen/v1/claim/"+h.addr.String())
	require.Equal(t, http.StatusOK, v.status, "%s", v.body)
	require.JSONEq(t, fmt.Sprintf(`{"oxen_address":%q,"amount":"123456789","claimed":true,"claimed_height":51,"to":%q}`, h.addr.String(), recipient.Hex()), string(v.body))
}

// TestClaimRefusals: each way a claim is wrong is answered with its status
// and code before anything is submitted.
func TestClaimRefusals(t *testing.T) {
	rich, poor, claimed, zero := newHolder(1), newHolder(2), newHolder(3), newHolder(4)
	other := common.HexToAddress("0x00000000000000000000000000000000000000ff")
	testnetAddr := rich.keys.Address(coreoxen.Testnet)
	sub := coreoxen.Address{Network: coreoxen.Mainnet, Kind: coreoxen.Subaddress, Spend: rich.keys.Spend, View: rich.keys.View}
	integrated := coreoxen.Address{Network: coreoxen.Mainnet, Kind: coreoxen.Integrated, Spend: rich.keys.Spend, View: rich.keys.View, PaymentID: [8]byte{1}}
	sign := func(h holder, chainID string, to common.Address) string {
		return coreoxen.Sign(h.keys, coreoxen.ClaimMessage(chainID, to))
	}
	good := sign(rich, testChainID, recipient)
	badChecksum := []byte(rich.addr.String())
	badChecksum[10] ^= 'a' ^ 'b'
	if badChecksum[10] == rich.addr.String()[10] {
		badChecksum[10] = 'c'
	}

	cases := []struct {
		name   string
		body   []byte
		status int
		code   string
	}{
		{"garbage", []byte("\x00\xffnot json"), 400, CodeMalformed},
		{"empty", nil, 400, CodeMalformed},
		{"truncated", rich.claim(testChainID, recipient)[:40], 400, CodeMalformed},
		{"an array", []byte(`[1,2]`), 400, CodeMalformed},
		{"unknown field", []byte(fmt.Sprintf(`{"oxen_address":%q,"to":%q,"signature":%q,"amount":"9"}`, rich.addr.String(), recipient.Hex(), good)), 400, CodeMalformed},
		{"field twice", []byte(fmt.Sprintf(`{"oxen_address":%q,"to":%q,"signature":%q,"to":%q}`, rich.addr.String(), recipient.Hex(), good, other.Hex())), 400, CodeMalformed},
		{"trailing data", append(rich.claim(testChainID, recipient), []byte(` {}`)...), 400, CodeMalformed},
		{"missing signature", requestJSON(rich.addr.String(), recipient.Hex(), ""), 400, CodeMalformed},
		{"missing to", requestJSON(rich.addr.String(), "", good), 400, CodeMalformed},
		{"missing address", requestJSON("", recipient.Hex(), good), 400, CodeMalformed},
		{"to without 0x", requestJSON(rich.addr.String(), recipient.Hex()[2:], good), 400, CodeMalformed},
		{"to too short", requestJSON(rich.addr.String(), recipient.Hex()[:40], good), 400, CodeMalformed},
		{"bad address", requestJSON(string(badChecksum), recipient.Hex(), good), 400, CodeBadAddress},
		{"not base58", requestJSON("0OIl"+rich.addr.String()[4:], recipient.Hex(), good), 400, CodeBadAddress},
		{"wrong network", requestJSON(testnetAddr.String(), recipient.Hex(), good), 400, CodeWrongNetwork},
		{"subaddress", requestJSON(sub.String(), recipient.Hex(), good), 400, CodeNotStandard},
		{"integrated", requestJSON(integrated.String(), recipient.Hex(), good), 400, CodeNotStandard},
		{"signature by another key", requestJSON(rich.addr.String(), recipient.Hex(), sign(poor, testChainID, recipient)), 403, CodeBadSignature},
		{"signature for another to", requestJSON(rich.addr.String(), recipient.Hex(), sign(rich, testChainID, other)), 403, CodeBadSignature},
		{"signature for another chain", requestJSON(rich.addr.String(), recipient.Hex(), sign(rich, "seshnet-main-1", recipient)), 403, CodeBadSignature},
		{"signature not SigV1", requestJSON(rich.addr.String(), recipient.Hex(), "SigV2"+good[5:]), 403, CodeBadSignature},
		{"signature garbage", requestJSON(rich.addr.String(), recipient.Hex(), "hello"), 403, CodeBadSignature},
		{"signature too long", requestJSON(rich.addr.String(), recipient.Hex(), good+strings.Repeat("1", 100)), 400, CodeMalformed},
		{"signature not ASCII", requestJSON(rich.addr.String(), recipient.Hex(), "SigV1\u00e9"), 400, CodeMalformed},
		{"no balance", poor.claim(testChainID, recipient), 404, CodeNoBalance},
		{"zero balance", zero.claim(testChainID, recipient), 404, CodeNoBalance},
		{"already claimed", claimed.claim(testChainID, recipient), 409, CodeAlreadyClaimed},
		{"oversize", append(rich.claim(testChainID, recipient)[:20], bytes.Repeat([]byte(" "), MaxBody)...), 413, CodeTooLarge},
	}
	chain := newFakeChain()
	chain.give(rich.addr, "1000")
	chain.give(claimed.addr, "77")
	chain.views[claimed.addr.String()].Claimed = true
	chain.give(zero.addr, "0")
	r := startModule(t, chain, nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := r.post(t, c.body)
			require.Equal(t, c.status, a.status, "%s", a.body)
			ref := a.refusal(t)
			require.Equal(t, c.code, ref.Code)
			require.NotEmpty(t, ref.Msg)
		})
	}
	require.Empty(t, chain.submitted(), "nothing refused reaches the chain")

	// The rich holder's good claim still goes through: no refusal above
	// touched its state.
	a := r.post(t, requestJSON(rich.addr.String(), recipient.Hex(), good))
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
}

// TestClaimClosed: past claims_close_height (the next block's height is
// what counts) a claim is 410; at 0 claims never close.
func TestClaimClosed(t *testing.T) {
	h := newHolder(1)
	for _, c := range []struct {
		close  int64
		status int
	}{{0, 200}, {52, 200}, {51, 200}, {50, 410}, {10, 410}} {
		t.Run(fmt.Sprint(c.close), func(t *testing.T) {
			chain := newFakeChain() // at height 50
			chain.close = c.close
			chain.give(h.addr, "5")
			r := startModule(t, chain, nil)
			a := r.post(t, h.claim(testChainID, recipient))
			require.Equal(t, c.status, a.status, "%s", a.body)
			if c.status == 410 {
				require.Equal(t, CodeClosed, a.refusal(t).Code)
				require.Empty(t, chain.submitted())
			}
		})
	}
}

// TestClaimTwice: the same claim again is 409 (the module remembers what it
// just submitted, before the chain's block says so), and so is a claim of
// the same holder for another recipient.
func TestClaimTwice(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	chain.give(h.addr, "5")
	r := startModule(t, chain, nil)
	require.Equal(t, http.StatusOK, r.post(t, h.claim(testChainID, recipient)).status)
	chain.views[h.addr.String()].Claimed = false // the block not made yet
	for _, to := range []common.Address{recipient, common.HexToAddress("0x01")} {
		a := r.post(t, h.claim(testChainID, to))
		require.Equal(t, http.StatusConflict, a.status, "%s", a.body)
		require.Equal(t, CodeAlreadyClaimed, a.refusal(t).Code)
	}
	require.Len(t, chain.submitted(), 1)
}

// TestClaimSubmitFails: when the chain does not take a claim that passed
// the module's checks, the holder learns why: claimed in the meantime
// (409), refused by the chain (502), or the chain not reached (503).
func TestClaimSubmitFails(t *testing.T) {
	for _, c := range []struct {
		name, err  string
		claimOnErr bool
		status     int
		code       string
	}{
		{"claimed meanwhile", "transaction refused: code 5 (oxen): already claimed", true, 409, CodeAlreadyClaimed},
		{"refused", "transaction refused: code 9 (oxen): something the module does not check", false, 502, CodeRefused},
		// What the host says for a CheckTx refusal (CometBFT v1's
		// broadcast_tx_sync error, passed on by the signer), as seen end to end.
		{"refused by CheckTx", "rpc error: code = FailedPrecondition desc = submit: broadcast: broadcast error on transaction validation: " +
			"tx 8D45B0DF0B9ABA686F0239D6B919FBF973CC214614AB0BD137ADB78F24CA19CA is invalid: code=7, data=, log='unknown transaction type \"oxen_claim\"', codespace='seshnet'",
			false, 502, CodeRefused},
		{"unreachable", "broadcast: connection refused", false, 503, CodeUnavailable},
	} {
		t.Run(c.name, func(t *testing.T) {
			chain := newFakeChain()
			h := newHolder(1)
			chain.give(h.addr, "5")
			chain.submitErr, chain.claimOnErr = c.err, c.claimOnErr
			r := startModule(t, chain, nil)
			a := r.post(t, h.claim(testChainID, recipient))
			require.Equal(t, c.status, a.status, "%s", a.body)
			require.Equal(t, c.code, a.refusal(t).Code)
			if c.claimOnErr {
				return
			}
			// Not submitted, so not held against the holder: a retry once
			// the chain takes it goes through.
			chain.mu.Lock()
			chain.submitErr = ""
			chain.mu.Unlock()
			require.Equal(t, http.StatusOK, r.post(t, h.claim(testChainID, recipient)).status)
		})
	}
}

// TestClaimSameKeyAtOnce: while one claim of a spend key is being
// submitted, another for the same key is 409 at once.
func TestClaimSameKeyAtOnce(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	chain.give(h.addr, "5")
	chain.entered, chain.release = make(chan struct{}), make(chan struct{})
	r := startModule(t, chain, nil)
	first := make(chan answer, 1)
	go func() { first <- r.post(t, h.claim(testChainID, recipient)) }()
	<-chain.entered
	a := r.post(t, h.claim(testChainID, common.HexToAddress("0x02")))
	require.Equal(t, http.StatusConflict, a.status, "%s", a.body)
	close(chain.release)
	require.Equal(t, http.StatusOK, (<-first).status)
	require.Len(t, chain.submitted(), 1)
}

// TestClaimChainDown: a chain that cannot be read is 503 unavailable, and
// the module's warning names the step only, not the address.
func TestClaimChainDown(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	chain.queryErr = "code 1: internal error"
	r := startModule(t, chain, nil)
	a := r.post(t, h.claim(testChainID, recipient))
	require.Equal(t, http.StatusServiceUnavailable, a.status, "%s", a.body)
	require.Equal(t, CodeUnavailable, a.refusal(t).Code)
	require.Contains(t, r.logs.String(), "the chain did not answer")
}

// TestClaimNotAllowedToSubmit: a node whose operator did not allow
// oxen_claim refuses the module's submission at the host: 503, nothing
// sent.
func TestClaimNotAllowedToSubmit(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	chain.give(h.addr, "5")
	r := startModuleAllowing(t, chain, nil)
	a := r.post(t, h.claim(testChainID, recipient))
	require.Equal(t, http.StatusServiceUnavailable, a.status, "%s", a.body)
	require.Contains(t, a.refusal(t).Msg, "may not submit")
	require.Empty(t, chain.submitted())
}

// TestClaimView: GET answers the chain's view of a claimable address (200,
// the chain's JSON), 404 for an address without coins, 400 for one that
// could not claim.
func TestClaimView(t *testing.T) {
	chain := newFakeChain()
	h, poor := newHolder(1), newHolder(2)
	chain.give(h.addr, "42")
	r := startModule(t, chain, nil)
	a := r.get(t, "/oxen/v1/claim/"+h.addr.String())
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	require.JSONEq(t, fmt.Sprintf(`{"oxen_address":%q,"amount":"42","claimed":false}`, h.addr.String()), string(a.body))

	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/oxen/v1/claim/" + poor.addr.String(), 404, CodeNoBalance},
		{"/oxen/v1/claim/nonsense", 400, CodeBadAddress},
		{"/oxen/v1/claim/" + h.keys.Address(coreoxen.Devnet).String(), 400, CodeWrongNetwork},
		{"/oxen/v1/other", 404, CodeUnknownPath},
	} {
		a := r.get(t, c.path)
		require.Equal(t, c.status, a.status, "%s: %s", c.path, a.body)
		require.Equal(t, c.code, a.refusal(t).Code, c.path)
	}
}

// TestClaimRateLimited: past the bucket (burst 2, refilled once in 1000 s)
// a request is 429 without reaching the chain.
func TestClaimRateLimited(t *testing.T) {
	chain := newFakeChain()
	h := newHolder(1)
	r := startModule(t, chain, map[string]any{"burst": 2, "rate_per_second": 0.001})
	for i := 0; i < 2; i++ {
		require.Equal(t, http.StatusNotFound, r.post(t, h.claim(testChainID, recipient)).status)
	}
	a := r.post(t, h.claim(testChainID, recipient))
	require.Equal(t, http.StatusTooManyRequests, a.status, "%s", a.body)
	require.Equal(t, CodeRateLimited, a.refusal(t).Code)
	require.Equal(t, http.StatusTooManyRequests, r.get(t, "/oxen/v1/claim/"+h.addr.String()).status)
}

// TestClaimBusy: with max_in_flight = 1 and one claim held in its
// submission, a second request is 503 busy at once; once the first is
// answered, requests are taken again.
func TestClaimBusy(t *testing.T) {
	chain := newFakeChain()
	h, h2 := newHolder(1), newHolder(2)
	chain.give(h.addr, "5")
	chain.give(h2.addr, "6")
	chain.entered, chain.release = make(chan struct{}), make(chan struct{})
	r := startModule(t, chain, map[string]any{"max_in_flight": 1})
	first := make(chan answer, 1)
	go func() { first <- r.post(t, h.claim(testChainID, recipient)) }()
	<-chain.entered
	a := r.post(t, h2.claim(testChainID, recipient))
	require.Equal(t, http.StatusServiceUnavailable, a.status, "%s", a.body)
	require.Equal(t, CodeBusy, a.refusal(t).Code)
	close(chain.release)
	require.Equal(t, http.StatusOK, (<-first).status)
	go func() { <-chain.entered }()
	require.Equal(t, http.StatusOK, r.post(t, h2.claim(testChainID, recipient)).status)
}

// TestLimiter: the bucket refills at its rate on the limiter's clock.
func TestLimiter(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	l := NewLimiter(2, 1, 10, func() time.Time { return now })
	take := func() error {
		release, err := l.Acquire()
		if err == nil {
			release()
		}
		return err
	}
	require.NoError(t, take())
	require.NoError(t, take())
	require.Error(t, take())
	now = now.Add(time.Second)
	require.NoError(t, take())
	require.Error(t, take())
}

// TestNoAddressesInLogs: across accepted, refused and failed claims, the
// module's log at the default level carries no Oxen address, Ethereum
// address, signature or client IP, while it does log (so the test would
// see them).
func TestNoAddressesInLogs(t *testing.T) {
	chain := newFakeChain()
	h, poor := newHolder(1), newHolder(2)
	chain.give(h.addr, "5")
	r := startModule(t, chain, nil)
	sig := coreoxen.Sign(h.keys, coreoxen.ClaimMessage(testChainID, recipient))
	require.Equal(t, http.StatusOK, r.post(t, requestJSON(h.addr.String(), recipient.Hex(), sig)).status)
	r.post(t, h.claim(testChainID, recipient))
	r.post(t, poor.claim(testChainID, recipient))
	r.post(t, requestJSON(h.addr.String(), recipient.Hex(), "SigV1junk"))
	r.get(t, "/oxen/v1/claim/"+poor.addr.String())
	chain.submitErr = "transaction refused: code 9 (oxen): refused for " + poor.addr.String()
	chain.give(poor.addr, "9")
	r.post(t, poor.claim(testChainID, recipient))
	chain.queryErr = "code 1: no coin claim for " + poor.addr.String()
	r.post(t, poor.claim(testChainID, recipient))

	logs := r.logs.String()
	require.Contains(t, logs, "oxen claim submitted")
	require.Contains(t, logs, "the chain did not answer")
	require.Contains(t, logs, "the chain refused a claim")
	for _, secret := range []string{h.addr.String(), poor.addr.String(), recipient.Hex(), strings.ToLower(recipient.Hex()[2:]), sig[5:25], "127.0.0.1"} {
		require.NotContains(t, logs, secret)
	}
	// Every line is at the default level or above.
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var l map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		require.Contains(t, []any{"info", "warn", "error"}, l[zerolog.LevelFieldName], line)
	}
}

// TestConfigure: settings are checked at Configure; what a module cannot
// run without is named.
func TestConfigure(t *testing.T) {
	for _, c := range []struct {
		name     string
		settings string
		want     string
	}{
		{"unknown key", `{"netwrk":"mainnet"}`, "unknown field"},
		{"bad network", `{"network":"moonnet"}`, "network"},
		{"zero rate", `{"rate_per_second":0}`, "rate_per_second"},
		{"zero burst", `{"burst":0}`, "burst"},
		{"zero in flight", `{"max_in_flight":0}`, "max_in_flight"},
		{"tiny timeout", `{"timeout_ms":1}`, "timeout_ms"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := New().Configure(t.Context(), envWith(t, []byte(c.settings)))
			require.ErrorContains(t, err, c.want)
		})
	}
	env := envWith(t, []byte(`{"network":"testnet"}`))
	require.NoError(t, New().Configure(t.Context(), env))
	env.ChainID = ""
	require.ErrorContains(t, New().Configure(t.Context(), env), "chain id")
	env = envWith(t, nil)
	env.Listeners = nil
	require.ErrorContains(t, New().Configure(t.Context(), env), "listen")
}

// TestTestnetHolders: with network = "testnet" the module takes Oxen
// testnet addresses and refuses mainnet ones.
func TestTestnetHolders(t *testing.T) {
	chain := newFakeChain()
	k := newHolder(1).keys
	h := holder{keys: k, addr: k.Address(coreoxen.Testnet)}
	chain.give(h.addr, "5")
	r := startModule(t, chain, map[string]any{"network": "testnet"})
	require.Equal(t, http.StatusOK, r.post(t, h.claim(testChainID, recipient)).status)
	a := r.post(t, newHolder(2).claim(testChainID, recipient))
	require.Equal(t, CodeWrongNetwork, a.refusal(t).Code)
}
