package relay

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net/http"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/seshnet/seshnet/core/helperproc"
	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
)

// BenchmarkRelayHops is onion hops per second through real HTTPS on
// loopback: a client posts a two-layer onion to relay 0, which peels its
// layer and forwards over the node-to-node channel to relay 1, which peels
// the last layer, hands the request to (an instant) storage and seals the
// reply. Each request is two hops. The two relays run in a process of
// their own (this test binary again, as TestHelperRelayNet), as they would
// in production, so besides the end-to-end rate the benchmark reports the
// relays' own CPU per hop (from /proc) and what that allows on all of the
// machine's cores. Bodies are built before the timer: the client's cost is
// not the relay's, though the client shares the machine. Compare with
// BenchmarkRawX25519AEAD, the rate of the hop's primitives alone.
func BenchmarkRelayHops(b *testing.B) {
	addrs, cpu := startRelayProcess(b)
	keys := []ed25519.PublicKey{relayKey(0).Public().(ed25519.PublicKey), relayKey(1).Public().(ed25519.PublicKey)}
	for _, enc := range []onion.EncType{onion.XChaCha20, onion.AESGCM} {
		b.Run(string(enc), func(b *testing.B) {
			bodies := make([][]byte, 64)
			for i := range bodies {
				body, _, _, err := onion.Build([]onion.Hop{{Ed25519: keys[0]}, {Ed25519: keys[1]}}, []byte(`{"method":"info","params":{}}`), enc)
				if err != nil {
					b.Fatal(err)
				}
				bodies[i] = body
			}
			c := &http.Client{Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(keys[0]), MaxIdleConnsPerHost: 64}}
			b.SetParallelism(8)
			start, cpu0 := time.Now(), cpu()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					res, err := c.Post("https://"+addrs[0]+"/onion_req/v2", "application/octet-stream", bytes.NewReader(bodies[i%len(bodies)]))
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						b.Errorf("status %d", res.StatusCode)
						return
					}
					i++
				}
			})
			b.StopTimer()
			hops := float64(2 * b.N)
			b.ReportMetric(hops/time.Since(start).Seconds(), "hops/s")
			perHop := (cpu() - cpu0).Seconds() / hops
			b.ReportMetric(perHop*1e6, "relay-cpu-µs/hop")
			b.ReportMetric(float64(runtime.NumCPU())/perHop, "relay-capacity-hops/s")
		})
	}
}

// relayKey is the key of relay i of startNet.
func relayKey(i int) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
}

// TestHelperRelayNet is not a test: it is the relay process of
// BenchmarkRelayHops (go-plugin's helper-process pattern). It serves two
// relays until the benchmark ends.
func TestHelperRelayNet(t *testing.T) {
	if !helperproc.Child(relayChildEnv) {
		t.Skip("the relay process of BenchmarkRelayHops")
	}
	tn := startNet(t, 2)
	helperproc.Serve(tn.addrs...)
}

const relayChildEnv = "SESH_RELAY_BENCH_CHILD"

// startRelayProcess runs TestHelperRelayNet and returns its relays'
// addresses and a reader of its CPU time. SESH_RELAY_BENCH_PROFILE=FILE
// writes the relays' own CPU profile.
func startRelayProcess(b *testing.B) ([]string, func() time.Duration) {
	var extra []string
	if p := os.Getenv("SESH_RELAY_BENCH_PROFILE"); p != "" {
		extra = append(extra, "-test.cpuprofile="+p)
	}
	addrs, cpu := helperproc.Start(b, "TestHelperRelayNet", relayChildEnv, extra...)
	if len(addrs) != 2 {
		b.Fatalf("relay process gave %d addresses", len(addrs))
	}
	return addrs, cpu
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
