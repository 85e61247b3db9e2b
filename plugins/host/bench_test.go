package host

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"
	"sort"
	"testing"
	"time"

	"github.com/seshnet/seshnet/plugins/kit"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

func reportLatency(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
}

func benchHost(b *testing.B, maxProcs int) *Host {
	b.Helper()
	mc := ModuleConfig{Enabled: true, Path: binDir + "/seshd-testplugin", MaxProcs: maxProcs}
	h, err := New(Config{Modules: map[string]ModuleConfig{"alpha": mc}, BinDir: binDir, DataDir: b.TempDir()}, &fakeNode{}, nopLog())
	if err != nil {
		b.Fatal(err)
	}
	h.Start(context.Background())
	b.Cleanup(h.Stop)
	return h
}

var payload = []byte("0123456789abcdef0123456789abcdef") // a small call: 32 bytes

// BenchmarkPluginCall is one small call across the plugin boundary, one at a
// time: the round trip.
func BenchmarkPluginCall(b *testing.B) {
	for _, procs := range []int{0, 1} {
		b.Run(fmt.Sprintf("max_procs=%d", procs), func(b *testing.B) {
			h := benchHost(b, procs)
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := h.Call(ctx, "alpha", "echo", payload); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			b.StopTimer()
			reportLatency(b, lat)
		})
	}
}

// BenchmarkPluginCallParallel is the same call from many goroutines (calls/s
// with concurrency: read ns/op as the inverse of throughput).
func BenchmarkPluginCallParallel(b *testing.B) {
	h := benchHost(b, 0)
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := h.Call(context.Background(), "alpha", "echo", payload); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkPluginCallBatch100 sends 100 small calls in one round trip; the
// per-item cost is reported.
func BenchmarkPluginCallBatch100(b *testing.B) {
	h := benchHost(b, 0)
	calls := make([]*pluginv1.CallRequest, 100)
	for i := range calls {
		calls[i] = &pluginv1.CallRequest{Method: "echo", Payload: payload}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := h.CallBatch(context.Background(), "alpha", calls); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*100)/1e3, "µs/item")
}

type echo struct{}

func (echo) Call(_ context.Context, _ string, p []byte) ([]byte, error) {
	return append([]byte(nil), p...), nil
}

// BenchmarkInProcessCall is the same call to a module living in the node's
// process, for comparison.
func BenchmarkInProcessCall(b *testing.B) {
	var c kit.Caller = echo{}
	for i := 0; i < b.N; i++ {
		if _, err := c.Call(context.Background(), "echo", payload); err != nil {
			b.Fatal(err)
		}
	}
}

func nopLog() zerolog.Logger { return zerolog.Nop() }
