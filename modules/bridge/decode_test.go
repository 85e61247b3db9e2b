package bridge

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
)

// TestWitnessReportsSeededNodes: nodes seeded into the contract before it
// started reach the witness's observation as KindSeeded events with the
// ids the contract gave (1, 2), their BLS keys (X ‖ Y) and Ed25519 keys,
// in L2 order and before a node registered after start(); the payloads
// are the canonical bytes DecodeSeeded reads back.
func TestWitnessReportsSeededNodes(t *testing.T) {
	op, err := devchain.NewAccount()
	require.NoError(t, err)
	var seed []devchain.SeedNode
	var blsKeys [][64]byte
	for i := range 2 {
		sk, err := bls.SecretKeyFromBig(big.NewInt(int64(2001 + i)))
		require.NoError(t, err)
		n := devchain.SeedNode{BLS: sk.PublicKey().Bytes(), AddedTimestamp: 1_700_000_000,
			Contributors: []devchain.SeedContributor{{Staker: op.Opts.From, Beneficiary: op.Opts.From, Amount: requirement.Uint64()}}}
		copy(n.Ed25519[:], bytes.Repeat([]byte{byte(0x41 + i)}, 32))
		seed, blsKeys = append(seed, n), append(blsKeys, n.BLS)
	}
	c, err := devchain.NewWith([]devchain.Account{op}, requirement, big.NewInt(100), new(big.Int).Mul(requirement, big.NewInt(10)),
		devchain.DeployOptions{Seed: seed})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: c.SeedBlock},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	register(t, c, op, 1)
	c.Backend.Commit() // depth 1
	require.NoError(t, s.Scan(context.Background()))

	obs, err := l2event.Decode(s.Observation(l2event.Cursor{}).Encode())
	require.NoError(t, err, "a well-formed extension")
	require.Len(t, obs.Events, 3)
	for i, e := range obs.Events[:2] {
		require.Equal(t, l2event.KindSeeded, e.Kind)
		got, err := l2event.DecodeSeeded(e.Payload)
		require.NoError(t, err)
		require.Equal(t, got.Encode(), e.Payload, "canonical bytes")
		require.Equal(t, l2event.Seeded{ServiceNodeID: uint64(i + 1), BLS: blsKeys[i][:], Ed25519: seed[i].Ed25519[:]}, got)
	}
	require.Equal(t, c.SeedBlock, obs.Events[0].Block)
	require.Equal(t, l2event.KindRegistration, obs.Events[2].Kind)
	require.Contains(t, string(obs.Events[2].Payload), `"service_node_id":3`, "ids go on after the seeded ones")
}

// FuzzDecodeLog: whatever an endpoint returns as a contract log (a known
// event's topic, then any other topics and data), the decoder never
// panics, and an event it accepts is one an observation can carry: a
// known kind and a payload within l2event.MaxPayload.
func FuzzDecodeLog(f *testing.F) {
	d, err := NewDecoder()
	if err != nil {
		f.Fatal(err)
	}
	var topics []common.Hash
	for id := range d.ids {
		topics = append(topics, id)
	}
	slices.SortFunc(topics, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	f.Add(uint8(0), []byte{}, []byte{})
	f.Add(uint8(1), bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{0xff}, 96))
	f.Add(uint8(2), bytes.Repeat([]byte{0}, 64), bytes.Repeat([]byte{7}, 320))
	f.Fuzz(func(t *testing.T, which uint8, indexed, data []byte) {
		lg := types.Log{Topics: []common.Hash{topics[int(which)%len(topics)]}, Data: data, BlockNumber: 5, Index: 1}
		for len(indexed) >= 32 {
			lg.Topics = append(lg.Topics, common.BytesToHash(indexed[:32]))
			indexed = indexed[32:]
		}
		e, ok, err := d.Decode(lg)
		if err != nil || !ok {
			return
		}
		if e.Kind != d.ids[lg.Topics[0]] || len(e.Payload) > l2event.MaxPayload {
			t.Fatalf("accepted %+v as kind %d with %d payload bytes", lg, e.Kind, len(e.Payload))
		}
	})
}

// TestDecodeRefusesMisshapenLogs: a log of a known event with no data or
// the wrong number of topics is refused with a reason, never decoded into
// zero values (the bindings skip unpacking empty data: FuzzDecodeLog found
// a nil amount that way).
func TestDecodeRefusesMisshapenLogs(t *testing.T) {
	d, err := NewDecoder()
	require.NoError(t, err)
	topic := func(kind byte) common.Hash {
		for id, k := range d.ids {
			if k == kind {
				return id
			}
		}
		t.Fatalf("no topic for kind %d", kind)
		return common.Hash{}
	}
	seededData := bytes.Repeat([]byte{1}, 96)
	for name, tc := range map[string]struct {
		lg   types.Log
		want string
	}{
		"requirement without data": {types.Log{Topics: []common.Hash{topic(l2event.KindRequirementUpdated)}}, "StakingRequirementUpdated log has no data"},
		"seeded without its id":    {types.Log{Topics: []common.Hash{topic(l2event.KindSeeded)}, Data: seededData}, "NewSeededServiceNode log has 1 topics, want 2"},
		"seeded with an extra":     {types.Log{Topics: []common.Hash{topic(l2event.KindSeeded), {}, {}}, Data: seededData}, "has 3 topics, want 2"},
		"seeded without data":      {types.Log{Topics: []common.Hash{topic(l2event.KindSeeded), {31: 1}}}, "NewSeededServiceNode log has no data"},
		"seeded with short data":   {types.Log{Topics: []common.Hash{topic(l2event.KindSeeded), {31: 1}}, Data: seededData[:64]}, "log 0 of block 0"},
	} {
		t.Run(name, func(t *testing.T) {
			_, ok, err := d.Decode(tc.lg)
			require.ErrorContains(t, err, tc.want)
			require.False(t, ok)
		})
	}
	e, ok, err := d.Decode(types.Log{Topics: []common.Hash{topic(l2event.KindSeeded), {31: 1}}, Data: seededData, BlockNumber: 9, Index: 4})
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, l2event.Event{Block: 9, LogIndex: 4, Kind: l2event.KindSeeded, Payload: l2event.Seeded{ServiceNodeID: 1,
		BLS: seededData[:64], Ed25519: seededData[64:]}.Encode()}, e)
}
