package onion

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

// unhex decodes a hex literal of a test.
func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	return b
}

// detReader is a deterministic entropy stream: SHA-256(seed ‖ counter)
// blocks. It fixes the ephemeral keys and nonces of Build in the vectors.
type detReader struct {
	seed []byte
	ctr  uint64
	buf  []byte
}

func (r *detReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.buf) == 0 {
			var c [8]byte
			binary.BigEndian.PutUint64(c[:], r.ctr)
			r.ctr++
			sum := sha256.Sum256(append(append([]byte(nil), r.seed...), c[:]...))
			r.buf = sum[:]
		}
		m := copy(p[n:], r.buf)
		r.buf = r.buf[m:]
		n += m
	}
	return n, nil
}

// testNode is a node's Ed25519 key and its onion key.
type testNode struct {
	ed  ed25519.PrivateKey
	key *NodeKey
}

func (n testNode) hop() Hop { return Hop{Ed25519: n.ed.Public().(ed25519.PublicKey)} }

// newTestNode makes a node from a seed byte, so that failures reproduce.
func newTestNode(t testing.TB, seed byte) testNode {
	t.Helper()
	s := make([]byte, ed25519.SeedSize)
	for i := range s {
		s[i] = seed + byte(i)
	}
	ed := ed25519.NewKeyFromSeed(s)
	k, err := NodeKeyFromEd25519(ed)
	require.NoError(t, err)
	return testNode{ed: ed, key: k}
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }
