package loadgen

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	"github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"
)

// fakeNode answers CometBFT's JSON-RPC status and block: the chain is at
// height 1, whose block holds tx, and a block takes fetchDelay to serve.
type fakeNode struct {
	tx         []byte
	fetchDelay time.Duration
	fetchStart atomic.Int64 // unix ns when the block's fetch began
}

func (f *fakeNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var result any
	switch req.Method {
	case "status":
		result = &ctypes.ResultStatus{SyncInfo: ctypes.SyncInfo{LatestBlockHeight: 1}}
	case "block":
		f.fetchStart.Store(time.Now().UnixNano())
		time.Sleep(f.fetchDelay)
		result = &ctypes.ResultBlock{Block: &types.Block{Header: types.Header{Height: 1}, Data: types.Data{Txs: types.Txs{f.tx}}}}
	default:
		http.Error(w, "unknown method "+req.Method, http.StatusNotFound)
		return
	}
	raw, err := cmtjson.Marshal(result)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": json.RawMessage(raw)})
}

// TestObserveTimesTheCommitNotTheFetch: a transaction is committed when
// the node reports its block's height; fetching a large block takes the
// observer time that is not the network's, so the latency ends before the
// fetch begins.
func TestObserveTimesTheCommitNotTheFetch(t *testing.T) {
	node := &fakeNode{tx: []byte("k=v"), fetchDelay: 200 * time.Millisecond}
	srv := httptest.NewServer(node)
	t.Cleanup(srv.Close)
	c, err := rpchttp.New(srv.URL)
	require.NoError(t, err)

	sent := newSentLog()
	at := time.Now()
	sent.put(node.tx, at)
	w := window{from: at.Add(-time.Second), to: at.Add(time.Hour)}
	obs, err := observe(context.Background(), c, sent, w, 0, func() bool { return true })
	require.NoError(t, err)
	require.Equal(t, 1, obs.committed)
	require.Len(t, obs.latencies, 1)
	fetchBegan := time.Unix(0, node.fetchStart.Load())
	require.LessOrEqual(t, at.Add(obs.latencies[0]), fetchBegan, "the commit was seen before the block was fetched")
}
