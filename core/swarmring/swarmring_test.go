package swarmring

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
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
		{100, 100}, {549, 100}, {551, 1000}, {550, 100}, // 550 is a tie: the left neighbour
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

// TestSwarmTieAtWrapAround_UpstreamVectors runs the cases of Session's own
// test of the lookup, oxen-io/oxen-storage-server unit_test/swarm.cpp
// ("service nodes - pubkey to swarm id", commit 29ec200), against Of:
// on an exact tie Session's server (oxenss/snode/swarm.cpp get_swarm_by_pk,
// `dright < dleft ? right : left`) and its clients take the left neighbour,
// also across the wrap of the ring.
//
// Fails on a96bbb3: the two ties across the wrap (0x800000000000018d
// between 694 and 100, and 0x28 between 2^64-20 and 100) went to the lower
// id, 100, where Session goes to 694 and 2^64-20.
func TestSwarmTieAtWrapAround_UpstreamVectors(t *testing.T) {
	base := []uint64{100, 200, 300, 399, 498, 596, 694}
	withTop := append(append([]uint64(nil), base...), math.MaxUint64-19) // swarms.push_back(-20)
	withZero := append([]uint64{0}, withTop...)                          // swarms.insert(begin, 0)
	cases := []struct {
		ids  []uint64
		key  string // the account's 32 key bytes (after Session's 05 prefix)
		want uint64
	}{
		// Exact matches.
		{base, "0000000000000000000000000000000000000000000000000000000000000064", 100},
		{base, "00000000000000000000000000000000000000000000000000000000000000c8", 200},
		{base, "00000000000000000000000000000000000000000000000000000000000001f2", 498},
		// Nearest.
		{base, "0000000000000000000000000000000000000000000000000000000000000000", 100},
		{base, "0000000000000000000000000000000000000000000000000000000000000001", 100},
		// Nearest, with wraparound.
		{base, "0000000000000000000000000000000000000000000000008000000000000000", 694},
		{base, "000000000000000000000000000000000000000000000000a000000000000000", 100},
		{base, "000000000000000000000000000000000000000000000000ffffffffffffffff", 100},
		{base, "000000000000000000000000000000000000000000000000fffffffffffffffe", 100},
		// Midpoints: the left (lower) neighbour wins a tie.
		{base, "0000000000000000000000000000000000000000000000000000000000000095", 100},
		{base, "0000000000000000000000000000000000000000000000000000000000000096", 100},
		{base, "0000000000000000000000000000000000000000000000000000000000000097", 200},
		{base, "00000000000000000000000000000000000000000000000000000000000000f9", 200},
		{base, "00000000000000000000000000000000000000000000000000000000000000fa", 200},
		{base, "00000000000000000000000000000000000000000000000000000000000000fb", 300},
		{base, "000000000000000000000000000000000000000000000000000000000000015d", 300},
		{base, "000000000000000000000000000000000000000000000000000000000000015e", 399},
		{base, "00000000000000000000000000000000000000000000000000000000000001c0", 399},
		{base, "00000000000000000000000000000000000000000000000000000000000001c1", 498},
		{base, "0000000000000000000000000000000000000000000000000000000000000222", 498},
		{base, "0000000000000000000000000000000000000000000000000000000000000223", 498},
		{base, "0000000000000000000000000000000000000000000000000000000000000224", 596},
		{base, "0000000000000000000000000000000000000000000000000000000000000285", 596},
		{base, "0000000000000000000000000000000000000000000000000000000000000286", 694},
		// The midpoint between 694 and 100 the long way: the left one, 694.
		{base, "000000000000000000000000000000000000000000000000800000000000018c", 694},
		{base, "000000000000000000000000000000000000000000000000800000000000018d", 694},
		{base, "000000000000000000000000000000000000000000000000800000000000018e", 100},
		// With a swarm at -20 the midpoint to 100 is 40 (0x28): the left one, -20.
		{withTop, "0000000000000000000000000000000000000000000000000000000000000027", math.MaxUint64 - 19},
		{withTop, "0000000000000000000000000000000000000000000000000000000000000028", math.MaxUint64 - 19},
		{withTop, "0000000000000000000000000000000000000000000000000000000000000029", 100},
		// A swarm at 0 is 1 away from 2^64-1, not 2^64-1 away.
		{withZero, "000000000000000000000000000000000000000000000000ffffffffffffffff", 0},
		{withZero, "000000000000000000000000000000000000000000000000fffffffffffffffe", 0},
	}
	for _, tc := range cases {
		raw, err := hex.DecodeString(tc.key)
		require.NoError(t, err)
		var k [32]byte
		copy(k[:], raw)
		got, ok := Of(tc.ids, k)
		require.True(t, ok)
		require.Equal(t, tc.want, got, "key %s over %d swarms", tc.key, len(tc.ids))
	}
}
