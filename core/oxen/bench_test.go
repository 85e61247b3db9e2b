package oxen

import (
	"crypto/rand"
	"testing"
)

// The claim endpoint verifies one signature per request.
func BenchmarkVerifyOxenSignature(b *testing.B) {
	k, err := GenerateKeys(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	msg := ClaimMessage("seshnet-bench", [20]byte{1})
	sig := Sign(k, msg)
	addr := k.Address(Mainnet)
	b.ReportAllocs()
	for b.Loop() {
		if err := Verify(addr, msg, sig); err != nil {
			b.Fatal(err)
		}
	}
}

// The snapshot import parses one address per holder and contributor.
func BenchmarkParseOxenAddress(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAddress(upstreamKeysAddr); err != nil {
			b.Fatal(err)
		}
	}
}

// The sample generator signs once per holder.
func BenchmarkSignOxenMessage(b *testing.B) {
	k, err := GenerateKeys(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	msg := ClaimMessage("seshnet-bench", [20]byte{1})
	b.ReportAllocs()
	for b.Loop() {
		Sign(k, msg)
	}
}
