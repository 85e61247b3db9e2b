package chainclient

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/libs/bytes"
	"github.com/cometbft/cometbft/mempool"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// fakeNode answers the account query and broadcast_tx_sync the way the
// workchain's CheckTx does for nonces: the one it wants is accepted, a lower
// one is stale, a higher one is from the future.
type fakeNode struct {
	rpcclient.ABCIClient // nil: the signer calls only the two methods below

	want   uint64 // the nonce the node takes next
	refuse uint32 // when non-zero, the code every broadcast gets
	// refuseSpace is its codespace ("" is the application's).
	refuseSpace string
	// asError: refusals come back as CometBFT v1's broadcast error, not as
	// a result code.
	asError bool
	paths   []string
	nonces  []uint64 // the nonce of each broadcast, in order
	chainID string
}

func (f *fakeNode) ABCIQueryWithOptions(_ context.Context, path string, _ bytes.HexBytes, _ rpcclient.ABCIQueryOptions) (*ctypes.ResultABCIQuery, error) {
	f.paths = append(f.paths, path)
	v, err := json.Marshal(app.Account{PendingNextNonce: f.want})
	if err != nil {
		return nil, err
	}
	return &ctypes.ResultABCIQuery{Response: abci.QueryResponse{Value: v}}, nil
}

func (f *fakeNode) BroadcastTxSync(_ context.Context, raw cmttypes.Tx) (*ctypes.ResultBroadcastTx, error) {
	t, err := tx.Decode(raw)
	if err != nil {
		return nil, err
	}
	f.nonces = append(f.nonces, t.Nonce)
	f.chainID = t.ChainID
	var res *ctypes.ResultBroadcastTx
	switch {
	case f.refuse != 0:
		res = &ctypes.ResultBroadcastTx{Code: f.refuse, Codespace: cmp.Or(f.refuseSpace, app.Codespace), Log: "refused"}
	case t.Nonce < f.want:
		res = &ctypes.ResultBroadcastTx{Code: app.CodeStaleNonce, Codespace: app.Codespace, Log: "stale nonce"}
	case t.Nonce > f.want:
		res = &ctypes.ResultBroadcastTx{Code: app.CodeFutureNonce, Codespace: app.Codespace, Log: fmt.Sprintf("future nonce: nonce %d, expected %d", t.Nonce, f.want)}
	default:
		f.want++
		return &ctypes.ResultBroadcastTx{Hash: raw.Hash()}, nil
	}
	if f.asError {
		// What CometBFT v1's HTTP client returns for a CheckTx refusal.
		return nil, fmt.Errorf("error in json rpc client: RPC error -32603 - Internal error: broadcast error on transaction validation: %w",
			mempool.ErrInvalidTx{Code: res.Code, Log: res.Log, Codespace: res.Codespace, Hash: raw.Hash()})
	}
	return res, nil
}

func testSigner(t *testing.T, f *fakeNode) *Signer {
	t.Helper()
	return NewSigner(f, "test-chain", ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize)))
}

func send(t *testing.T, s *Signer) error {
	t.Helper()
	_, err := s.Send(context.Background(), uptime.TxProof, []byte("body"))
	return err
}

// The signer reads the nonce once and then counts on its own: several
// transactions can wait in the mempool without a query each.
func TestSignerCountsNoncesAfterOneQuery(t *testing.T) {
	f := &fakeNode{want: 5}
	s := testSigner(t, f)
	for range 3 {
		require.NoError(t, send(t, s))
	}
	require.Equal(t, []uint64{5, 6, 7}, f.nonces)
	pub := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize)).Public().(ed25519.PublicKey)
	require.Equal(t, []string{"/account/" + NodeSigner(pub)}, f.paths)
	require.Equal(t, "test-chain", f.chainID)
}

// A nonce refusal, either way and whether CometBFT returns it as a result
// code or (v1's broadcast_tx_sync) as an error, recounts from the node and
// sends again.
func TestSignerResyncsOnNonceRefusal(t *testing.T) {
	for _, tc := range []struct {
		name    string
		moved   uint64 // where the node's nonce is after the signer's first send
		asError bool
	}{
		{"stale: the node sent its own meanwhile", 9, false},
		{"future: a waiting transaction was dropped", 0, false},
		{"stale, as an RPC error", 9, true},
		{"future, as an RPC error: a vote dropped at recheck", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeNode{want: 1, asError: tc.asError}
			s := testSigner(t, f)
			require.NoError(t, send(t, s))
			f.want = tc.moved
			require.NoError(t, send(t, s))
			require.Equal(t, []uint64{1, 2, tc.moved}, f.nonces)
			require.Len(t, f.paths, 2, "one recount after the refusal")
			require.NoError(t, send(t, s))
			require.Equal(t, tc.moved+1, f.nonces[3], "counting goes on from the recount")
		})
	}
}

// Any other refusal is returned at once, and the count stays where it was.
func TestSignerDoesNotRetryOtherRefusals(t *testing.T) {
	for _, asError := range []bool{false, true} {
		// uptime's CodeTooSoon is 2, the application's CodeMalformed: only
		// the codespace tells them apart.
		f := &fakeNode{want: 4, refuse: uptime.CodeTooSoon, refuseSpace: uptime.Name, asError: asError}
		s := testSigner(t, f)
		err := send(t, s)
		require.Error(t, err)
		require.Equal(t, []uint64{4}, f.nonces)
		f.refuse = 0
		require.NoError(t, send(t, s))
		require.Equal(t, []uint64{4, 4}, f.nonces)
		require.Len(t, f.paths, 1)
	}
}

// A node that keeps refusing the nonce it names is given up on after a
// bounded number of recounts.
func TestSignerGivesUpOnRepeatedNonceRefusals(t *testing.T) {
	f := &fakeNode{want: 2, refuse: app.CodeFutureNonce}
	s := testSigner(t, f)
	require.ErrorContains(t, send(t, s), "transaction refused")
	require.Len(t, f.nonces, sendAttempts)
	require.Len(t, f.paths, sendAttempts)
}
