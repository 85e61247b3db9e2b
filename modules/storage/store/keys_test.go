package store

import (
	"bytes"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPrimaryKeysSortInRetrieveOrder(t *testing.T) {
	a := acct(1)
	// Each key must sort after the one before it.
	ordered := []struct {
		ns   int16
		seq  uint64
		hash string
	}{
		{-32768, 0, "a"},
		{-32768, 5, "a"},
		{-1, 1, "a"},
		{0, 0, "z"},
		{0, 1, "A"},
		{0, 1, "B"},
		{0, 1, "a"},
		{0, 2, "0"},
		{0, 1 << 40, "0"},
		{0, 1<<64 - 1, "0"},
		{1, 0, "0"},
		{32767, 0, "0"},
	}
	for i := 1; i < len(ordered); i++ {
		prev, cur := ordered[i-1], ordered[i]
		kp := primaryKey(a, prev.ns, prev.seq, prev.hash)
		kc := primaryKey(a, cur.ns, cur.seq, cur.hash)
		require.Negative(t, bytes.Compare(kp, kc), "%+v before %+v", prev, cur)
	}
}

func TestKeyAndValueCodecsRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ns   int16
		seq  uint64
		hash string
		ref  ref
	}{
		{"zero", 0, 0, "h", ref{}},
		{"negative ns", -7, 1_700_000, "abc+/", ref{ns: -7, seq: 12, ts: 1_700_000_000_000, expiry: 1_800_000_000_000, dataLen: MaxDataLen}},
		{"extremes", -32768, 1<<64 - 1, string(bytes.Repeat([]byte("Z"), MaxHashLen)), ref{ns: 32767, seq: 1<<64 - 1, ts: -1, expiry: 1, dataLen: 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := acct(9)
			parts, err := parsePrimaryKey(primaryKey(a, tc.ns, tc.seq, tc.hash))
			require.NoError(t, err)
			require.Equal(t, primaryKeyParts{account: a, ns: tc.ns, seq: tc.seq, hash: tc.hash}, parts)
			require.Equal(t, tc.hash, hashOfIndexKey(indexKey(a, tc.hash)))

			got, err := decodeIndex(encodeIndex(tc.ref))
			require.NoError(t, err)
			require.Equal(t, tc.ref, got)

			expiry, ts, data, err := decodePrimary(encodePrimary(tc.ref.expiry, tc.ref.ts, []byte(tc.hash)))
			require.NoError(t, err)
			require.Equal(t, tc.ref.expiry, expiry)
			require.Equal(t, tc.ref.ts, ts)

			until, err := decodeTomb(encodeTomb(tc.ref.expiry))
			require.NoError(t, err)
			require.Equal(t, tc.ref.expiry, until)
			require.Equal(t, []byte(tc.hash), data)
		})
	}
}

func TestCorruptRecordsAreErrors(t *testing.T) {
	tests := []struct {
		name   string
		decode func() error
	}{
		{"short primary key", func() error { _, err := parsePrimaryKey([]byte("n123")); return err }},
		{"version-1 primary key", func() error {
			_, err := parsePrimaryKey(append([]byte{prefixMessageV1}, make([]byte, 60)...))
			return err
		}},
		{"version-1 index value", func() error {
			_, err := decodeIndex(append([]byte{valueVersionV1}, make([]byte, indexValueLenV1-1)...))
			return err
		}},
		{"short tombstone", func() error { _, err := decodeTomb([]byte{valueVersion}); return err }},
		{"index key as primary", func() error { _, err := parsePrimaryKey(indexKey(acct(1), "hashhashhash")); return err }},
		{"short index value", func() error { _, err := decodeIndex([]byte{valueVersion, 1}); return err }},
		{"unknown index version", func() error { v := encodeIndex(ref{}); v[0] = 9; _, err := decodeIndex(v); return err }},
		{"short message value", func() error { _, _, _, err := decodePrimary([]byte{valueVersion}); return err }},
		{"unknown message version", func() error { _, _, _, err := decodePrimary(make([]byte, 20)); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.decode(), errCorrupt)
		})
	}
}

func TestBadgerTTLRoundsUp(t *testing.T) {
	tests := []struct {
		expiryMs int64
		want     uint64
	}{
		{1_700_000_000_000, 1_700_000_000},
		{1_700_000_000_001, 1_700_000_001},
		{1_700_000_000_999, 1_700_000_001},
		{-5, 1},
		{math.MaxInt64, math.MaxInt64/1000 + 1},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, badgerExpiresAt(tc.expiryMs), "expiry %d ms", tc.expiryMs)
	}
}

func TestSuccessor(t *testing.T) {
	tests := []struct{ in, want []byte }{
		{[]byte{1, 2}, []byte{1, 3}},
		{[]byte{1, 0xff}, []byte{2}},
		{[]byte{0xff, 0xff}, nil},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, successor(tc.in), "successor of %x", tc.in)
	}
}

func TestBadgerLogLinesRedactKeys(t *testing.T) {
	line := badgerLine("Key: %v, Version : %v, err: %s", []any{[]byte("secret-key"), 7, "boom"})
	require.Equal(t, "Key: [redacted], Version : 7, err: boom", line)
}

func TestBadgerErrorDumpsAreCut(t *testing.T) {
	c := newClock()
	s := openStore(t, "", c)
	b := s.newBatch()
	defer b.txn.Discard()
	// Past validation (which callers cannot skip) badger would refuse this
	// with a hex dump of the value.
	err := b.stage(delta{}, setWrite([]byte("k"), bytes.Repeat([]byte("secret"), MaxDataLen), c.nowMs()+1000))
	require.Error(t, err)
	require.NotContains(t, err.Error(), "secret")
	require.NotContains(t, err.Error(), "73 65 63") // "sec" in hex
}
