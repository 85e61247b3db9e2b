package bridge

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/kit/kittest"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// workchain stands in for the node: it answers the attestation cursor.
type workchain struct{ cursor string }

func (w workchain) QueryState(_ context.Context, path string, _ int64) ([]byte, int64, error) {
	return []byte(w.cursor), 1, nil
}
func (workchain) SubmitTx(context.Context, string, string, []byte) ([]byte, error) { return nil, nil }
func (workchain) SubscribeBlocks(ctx context.Context, _ int64) (<-chan *pluginv1.Block, error) {
	return make(chan *pluginv1.Block), nil
}

func TestModuleReportsWhatTheChainHolds(t *testing.T) {
	c, op := newDevchain(t)
	register(t, c, op, 1)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	m := New()
	m.dial = func(context.Context, string) (Chain, error) { return c.Backend.Client(), nil }
	h := kittest.Start(t, m, kittest.Options{API: workchain{cursor: `{"started":false}`}, Settings: map[string]any{
		"rpc": []string{"simulated"}, "contract": c.StakingAddr.Hex(), "depth": 1, "max_range": 5, "poll_ms": 20,
	}})
	var obs l2event.Observation
	require.Eventually(t, func() bool {
		res, err := h.Client.VoteExt.Observe(context.Background(), &pluginv1.ObserveRequest{Height: 5, DeadlineMs: 500, Applied: []byte(`{"started":false}`)})
		require.NoError(t, err)
		obs, err = l2event.Decode(res.Observation)
		require.NoError(t, err)
		return len(obs.Events) == 1
	}, 10*time.Second, 20*time.Millisecond)
	require.Equal(t, l2event.KindRegistration, obs.Events[0].Kind)
	var r l2event.Registration
	require.NoError(t, json.Unmarshal(obs.Events[0].Payload, &r))
	require.Equal(t, uint64(1), r.ServiceNodeID)
	require.NoError(t, h.Health())
	require.NoError(t, m.LastScanError())
}

func TestUnreachableL2IsNotAnUnhealthyModule(t *testing.T) {
	m := New()
	m.dial = func(context.Context, string) (Chain, error) { return &flaky{down: true}, nil }
	h := kittest.Start(t, m, kittest.Options{API: workchain{}, Settings: map[string]any{
		"rpc": []string{"down"}, "contract": "0x0000000000000000000000000000000000000abc", "depth": 1, "poll_ms": 20,
	}})
	require.Eventually(t, func() bool { return m.LastScanError() != nil }, 10*time.Second, 20*time.Millisecond)
	require.NoError(t, h.Health(), "the host must not restart the witness because the L2 is down")
}

func TestModuleRefusesBadSettings(t *testing.T) {
	cases := map[string]string{
		`{}`:                              "at least one L2 endpoint",
		`{"rpc":["x"],"contract":"nope"}`: "not an address",
		`[]`:                              "bridge settings",
	}
	for raw, want := range cases {
		m := New()
		err := m.Configure(context.Background(), kitEnv(raw))
		require.ErrorContains(t, err, want, raw)
	}
}

func kitEnv(settings string) kit.Env {
	return kit.Env{Settings: json.RawMessage(settings), Host: &kit.Host{}, DataDir: "/nonexistent"}
}
