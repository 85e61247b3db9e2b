package gov_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Stakers of the test network (requirement 100 atomic units):
//
//	node 0: A 100           node 2: D 100
//	node 1: B 50 + C 50     node 3: E 100
//
// F stakes nothing; R relays votes. All active stake: 400. With cosmos'
// numbers a quorum is 133.6, so two nodes' worth.
const (
	A = iota
	B
	C
	D
	E
	F
	R
	nKeys
)

const testChainID = "seshnet-gov-test"

var contract = common.HexToAddress("0x5ea15ea15ea15ea15ea15ea15ea15ea15ea15ea1")

func ethKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{byte(0x20 + i)}, 32))
	if err != nil {
		panic(err)
	}
	return k
}

func addr(i int) common.Address { return crypto.PubkeyToAddress(ethKey(i).PublicKey) }

// chain runs the application as built (gov among its built-ins) on badger,
// one second a block, and keeps each key's envelope and governance nonces.
type chain struct {
	*apptest.Chain
	txNonce  map[common.Address]uint64
	govNonce map[common.Address]uint64
	domain   gov.Domain
}

// testGovParams: a 10 s voting period (ten blocks) and one node's stake to
// propose; cosmos' quorum, threshold and veto. The tests propose a dozen
// at once from one key: the cap on open proposals is lifted
// (TestOpenProposalsCap tests it).
func testGovParams() gov.Params {
	p := gov.DefaultParams()
	p.VotingPeriodSeconds, p.MinProposerStake = 10, 100
	p.MaxOpenProposalsPerProposer = 100
	return p
}

func newChain(t testing.TB, p gov.Params) *chain {
	t.Helper()
	return newChainWith(t, testChainID, p, [][]registry.Contributor{
		{{Staker: addr(A), Beneficiary: addr(A), Amount: 100}},
		{{Staker: addr(B), Beneficiary: addr(B), Amount: 50}, {Staker: addr(C), Beneficiary: addr(C), Amount: 50}},
		{{Staker: addr(D), Beneficiary: addr(D), Amount: 100}},
		{{Staker: addr(E), Beneficiary: addr(E), Amount: 100}},
	})
}

func newChainWith(t testing.TB, chainID string, p gov.Params, nodes [][]registry.Contributor) *chain {
	t.Helper()
	reg := registry.DefaultGenesis()
	reg.Params.StakingRequirement = 100
	for i, cs := range nodes {
		reg.Nodes = append(reg.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(apptest.ValKey(i).Public().(ed25519.PublicKey)),
			BLS: bytes.Repeat([]byte{byte(i + 1)}, 64), Contributors: cs,
		})
	}
	l2g := l2.DefaultGenesis()
	l2g.ChainID, l2g.StakingContract = 421614, contract
	gs := app.GenesisState{"registry": mustJSON(t, reg), "l2": mustJSON(t, l2g), "gov": mustJSON(t, gov.Genesis{Params: p})}
	c := &chain{Chain: apptest.New(t, chainID, gs), txNonce: map[common.Address]uint64{}, govNonce: map[common.Address]uint64{}}
	return c
}

func mustJSON(t testing.TB, v any) json.RawMessage {
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	return raw
}

// envelope is a transaction of key i with its next envelope nonce.
func (c *chain) envelope(i int, typ string, body []byte) []byte {
	c.T.Helper()
	a := addr(i)
	t, err := tx.NewEthTx(c.ChainID, ethKey(i), c.txNonce[a], typ, body)
	require.NoError(c.T, err)
	c.txNonce[a]++
	return t.Encode()
}

func (c *chain) propose(i int, p gov.Proposal) []byte {
	return c.envelope(i, gov.TxPropose, gov.EncodeProposal(p))
}

// signedVote is voter's vote signed over the chain's domain with its next
// governance nonce (counted as used).
func (c *chain) signedVote(voter int, proposal uint64, option uint8) gov.Vote {
	a := addr(voter)
	v := signVote(c.T, c.Domain(), voter, proposal, option, c.govNonce[a])
	c.govNonce[a]++
	return v
}

func signVote(t testing.TB, d gov.Domain, voter int, proposal uint64, option uint8, nonce uint64) gov.Vote {
	t.Helper()
	digest := gov.VoteDigest(d, proposal, option, nonce)
	sig, err := crypto.Sign(digest[:], ethKey(voter))
	require.NoError(t, err)
	sig[64] += 27 // as wallets return it
	return gov.Vote{Proposal: proposal, Option: option, Nonce: nonce, Voter: addr(voter), Signature: sig}
}

// Domain is the chain's EIP-712 domain as /gov/domain answers it (state
// is committed from block 1 on).
func (c *chain) Domain() gov.Domain {
	c.T.Helper()
	if c.domain == (gov.Domain{}) {
		c.Query("/gov/domain", &c.domain)
	}
	return c.domain
}

// vote is voter's vote relayed by R.
func (c *chain) vote(voter int, proposal uint64, option uint8) []byte {
	return c.relay(c.signedVote(voter, proposal, option))
}

func (c *chain) relay(v gov.Vote) []byte { return c.envelope(R, gov.TxVote, gov.EncodeVote(v)) }

func (c *chain) block(txs ...[]byte) *abci.FinalizeBlockResponse {
	c.T.Helper()
	return c.Block(abci.FinalizeBlockRequest{Txs: txs})
}

func (c *chain) blockOK(txs ...[]byte) *abci.FinalizeBlockResponse {
	c.T.Helper()
	res := c.block(txs...)
	for i, r := range res.TxResults {
		require.Equal(c.T, app.CodeOK, r.Code, "tx %d: %s", i, r.Log)
	}
	return res
}

func (c *chain) blocksTo(h int64) {
	for c.Height < h {
		c.block()
	}
}

func (c *chain) proposal(id uint64) gov.ProposalView {
	c.T.Helper()
	var p gov.ProposalView
	c.Query(fmt.Sprintf("/gov/proposal/%d", id), &p)
	return p
}

func (c *chain) tally(id uint64) gov.TallyView {
	c.T.Helper()
	var t gov.TallyView
	c.Query(fmt.Sprintf("/gov/tally/%d", id), &t)
	return t
}

func (c *chain) params(module string) map[string]json.RawMessage {
	c.T.Helper()
	var p map[string]json.RawMessage
	c.Query("/params/"+module, &p)
	return p
}

// checkTx is CheckTx's answer to raw.
func (c *chain) checkTx(raw []byte) *abci.CheckTxResponse {
	c.T.Helper()
	res, err := c.App.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(c.T, err)
	return res
}

// events are the attributes of the block's events of type typ.
func events(res *abci.FinalizeBlockResponse, typ string) []map[string]string {
	var out []map[string]string
	for _, ev := range res.Events {
		if ev.Type != typ {
			continue
		}
		m := map[string]string{}
		for _, a := range ev.Attributes {
			m[a.Key] = a.Value
		}
		out = append(out, m)
	}
	return out
}
