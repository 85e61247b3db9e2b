package registry

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"
)

func addr(b byte) common.Address { return common.BytesToAddress([]byte{b}) }

func contrib(b byte, amount uint64) Contributor {
	return Contributor{Staker: addr(b), Beneficiary: addr(b), Amount: amount}
}

func TestCheckStake(t *testing.T) {
	p := DefaultParams()
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

func testNode(id uint64, key byte) *Node {
	p := DefaultParams()
	return &Node{
		ServiceNodeID: id, Ed25519: bytes.Repeat([]byte{key}, 32), BLS: bytes.Repeat([]byte{key}, 64),
		Contributors: []Contributor{contrib(key, p.StakingRequirement)},
	}
}

// at is a keeper over kv in a block of height and time (unix seconds),
// with hooks (nil: none).
func at(kv state.KV, height, blockTime int64, hooks Hooks) Keeper {
	return NewKeeper(exec.Context{KV: kv, Height: height, Time: blockTime}, hooks)
}

func TestAddRefusesReuse(t *testing.T) {
	k := New(statetest.Block(t))
	p := DefaultParams()
	require.NoError(t, k.Add(p, testNode(1, 1)))
	require.ErrorIs(t, k.Add(p, testNode(2, 1)), ErrKeyReuse)
	require.ErrorIs(t, k.Add(p, testNode(1, 2)), ErrKeyReuse)
	n, err := k.Node(bytes.Repeat([]byte{1}, 32))
	require.NoError(t, err)
	require.Equal(t, uint64(1), n.ServiceNodeID)
}

func TestValidatorSetCapAndUpdates(t *testing.T) {
	kv := statetest.Block(t)
	k := at(kv, 1, 0, nil)
	p := DefaultParams()
	p.MaxValidators = 2
	// Key order is the reverse of seniority, so the cap must pick by seniority.
	require.NoError(t, at(kv, 5, 0, nil).Add(p, testNode(3, 9)))
	require.NoError(t, k.Add(p, testNode(2, 8)))
	require.NoError(t, k.Add(p, testNode(1, 7)))
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
	_, err = k.Transition(bytes.Repeat([]byte{8}, 32), Change{Service: ServiceDecommissioned})
	require.NoError(t, err)
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{8}, 32), Power: 0}}, ups)

	// A new validator power is an update of every member (review D16).
	p.ValidatorPower = 20
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{7}, 32), Power: 20}, {PubKey: bytes.Repeat([]byte{9}, 32), Power: 20}}, ups)
}

// TestNodeMemoSharesSlices (review D25): a node read through the memo is the
// caller's to change, slices included: changing one in place must not
// change what the next reader of the same height gets. Fails on a96bbb3
// (the copy shared Contributors, BLS and Ed25519 with the memo).
func TestNodeMemoSharesSlices(t *testing.T) {
	kv := statetest.Block(t)
	p := DefaultParams()
	require.NoError(t, New(kv).Add(p, testNode(1, 1)))
	k := NewKeeper(exec.Context{KV: kv, Memo: exec.Memo{}}, nil)
	pub := bytes.Repeat([]byte{1}, 32)
	for range 2 { // the first read fills the memo, the second is answered by it
		n, err := k.Node(pub)
		require.NoError(t, err)
		n.Contributors[0].Amount = 1
		n.BLS[0], n.Ed25519[0] = 0xff, 0xff
	}
	n, err := k.Node(pub)
	require.NoError(t, err)
	require.Equal(t, testNode(1, 1).Contributors, n.Contributors)
	require.Equal(t, byte(1), n.BLS[0])
	require.Equal(t, byte(1), n.Ed25519[0])
}

// Known (the ante check of every node-signed transaction) reads the key
// alone; CanProve reads the memo's node without a copy. Neither may leave
// the memo's node changeable through what Node hands out afterwards.
func TestKnownAndCanProveOnlyRead(t *testing.T) {
	kv := statetest.Block(t)
	require.NoError(t, New(kv).Add(DefaultParams(), testNode(1, 1)))
	k := NewKeeper(exec.Context{KV: kv, Memo: exec.Memo{}}, nil)
	pub, stranger := bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)

	require.NoError(t, k.Known(pub))
	require.ErrorIs(t, k.Known(stranger), ErrUnknownNode)
	require.ErrorIs(t, k.CanProve(stranger), ErrUnknownNode)

	require.NoError(t, k.CanProve(pub)) // fills the memo
	n, err := k.Node(pub)
	require.NoError(t, err)
	n.Stake = StakeExited
	require.NoError(t, k.CanProve(pub), "a caller's copy changed, not the memo's node")
}
