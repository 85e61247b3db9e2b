package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"
)

// Benchmarks write to disk with fsync on, as in production (on the test's
// temp dir). Each reports its rate; none asserts one.

// BenchmarkBadgerBatchedWrites is the floor under the store: raw badger,
// transactions of 1,000 entries of about 200 bytes, synced.
func BenchmarkBadgerBatchedWrites(b *testing.B) {
	const perTxn = 1000
	db, err := badger.Open(badgerOptions(b.TempDir(), Options{memTableSize: memTableSize}))
	require.NoError(b, err)
	defer db.Close()
	value := []byte(strings.Repeat("v", 200))
	b.ResetTimer()
	for n := 0; b.Loop(); n++ {
		txn := db.NewTransaction(true)
		for i := range perTxn {
			key := binary.BigEndian.AppendUint64([]byte("bench"), uint64(n*perTxn+i))
			require.NoError(b, txn.Set(key, value))
		}
		require.NoError(b, txn.Commit())
	}
	b.ReportMetric(float64(b.N*perTxn)/b.Elapsed().Seconds(), "writes/s")
}

// BenchmarkStorePut stores ~200-byte messages from many goroutines at once,
// the way the RPC layer calls it, so the writer's rounds fill up. Each
// caller waits about two commits (the one under way, then its own), so
// the rate is about callers / (2 x commit latency): the sub-benchmarks show
// how it grows with them.
func BenchmarkStorePut(b *testing.B) {
	for _, par := range []int{64, 256} {
		b.Run(fmt.Sprintf("parallelism=%d", par), func(b *testing.B) { benchmarkStorePut(b, par) })
	}
}

func benchmarkStorePut(b *testing.B, parallelism int) {
	c := newClock()
	s := openStore(b, b.TempDir(), c)
	exp := c.nowMs() + time.Hour.Milliseconds()
	data := strings.Repeat("d", 180)
	var next atomic.Int64
	b.SetParallelism(parallelism) // goroutines per GOMAXPROCS
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1)
			m := newMsg(acct(int(i%1000)), 0, i, exp, fmt.Sprint(i, data))
			if _, err := s.Put(context.Background(), m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	st := s.Stats()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "puts/s")
	b.ReportMetric(float64(st.Puts)/float64(max(st.Batches, 1)), "puts/round")
}

// BenchmarkStoreRetrieve reads pages of 10 from an account of 1,000
// messages, starting after a random one.
func BenchmarkStoreRetrieve(b *testing.B) {
	c := newClock()
	s := openStore(b, b.TempDir(), c)
	a := acct(1)
	ms := fill(b, s, a, 0, 1000, c.nowMs(), c.nowMs()+time.Hour.Milliseconds(), 200)
	rng := rand.New(rand.NewPCG(1, 2))
	b.ResetTimer()
	for b.Loop() {
		last := ms[rng.IntN(len(ms)-10)].Hash
		page, _, err := s.Retrieve(a, 0, last, 10, 0)
		if err != nil || len(page) != 10 {
			b.Fatalf("page of %d: %v", len(page), err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "retrieves/s")
}
