package bridge

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/kit/kittest"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// workchain stands in for the node: it answers the attestation cursor and
// the refuted positions.
type workchain struct{ cursor, refuted string }

func (w workchain) QueryState(_ context.Context, path string, _ int64) ([]byte, int64, error) {
	if path == "/attest/refuted" {
		if w.refuted == "" {
			return []byte("[]"), 1, nil
		}
		return []byte(w.refuted), 1, nil
	}
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

// A reorg above the read depth: the block holding a registration is
// replaced by one holding another. The witness never read the dropped one
// (it reads head minus depth), so it reports what the canonical chain
// holds, each event once.
func TestReorgAboveTheReadDepthChangesNothingReported(t *testing.T) {
	c, op := newDevchain(t)
	ctx := context.Background()
	register(t, c, op, 1)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	m := New()
	m.dial = func(context.Context, string) (Chain, error) { return c.Backend.Client(), nil }
	h := kittest.Start(t, m, kittest.Options{API: workchain{cursor: `{"started":false}`}, Settings: map[string]any{
		"rpc": []string{"simulated"}, "contract": c.StakingAddr.Hex(), "depth": 2, "max_range": 5, "poll_ms": 10,
	}})
	observe := func() []l2event.Event {
		res, err := h.Client.VoteExt.Observe(ctx, &pluginv1.ObserveRequest{Height: 5, DeadlineMs: 500, Applied: []byte(`{"started":false}`)})
		require.NoError(t, err)
		obs, err := l2event.Decode(res.Observation)
		require.NoError(t, err)
		return obs.Events
	}
	require.Eventually(t, func() bool { return len(observe()) == 1 }, 10*time.Second, 10*time.Millisecond)

	// Seed 2 registers in the head block, which is then forked away: the
	// side chain holds seed 3's registration instead and grows longer.
	head, err := c.Backend.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	register(t, c, op, 2)
	time.Sleep(50 * time.Millisecond) // several scans while seed 2 is at the head
	require.Len(t, observe(), 1, "read above the depth")
	require.NoError(t, c.Backend.Fork(head.Hash()))
	c.Backend.Rollback() // seed 2's transaction does not come back
	register(t, c, op, 3)
	for i := 0; i < 4; i++ {
		c.Backend.Commit()
	}
	require.Eventually(t, func() bool { return len(observe()) >= 2 }, 10*time.Second, 10*time.Millisecond)
	time.Sleep(50 * time.Millisecond) // more scans: nothing else may appear
	events := observe()
	require.Len(t, events, 2)
	var keys []byte
	for _, e := range events {
		var r l2event.Registration
		require.NoError(t, json.Unmarshal(e.Payload, &r))
		keys = append(keys, r.Ed25519[0])
	}
	// The registration key of seed s begins with ed25519(seed s)'s first byte.
	require.Equal(t, []byte{seedKeyByte(1), seedKeyByte(3)}, keys)

	// The canonical chain agrees: two registrations, in those blocks.
	logs, err := c.Backend.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.StakingAddr}, Topics: [][]common.Hash{{registrationTopic()}}})
	require.NoError(t, err)
	require.Len(t, logs, 2)
	require.Equal(t, logs[1].BlockNumber, events[1].Block)
}

func seedKeyByte(seed byte) byte {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32)).Public().(ed25519.PublicKey)[0]
}

func registrationTopic() common.Hash {
	parsed, err := bindings.ServiceNodeRewardsMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return parsed.Events["NewServiceNodeV2"].ID
}

// TestModuleReportsRefutedEventsAgain: the workchain refuted the position of
// a registration and its cursor is past it. The module, told so through the
// host's query API, reads that block again and reports the event, so that
// a later 2/3 can apply it.
func TestModuleReportsRefutedEventsAgain(t *testing.T) {
	c, op := newDevchain(t)
	register(t, c, op, 1)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	logs, err := c.Backend.Client().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{c.StakingAddr}, Topics: [][]common.Hash{{registrationTopic()}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	pos := l2event.Cursor{Block: logs[0].BlockNumber, LogIndex: uint32(logs[0].Index), Started: true}
	cursor, err := json.Marshal(pos)
	require.NoError(t, err)
	refuted := fmt.Sprintf(`[{"block":%d,"log_index":%d,"kind":1,"reason":"timeout"}]`, pos.Block, pos.LogIndex)

	m := New()
	m.dial = func(context.Context, string) (Chain, error) { return c.Backend.Client(), nil }
	h := kittest.Start(t, m, kittest.Options{API: workchain{cursor: string(cursor), refuted: refuted}, Settings: map[string]any{
		"rpc": []string{"simulated"}, "contract": c.StakingAddr.Hex(), "depth": 1, "max_range": 5, "poll_ms": 20,
	}})
	var obs l2event.Observation
	require.Eventually(t, func() bool {
		res, err := h.Client.VoteExt.Observe(context.Background(), &pluginv1.ObserveRequest{Height: 5, DeadlineMs: 500, Applied: cursor})
		require.NoError(t, err)
		obs, err = l2event.Decode(res.Observation)
		require.NoError(t, err)
		return len(obs.Events) == 1
	}, 10*time.Second, 20*time.Millisecond)
	require.Equal(t, pos, l2event.At(obs.Events[0]))
	require.Equal(t, l2event.KindRegistration, obs.Events[0].Kind)
}
