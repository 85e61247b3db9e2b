package oxen

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// oxen-core tests/unit_tests/base58.cpp:461-471: a mainnet address and the
// 64 serialized key bytes it carries (spend key, then view key).
const (
	upstreamKeysHex = "123a9342d6a27e8eee0d539a6fa30033c6a907696a52a523e7bfe5aece388d1d" +
		"8008ec7d8f780d8ae072277ad3637bea92967e6666976a2ec7ad82a25329b0e9"
	upstreamKeysAddr = "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL"
)

func upstreamKeys(t *testing.T) []byte {
	t.Helper()
	b, err := hex.DecodeString(upstreamKeysHex)
	require.NoError(t, err)
	return b
}

func TestParseAddressUpstreamKeys(t *testing.T) {
	keys := upstreamKeys(t)
	a, err := ParseAddress(upstreamKeysAddr)
	require.NoError(t, err)
	require.Equal(t, Mainnet, a.Network)
	require.Equal(t, Standard, a.Kind)
	require.Equal(t, keys[:32], a.Spend[:])
	require.Equal(t, keys[32:], a.View[:])
	require.Equal(t, upstreamKeysAddr, a.String(), "get_account_address_as_str")
}

// oxen-core tests/unit_tests/parse_address.cpp:33-37.
func TestParseAddressUpstreamValidity(t *testing.T) {
	const mainnet = "LDBEN6Ut4NkMwyaXWZ7kBEAx8X64o6YtDhLXUP26uLHyYT4nFmcaPU2Z2fauqrhTLh4Qfr61pUUZVLaTHqAdycETKM1STrz"
	cases := []struct {
		addr    string
		network Network
		ok      bool
	}{
		{mainnet, Mainnet, true},
		{"T6TzkJb5EiASaCkcH7idBEi1HSrpSQJE1Zq3aL65ojBMPZvqHNYPTL56i3dncGVNEYCG5QG5zrBmRiVwcg6b1cRM1SRNqbp44", Testnet, true},
		{mainnet[:len(mainnet)-1], 0, false}, // short_mainnet_address
		{mainnet + "z", 0, false},            // long_mainnet_address
		{"", 0, false},                       // empty
	}
	for _, c := range cases {
		a, err := ParseAddress(c.addr)
		if !c.ok {
			require.Error(t, err, c.addr)
			continue
		}
		require.NoError(t, err, c.addr)
		require.Equal(t, c.network, a.Network)
		require.Equal(t, c.addr, a.String())
	}
}

// The get_account_address_from_str failure tests of oxen-core
// tests/unit_tests/base58.cpp:491-535, and the non-canonical encodings
// ge_frombytes_vartime refuses.
func TestParseAddressErrors(t *testing.T) {
	keys := upstreamKeys(t)
	with := func(f func(b []byte)) []byte {
		b := bytes.Clone(keys)
		f(b)
		return b
	}
	identityWithSign := append(make([]byte, 31), 0x80)
	identityWithSign[0] = 1
	// p + 1 = 2^255 − 18: y ≥ p, which SetBytes would read as y = 1.
	yAboveP := append([]byte{0xee}, bytes.Repeat([]byte{0xff}, 30)...)
	yAboveP = append(yAboveP, 0x7f)
	cases := []struct {
		name string
		addr string
		want error
		text string
	}{
		{"bad character", "0" + upstreamKeysAddr[1:], ErrBase58, "alphabet"},
		{"bad checksum", upstreamKeysAddr[:94] + "M", ErrChecksum, "checksum"},
		{"prefix 0", encodeAddr(0, keys), ErrUnknownPrefix, "prefix 0"},
		{"monero mainnet prefix", encodeAddr(18, keys), ErrUnknownPrefix, "prefix 18"},
		{"one key byte short", encodeAddr(114, keys[1:]), ErrLength, "63 key bytes"},
		{"one key byte long", encodeAddr(114, append(bytes.Clone(keys), 0)), ErrLength, "65 key bytes"},
		{"integrated without payment id", encodeAddr(115, keys), ErrLength, "want 72"},
		{"bad spend key", encodeAddr(114, with(func(b []byte) { b[0] = 0 })), ErrKey, "spend key"},
		{"bad view key", encodeAddr(114, with(func(b []byte) { b[63] = 0 })), ErrKey, "view key"},
		{"spend key x=0 with sign bit", encodeAddr(114, with(func(b []byte) { copy(b, identityWithSign) })), ErrKey, "spend key: not a valid ed25519 point: non-canonical"},
		{"view key y above p", encodeAddr(114, with(func(b []byte) { copy(b[32:], yAboveP) })), ErrKey, "view key: not a valid ed25519 point: non-canonical"},
		{"too long", strings.Repeat("1", 129), ErrLength, "129 characters"},
		{"empty", "", ErrLength, "0 characters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseAddress(c.addr)
			require.ErrorIs(t, err, c.want)
			require.Contains(t, err.Error(), c.text)
		})
	}
}

// Every network and kind round-trips, and the leading characters are the
// ones oxen-core's network_config comments give (devnet.h, stagenet.h:12-14)
// or, for mainnet and testnet, the ones of the upstream addresses above.
func TestAddressNetworksAndKinds(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	cases := []struct {
		network Network
		kind    Kind
		lead    string
		length  int
	}{
		{Mainnet, Standard, "L", 95},
		{Mainnet, Integrated, "", 106},
		{Mainnet, Subaddress, "", 95},
		{Testnet, Standard, "T", 97},
		{Testnet, Integrated, "", 108},
		{Testnet, Subaddress, "", 97},
		{Devnet, Standard, "dV", 97},
		{Devnet, Integrated, "dV", 108},
		{Devnet, Subaddress, "dV", 97},
		{Stagenet, Standard, "ST", 97},
		{Stagenet, Integrated, "ST", 108},
		{Stagenet, Subaddress, "ST", 97},
	}
	for _, c := range cases {
		a := Address{Network: c.network, Kind: c.kind, Spend: k.Spend, View: k.View}
		if c.kind == Integrated {
			copy(a.PaymentID[:], "\x01\x02\x03\x04\x05\x06\x07\x08")
		}
		s := a.String()
		require.True(t, strings.HasPrefix(s, c.lead), "%s %s: %s", c.network, c.kind, s)
		require.Len(t, s, c.length, "%s %s", c.network, c.kind)
		got, err := ParseAddress(s)
		require.NoError(t, err)
		require.Equal(t, a, got)
	}
	require.Equal(t, "", Address{Network: 9, Kind: Standard}.String())
	require.Equal(t, "", Address{Network: Mainnet}.String())
}

// The devnet and stagenet prefix comments in oxen-core give the range of
// the third character: dV1..dV3, dVA..dVC, dVa..dVc; ST2..ST4, ST9..STB,
// STF..STJ.
func TestAddressPrefixRanges(t *testing.T) {
	cases := []struct {
		network Network
		kind    Kind
		lo, hi  byte
	}{
		{Devnet, Standard, '1', '3'},
		{Devnet, Integrated, 'A', 'C'},
		{Devnet, Subaddress, 'a', 'c'},
		{Stagenet, Standard, '2', '4'},
		{Stagenet, Integrated, '9', 'B'},
		{Stagenet, Subaddress, 'F', 'J'},
	}
	for i := 0; i < 20; i++ {
		k, err := GenerateKeys(rand.Reader)
		require.NoError(t, err)
		for _, c := range cases {
			s := Address{Network: c.network, Kind: c.kind, Spend: k.Spend, View: k.View}.String()
			require.GreaterOrEqual(t, s[2], c.lo, s)
			require.LessOrEqual(t, s[2], c.hi, s)
		}
	}
}
