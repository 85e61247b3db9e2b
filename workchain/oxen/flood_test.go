package oxen_test

import (
	"context"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/tx"
)

// TestClaimReplayedThroughThrowawayRelayers is the attacker's test of
// claim relaying: a signed claim seen in the mempool is wrapped by 10 fresh
// Ethereum keys, and the holder signs a second claim to another address.
// All would pass a check against committed state, at most one can
// succeed: the mempool keeps the first (the others answer CodeDuplicate),
// a proposal with two is rejected, and after the claim lands the copies
// fail their recheck as already claimed. Fails without
// exec.TxHandler.Once: every copy passed CheckTx.
func TestClaimReplayedThroughThrowawayRelayers(t *testing.T) {
	r := claimChain(t, 0)
	k1 := holder(1)
	a1 := k1.Address(coreoxen.Mainnet)
	to, other := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), common.BytesToAddress([]byte{0xbe, 0xef})
	claim := body(a1, to, r.sign(k1, to))
	first := r.byEth(claim)
	check := func(raw []byte, typ abci.CheckTxType) *abci.CheckTxResponse {
		res, err := r.c.App.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: typ})
		require.NoError(t, err)
		return res
	}
	require.Equal(t, app.CodeOK, check(first, abci.CHECK_TX_TYPE_CHECK).Code)

	var copies [][]byte
	for i := range 11 {
		b := claim
		if i == 10 {
			b = body(a1, other, r.sign(k1, other))
		}
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		tt, err := tx.NewEthTx(r.c.ChainID, key, 0, oxen.TxClaim, b)
		require.NoError(t, err)
		copies = append(copies, tt.Encode())
	}
	for i, raw := range copies {
		res := check(raw, abci.CHECK_TX_TYPE_CHECK)
		require.Equal(t, app.CodeDuplicate, res.Code, "copy %d: %s", i, res.Log)
		require.Equal(t, app.Codespace, res.Codespace)
	}
	pp, err := r.c.App.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Txs: [][]byte{copies[0], copies[10]}, Height: r.c.Height + 1})
	require.NoError(t, err)
	require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_REJECT, pp.Status)

	res := r.c.Block(abci.FinalizeBlockRequest{Txs: [][]byte{first}}).TxResults[0]
	require.Equal(t, app.CodeOK, res.Code, res.Log)
	for i, raw := range copies {
		res := check(raw, abci.CHECK_TX_TYPE_RECHECK)
		require.Equal(t, oxen.CodeAlreadyClaimed, res.Code, "recheck of copy %d: %s", i, res.Log)
	}
}
