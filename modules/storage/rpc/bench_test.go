package rpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/base64"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/helperproc"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// soloSwarm is a swarm of one: nothing to replicate to.
type soloSwarm struct{ key ed25519.PrivateKey }

func (soloSwarm) Serves(sessionid.Account) bool { return true }
func (s soloSwarm) Members(sessionid.Account) (uint64, []Member, bool) {
	return 1, []Member{{Ed25519: pubHex(s.key), X25519: pubHex(s.key), Addr: "127.0.0.1:1"}}, true
}
func (soloSwarm) ReplicateUntil(context.Context, sessionid.Account, []byte, time.Time) map[string]json.RawMessage {
	return nil
}
func (s soloSwarm) Self() ed25519.PrivateKey { return s.key }

// benchHandler is a handler over a store on disk with synced writes.
func benchHandler(b testing.TB) (*Handler, *store.Store) {
	b.Helper()
	st, err := store.Open(b.TempDir(), store.Options{PurgeInterval: -1, NoSync: benchNoSync})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() })
	return &Handler{
		Store:    st,
		Swarm:    soloSwarm{key: seedKey(0xB0)},
		Verifier: sessionid.NewVerifier(0),
		Log:      zerolog.Nop(),
	}, st
}

// benchServer serves h over HTTPS (HTTP/1.1, as Session's clients and our
// relay talk to storage) and returns a keep-alive client.
func benchServer(b testing.TB, h http.Handler) (string, *http.Client) {
	b.Helper()
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	// The node certificate (Ed25519) the storage module serves, not
	// httptest's RSA one.
	cfg, err := n2n.ServerTLS(seedKey(0xB1))
	if err != nil {
		b.Fatal(err)
	}
	srv.TLS = cfg
	srv.StartTLS()
	b.Cleanup(srv.Close)
	tr := srv.Client().Transport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 256
	tr.MaxConnsPerHost = 0
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // test server
	tr.ForceAttemptHTTP2 = false
	return srv.URL + "/storage_rpc/v1", &http.Client{Transport: tr}
}

func benchPost(b *testing.B, c *http.Client, url string, body []byte) {
	res, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		b.Error(err)
		return
	}
	_, _ = io.Copy(io.Discard, res.Body)
	_ = res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Errorf("status %d", res.StatusCode)
	}
}

// storeBody is an unauthenticated store of ~100 bytes, unique per n.
func storeBody(acct string, n int64, now int64) []byte {
	data := make([]byte, 0, 100)
	data = append(data, "a message of about a hundred bytes, as Session's are once padded and encrypted: #"...)
	data = strconv.AppendInt(data, n, 10)
	b := make([]byte, 0, 320)
	b = append(b, `{"method":"store","params":{"pubkey":"`...)
	b = append(b, acct...)
	b = append(b, `","timestamp":`...)
	b = strconv.AppendInt(b, now, 10)
	b = append(b, `,"ttl":1209600000,"data":"`...)
	b = base64.StdEncoding.AppendEncode(b, data)
	return append(b, `"}}`...)
}

func benchAccounts(b testing.TB, n int) []user {
	b.Helper()
	us := make([]user, n)
	for i := range us {
		k := seedKey(byte(i + 1))
		a, err := sessionid.FromEd25519(k.Public().(ed25519.PublicKey))
		if err != nil {
			b.Fatal(err)
		}
		us[i] = user{key: k, acct: a, ed: pubHex(k)}
	}
	return us
}

// cpuTime is the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type rate struct {
	wall time.Time
	cpu  time.Duration
}

func startRate() rate { return rate{wall: time.Now(), cpu: cpuTime()} }

// report gives the rate in unit, and the CPU the whole process (server,
// store and, for the HTTPS benchmarks, the clients too) spent per
// operation: on a shared machine the rate depends on what else runs, the
// CPU per operation much less.
func (r rate) report(b *testing.B, unit string) {
	b.ReportMetric(float64(b.N)/time.Since(r.wall).Seconds(), unit)
	b.ReportMetric(float64((cpuTime()-r.cpu).Microseconds())/float64(b.N), "cpu-µs/op")
}

// BenchmarkRPCStoreUnauthenticated: stores into namespace 0 through HTTPS
// to a storage server in a process of its own (TestHelperStorageServer),
// 64 clients per CPU with keep-alive, synced writes on disk. Besides the
// end-to-end rate it reports the server's own CPU per store and the rate
// that allows on all cores.
func BenchmarkRPCStoreUnauthenticated(b *testing.B) {
	url, cpu := startStorageProcess(b)
	client := benchClient()
	users := benchAccounts(b, 64)
	var seq atomic.Int64
	b.SetParallelism(64)
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := startRate(), cpu()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := seq.Add(1)
			benchPost(b, client, url, storeBody(users[n%int64(len(users))].acct.Hex(), n, time.Now().UnixMilli()))
		}
	})
	start.report(b, "stores/s")
	reportServer(b, cpu()-cpu0)
}

// reportServer gives the server process's CPU per operation and the rate
// it allows on all of the machine's cores.
func reportServer(b *testing.B, cpu time.Duration) {
	per := cpu.Seconds() / float64(b.N)
	b.ReportMetric(per*1e6, "server-cpu-µs/op")
	b.ReportMetric(float64(runtime.NumCPU())/per, "server-capacity-ops/s")
}

const storageChildEnv = "SESH_RPC_BENCH_CHILD"

// TestHelperStorageServer is not a test: it is the storage server process
// of the HTTPS benchmarks (go-plugin's helper-process pattern), with the
// messages BenchmarkRPCRetrieveSigned reads already stored.
func TestHelperStorageServer(t *testing.T) {
	if !helperproc.Child(storageChildEnv) {
		t.Skip("the server process of the storage RPC benchmarks")
	}
	h, st := benchHandler(t)
	retrieveSetup(t, st, benchAccounts(t, 64))
	url, _ := benchServer(t, h)
	helperproc.Serve(url)
}

// startStorageProcess runs TestHelperStorageServer; it returns the RPC URL
// and a reader of the server's CPU time.
func startStorageProcess(b *testing.B) (string, func() time.Duration) {
	var extra []string
	if p := os.Getenv("SESH_RPC_BENCH_PROFILE"); p != "" {
		extra = append(extra, "-test.cpuprofile="+p) // the server's own profile
	}
	f, cpu := helperproc.Start(b, "TestHelperStorageServer", storageChildEnv, extra...)
	if len(f) != 1 {
		b.Fatalf("storage process gave %d fields", len(f))
	}
	return f[0], cpu
}

// benchClient is a keep-alive HTTPS client for the test server.
func benchClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test server
		MaxIdleConnsPerHost: 256,
	}}
}

// BenchmarkHandlerStore is the same store without the network: ServeHTTP
// called directly.
func BenchmarkHandlerStore(b *testing.B) {
	h, _ := benchHandler(b)
	users := benchAccounts(b, 64)
	var seq atomic.Int64
	b.SetParallelism(16)
	b.ReportAllocs()
	b.ResetTimer()
	start := startRate()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := seq.Add(1)
			body := storeBody(users[n%int64(len(users))].acct.Hex(), n, time.Now().UnixMilli())
			req := httptest.NewRequest(http.MethodPost, "/storage_rpc/v1", bytes.NewReader(body))
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != http.StatusOK {
				b.Errorf("status %d: %s", w.Code, w.Body)
			}
		}
	})
	start.report(b, "stores/s")
}

// signedRetrieve is a retrieve body, re-signed when its timestamp ages.
type signedRetrieve struct {
	u        user
	lastHash string
	signedAt time.Time
	body     []byte
}

func (s *signedRetrieve) get(now time.Time) []byte {
	if s.body == nil || now.Sub(s.signedAt) > 30*time.Second {
		ts := now.UnixMilli()
		p := s.u.params("timestamp", ts, "signature", s.u.sign(storagewire.RetrieveSigning(0, ts)), "last_hash", s.lastHash)
		s.body, _ = json.Marshal(map[string]any{"method": MethodRetrieve, "params": p})
		s.signedAt = now
	}
	return s.body
}

// retrieveLast is, per user, the hash of the second message retrieveSetup
// stores (the messages do not depend on the time).
func retrieveLast(users []user) []string {
	last := make([]string, len(users))
	for i, u := range users {
		last[i] = sessionid.MessageHash(u.acct, 0, benchMessage(1))
	}
	return last
}

func benchMessage(j int) []byte {
	return []byte("a message of about a hundred bytes, as Session's are once padded and encrypted: #" + strconv.Itoa(j))
}

// retrieveSetup stores 5 messages of ~100 bytes for each user; a retrieve
// asks for those after the second (3 come back).
func retrieveSetup(b testing.TB, st *store.Store, users []user) []string {
	b.Helper()
	last := make([]string, len(users))
	now := time.Now()
	for i, u := range users {
		for j := range 5 {
			data := benchMessage(j)
			hash := sessionid.MessageHash(u.acct, 0, data)
			ts := now.Add(time.Duration(j) * time.Millisecond).UnixMilli()
			if _, err := st.Put(context.Background(), store.Message{Hash: hash, Account: u.acct[:], Timestamp: ts, Expiry: ts + time.Hour.Milliseconds(), Data: data}); err != nil {
				b.Fatal(err)
			}
			if j == 1 {
				last[i] = hash
			}
		}
	}
	return last
}

// BenchmarkRPCRetrieveSigned: signed retrieves (05 accounts with
// pubkey_ed25519) through HTTPS to the server process, each answering 3
// messages.
func BenchmarkRPCRetrieveSigned(b *testing.B) {
	url, cpu := startStorageProcess(b)
	client := benchClient()
	users := benchAccounts(b, 64)
	last := retrieveLast(users)
	var seq atomic.Int64
	b.SetParallelism(16)
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := startRate(), cpu()
	b.RunParallel(func(pb *testing.PB) {
		i := int(seq.Add(1)) % len(users)
		r := &signedRetrieve{u: users[i], lastHash: last[i]}
		for pb.Next() {
			benchPost(b, client, url, r.get(time.Now()))
		}
	})
	start.report(b, "retrieves/s")
	reportServer(b, cpu()-cpu0)
}

// BenchmarkHandlerRetrieveSigned is the same without the network.
func BenchmarkHandlerRetrieveSigned(b *testing.B) {
	h, st := benchHandler(b)
	users := benchAccounts(b, 64)
	last := retrieveSetup(b, st, users)
	var seq atomic.Int64
	b.SetParallelism(16)
	b.ReportAllocs()
	b.ResetTimer()
	start := startRate()
	b.RunParallel(func(pb *testing.PB) {
		i := int(seq.Add(1)) % len(users)
		r := &signedRetrieve{u: users[i], lastHash: last[i]}
		for pb.Next() {
			req := httptest.NewRequest(http.MethodPost, "/storage_rpc/v1", bytes.NewReader(r.get(time.Now())))
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != http.StatusOK {
				b.Errorf("status %d: %s", w.Code, w.Body)
			}
		}
	})
	start.report(b, "retrieves/s")
}

// BenchmarkEd25519Verify is the comparison line: one raw signature check.
func BenchmarkEd25519Verify(b *testing.B) {
	k := seedKey(1)
	msg := storagewire.RetrieveSigning(0, time.Now().UnixMilli())
	sig := ed25519.Sign(k, msg)
	pub := k.Public().(ed25519.PublicKey)
	b.SetParallelism(1)
	b.ResetTimer()
	start := startRate()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if !ed25519.Verify(pub, msg, sig) {
				b.Error("verify failed")
			}
		}
	})
	start.report(b, "verifies/s")
}

var benchNoSync = os.Getenv("RPC_BENCH_NOSYNC") != ""
