package oxen

import (
	"errors"
	"fmt"
	"math/bits"

	"golang.org/x/crypto/sha3"
)

// Oxen (like Monero) does not use Bitcoin's base58: it cuts the bytes into
// 8-byte blocks and writes each block as a fixed number of base58 digits
// (src/common/base58.cpp). A whole block takes 11 digits; a short last block
// of n bytes takes encodedBlockSizes[n]. Because every block has a fixed
// width, each accepted string decodes to exactly one byte string and back.
const (
	b58Alphabet          = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	fullBlockSize        = 8
	fullEncodedBlockSize = 11
	checksumSize         = 4
)

var (
	encodedBlockSizes = [fullBlockSize + 1]int{0, 2, 3, 5, 6, 7, 9, 10, 11}
	// decodedBlockSizes[n] is the byte length of an n-digit block; -1 marks
	// digit counts no block length produces.
	decodedBlockSizes = [fullEncodedBlockSize + 1]int{0, -1, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8}
	b58Reverse        = func() (t [256]int8) {
		for i := range t {
			t[i] = -1
		}
		for i := 0; i < len(b58Alphabet); i++ {
			t[b58Alphabet[i]] = int8(i)
		}
		return t
	}()
)

// Errors of the base58 layer, wrapped with detail by the callers.
var (
	ErrBase58   = errors.New("bad base58")
	ErrChecksum = errors.New("bad checksum")
)

// b58Encode is tools::base58::encode.
func b58Encode(data []byte) string {
	full := len(data) / fullBlockSize
	last := len(data) % fullBlockSize
	out := make([]byte, 0, full*fullEncodedBlockSize+encodedBlockSizes[last])
	for i := 0; i < full; i++ {
		out = appendBlock(out, data[i*fullBlockSize:(i+1)*fullBlockSize])
	}
	if last > 0 {
		out = appendBlock(out, data[full*fullBlockSize:])
	}
	return string(out)
}

// appendBlock writes one block big-endian as a fixed-width base58 number,
// left-padded with the zero digit '1'.
func appendBlock(out, block []byte) []byte {
	var num uint64
	for _, b := range block {
		num = num<<8 | uint64(b)
	}
	width := encodedBlockSizes[len(block)]
	start := len(out)
	for i := 0; i < width; i++ {
		out = append(out, b58Alphabet[0])
	}
	for i := start + width - 1; num > 0; i-- {
		out[i] = b58Alphabet[num%58]
		num /= 58
	}
	return out
}

// b58Decode is tools::base58::decode: it refuses a length no encoding
// produces, a digit outside the alphabet, and a block whose value does not
// fit its byte length.
func b58Decode(enc string) ([]byte, error) {
	full := len(enc) / fullEncodedBlockSize
	last := len(enc) % fullEncodedBlockSize
	lastSize := decodedBlockSizes[last]
	if lastSize < 0 {
		return nil, fmt.Errorf("%w: %d characters is not a valid length", ErrBase58, len(enc))
	}
	out := make([]byte, 0, full*fullBlockSize+lastSize)
	var err error
	for i := 0; i < full; i++ {
		if out, err = decodeBlock(out, enc[i*fullEncodedBlockSize:(i+1)*fullEncodedBlockSize]); err != nil {
			return nil, err
		}
	}
	if last > 0 {
		if out, err = decodeBlock(out, enc[full*fullEncodedBlockSize:]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func decodeBlock(out []byte, block string) ([]byte, error) {
	size := decodedBlockSizes[len(block)]
	var num uint64
	for i := 0; i < len(block); i++ {
		d := b58Reverse[block[i]]
		if d < 0 {
			return nil, fmt.Errorf("%w: character %q is not in the alphabet", ErrBase58, block[i])
		}
		hi, lo := bits.Mul64(num, 58)
		sum, carry := bits.Add64(lo, uint64(d), 0)
		if hi != 0 || carry != 0 {
			return nil, fmt.Errorf("%w: block %q overflows", ErrBase58, block)
		}
		num = sum
	}
	if size < fullBlockSize && num>>(8*uint(size)) != 0 {
		return nil, fmt.Errorf("%w: block %q overflows %d bytes", ErrBase58, block, size)
	}
	for i := size - 1; i >= 0; i-- {
		out = append(out, byte(num>>(8*uint(i))))
	}
	return out, nil
}

// keccak256 is cn_fast_hash: the original Keccak-256 (padding byte 0x01),
// not SHA3-256 (src/crypto/hash.c, src/crypto/keccak.c).
func keccak256(parts ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// appendVarint is tools::write_varint: 7 bits a byte, low bits first, the
// high bit set on every byte but the last.
func appendVarint(out []byte, v uint64) []byte {
	for v > 0x7f {
		out = append(out, byte(v&0x7f)|0x80)
		v >>= 7
	}
	return append(out, byte(v))
}

// readVarint is tools::read_varint for a uint64: it refuses a zero final
// byte after the first (a longer than needed encoding), a value past 64
// bits and a truncated varint. It returns the value and the bytes read.
func readVarint(in []byte) (uint64, int, error) {
	var v uint64
	for i, shift := 0, uint(0); i < len(in); i, shift = i+1, shift+7 {
		b := in[i]
		if b == 0 && shift > 0 {
			return 0, 0, errors.New("varint is not minimally encoded")
		}
		if avail := 64 - shift; avail <= 7 && uint(b) >= 1<<avail {
			return 0, 0, errors.New("varint overflows 64 bits")
		}
		v |= uint64(b&0x7f) << shift
		if b&0x80 == 0 {
			return v, i + 1, nil
		}
	}
	return 0, 0, errors.New("varint is truncated")
}

// encodeAddr is tools::base58::encode_addr: varint(tag) || data || the first
// 4 bytes of keccak256(varint(tag) || data), in base58.
func encodeAddr(tag uint64, data []byte) string {
	buf := appendVarint(make([]byte, 0, 10+len(data)+checksumSize), tag)
	buf = append(buf, data...)
	sum := keccak256(buf)
	return b58Encode(append(buf, sum[:checksumSize]...))
}

// decodeAddr is tools::base58::decode_addr: base58, then the checksum, then
// the tag varint; it returns the tag and the bytes after it.
func decodeAddr(s string) (uint64, []byte, error) {
	raw, err := b58Decode(s)
	if err != nil {
		return 0, nil, err
	}
	if len(raw) <= checksumSize {
		return 0, nil, fmt.Errorf("%w: %d bytes is too short for an address", ErrLength, len(raw))
	}
	body, sum := raw[:len(raw)-checksumSize], raw[len(raw)-checksumSize:]
	want := keccak256(body)
	if string(want[:checksumSize]) != string(sum) {
		return 0, nil, fmt.Errorf("%w: keccak256 of the address body does not match its last 4 bytes", ErrChecksum)
	}
	tag, n, err := readVarint(body)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %v", ErrUnknownPrefix, err)
	}
	return tag, body[n:], nil
}
