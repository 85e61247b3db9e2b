package example

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/kit/kittest"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// chain is a stand-in node that finalizes a block every few milliseconds.
type chain struct{}

func (chain) QueryState(context.Context, string, int64) ([]byte, int64, error) {
	return []byte("{}"), 1, nil
}
func (chain) SubmitTx(context.Context, string, string, []byte) ([]byte, error) { return nil, nil }
func (chain) SubscribeBlocks(ctx context.Context, from int64) (<-chan *pluginv1.Block, error) {
	ch := make(chan *pluginv1.Block)
	go func() {
		defer close(ch)
		for h := int64(1); ; h++ {
			select {
			case <-ctx.Done():
				return
			case ch <- &pluginv1.Block{Height: h, NumTxs: uint32(h % 3), Hash: []byte{byte(h)}}:
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	return ch, nil
}

func TestFollowsBlocksAndKeepsTheLastN(t *testing.T) {
	m := kittest.Start(t, New(1), kittest.Options{API: chain{}, Settings: map[string]any{"keep": 3}})
	var st Status
	require.Eventually(t, func() bool {
		raw, err := m.Call("status", nil)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(raw, &st))
		return len(st.Blocks) == 3 && st.Blocks[0].Height > 3
	}, 10*time.Second, 10*time.Millisecond)
	require.Equal(t, st.Blocks[0].Height+2, st.Blocks[2].Height, "the last three, in order")
	require.NoError(t, m.Health())
	_, err := m.Call("nope", nil)
	require.ErrorContains(t, err, "unknown method")
}

func TestConfigureRefusesBadSettings(t *testing.T) {
	cases := map[string]string{
		`{"keep":0}`:    "keep must be 1..1000",
		`{"keep":5000}`: "keep must be 1..1000",
		`{"keep":"x"}`:  "example settings",
		`[1,2]`:         "example settings",
	}
	for raw, want := range cases {
		err := New(1).Configure(context.Background(), kit.Env{Settings: json.RawMessage(raw), Host: &kit.Host{}})
		require.ErrorContains(t, err, want, raw)
	}
	require.ErrorContains(t, New(1).Configure(context.Background(), kit.Env{}), "needs the host API")
}
