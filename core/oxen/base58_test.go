package oxen

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestBase58UpstreamEncode(t *testing.T) {
	for _, v := range upstreamB58Encode {
		require.Equal(t, v.enc, b58Encode([]byte(v.data)), "base58.cpp line %d", v.line)
	}
}

func TestBase58UpstreamDecode(t *testing.T) {
	for _, v := range upstreamB58DecodePos {
		got, err := b58Decode(v.enc)
		require.NoError(t, err, "base58.cpp line %d", v.line)
		require.True(t, bytes.Equal([]byte(v.data), got), "base58.cpp line %d: %x", v.line, got)
	}
	for _, v := range upstreamB58DecodeNeg {
		_, err := b58Decode(v.enc)
		require.ErrorIs(t, err, ErrBase58, "base58.cpp line %d: %q must not decode", v.line, v.enc)
	}
}

func TestBase58UpstreamAddr(t *testing.T) {
	for _, v := range upstreamAddrPos {
		require.Equal(t, v.enc, encodeAddr(v.tag, []byte(v.data)), "base58.cpp line %d", v.line)
		tag, data, err := decodeAddr(v.enc)
		require.NoError(t, err, "base58.cpp line %d", v.line)
		require.Equal(t, v.tag, tag, "base58.cpp line %d", v.line)
		require.True(t, bytes.Equal([]byte(v.data), data), "base58.cpp line %d", v.line)
	}
	for _, v := range upstreamAddrNeg {
		_, _, err := decodeAddr(v.enc)
		require.Error(t, err, "base58.cpp line %d: %q", v.line, v.enc)
	}
}

// The negative address vectors fail for the reason their upstream names
// give; this pins the error each maps to.
func TestDecodeAddrErrorKinds(t *testing.T) {
	cases := []struct {
		enc  string
		want error
	}{
		{"zuT7GAdgbA819VwdWVDP", ErrBase58}, // overflow
		{"0uT7GAdgbA819VwdWVDP", ErrBase58}, // '0' is not in the alphabet
		{"PuT7GAdgbA819VwdWVD", ErrBase58},  // a length no encoding has
		{"11efCaY6UjG7JrxuC", ErrChecksum},  // last digit changed
		{"jerj2e4mESo", ErrUnknownPrefix},   // tag varint ff 00 is not minimal
		{"111111", ErrLength},               // 4 bytes: no room for a checksum
		{"999999", ErrBase58},               // upstream calls it too short; it first overflows 4 bytes
		{"11", ErrLength},                   // 1 byte
		{"", ErrLength},                     // nothing
		{"15p2yAV" + "x", ErrBase58},        // one digit too many
	}
	for _, c := range cases {
		_, _, err := decodeAddr(c.enc)
		require.ErrorIs(t, err, c.want, "%q", c.enc)
	}
}

func TestVarint(t *testing.T) {
	for _, v := range []uint64{0, 1, 0x7f, 0x80, 114, 3930, 1<<63 - 1, 1 << 63, ^uint64(0)} {
		enc := appendVarint(nil, v)
		got, n, err := readVarint(append(enc, 0xAA))
		require.NoError(t, err)
		require.Equal(t, v, got)
		require.Equal(t, len(enc), n)
	}
	bad := [][]byte{
		{},                 // truncated
		{0x80},             // truncated
		{0x80, 0x00},       // zero final byte: not minimal
		{0xf2, 0x80, 0x00}, // 114 padded
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, // 2^64
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x81, 0x01},
	}
	for _, b := range bad {
		_, _, err := readVarint(b)
		require.Error(t, err, "%x", b)
	}
}

func TestKeccakIsLegacyKeccak(t *testing.T) {
	// keccak256("") of the original Keccak; SHA3-256("") is a7ffc6f8...
	got := keccak256(nil)
	require.Equal(t, "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hex.EncodeToString(got[:]))
}
