package relay

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

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
// relays until its stdin closes.
func TestHelperRelayNet(t *testing.T) {
	if os.Getenv("SESH_RELAY_BENCH_CHILD") == "" {
		t.Skip("the relay process of BenchmarkRelayHops")
	}
	tn := startNet(t, 2)
	fmt.Printf("ADDRS %s %s\n", tn.addrs[0], tn.addrs[1])
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// startRelayProcess runs TestHelperRelayNet and returns its relays'
// addresses and a reader of its CPU time (user + system).
func startRelayProcess(b *testing.B) ([]string, func() time.Duration) {
	b.Helper()
	args := []string{"-test.run=^TestHelperRelayNet$"}
	if p := os.Getenv("SESH_RELAY_BENCH_PROFILE"); p != "" {
		args = append(args, "-test.cpuprofile="+p) // the relays' own profile
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "SESH_RELAY_BENCH_CHILD=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = stdin.Close(); _ = cmd.Wait() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "ADDRS" {
			go func() { _, _ = io.Copy(io.Discard, out) }()
			return f[1:], func() time.Duration { return procCPU(b, cmd.Process.Pid) }
		}
	}
	b.Fatal("relay process gave no addresses")
	return nil, nil
}

// procCPU is a process's user + system time from /proc/PID/stat (clock
// ticks of 10 ms: the benchmark runs for seconds).
func procCPU(b *testing.B, pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// Fields after the command name (which is in parentheses).
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
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
