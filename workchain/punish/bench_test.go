package punish

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkQuorumSelection is the choice of one block's tests: 10 nodes,
// each with a quorum of 10 testers, written to state, among 2,000 and
// 20,000 nodes on badger with the nodes committed. It costs reads per
// pick (O(log N) each), so it should grow only with badger's depth.
func BenchmarkQuorumSelection(b *testing.B) {
	for _, nodes := range []int{2_000, 20_000} {
		b.Run(fmt.Sprintf("nodes=%d", nodes), func(b *testing.B) {
			c := benchChain(b, nodes)
			p := DefaultParams()
			ctx := c.begin(c.time+1, nil)
			s := newStore(ctx.KV)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				ctx.Height = c.height + int64(i) // a fresh height each time: fresh keys
				c.keeper.selectTests(ctx, s, p, 10, binary.BigEndian.AppendUint64(nil, uint64(i)))
			}
			b.StopTimer()
			require.NoError(b, *s.err)
		})
	}
}

// BenchmarkBlockNoDecisions is the module's whole cost of a block in which
// nothing is decided (begin: prune the height leaving the vote window,
// choose this block's tests at the default rate, one second after the
// last block; end: the expiry queue and the decision FIFO, both empty),
// each block staged, run and committed, with 2,000 and 20,000 nodes. At a
// 1 s block and an hour's test period, 2,000 nodes make 0.56 tests a block
// and 20,000 make 5.6, so the 20,000 figure carries ten times the
// selection; nothing else may grow with N.
func BenchmarkBlockNoDecisions(b *testing.B) {
	for _, nodes := range []int{2_000, 20_000} {
		b.Run(fmt.Sprintf("nodes=%d", nodes), func(b *testing.B) {
			c := benchChain(b, nodes)
			for range 70 { // fill the vote window, so each block prunes one
				c.begin(c.time+1, binary.BigEndian.AppendUint64(nil, uint64(c.height)))
				c.end()
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				c.begin(c.time+1, binary.BigEndian.AppendUint64(nil, uint64(c.height)))
				require.NoError(b, c.mod.EndBlock(c.ctx()))
				b.StopTimer()
				c.end()
				b.StartTimer()
			}
		})
	}
}

func benchChain(b *testing.B, nodes int) *testChain {
	const start = 1_767_225_600
	c := newTestChain(b, start)
	c.addNodes(nodes, DefaultParams())
	return c
}
