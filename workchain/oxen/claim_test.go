package oxen_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/codec"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/tx"
)

// holder is an Oxen wallet made by the test.
func holder(b byte) coreoxen.Keys {
	var seed [32]byte
	seed[0], seed[1] = b, 0x5e
	return coreoxen.KeysFromSeed(seed)
}

// claimChain is a chain whose snapshot gave holder 1 123 units and holder
// 2 77 units (holder 3 has none), claims closing at closeAt.
func claimChain(t *testing.T, closeAt int64, extra ...oxen.Coin) *claimRun {
	t.Helper()
	nodes := genesisNodes(4)
	g := oxen.DefaultGenesis()
	g.Params.ClaimsCloseHeight = closeAt
	g.Snapshot = oxen.Snapshot{Height: 1_500_000, Hash: codec.Hex(bytes.Repeat([]byte{7}, 32)), Network: "mainnet"}
	g.Coins = []oxen.Coin{{OxenAddress: holder(1).Address(coreoxen.Mainnet).String(), Amount: 123}, {OxenAddress: holder(2).Address(coreoxen.Mainnet).String(), Amount: 77}}
	g.Coins = append(g.Coins, extra...)
	g.Pools = oxen.Pools{Claims: 1000}
	relay, err := crypto.ToECDSA(bytes.Repeat([]byte{0x42}, 32))
	require.NoError(t, err)
	r := &claimRun{t: t, c: start(t, nodes, g), relay: relay}
	r.c.Block(abciReq()) // CheckTx reads the last committed height
	return r
}

type claimRun struct {
	t     *testing.T
	c     *apptest.Chain
	relay *ecdsa.PrivateKey // a throwaway Ethereum key, as the CLI's
	nonce uint64
}

func body(addr coreoxen.Address, to common.Address, sig string) []byte {
	raw, _ := json.Marshal(oxen.ClaimBody{OxenAddress: addr.String(), To: to.Hex(), Signature: sig})
	return raw
}

// sign is the holder's signature of this chain's claim message for to.
func (r *claimRun) sign(k coreoxen.Keys, to common.Address) string {
	return coreoxen.Sign(k, coreoxen.ClaimMessage(r.c.ChainID, to))
}

// oxenState is everything of the claims a refused claim must leave as it
// was: the oxen section exported, the totals, the claim views and the
// credits.
func (r *claimRun) oxenState(to common.Address) string {
	r.t.Helper()
	exported, err := r.c.App.ExportGenesis(0)
	require.NoError(r.t, err)
	out := []string{string(exported["oxen"])}
	for _, path := range []string{"/oxen/totals", "/oxen/claim/" + holder(1).Address(coreoxen.Mainnet).String(), "/oxen/claim/" + holder(2).Address(coreoxen.Mainnet).String(), "/rewards/" + to.Hex(), "/pool"} {
		res := r.c.Query(path, nil)
		require.Equal(r.t, app.CodeOK, res.Code, res.Log)
		if path == "/pool" {
			var p rewards.PoolView
			require.NoError(r.t, json.Unmarshal(res.Value, &p))
			out = append(out, p.Credited[rewards.CreditOxenClaim])
			continue
		}
		out = append(out, string(res.Value))
	}
	return strings.Join(out, "\n")
}

// submit runs raw through CheckTx and then in a block of its own; both must
// answer code (in codespace oxen unless 0).
func (r *claimRun) submit(raw []byte, code uint32) *abci.ExecTxResult {
	r.t.Helper()
	chk, err := r.c.App.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw})
	require.NoError(r.t, err)
	require.Equal(r.t, code, chk.Code, chk.Log)
	res := r.c.Block(abci.FinalizeBlockRequest{Txs: [][]byte{raw}}).TxResults[0]
	require.Equal(r.t, code, res.Code, res.Log)
	if code != app.CodeOK {
		require.Equal(r.t, oxen.Name, res.Codespace)
	}
	return res
}

// byEth wraps a claim body in the relayer's envelope (nonce counted: a
// failed transaction uses its nonce).
func (r *claimRun) byEth(b []byte) []byte {
	r.t.Helper()
	tt, err := tx.NewEthTx(r.c.ChainID, r.relay, r.nonce, oxen.TxClaim, b)
	require.NoError(r.t, err)
	r.nonce++
	return tt.Encode()
}

func attrs(ev abci.Event) map[string]string {
	out := map[string]string{}
	for _, a := range ev.Attributes {
		out[a.Key] = a.Value
	}
	return out
}

// TestClaimLandsOnce: a holder's claim, relayed by a throwaway Ethereum key,
// credits "to" in the rewards concern once; every refusal answers its code
// in CheckTx and in the block, and leaves the claims' state as it was.
func TestClaimLandsOnce(t *testing.T) {
	r := claimChain(t, 0)
	k1, k2, k3 := holder(1), holder(2), holder(3)
	a1, a2 := k1.Address(coreoxen.Mainnet), k2.Address(coreoxen.Mainnet)
	to, other := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), common.BytesToAddress([]byte{0xbe, 0xef})

	res := r.submit(r.byEth(body(a1, to, r.sign(k1, to))), app.CodeOK)
	claimedAt := r.c.Height
	require.Len(t, res.Events, 2)
	require.Equal(t, "rewards_credited", res.Events[0].Type) // the rewards concern's own
	require.Equal(t, "oxen_claimed", res.Events[1].Type)
	require.Equal(t, map[string]string{"to": to.Hex(), "amount": "123", "height": "2"}, attrs(res.Events[1]))
	for _, ev := range res.Events {
		for _, a := range ev.Attributes {
			require.NotContains(t, a.Value, a1.String(), "an event names the Oxen address")
		}
	}

	var view oxen.ClaimView
	r.c.Query("/oxen/claim/"+a1.String(), &view)
	require.Equal(t, oxen.ClaimView{OxenAddress: a1.String(), Amount: "123", Claimed: true, ClaimedHeight: claimedAt, To: to.Hex()}, view)
	var acct rewards.AccountView
	r.c.Query("/rewards/"+to.Hex(), &acct)
	require.Equal(t, "123", acct.Credited)
	require.Equal(t, "123", acct.Accrued)
	var tot oxen.TotalsView
	r.c.Query("/oxen/totals", &tot)
	require.Equal(t, oxen.PoolTotals{Addresses: 2, Imported: "200", Claimed: "123", Unclaimed: "77"}, tot.Coins)
	require.Nil(t, tot.Closed)

	integrated := a1
	integrated.Kind, integrated.PaymentID = coreoxen.Integrated, [8]byte{1, 2, 3}
	testnet := k3.Address(coreoxen.Testnet)
	sigTo := r.sign(k2, to)
	big := body(a2, to, sigTo)
	big = append(big[:len(big)-1], []byte(`,"pad":"`+strings.Repeat("x", 1024)+`"}`)...)
	for _, tc := range []struct {
		name string
		body []byte
		code uint32
	}{
		{"the same claim again", body(a1, to, r.sign(k1, to)), oxen.CodeAlreadyClaimed},
		{"the same claim to another address", body(a1, other, r.sign(k1, other)), oxen.CodeAlreadyClaimed},
		{"the same spend key through an integrated address", body(integrated, to, r.sign(k1, to)), oxen.CodeBadRequest},
		{"another address's balance with this key", body(a2, to, r.sign(k1, to)), oxen.CodeBadSignature},
		{"a bad signature", body(a2, to, sigTo[:40]+strings.Repeat("1", len(sigTo)-40)), oxen.CodeBadSignature},
		{"not SigV1", body(a2, to, "SigV2"+sigTo[5:]), oxen.CodeBadSignature},
		{"a signature for another to", body(a2, other, sigTo), oxen.CodeBadSignature},
		{"another chain id", body(a2, to, coreoxen.Sign(k2, coreoxen.ClaimMessage("other-chain", to))), oxen.CodeBadSignature},
		{"an address with no balance", body(k3.Address(coreoxen.Mainnet), to, r.sign(k3, to)), oxen.CodeNoBalance},
		{"an address of another network", body(testnet, to, r.sign(k3, to)), oxen.CodeBadRequest},
		{"garbage", []byte("not json"), oxen.CodeBadRequest},
		{"an unknown field", []byte(`{"oxen_address":"` + a2.String() + `","to":"` + to.Hex() + `","signature":"` + sigTo + `","x":1}`), oxen.CodeBadRequest},
		{"a missing field", []byte(`{"oxen_address":"` + a2.String() + `","to":"` + to.Hex() + `"}`), oxen.CodeBadRequest},
		{"trailing data", append(body(a2, to, sigTo), '{'), oxen.CodeBadRequest},
		{"to not an address", []byte(`{"oxen_address":"` + a2.String() + `","to":"0x1234","signature":"` + sigTo + `"}`), oxen.CodeBadRequest},
		{"oversize", big, oxen.CodeBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := r.oxenState(to)
			r.submit(r.byEth(tc.body), tc.code)
			require.Equal(t, before, r.oxenState(to), "a refused claim changed state")
		})
	}

	// Holder 2 claims through a node's key (the oxen plugin's relay), to
	// the same address: credits add up.
	raw := tx.NewNodeTx(r.c.ChainID, apptest.ValKey(0), 0, oxen.TxClaim, body(a2, to, sigTo)).Encode()
	r.submit(raw, app.CodeOK)
	r.c.Query("/rewards/"+to.Hex(), &acct)
	require.Equal(t, "200", acct.Accrued)
	r.c.Query("/oxen/totals", &tot)
	require.Equal(t, oxen.PoolTotals{Addresses: 2, Imported: "200", Claimed: "200", Unclaimed: "0"}, tot.Coins)

	// The export leaves claimed coins out: a network started from it
	// cannot pay them twice.
	exported, err := r.c.App.ExportGenesis(0)
	require.NoError(t, err)
	var back oxen.Genesis
	require.NoError(t, json.Unmarshal(exported["oxen"], &back))
	require.Empty(t, back.Coins)
}

// TestClaimsClose: a claim at the close height lands; after it, a good
// claim is refused with the closed code, and the totals report what was
// never claimed.
func TestClaimsClose(t *testing.T) {
	r := claimChain(t, 3) // height 1 is committed: blocks 2 and 3 take claims
	to := common.BytesToAddress([]byte{0x70})
	k1, k2 := holder(1), holder(2)
	r.c.Block(abciReq())
	var tot oxen.TotalsView
	r.c.Query("/oxen/totals", &tot)
	require.Nil(t, tot.Closed)

	r.submit(r.byEth(body(k1.Address(coreoxen.Mainnet), to, r.sign(k1, to))), app.CodeOK)
	require.Equal(t, int64(3), r.c.Height)
	r.c.Query("/oxen/totals", &tot)
	require.Equal(t, &oxen.ClosedView{Height: 3, Addresses: 1, NeverClaimed: "77"}, tot.Closed)

	before := r.oxenState(to)
	r.submit(r.byEth(body(k2.Address(coreoxen.Mainnet), to, r.sign(k2, to))), oxen.CodeClosed)
	require.Equal(t, before, r.oxenState(to))
	r.c.Query("/oxen/totals", &tot)
	require.Equal(t, oxen.PoolTotals{Addresses: 2, Imported: "200", Claimed: "123", Unclaimed: "77"}, tot.Coins)
}

// TestGenesisRefusesUnclaimableCoins: a coin of another network, or of an
// subaddress, could never be claimed: the section is refused.
func TestGenesisRefusesUnclaimableCoins(t *testing.T) {
	sub := holder(1).Address(coreoxen.Mainnet)
	sub.Kind = coreoxen.Subaddress
	for _, tc := range []struct {
		name, network, addr, want string
	}{
		{"testnet coin", "mainnet", holder(1).Address(coreoxen.Testnet).String(), "oxen.coins[0].oxen_address: an Oxen testnet address, the snapshot is of mainnet"},
		{"subaddress coin", "mainnet", sub.String(), "oxen.coins[0].oxen_address: a subaddress, only standard addresses claim"},
		{"unknown network", "moonnet", holder(1).Address(coreoxen.Mainnet).String(), `oxen.snapshot.network: oxen network "moonnet"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := oxen.DefaultGenesis()
			g.Snapshot = oxen.Snapshot{Hash: codec.Hex(bytes.Repeat([]byte{7}, 32)), Network: tc.network}
			g.Coins, g.Pools.Claims = []oxen.Coin{{OxenAddress: tc.addr, Amount: 1}}, 1
			require.ErrorContains(t, g.Validate(), tc.want)
		})
	}
}

// TestClaimIsPerSpendKey: two standard addresses with one spend key (the
// second paired with another view key), both given coins: a signature
// binds only the spend key, so the first claim takes the key and the
// second is refused as already claimed; both views show the key's claim.
func TestClaimIsPerSpendKey(t *testing.T) {
	k1 := holder(1)
	twin := k1.Address(coreoxen.Mainnet)
	twin.View = holder(4).View
	r := claimChain(t, 0, oxen.Coin{OxenAddress: twin.String(), Amount: 5})
	to := common.BytesToAddress([]byte{0x70})
	r.submit(r.byEth(body(k1.Address(coreoxen.Mainnet), to, r.sign(k1, to))), app.CodeOK)
	before := r.oxenState(to)
	r.submit(r.byEth(body(twin, to, r.sign(k1, to))), oxen.CodeAlreadyClaimed)
	require.Equal(t, before, r.oxenState(to))
	var view oxen.ClaimView
	r.c.Query("/oxen/claim/"+twin.String(), &view)
	require.Equal(t, oxen.ClaimView{OxenAddress: twin.String(), Amount: "5", Claimed: true, ClaimedHeight: 2, To: to.Hex()}, view)
}
