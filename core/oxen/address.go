// Package oxen reads Oxen wallet addresses and checks the Oxen wallet's
// message signatures exactly as oxen-core does, so that seshnet can tell
// whether a holder owns an Oxen address (issue 15, docs/migration.md
// "Oxen message signatures" cites the upstream code line by line). It also
// makes keys and signatures the way the wallet does, for tests and for the
// sample snapshot generator.
package oxen

import (
	"bytes"
	"errors"
	"fmt"

	"filippo.io/edwards25519"
)

// Network is an Oxen network; each has its own address prefixes.
type Network uint8

// The networks of oxen-core src/network_config/*.h. Fakechain and localdev
// reuse the mainnet and devnet prefixes, so an address cannot tell them apart.
const (
	Mainnet Network = iota + 1
	Testnet
	Devnet
	Stagenet
)

// Kind is the kind of address a prefix announces.
type Kind uint8

// The three kinds oxen-core's get_account_address_from_str accepts.
const (
	// Standard is a wallet's primary address: spend key, view key.
	Standard Kind = iota + 1
	// Integrated is a primary address with an 8-byte payment ID appended.
	Integrated
	// Subaddress is a derived address: its own spend and view keys.
	Subaddress
)

// prefixes are PUBLIC_{ADDRESS,INTEGRATED_ADDRESS,SUBADDRESS}_BASE58_PREFIX
// of oxen-core src/network_config/{mainnet,testnet,devnet,stagenet}.h.
var prefixes = map[Network]map[Kind]uint64{
	Mainnet:  {Standard: 114, Integrated: 115, Subaddress: 116},
	Testnet:  {Standard: 156, Integrated: 157, Subaddress: 158},
	Devnet:   {Standard: 3930, Integrated: 4442, Subaddress: 5850},
	Stagenet: {Standard: 4888, Integrated: 5272, Subaddress: 5656},
}

// Errors ParseAddress wraps; callers tell them apart with errors.Is.
var (
	ErrUnknownPrefix = errors.New("unknown address prefix")
	ErrLength        = errors.New("wrong length")
	ErrKey           = errors.New("not a valid ed25519 point")
)

// KeySize is the size of a public key or a secret key.
const KeySize = 32

// PaymentIDSize is the size of an integrated address's payment ID.
const PaymentIDSize = 8

// maxAddressLen bounds the text ParseAddress decodes: the longest valid
// address (a devnet integrated one: 2-byte prefix, 72 bytes, checksum) is 108
// characters.
const maxAddressLen = 128

// Address is a parsed Oxen address.
type Address struct {
	Network Network
	Kind    Kind
	// Spend is the public spend key: the key the wallet signs messages with.
	Spend [KeySize]byte
	// View is the public view key.
	View [KeySize]byte
	// PaymentID is set only for Integrated addresses.
	PaymentID [PaymentIDSize]byte
}

// ParseAddress reads an address of any network and kind, the way
// get_account_address_from_str (src/cryptonote_basic/cryptonote_basic_impl.cpp)
// does for the network that owns the prefix: base58 in 8-byte blocks, a
// 4-byte keccak256 checksum, a varint prefix, then the keys, which must be
// exactly 64 bytes (72 for an integrated address) of two valid points.
func ParseAddress(s string) (Address, error) {
	if s == "" || len(s) > maxAddressLen {
		return Address{}, fmt.Errorf("oxen address: %w: %d characters", ErrLength, len(s))
	}
	tag, data, err := decodeAddr(s)
	if err != nil {
		return Address{}, fmt.Errorf("oxen address: %w", err)
	}
	network, kind, ok := lookupPrefix(tag)
	if !ok {
		return Address{}, fmt.Errorf("oxen address: %w %d", ErrUnknownPrefix, tag)
	}
	want := 2 * KeySize
	if kind == Integrated {
		want += PaymentIDSize
	}
	if len(data) != want {
		return Address{}, fmt.Errorf("oxen address: %w: %d key bytes, want %d", ErrLength, len(data), want)
	}
	a := Address{Network: network, Kind: kind}
	copy(a.Spend[:], data[:KeySize])
	copy(a.View[:], data[KeySize:2*KeySize])
	copy(a.PaymentID[:], data[2*KeySize:])
	if _, err := decodePoint(a.Spend[:]); err != nil {
		return Address{}, fmt.Errorf("oxen address: spend key: %w", err)
	}
	if _, err := decodePoint(a.View[:]); err != nil {
		return Address{}, fmt.Errorf("oxen address: view key: %w", err)
	}
	return a, nil
}

func lookupPrefix(tag uint64) (Network, Kind, bool) {
	for n, kinds := range prefixes {
		for k, p := range kinds {
			if p == tag {
				return n, k, true
			}
		}
	}
	return 0, 0, false
}

// String is get_account_address_as_str (or the integrated form): the
// address as the wallet prints it. An Address with an unknown network or
// kind prints as "".
func (a Address) String() string {
	tag, ok := prefixes[a.Network][a.Kind]
	if !ok {
		return ""
	}
	data := make([]byte, 0, 2*KeySize+PaymentIDSize)
	data = append(append(data, a.Spend[:]...), a.View[:]...)
	if a.Kind == Integrated {
		data = append(data, a.PaymentID[:]...)
	}
	return encodeAddr(tag, data)
}

// String names the network as oxen-core does.
func (n Network) String() string {
	switch n {
	case Mainnet:
		return "mainnet"
	case Testnet:
		return "testnet"
	case Devnet:
		return "devnet"
	case Stagenet:
		return "stagenet"
	}
	return fmt.Sprintf("network(%d)", uint8(n))
}

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Standard:
		return "standard"
	case Integrated:
		return "integrated"
	case Subaddress:
		return "subaddress"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// decodePoint is crypto::check_key (ge_frombytes_vartime in
// src/crypto/crypto-ops.c): it accepts exactly the canonical encodings of
// curve points. edwards25519.Point.SetBytes also accepts a y coordinate at or
// above p and the sign bit set on x = 0, which ge_frombytes_vartime refuses;
// a point whose re-encoding differs from the input is one of those.
// Points outside the prime-order subgroup are accepted, as upstream does.
func decodePoint(b []byte) (*edwards25519.Point, error) {
	p, err := new(edwards25519.Point).SetBytes(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %x", ErrKey, b)
	}
	if !bytes.Equal(p.Bytes(), b) {
		return nil, fmt.Errorf("%w: non-canonical encoding %x", ErrKey, b)
	}
	return p, nil
}
