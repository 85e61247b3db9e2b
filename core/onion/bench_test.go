package onion

import (
	"crypto/ecdh"
	"crypto/rand"
	"testing"
)

// layerSize is about the size of a store of a short message.
const layerSize = 1024

// BenchmarkPeel is one relay hop: unframe, X25519 with the ephemeral key,
// key derivation, AEAD open of a ~1 KB layer, layer JSON, and the framing
// of the body for the next hop.
func BenchmarkPeel(b *testing.B) {
	nodes := []testNode{newTestNode(b, 1), newTestNode(b, 11)}
	hops := []Hop{nodes[0].hop(), nodes[1].hop()}
	request := make([]byte, layerSize)
	for i := range request {
		request[i] = 'a' + byte(i%26)
	}
	for _, enc := range encTypes {
		b.Run(string(enc), func(b *testing.B) {
			body, _, _, err := Build(hops, request, enc)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if fwd, _, err := nodes[0].key.Peel(body); err != nil || fwd == nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRawX25519AEAD is the primitive cost inside a hop: X25519, key
// derivation and AEAD open of ~1 KB, without framing or JSON.
func BenchmarkRawX25519AEAD(b *testing.B) {
	node := newTestNode(b, 1)
	msg := make([]byte, layerSize)
	if _, err := rand.Read(msg); err != nil {
		b.Fatal(err)
	}
	for _, enc := range encTypes {
		b.Run(string(enc), func(b *testing.B) {
			ct, eph, _, err := Seal(enc, node.key.PublicKey(), msg)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(ct)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := node.key.Open(enc, eph, ct); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("x25519-only", func(b *testing.B) {
		peer, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			b.Fatal(err)
		}
		pub := peer.PublicKey().Bytes()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := x25519(node.key.priv, pub); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEdPublicToX25519 is the cost of converting a node's or an
// account's Ed25519 key (math/big, with libsodium's subgroup check).
func BenchmarkEdPublicToX25519(b *testing.B) {
	pub := newTestNode(b, 1).hop().Ed25519
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EdPublicToX25519(pub); err != nil {
			b.Fatal(err)
		}
	}
}
