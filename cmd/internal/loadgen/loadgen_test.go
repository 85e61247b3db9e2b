package loadgen

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/uptime"
)

// TestLargestProofIsTheLargestValid: loadgen --max-size sends proofs the
// chain accepts, and no field could be longer.
func TestLargestProofIsTheLargestValid(t *testing.T) {
	p := LargestProof(1_700_000_000)
	got, err := uptime.Decode(uptime.Encode(p))
	require.NoError(t, err)
	require.Equal(t, p, got)
	longer := []func(p *uptime.Proof){
		func(p *uptime.Proof) { p.Version += "v" },
		func(p *uptime.Proof) { p.Modules = append(p.Modules, "zz") },
		func(p *uptime.Proof) { p.Modules[0] += "x" },
		func(p *uptime.Proof) {
			p.Endpoints = append(p.Endpoints, uptime.Endpoint{Service: "zz", Addr: "h:1"})
		},
		func(p *uptime.Proof) { p.Endpoints[0].Addr = "h" + p.Endpoints[0].Addr },
	}
	for i, grow := range longer {
		q := LargestProof(1_700_000_000)
		q.Modules, q.Endpoints = slices.Clone(q.Modules), slices.Clone(q.Endpoints)
		grow(&q)
		_, err := uptime.Decode(uptime.Encode(q))
		require.Error(t, err, "growth %d was accepted", i)
	}
}

func writeKeys(t *testing.T, ks []Key) string {
	t.Helper()
	raw, err := json.Marshal(ks)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "extra-keys.json")
	require.NoError(t, os.WriteFile(path, raw, 0o600))
	return path
}

func TestReadKeys(t *testing.T) {
	k := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	got, err := ReadKeys(writeKeys(t, []Key{{Ed25519Private: hex.EncodeToString(k)}}))
	require.NoError(t, err)
	require.Equal(t, []ed25519.PrivateKey{k}, got)

	_, err = ReadKeys(writeKeys(t, []Key{{Ed25519Private: hex.EncodeToString(k.Seed())}}))
	require.ErrorContains(t, err, "entry 0", "a seed is not a private key")
	_, err = ReadKeys(filepath.Join(t.TempDir(), "absent.json"))
	require.Error(t, err)
}

func TestSchedule(t *testing.T) {
	start := time.Unix(1_700_000_000, 0)
	for _, c := range []struct {
		rate float64
		i    int64
		want time.Duration
	}{
		{4, 0, 0},
		{4, 1, 250 * time.Millisecond},
		{4, 4, time.Second},
		{3, 3, time.Second},
		{1500, 1500, time.Second},
		{0.5, 1, 2 * time.Second},
	} {
		require.Equal(t, start.Add(c.want), schedule(start, c.rate, c.i), "rate %v, i %d", c.rate, c.i)
	}
}

// ms is durations of v milliseconds.
func ms(v ...int) []time.Duration {
	out := make([]time.Duration, len(v))
	for i, x := range v {
		out[i] = time.Duration(x) * time.Millisecond
	}
	return out
}

func TestPercentileMs(t *testing.T) {
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = 100 - i // unsorted on purpose
	}
	for _, c := range []struct {
		name string
		d    []time.Duration
		p    int
		want float64
	}{
		{"empty", nil, 50, 0},
		{"one", ms(7), 99, 7},
		{"p50 of 1..100", ms(hundred...), 50, 50},
		{"p99 of 1..100", ms(hundred...), 99, 99},
		{"max of 1..100", ms(hundred...), 100, 100},
		{"p50 of two", ms(9, 1), 50, 1},
	} {
		require.Equal(t, c.want, percentileMs(c.d, c.p), c.name)
	}
}

// TestDispatcherKeepsTheSchedule: every transaction due in the run is handed
// out with its own due time, to the sender free longest, also when a sender
// is slow to come back: the load does not wait for the network.
func TestDispatcherKeepsTheSchedule(t *testing.T) {
	const rate, n = 1000.0, 20
	for _, slow := range []bool{false, true} {
		free := make(chan int, 2)
		free <- 0
		free <- 1
		start := time.Now()
		d := &dispatcher{start: start, rate: rate, free: free,
			w: window{from: start, to: schedule(start, rate, n)}}
		var keys []int
		var dues []time.Time
		d.run(context.Background(), func(key int, due time.Time) {
			keys, dues = append(keys, key), append(dues, due)
			if slow {
				go func() { time.Sleep(3 * time.Millisecond); free <- key }()
			} else {
				free <- key
			}
		})
		require.EqualValues(t, n, d.scheduled, "slow %v", slow)
		require.Zero(t, d.unsent)
		require.Len(t, d.lags, n)
		for i, due := range dues {
			require.Equal(t, schedule(start, rate, int64(i)), due, "slow %v: transaction %d", slow, i)
		}
		if !slow {
			require.Zero(t, d.noFreeKey)
			for i, k := range keys {
				require.Equal(t, i%2, k, "round robin over free senders")
			}
		}
	}
}

func TestAcquire(t *testing.T) {
	free := make(chan int, 1)
	free <- 3
	key, waited, ok := acquire(context.Background(), free)
	require.Equal(t, 3, key)
	require.False(t, waited)
	require.True(t, ok)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, waited, ok = acquire(ctx, free)
	require.True(t, waited, "no sender was free")
	require.False(t, ok, "and the run ended")
}

// TestObservationWindow: blocks seen in the window count for tx/s; a
// transaction due in the window counts for latency even if its block is
// seen after the window (the drain), one due before or after does not.
func TestObservationWindow(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := window{from: t0, to: t0.Add(10 * time.Second)}
	sent := newSentLog()
	tx := func(s string) []byte { return []byte(s) }
	sent.put(tx("early"), t0.Add(-time.Second))
	sent.put(tx("in"), t0.Add(time.Second))
	sent.put(tx("late-in"), t0.Add(9*time.Second))
	sent.put(tx("after"), t0.Add(11*time.Second))
	sent.put(tx("never"), t0.Add(5*time.Second))
	require.Equal(t, 3, sent.pending(w))

	var o observation
	o.add([][]byte{tx("early"), tx("in")}, t0.Add(2*time.Second), w, sent)
	o.add([][]byte{tx("late-in"), tx("after"), tx("foreign")}, t0.Add(12*time.Second), w, sent)
	require.Equal(t, 1, o.blocks, "the block seen after the window is not counted")
	require.Equal(t, 2, o.committed)
	require.Equal(t, []time.Duration{time.Second, 3 * time.Second}, o.latencies)
	require.Equal(t, 1, sent.pending(w), "never committed")
}

// TestResultKeepsItsFields: seshbench and older scripts read these names.
func TestResultKeepsItsFields(t *testing.T) {
	raw, err := json.Marshal(Result{})
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	for _, k := range []string{"mode", "senders", "window_seconds", "accepted", "refused", "committed_in_window",
		"blocks_in_window", "committed_tx_per_second", "commit_latency_p50_ms", "commit_latency_p99_ms",
		"load", "commit_latency_max_ms", "latency_samples", "window_start_unix_ms", "window_end_unix_ms",
		"scheduled", "late_no_free_key", "unsent", "send_lag_p99_ms", "uncommitted_after_drain"} {
		require.Contains(t, m, k)
	}
	raw, err = json.Marshal(Result{OfferedTPS: 10})
	require.NoError(t, err)
	require.Contains(t, string(raw), `"offered_tx_per_second":10`)
}

// A sender sends what it built ahead while its sequence is in that range,
// also after a resync moves the sequence back into it, and builds the rest
// as it sends.
func TestSenderSendsWhatItBuiltAhead(t *testing.T) {
	var built []uint64
	s := &sender{build: func(seq uint64) []byte {
		built = append(built, seq)
		return []byte(fmt.Sprint("tx", seq, "-", len(built)))
	}}
	s.seq = 5
	s.prebuild(3)
	require.Equal(t, []uint64{5, 6, 7}, built)
	var sent []string
	for range 4 {
		sent = append(sent, string(s.next()))
		s.ok()
	}
	require.Equal(t, []string{"tx5-1", "tx6-2", "tx7-3", "tx8-4"}, sent)
	require.Equal(t, []uint64{5, 6, 7, 8}, built)

	s.pending = func(*rpchttp.HTTP) (uint64, error) { return 6, nil }
	require.NoError(t, s.sync(nil, true))
	require.Equal(t, "tx6-2", string(s.next()), "back in the built range")
	require.NoError(t, s.sync(nil, false))
	require.Equal(t, uint64(6), s.seq, "without reset only a node ahead moves the count")
}

// TestCombinePoolsAsOneRun: two runs combined give the figures one run
// with both runs' blocks and samples would have: summed counts, tx/s over
// the summed windows, percentiles of the pooled samples (not the mean of
// each run's).
func TestCombinePoolsAsOneRun(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	a := observation{committed: 300, blocks: 3, latencies: ms(900, 100, 500)}
	b := observation{committed: 100, blocks: 2, latencies: ms(2000, 1500, 1200, 1100, 1000)}
	var ra, rb Result
	ra.Mode, rb.Mode = "seshnet", "seshnet"
	ra.fill(a, window{from: at, to: at.Add(10 * time.Second)}, true)
	rb.fill(b, window{from: at.Add(time.Minute), to: at.Add(time.Minute + 30*time.Second)}, true)
	got, err := Combine(ra, rb)
	require.NoError(t, err)

	var whole Result
	all := observation{committed: 400, blocks: 5, latencies: append(ms(900, 100, 500), ms(2000, 1500, 1200, 1100, 1000)...)}
	whole.fill(all, window{from: at, to: at.Add(40 * time.Second)}, false)
	require.Equal(t, whole.P50ms, got.P50ms)
	require.Equal(t, 1000.0, got.P50ms, "the pooled median, not either run's")
	require.Equal(t, whole.P99ms, got.P99ms)
	require.Equal(t, 2000.0, got.MaxMs)
	require.Equal(t, 400, got.Committed)
	require.Equal(t, 5, got.Blocks)
	require.Equal(t, 8, got.Samples)
	require.Equal(t, 40.0, got.WindowSec)
	require.Equal(t, 10.0, got.CommittedTPS)
	require.Nil(t, got.LatenciesMs)
	require.Equal(t, at.UnixMilli(), got.WindowFrom)
	require.Equal(t, at.Add(time.Minute+30*time.Second).UnixMilli(), got.WindowTo)
}

func TestCombineRefuses(t *testing.T) {
	kept := Result{Mode: "seshnet", Load: ClosedLoop, Samples: 2, LatenciesMs: []float64{1, 2}}
	for _, c := range []struct {
		name string
		runs []Result
		want string
	}{
		{"nothing", nil, "no run"},
		{"samples not kept", []Result{kept, {Mode: "seshnet", Load: ClosedLoop, Samples: 5}}, "kept 0 of its 5"},
		{"another app", []Result{kept, {Mode: "kvstore", Load: ClosedLoop}}, "kvstore"},
		{"another load", []Result{kept, {Mode: "seshnet", Load: OpenLoop}}, "open-loop"},
	} {
		_, err := Combine(c.runs...)
		require.ErrorContains(t, err, c.want, c.name)
	}
}
