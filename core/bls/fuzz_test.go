package bls

import (
	"bytes"
	"testing"
)

// FuzzDecodePoints feeds outside bytes to both decoders. Whatever decodes must
// be a point of its group and re-encode to the same bytes (one encoding per
// point, so a signature or key cannot be replayed in another spelling).
func FuzzDecodePoints(f *testing.F) {
	k, err := SecretKeyFromBig(bigFromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
	if err != nil {
		f.Fatal(err)
	}
	pk := k.PublicKey().Bytes()
	sig, err := Sign(k, []byte("seed"), testDST)
	if err != nil {
		f.Fatal(err)
	}
	sb := sig.Bytes()
	f.Add(pk[:])
	f.Add(sb[:])
	f.Add(make([]byte, 64))
	f.Add(make([]byte, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		if pk, err := PublicKeyFromBytes(b); err == nil {
			p := pk.Point()
			if !p.IsOnCurve() || !p.IsInSubGroup() || pk.IsInfinity() {
				t.Fatalf("decoded a key outside G1 or at infinity: %x", b)
			}
			if enc := pk.Bytes(); !bytes.Equal(enc[:], b) {
				t.Fatalf("key re-encodes differently: %x -> %x", b, enc)
			}
		}
		if s, err := SignatureFromBytes(b); err == nil {
			p := s.Point()
			if !p.IsOnCurve() || !p.IsInSubGroup() {
				t.Fatalf("decoded a signature outside G2: %x", b)
			}
			if enc := s.Bytes(); !bytes.Equal(enc[:], b) {
				t.Fatalf("signature re-encodes differently: %x -> %x", b, enc)
			}
		}
	})
}
