// Package apptest runs the workchain application the way CometBFT calls
// it, for tests of concerns outside workchain/app (the toy, rewards): a
// real app on badger in a temporary directory, InitChain with a given
// app_state, blocks one second apart, queries, and the injected commit of
// validators reporting an L2 observation. (workchain/app's own tests keep
// their harness: they cannot import a package that imports app.)
package apptest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/state"
)

// T0 is the genesis time; block h is T0 + h seconds.
var T0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// ValKey is validator i's key (genesis nodes use it as their Ed25519 key).
func ValKey(i int) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
}

// Chain is one running application.
type Chain struct {
	T       testing.TB
	App     *app.App
	ChainID string
	Height  int64
	// Init is InitChain's answer.
	Init *abci.InitChainResponse
}

// New starts an application wired with opts on a fresh badger store and
// runs InitChain with appState.
func New(t testing.TB, chainID string, appState app.GenesisState, opts ...app.Option) *Chain {
	t.Helper()
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop(), opts...)
	require.NoError(t, err)
	raw, err := json.Marshal(appState)
	require.NoError(t, err)
	res, err := a.InitChain(context.Background(), &abci.InitChainRequest{Time: T0, ChainId: chainID, AppStateBytes: raw, InitialHeight: 1})
	require.NoError(t, err)
	return &Chain{T: t, App: a, ChainID: chainID, Init: res}
}

// Block finalizes and commits the next height (its height and time are
// set here) and returns its results.
func (c *Chain) Block(req abci.FinalizeBlockRequest) *abci.FinalizeBlockResponse {
	c.T.Helper()
	req.Height, req.Time = c.Height+1, T0.Add(time.Duration(c.Height+1)*time.Second)
	res, err := c.App.FinalizeBlock(context.Background(), &req)
	require.NoError(c.T, err)
	_, err = c.App.Commit(context.Background(), &abci.CommitRequest{})
	require.NoError(c.T, err)
	c.Height++
	return res
}

// Query asks path at the latest height; with out, it must answer and its
// value is decoded into out.
func (c *Chain) Query(path string, out any) *abci.QueryResponse {
	c.T.Helper()
	res, err := c.App.Query(context.Background(), &abci.QueryRequest{Path: path})
	require.NoError(c.T, err)
	if out != nil {
		require.Equal(c.T, app.CodeOK, res.Code, res.Log)
		require.NoError(c.T, json.Unmarshal(res.Value, out))
	}
	return res
}

// Injected is the next proposal's injected commit when validators
// 0..n-1 (power 10 each) report obs, as PrepareProposal builds it from
// CometBFT's extended commit.
func (c *Chain) Injected(n int, obs l2event.Observation) []byte {
	c.T.Helper()
	each := make([]l2event.Observation, n)
	for i := range each {
		each[i] = obs
	}
	return c.InjectedEach(each...)
}

// InjectedEach is the injected commit when validator i reports obs[i]:
// witnesses that disagree, or lie.
func (c *Chain) InjectedEach(obs ...l2event.Observation) []byte {
	c.T.Helper()
	var info abci.ExtendedCommitInfo
	for i, o := range obs {
		ext := o.Encode()
		sb := cmttypes.VoteExtensionSignBytes(c.ChainID, &cmtproto.Vote{Height: c.Height, Extension: ext})
		pub := ValKey(i).Public().(ed25519.PublicKey)
		info.Votes = append(info.Votes, abci.ExtendedVoteInfo{
			Validator:     abci.Validator{Address: cmted.PubKey(pub).Address(), Power: 10},
			VoteExtension: ext, ExtensionSignature: ed25519.Sign(ValKey(i), sb), BlockIdFlag: cmtproto.BlockIDFlagCommit,
		})
	}
	res, err := c.App.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, LocalLastCommit: info, Height: c.Height + 1})
	require.NoError(c.T, err)
	require.Len(c.T, res.Txs, 1)
	return res.Txs[0]
}

// Results are the "result" attributes of a block's l2_event events in
// transaction 0, in order.
func Results(res *abci.FinalizeBlockResponse) []string {
	var out []string
	for _, ev := range res.TxResults[0].Events {
		for _, a := range ev.Attributes {
			if ev.Type == "l2_event" && a.Key == "result" {
				out = append(out, a.Value)
			}
		}
	}
	return out
}
