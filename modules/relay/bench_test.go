package relay

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"net/http"
	"testing"
	"time"

	"github.com/seshnet/seshnet/core/onion"
)

// BenchmarkRelayHops is onion hops per second through real HTTPS on
// loopback: a client posts a two-layer onion to relay 0, which peels its
// layer and forwards over the node-to-node channel to relay 1, which peels
// the last layer, hands the request to (an instant) storage and seals the
// reply. Each request is two hops. Bodies are built before the timer: the
// client's cost is not the relay's. Compare with BenchmarkRawX25519AEAD,
// the same machine's rate of the hop's primitives (X25519 + AEAD open) on
// all cores.
func BenchmarkRelayHops(b *testing.B) {
	tn := startNet(b, 2)
	for _, enc := range []onion.EncType{onion.XChaCha20, onion.AESGCM} {
		b.Run(string(enc), func(b *testing.B) {
			bodies := make([][]byte, 64)
			for i := range bodies {
				body, _, _, err := onion.Build(tn.hops(0, 1), []byte(`{"method":"info","params":{}}`), enc)
				if err != nil {
					b.Fatal(err)
				}
				bodies[i] = body
			}
			c := &http.Client{Transport: &http.Transport{TLSClientConfig: client.Transport.(*http.Transport).TLSClientConfig, MaxIdleConnsPerHost: 64}}
			b.SetParallelism(8)
			start := time.Now()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					res, err := c.Post("https://"+tn.addrs[0]+"/onion_req/v2", "application/octet-stream", bytes.NewReader(bodies[i%len(bodies)]))
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = bytes.NewBuffer(nil).ReadFrom(res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						b.Errorf("status %d", res.StatusCode)
						return
					}
					i++
				}
			})
			b.ReportMetric(float64(2*b.N)/time.Since(start).Seconds(), "hops/s")
		})
	}
}

// BenchmarkRawX25519AEAD is the primitives of one hop, with nothing else:
// X25519 with the client's ephemeral key, the key derivation and the AEAD
// open of a ~1 KB layer, on all cores (RunParallel), as opens/s.
func BenchmarkRawX25519AEAD(b *testing.B) {
	node, err := onion.NodeKeyFromEd25519(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)))
	if err != nil {
		b.Fatal(err)
	}
	msg := make([]byte, 1024)
	_, _ = rand.Read(msg)
	for _, enc := range []onion.EncType{onion.XChaCha20, onion.AESGCM} {
		b.Run(string(enc), func(b *testing.B) {
			ct, eph, _, err := onion.Seal(enc, node.PublicKey(), msg)
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, _, err := node.Open(enc, eph, ct); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "opens/s")
		})
	}
}
