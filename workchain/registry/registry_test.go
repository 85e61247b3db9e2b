package registry

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/stretchr/testify/require"
)

func addr(b byte) common.Address { return common.BytesToAddress([]byte{b}) }

func contrib(b byte, amount uint64) Contributor {
	return Contributor{Staker: addr(b), Beneficiary: addr(b), Amount: amount}
}

func TestCheckStake(t *testing.T) {
	p := params.Default().Registry
	req := p.StakingRequirement
	q := req / 4
	cases := []struct {
		name    string
		cs      []Contributor
		fee     uint32
		wantErr string
	}{
		{"solo operator", []Contributor{contrib(1, req)}, 0, ""},
		{"operator at exactly 25%", []Contributor{contrib(1, q), contrib(2, req-q)}, 500, ""},
		{"ten contributors", func() []Contributor {
			cs := []Contributor{contrib(1, q)}
			total := q
			for i := 1; i < 10; i++ {
				slots := uint64(10 - i)
				amount := (req - total + slots - 1) / slots
				cs = append(cs, contrib(byte(i+1), amount))
				total += amount
			}
			return cs
		}(), 0, ""},
		{"no contributors", nil, 0, "0 contributors"},
		{"eleven contributors", make([]Contributor, 11), 0, "11 contributors"},
		{"operator below 25%", []Contributor{contrib(1, q-1), contrib(2, req-q+1)}, 0, "operator stakes"},
		{"later contributor below minimum", []Contributor{contrib(1, q), contrib(2, 1), contrib(3, req-q-1)}, 0, "contributor 1 stakes 1"},
		{"underfunded", []Contributor{contrib(1, req-1)}, 0, "total stake"},
		{"overfunded", []Contributor{contrib(1, req), contrib(2, req)}, 0, "exceed"},
		{"fee above 100%", []Contributor{contrib(1, req)}, 10_001, "fee 10001"},
		{"zero staker", []Contributor{{Amount: req}}, 0, "no staker"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckStake(p, tc.cs, tc.fee)
			if tc.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrStakeRule)
			require.ErrorContains(t, err, tc.wantErr)
		})
	}
}

func TestUptimeProofCodec(t *testing.T) {
	good := UptimeProof{Version: "seshd/0.1.0", Modules: []string{"bridge", "relay", "storage"}, Timestamp: 1_700_000_000}
	got, err := DecodeUptimeProof(EncodeUptimeProof(good))
	require.NoError(t, err)
	require.Equal(t, good, got)
	withEndpoints := good
	withEndpoints.Endpoints = []Endpoint{{Service: "relay", Addr: "127.0.0.1:26691"}, {Service: "storage", Addr: "[::1]:26692"}}
	got, err = DecodeUptimeProof(EncodeUptimeProof(withEndpoints))
	require.NoError(t, err)
	require.Equal(t, withEndpoints, got)
	ep := func(es ...Endpoint) UptimeProof { return UptimeProof{Version: "v", Endpoints: es} }

	bad := []struct {
		name string
		p    UptimeProof
		raw  []byte
		want string
	}{
		{name: "unsorted modules", p: UptimeProof{Version: "v", Modules: []string{"relay", "bridge"}}, want: "sorted"},
		{name: "duplicate module", p: UptimeProof{Version: "v", Modules: []string{"relay", "relay"}}, want: "sorted"},
		{name: "bad module name", p: UptimeProof{Version: "v", Modules: []string{"Relay!"}}, want: "module name"},
		{name: "empty version", p: UptimeProof{}, want: "version"},
		{name: "control chars", p: UptimeProof{Version: "v\n1"}, want: "version"},
		{name: "garbage", raw: []byte{0xff, 0xff}, want: "bad varint"},
		{name: "endpoint without port", p: ep(Endpoint{"relay", "1.2.3.4"}), want: "not host:port"},
		{name: "endpoint port zero", p: ep(Endpoint{"relay", "1.2.3.4:0"}), want: "out of range"},
		{name: "endpoint port big", p: ep(Endpoint{"relay", "1.2.3.4:70000"}), want: "out of range"},
		{name: "endpoint no host", p: ep(Endpoint{"relay", ":80"}), want: "not host:port"},
		{name: "endpoint bad v6", p: ep(Endpoint{"relay", "::1:80"}), want: "not host:port"},
		{name: "endpoints unsorted", p: ep(Endpoint{"storage", "a:1"}, Endpoint{"relay", "a:2"}), want: "sorted"},
		{name: "endpoint service name", p: ep(Endpoint{"Relay", "a:1"}), want: "service"},
		{name: "zero endpoints written", raw: append(EncodeUptimeProof(UptimeProof{Version: "v"}), 0), want: "0 endpoints"},
		{name: "too many modules", raw: append(EncodeUptimeProof(UptimeProof{Version: "v"})[:2], 200, 1), want: "200 modules"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			raw := tc.raw
			if raw == nil {
				raw = EncodeUptimeProof(tc.p)
			}
			_, err := DecodeUptimeProof(raw)
			require.ErrorIs(t, err, ErrBadProof)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func FuzzDecodeUptimeProof(f *testing.F) {
	f.Add(EncodeUptimeProof(UptimeProof{Version: "seshd/0.1.0", Modules: []string{"relay"}, Timestamp: 5}))
	f.Add(EncodeUptimeProof(UptimeProof{Version: "seshd/0.1.0", Timestamp: 5, Endpoints: []Endpoint{{"relay", "127.0.0.1:1"}}}))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := DecodeUptimeProof(raw)
		if err == nil && !bytes.Equal(EncodeUptimeProof(p), raw) {
			t.Fatalf("accepted body re-encodes differently: %x", raw)
		}
	})
}

func newBlock(t *testing.T) *state.Block {
	t.Helper()
	db, err := kv.Open("", kv.Options{InMemory: true, Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	s, err := state.Open(db)
	require.NoError(t, err)
	b, err := s.Begin(1)
	require.NoError(t, err)
	return b
}

func testNode(id uint64, key byte, since int64) *Node {
	p := params.Default().Registry
	return &Node{
		ServiceNodeID: id, Ed25519: bytes.Repeat([]byte{key}, 32), BLS: bytes.Repeat([]byte{key}, 64),
		Contributors: []Contributor{contrib(key, p.StakingRequirement)}, State: StateActive, ActiveSinceHeight: since,
	}
}

func TestAddRefusesReuse(t *testing.T) {
	k := New(newBlock(t))
	p := params.Default().Registry
	require.NoError(t, k.Add(p, testNode(1, 1, 0)))
	require.ErrorIs(t, k.Add(p, testNode(2, 1, 0)), ErrKeyReuse)
	require.ErrorIs(t, k.Add(p, testNode(1, 2, 0)), ErrKeyReuse)
	n, err := k.Node(bytes.Repeat([]byte{1}, 32))
	require.NoError(t, err)
	require.Equal(t, uint64(1), n.ServiceNodeID)
}

func TestValidatorSetCapAndUpdates(t *testing.T) {
	k := New(newBlock(t))
	p := params.Default().Registry
	p.MaxValidators = 2
	// Key order is the reverse of seniority, so the cap must pick by seniority.
	require.NoError(t, k.Add(p, testNode(3, 9, 5)))
	require.NoError(t, k.Add(p, testNode(2, 8, 0)))
	require.NoError(t, k.Add(p, testNode(1, 7, 0)))
	ups, err := k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{
		{PubKey: bytes.Repeat([]byte{7}, 32), Power: 10},
		{PubKey: bytes.Repeat([]byte{8}, 32), Power: 10},
	}, ups)

	// Nothing changed: no updates.
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Empty(t, ups)

	// The cap grows: the third joins.
	p.MaxValidators = 3
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{9}, 32), Power: 10}}, ups)

	// A validator leaves the active set: removed with power 0.
	n, err := k.Node(bytes.Repeat([]byte{8}, 32))
	require.NoError(t, err)
	n.State = StateDecommissioned
	setJSON(k.kv, nodeKey(n.Ed25519), n)
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{8}, 32), Power: 0}}, ups)
}

func TestApplyUptimeProof(t *testing.T) {
	k := New(newBlock(t))
	pr := params.Default()
	require.NoError(t, k.Add(pr.Registry, testNode(1, 1, 0)))
	pub := bytes.Repeat([]byte{1}, 32)
	proof := UptimeProof{Version: "v1", Timestamp: 1000}

	require.ErrorIs(t, k.ApplyUptimeProof(pr.Uptime, bytes.Repeat([]byte{2}, 32), proof, 5, 1000), ErrUnknownNode)
	require.ErrorIs(t, k.ApplyUptimeProof(pr.Uptime, pub, proof, 5, 1000+301), ErrBadProof)
	rec, err := k.Uptime(pub)
	require.NoError(t, err)
	require.Nil(t, rec)

	require.NoError(t, k.ApplyUptimeProof(pr.Uptime, pub, proof, 5, 1100))
	rec, err = k.Uptime(pub)
	require.NoError(t, err)
	require.Equal(t, int64(5), rec.Height)
	require.Equal(t, "v1", rec.Version)
}

// TestNodeMemoSharesSlices (review D25): a node read through the memo is the
// caller's to change, slices included: changing one in place must not
// change what the next reader of the same height gets. Fails on a96bbb3
// (the copy shared Contributors, BLS and Ed25519 with the memo).
func TestNodeMemoSharesSlices(t *testing.T) {
	kv := newBlock(t)
	p := params.Default().Registry
	require.NoError(t, New(kv).Add(p, testNode(1, 1, 0)))
	k := NewMemo(kv, map[string]*Node{})
	pub := bytes.Repeat([]byte{1}, 32)
	for range 2 { // the first read fills the memo, the second is answered by it
		n, err := k.Node(pub)
		require.NoError(t, err)
		n.Contributors[0].Amount = 1
		n.BLS[0], n.Ed25519[0] = 0xff, 0xff
	}
	n, err := k.Node(pub)
	require.NoError(t, err)
	require.Equal(t, testNode(1, 1, 0).Contributors, n.Contributors)
	require.Equal(t, byte(1), n.BLS[0])
	require.Equal(t, byte(1), n.Ed25519[0])
}
