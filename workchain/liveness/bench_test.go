package liveness

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// BenchmarkLivenessBeginBlock is one block's liveness pass (evidence
// none, the last commit counted) on badger, committed height after height,
// for 100 and 1,000 validators all signing and with 1% of them down (a
// bitmap chunk read and written each block, and a failure every
// max_missed+1 blocks each). Only BeginBlock is timed, not the commit.
func BenchmarkLivenessBeginBlock(b *testing.B) {
	for _, n := range []int{100, 1000} {
		for _, downPct := range []int{0, 1} {
			b.Run(fmt.Sprintf("validators=%d/down=%d%%", n, downPct), func(b *testing.B) {
				store := statetest.Store(b)
				k := NewKeeper(RegistryOf(registry.NewModule()), &recordingPunisher{})
				set := make([]int, n)
				for i := range set {
					set[i] = i
				}
				commit := commitOf(set, func(i int) bool { return i%100 < downPct })
				h := int64(1)
				step := func() {
					blk, err := store.Begin(h)
					require.NoError(b, err)
					ctx := exec.NewContext(blk, h, h, "bench", exec.Deliver)
					b.StartTimer()
					err = k.BeginBlock(ctx, exec.Block{LastCommit: commit})
					b.StopTimer()
					require.NoError(b, err)
					_, err = blk.Finish()
					require.NoError(b, err)
					_, err = store.Commit()
					require.NoError(b, err)
					h++
				}
				b.StopTimer()
				for range 200 { // past the first window: the steady state
					step()
				}
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					step()
				}
			})
		}
	}
}
