package oxensnap

// This file is the only place that knows Oxen's address format; core/oxen
// (the claim's side) parses the same format, and this file can be switched
// to it. It follows oxen-core (b208672) exactly:
// src/cryptonote_basic/cryptonote_basic_impl.cpp get_account_address_as_str
// (tools::base58::encode_addr of the network prefix and the spend and view
// public keys) and src/common/base58.cpp (Monero's block base58: 8-byte
// blocks to 11 characters, the last partial block by encoded_block_sizes;
// the checksum is the first 4 bytes of Keccak-256, cn_fast_hash, of the
// varint prefix and the keys).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Network prefixes of standard addresses (src/network_config/*.h).
const (
	PrefixMainnet uint64 = 114  // "L..."
	PrefixTestnet uint64 = 156  // "T..."
	PrefixDevnet  uint64 = 3930 // "dV..."
)

const b58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

var (
	encodedBlockSizes = [9]int{0, 2, 3, 5, 6, 7, 9, 10, 11}
	decodedBlockSizes = [12]int{0, -1, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8}
)

// Address is a standard Oxen address: its network prefix and public keys.
type Address struct {
	Prefix uint64
	Spend  [32]byte
	View   [32]byte
}

// String is the address as a wallet shows it.
func (a Address) String() string {
	buf := binary.AppendUvarint(nil, a.Prefix)
	buf = append(append(buf, a.Spend[:]...), a.View[:]...)
	sum := crypto.Keccak256(buf)
	return b58Encode(append(buf, sum[:4]...))
}

// ParseAddress reads a standard address and checks its checksum.
func ParseAddress(s string) (Address, error) {
	raw, err := b58Decode(s)
	if err != nil {
		return Address{}, err
	}
	if len(raw) <= 4 {
		return Address{}, errors.New("too short")
	}
	body, check := raw[:len(raw)-4], raw[len(raw)-4:]
	if sum := crypto.Keccak256(body); string(sum[:4]) != string(check) {
		return Address{}, errors.New("bad checksum")
	}
	prefix, n := binary.Uvarint(body)
	if n <= 0 {
		return Address{}, errors.New("bad network prefix")
	}
	if len(body)-n != 64 {
		return Address{}, fmt.Errorf("%d key bytes, a standard address has 64", len(body)-n)
	}
	var a Address
	a.Prefix = prefix
	copy(a.Spend[:], body[n:n+32])
	copy(a.View[:], body[n+32:])
	return a, nil
}

func b58Encode(data []byte) string {
	var b strings.Builder
	for len(data) > 0 {
		n := min(len(data), 8)
		var num uint64
		for _, c := range data[:n] {
			num = num<<8 | uint64(c)
		}
		block := make([]byte, encodedBlockSizes[n])
		for i := len(block) - 1; i >= 0; i-- {
			block[i] = b58Alphabet[num%58]
			num /= 58
		}
		b.Write(block)
		data = data[n:]
	}
	return b.String()
}

func b58Decode(s string) ([]byte, error) {
	var out []byte
	for len(s) > 0 {
		n := min(len(s), 11)
		size := decodedBlockSizes[n]
		if size <= 0 {
			return nil, fmt.Errorf("%d characters is not a base58 length", len(s))
		}
		num, err := b58Block(s[:n])
		if err != nil {
			return nil, err
		}
		if size < 8 && num>>(8*size) != 0 {
			return nil, errors.New("base58 block overflows")
		}
		for i := size - 1; i >= 0; i-- {
			out = append(out, byte(num>>(8*i)))
		}
		s = s[n:]
	}
	return out, nil
}

// b58Block is one block's number, refusing one past 64 bits.
func b58Block(block string) (uint64, error) {
	var num uint64
	for i := 0; i < len(block); i++ {
		d := strings.IndexByte(b58Alphabet, block[i])
		if d < 0 {
			return 0, fmt.Errorf("%q is not base58", block[i])
		}
		hi, lo := bits.Mul64(num, 58)
		sum, carry := bits.Add64(lo, uint64(d), 0)
		if hi != 0 || carry != 0 {
			return 0, errors.New("base58 block overflows")
		}
		num = sum
	}
	return num, nil
}
