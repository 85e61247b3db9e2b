package swarmring

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// point is a key whose ring point is x: the other three words are zero.
func point(t *testing.T, x uint64) [32]byte {
	t.Helper()
	var k [32]byte
	binary.BigEndian.PutUint64(k[24:], x)
	return k
}

func TestAccountPoint(t *testing.T) {
	var k [32]byte
	copy(k[:], bytes.Repeat([]byte{0x01}, 32))
	require.Equal(t, uint64(0), AccountPoint(k), "four equal words XOR to zero")

	for i := range k {
		k[i] = byte(i)
	}
	// 0001020304050607 ^ 08090a0b0c0d0e0f ^ 1011121314151617 ^ 18191a1b1c1d1e1f
	require.Equal(t, uint64(0x0000000000000000), AccountPoint(k))
	k[0] = 0xff
	require.Equal(t, uint64(0xff00000000000000), AccountPoint(k))
}

func TestOf(t *testing.T) {
	ids := []uint64{100, 1000, math.MaxUint64 - 10}
	cases := []struct {
		x, want uint64
	}{
		{100, 100}, {549, 100}, {551, 1000}, {550, 100}, // 550 is a tie: lower id
		{5, math.MaxUint64 - 10}, {60, 100}, {math.MaxUint64, math.MaxUint64 - 10},
		{44, math.MaxUint64 - 10}, {45, 100}, // wraps: 44 is 55 from MaxUint64-10, 56 from 100
		{2000, 1000}, {math.MaxUint64 / 2, 1000},
	}
	for _, tc := range cases {
		got, ok := Of(ids, point(t, tc.x))
		require.True(t, ok)
		require.Equal(t, tc.want, got, "point %d", tc.x)
	}

	got, ok := Of([]uint64{42}, point(t, math.MaxUint64))
	require.True(t, ok)
	require.Equal(t, uint64(42), got, "one swarm takes every account")

	_, ok = Of(nil, point(t, 1))
	require.False(t, ok)
}
