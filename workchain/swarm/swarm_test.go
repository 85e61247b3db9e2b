package swarm

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

var sizes = Sizes{Min: 5, Ideal: 7, Max: 10}

func keys(from, n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		h := sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(from+i)))
		out[i] = h[:]
	}
	return out
}

// checkInvariants: every active node in exactly one swarm, nothing else, and
// sizes within [min, max] whenever the network has at least min nodes
// (max may be exceeded only by dissolving, which these tests do not force).
func checkInvariants(t *testing.T, sw []Swarm, active [][]byte, s Sizes) {
	t.Helper()
	seen := map[string]int{}
	for i, x := range sw {
		if i > 0 {
			require.Less(t, sw[i-1].ID, x.ID, "sorted ids")
		}
		for _, m := range x.Members {
			seen[string(m)]++
		}
		if len(active) >= s.Min {
			require.GreaterOrEqual(t, len(x.Members), s.Min, "swarm %x", x.ID)
		}
	}
	require.Len(t, seen, len(active))
	for _, a := range active {
		require.Equal(t, 1, seen[string(a)], "node %x", a[:4])
	}
}

func TestAssignGrowsAndShrinks(t *testing.T) {
	var sw []Swarm
	active := [][]byte{}
	seed := []byte("block")
	for _, n := range []int{1, 3, 5, 7, 12, 14, 30, 100, 101, 250} {
		active = append(active, keys(len(active), n-len(active))...)
		sw = Assign(sw, active, seed, sizes)
		checkInvariants(t, sw, active, sizes)
	}
	require.Greater(t, len(sw), 20)
	// Half the network leaves: swarms shrink, starve, are fed or dissolved.
	active = active[:120]
	sw = Assign(sw, active, seed, sizes)
	checkInvariants(t, sw, active, sizes)
	active = active[:4]
	sw = Assign(sw, active, seed, sizes)
	require.Len(t, sw, 1, "fewer nodes than the minimum: one swarm")
	checkInvariants(t, sw, active, sizes)
}

func TestAssignIsDeterministicAndStable(t *testing.T) {
	active := keys(0, 200)
	a := Assign(nil, active, []byte("seed"), sizes)
	reversed := make([][]byte, len(active))
	for i := range active {
		reversed[i] = active[len(active)-1-i]
	}
	require.Equal(t, a, Assign(nil, reversed, []byte("seed"), sizes), "input order does not matter")
	require.NotEqual(t, a, Assign(nil, active, []byte("other seed"), sizes), "the seed does")

	// A node joining moves nobody else.
	more := append(append([][]byte{}, active...), keys(1000, 1)...)
	b := Assign(a, more, []byte("next"), sizes)
	checkInvariants(t, b, more, sizes)
	moved := 0
	where := map[string]uint64{}
	for _, s := range a {
		for _, m := range s.Members {
			where[string(m)] = s.ID
		}
	}
	for _, s := range b {
		for _, m := range s.Members {
			if id, ok := where[string(m)]; ok && id != s.ID {
				moved++
			}
		}
	}
	require.Zero(t, moved)
}

func TestStarvingSwarmIsFedFromTheLargest(t *testing.T) {
	a, b := keys(0, 10), keys(100, 3)
	prev := []Swarm{{ID: 100, Members: a}, {ID: 200, Members: b}}
	out := Assign(prev, append(append([][]byte{}, a...), b...), []byte("s"), sizes)
	require.Len(t, out, 2)
	require.Len(t, out[0].Members, 8)
	require.Len(t, out[1].Members, 5)
}

func TestNewSwarmIDIsMiddleOfWidestGap(t *testing.T) {
	prev := []Swarm{{ID: 0, Members: keys(0, 7)}, {ID: 1 << 62, Members: keys(10, 7)}}
	active := append(append(append([][]byte{}, prev[0].Members...), prev[1].Members...), keys(50, 7)...)
	out := Assign(prev, active, []byte("s"), sizes)
	require.Len(t, out, 3)
	// The widest gap runs from 2^62 round to 0: its middle is 2^62 + 3*2^62/2.
	require.Equal(t, uint64(1<<62)+(math.MaxUint64-(1<<62)+1)/2, out[2].ID)
	empty := Assign(nil, keys(0, 3), []byte("s"), sizes)
	require.Equal(t, uint64(math.MaxUint64/2), empty[0].ID)
}

func TestAccountToSwarm(t *testing.T) {
	point := func(x uint64) [32]byte {
		var k [32]byte
		binary.BigEndian.PutUint64(k[24:], x) // the other words are zero
		return k
	}
	ids := []uint64{100, 1000, math.MaxUint64 - 10}
	cases := []struct {
		x    uint64
		want uint64
	}{
		{100, 100}, {549, 100}, {551, 1000}, {550, 100}, // 550 is a tie: lower id
		{5, math.MaxUint64 - 10}, {60, 100}, {math.MaxUint64, math.MaxUint64 - 10},
		{44, math.MaxUint64 - 10}, {45, 100}, // wraps: 44 is 55 from MaxUint64-10, 56 from 100
	}
	for _, tc := range cases {
		got, ok := Of(ids, point(tc.x))
		require.True(t, ok)
		require.Equal(t, tc.want, got, "point %d", tc.x)
	}
	_, ok := Of(nil, point(1))
	require.False(t, ok)

	var k [32]byte
	copy(k[:], bytes.Repeat([]byte{0x01}, 32))
	require.Equal(t, uint64(0), AccountPoint(k), "four equal words XOR to zero")
}

func BenchmarkAssign(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		active := keys(0, n)
		b.Run(fmt.Sprintf("from-scratch/nodes=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Assign(nil, active, []byte("seed"), sizes)
			}
		})
		base := Assign(nil, active, []byte("seed"), sizes)
		more := append(append([][]byte{}, active...), keys(n, 1)...)
		b.Run(fmt.Sprintf("one-joins/nodes=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Assign(base, more, []byte("seed2"), sizes)
			}
		})
		ids := make([]uint64, len(base))
		for i, s := range base {
			ids[i] = s.ID
		}
		b.Run(fmt.Sprintf("account-lookup/nodes=%d", n), func(b *testing.B) {
			var k [32]byte
			for i := 0; i < b.N; i++ {
				binary.BigEndian.PutUint64(k[:], uint64(i))
				Of(ids, k)
			}
		})
	}
}
