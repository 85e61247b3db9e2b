package gov_test

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/tx"
)

// throwaway wraps body in a transaction of a fresh Ethereum key (nonce 0):
// what anyone who saw a signed vote in the mempool can do at no cost.
func (c *chain) throwaway(typ string, body []byte) ([]byte, string) {
	c.T.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(c.T, err)
	t, err := tx.NewEthTx(c.ChainID, k, 0, typ, body)
	require.NoError(c.T, err)
	return t.Encode(), "eth:" + crypto.PubkeyToAddress(k.PublicKey).Hex()
}

// TestVoteReplayedThroughThrowawayRelayers is the attacker's test of vote
// relaying: a signed vote seen in the mempool is wrapped by 20 fresh keys
// (and the voter signs a second vote with the same vote nonce). Before
// exec.TxHandler.Once every copy passed CheckTx, PrepareProposal put them
// all in the block, and each failed there but one, leaving its relayer's
// nonce in state: blocks and state filled for free. Now the mempool keeps
// the first, a proposal carries one, a proposal with two is rejected, and
// no throwaway key reaches state.
func TestVoteReplayedThroughThrowawayRelayers(t *testing.T) {
	c := newChain(t, testGovParams())
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	v := c.signedVote(A, 1, yes)
	first := c.relay(v)
	require.Equal(t, app.CodeOK, c.checkTx(first).Code)

	var copies [][]byte
	var relayers []string
	for range 20 {
		raw, who := c.throwaway(gov.TxVote, gov.EncodeVote(v))
		copies, relayers = append(copies, raw), append(relayers, who)
	}
	sameNonce := signVote(t, c.Domain(), A, 1, no, v.Nonce)
	other, who := c.throwaway(gov.TxVote, gov.EncodeVote(sameNonce))
	copies, relayers = append(copies, other), append(relayers, who)
	for i, raw := range copies {
		res := c.checkTx(raw)
		require.Equal(t, app.CodeDuplicate, res.Code, "copy %d: %s", i, res.Log)
		require.Equal(t, app.Codespace, res.Codespace)
	}

	all := append([][]byte{first}, copies...)
	prep, err := c.App.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{
		Txs: all, MaxTxBytes: 1 << 20, Height: c.Height + 1, Time: apptest.T0.Add(time.Duration(c.Height+1) * time.Second)})
	require.NoError(t, err)
	require.Equal(t, [][]byte{first}, prep.Txs, "a proposal carries one of the copies")

	for name, txs := range map[string][][]byte{"two copies": {first, copies[0]}, "two votes, one nonce": {copies[0], other}} {
		res, err := c.App.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Txs: txs, Height: c.Height + 1})
		require.NoError(t, err)
		require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_REJECT, res.Status, name)
	}
	one, err := c.App.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Txs: [][]byte{copies[3]}, Height: c.Height + 1})
	require.NoError(t, err)
	require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_ACCEPT, one.Status, "one copy, whoever relays it, is a valid proposal")

	c.blockOK(first)
	var votes []gov.VoteView
	c.Query("/gov/votes/1", &votes)
	require.Len(t, votes, 1)
	require.Equal(t, yes, votes[0].Option, "the first vote in counts, not the later one with its nonce")
	for i, raw := range copies {
		res, err := c.App.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_RECHECK})
		require.NoError(t, err)
		require.Equal(t, gov.CodeStaleNonce, res.Code, "recheck of copy %d after the vote: %s", i, res.Log)
	}
	for _, who := range relayers {
		var acct app.Account
		c.Query("/account/"+who, &acct)
		require.Zero(t, acct.NextNonce, "a throwaway relayer has no nonce in state")
	}
}
