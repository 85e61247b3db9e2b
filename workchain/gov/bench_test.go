package gov

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// BenchmarkTally is the tally of one proposal with 10,000 voters over
// 20,000 active nodes on badger, committed (what the end of the block
// whose time closes the vote pays once per proposal): the votes read into
// a map, then every node decoded and each contributor's stake counted. Its
// cost is linear in nodes + votes; nothing else in a block loops over
// either.
func BenchmarkTally(b *testing.B) {
	for _, size := range []struct{ nodes, voters int }{{2_000, 1_000}, {20_000, 10_000}} {
		b.Run(fmt.Sprintf("nodes=%d/voters=%d", size.nodes, size.voters), func(b *testing.B) {
			kv := benchState(b, size.nodes, size.voters)
			k := NewKeeper(RegistryOf(), nil)
			c := exec.Context{KV: kv}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				t, err := k.tally(c, 1)
				require.NoError(b, err)
				require.False(b, t.Total.IsZero())
			}
		})
	}
}

// benchState commits nodes solo nodes (staker i stakes node i) and the
// votes of the first voters stakers on proposal 1, options in turn, and
// returns a view of it.
func benchState(b *testing.B, nodes, voters int) state.KV {
	b.Helper()
	st := statetest.Store(b)
	reg := registry.NewModule()
	p := registry.DefaultParams()
	height := int64(0)
	var blk *state.Block
	begin := func() exec.Context {
		var err error
		height++
		blk, err = st.Begin(height)
		require.NoError(b, err)
		return exec.NewContext(blk, height, 1_767_225_600+height, "bench", exec.Deliver)
	}
	commit := func() {
		_, err := blk.Finish()
		require.NoError(b, err)
		_, err = st.Commit()
		require.NoError(b, err)
	}
	staker := func(i int) common.Address {
		return common.BytesToAddress(binary.BigEndian.AppendUint32([]byte{0xcc}, uint32(i)))
	}
	c := begin()
	for i := range nodes {
		if i > 0 && i%500 == 0 { // badger takes a bounded write per commit
			commit()
			c = begin()
		}
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i+1))
		bls := append(append([]byte{}, seed[:]...), seed[:]...)
		a := staker(i)
		require.NoError(b, reg.Keeper(c).Add(p, &registry.Node{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey)), BLS: bls,
			Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: p.StakingRequirement}},
		}))
	}
	commit()
	c = begin()
	s := store{c.KV}
	for i := range voters {
		s.setVote(1, voteRec{Voter: staker(i * nodes / voters), Option: uint8(i%4) + 1, Height: height})
	}
	commit()
	v, err := st.View(0)
	require.NoError(b, err)
	b.Cleanup(v.Close)
	return v.KV()
}
