package oxensnap

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/seshnet/seshnet/workchain/registry"
)

var benchSnapshots sync.Map // "nodes/holders" -> []byte

// benchSnapshot is the JSON of a sample, made once per size (making one is
// not what is measured).
func benchSnapshot(b *testing.B, nodes, holders int) []byte {
	key := fmt.Sprintf("%d/%d", nodes, holders)
	if raw, ok := benchSnapshots.Load(key); ok {
		return raw.([]byte)
	}
	s, _, err := Sample(1, nodes, holders)
	if err != nil {
		b.Fatal(err)
	}
	raw, err := json.Marshal(s)
	if err != nil {
		b.Fatal(err)
	}
	benchSnapshots.Store(key, raw)
	return raw
}

// BenchmarkImportOxen parses, checks and imports the sample (2,000 nodes,
// 20,000 holders) and 10× it, reporting the heap the import holds at its
// peak (bytes in use after the import, before it is dropped) besides
// -benchmem's allocations.
func BenchmarkImportOxen(b *testing.B) {
	for _, size := range []struct{ nodes, holders int }{{2000, 20000}, {20000, 200000}} {
		b.Run(fmt.Sprintf("nodes=%d/holders=%d", size.nodes, size.holders), func(b *testing.B) {
			raw := benchSnapshot(b, size.nodes, size.holders)
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			var held uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				s, err := Parse(raw)
				if err != nil {
					b.Fatal(err)
				}
				res, err := Import(s, Options{Registry: registry.DefaultParams()})
				if err != nil {
					b.Fatal(err)
				}
				runtime.ReadMemStats(&after)
				held = max(held, after.HeapAlloc-min(after.HeapAlloc, before.HeapAlloc))
				runtime.KeepAlive(res)
			}
			b.ReportMetric(float64(held)/(1<<20), "MiB-held")
		})
	}
}
