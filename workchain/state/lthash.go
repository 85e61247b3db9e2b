package state

import (
	"crypto/sha256"
	"crypto/sha3"
	"encoding/binary"
)

// LtHash is a homomorphic set hash (Bellare-Micciancio's AdHash over a lattice,
// as in Facebook's LtHash): each (key, value) pair is expanded to 1024 16-bit
// lanes with SHAKE256 and the state digest is their lane-wise sum modulo 2^16.
// Adding or removing one pair costs one expansion, whatever the state's size,
// so the app hash is updated per write instead of by rehashing all state; and
// a snapshot can be checked by summing its pairs and comparing (docs/state.md).
type LtHash [lanes]uint16

const (
	lanes     = 1024
	laneBytes = lanes * 2
	// ltDomain separates these expansions from any other use of SHAKE256.
	ltDomain = "seshnet/state/lthash/v1"
)

func expand(key, value []byte) *LtHash {
	h := sha3.NewSHAKE256()
	var n [binary.MaxVarintLen64]byte
	h.Write([]byte(ltDomain))
	h.Write(n[:binary.PutUvarint(n[:], uint64(len(key)))])
	h.Write(key)
	h.Write(value)
	var buf [laneBytes]byte
	h.Read(buf[:])
	var out LtHash
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(buf[2*i:])
	}
	return &out
}

// Add mixes a pair into the digest.
func (l *LtHash) Add(key, value []byte) {
	e := expand(key, value)
	for i := range l {
		l[i] += e[i]
	}
}

// Remove takes a pair out of the digest.
func (l *LtHash) Remove(key, value []byte) {
	e := expand(key, value)
	for i := range l {
		l[i] -= e[i]
	}
}

// Bytes serializes the digest (2,048 bytes, little-endian lanes).
func (l *LtHash) Bytes() []byte {
	out := make([]byte, laneBytes)
	for i, v := range l {
		binary.LittleEndian.PutUint16(out[2*i:], v)
	}
	return out
}

// SetBytes reads a digest written by Bytes.
func (l *LtHash) SetBytes(b []byte) bool {
	if len(b) != laneBytes {
		return false
	}
	for i := range l {
		l[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return true
}

// Sum is the 32-byte app hash of the digest.
func (l *LtHash) Sum() []byte {
	s := sha256.Sum256(l.Bytes())
	return s[:]
}
