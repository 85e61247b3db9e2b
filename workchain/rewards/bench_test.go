package rewards

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// BenchmarkBlock is the rewards cost of one block (the begin-block hook:
// emission, the split, payability) with 1k, 10k and 100k contributors
// (nodes of 10 contributors each, all payable, a rate in force), on badger
// with the nodes committed. It should be flat: nothing per block loops over
// nodes or contributors.
func BenchmarkBlock(b *testing.B) {
	for _, contributors := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("contributors=%d", contributors), func(b *testing.B) {
			c := benchChain(b, contributors/10)
			now := c.time
			ctx := c.begin(now + 1)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				ctx.Time = now + 2 + int64(i)
				require.NoError(b, c.mod.BeginBlock(ctx, exec.Block{}))
			}
		})
	}
}

// benchChain commits nodes nodes of ten contributors, payable, with a rate.
func benchChain(b *testing.B, nodes int) *testChain {
	const start = 1_767_225_600
	c := newTestChain(b, start)
	p := registry.DefaultParams()
	ctx := c.begin(start)
	require.NoError(b, ParamStore.Set(ctx.KV, Params{PayableAfterSeconds: 0, MaxBlockSeconds: 600}))
	for i := range nodes {
		if i > 0 && i%500 == 0 { // badger takes a bounded write per commit
			c.end()
			ctx = c.begin(start)
		}
		k := c.reg.Keeper(ctx)
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i+1))
		n := &registry.Node{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey)),
			BLS: seed[:], FeeBP: 500, Contributors: tenContributors(p, i),
		}
		n.BLS = append(append([]byte{}, seed[:]...), seed[:]...)
		require.NoError(b, k.Add(p, n))
	}
	require.NoError(b, NewKeeper(ctx).SetRate(l2event.RewardRate{L2Height: 1, Rate: l2event.NewAmount(23_000_000_000)}))
	c.end()
	c.begin(start + 1) // every node becomes payable
	c.end()
	pool := store{kv: c.view()}.pool()
	require.Equal(b, uint64(nodes), pool.Payable)
	return c
}

func tenContributors(p registry.Params, node int) []registry.Contributor {
	// The operator's 25%, then nine equal parts of the rest (the last
	// takes what rounding leaves), as the stake rules allow.
	req := p.StakingRequirement
	op := req / 4
	each := (req - op + 8) / 9
	out := make([]registry.Contributor, 10)
	left := req
	for j := range out {
		a := common.BytesToAddress(binary.BigEndian.AppendUint32([]byte{0xcc}, uint32(node*10+j)))
		amt := each
		switch j {
		case 0:
			amt = op
		case 9:
			amt = left
		}
		out[j] = registry.Contributor{Staker: a, Beneficiary: a, Amount: amt}
		left -= amt
	}
	return out
}
