package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
)

// BenchmarkWitnessLatency measures, on a 4-validator loopback network
// reading a real L2 (geth --dev when `make geth` built it, else the
// simulated chain over HTTP), how long a registration takes from its L2
// block reaching the witnesses' read depth to being applied on every
// validator: in workchain blocks and in seconds. Each op is one
// registration; run with -benchtime Nx.
func BenchmarkWitnessLatency(b *testing.B) {
	const base = 20656
	l2 := startL2(b, base+90)
	procs := startTestnet(b, 4, base, "--l2", l2.url, "--l2-contract", l2.staking.Hex(),
		"--l2-depth", fmt.Sprint(l2.depth), "--l2-start-block", fmt.Sprint(l2.startBlock))
	waitFor(b, "four validators at height 3", 90*time.Second, func() bool {
		for _, p := range procs {
			if p.height(b) < 3 {
				return false
			}
		}
		return true
	})
	keyFile := filepath.Join(b.TempDir(), "operator.json")
	if err := keys.SaveEth(keyFile, l2.operator); err != nil {
		b.Fatal(err)
	}
	eth, err := ethclient.Dial(l2.url)
	if err != nil {
		b.Fatal(err)
	}
	defer eth.Close()

	var blocks, secs, fromL2Block []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		home := filepath.Join(b.TempDir(), fmt.Sprintf("n%d", i))
		runSeshd(b, "init", "--home", home, "--moniker", fmt.Sprintf("n%d", i))
		var reg struct {
			L2Block uint64 `json:"l2_block"`
		}
		out := runSeshd(b, "l2", "register", "--home", home, "--l2", l2.url, "--contract", l2.staking.Hex(), "--key", keyFile, "-o", "json")
		sent := time.Now()
		if err := json.Unmarshal(out, &reg); err != nil {
			b.Fatalf("%s: %v", out, err)
		}
		var nk struct{ Ed25519 string }
		if err := json.Unmarshal(runSeshd(b, "keys", "node", "--home", home, "-o", "json"), &nk); err != nil {
			b.Fatal(err)
		}
		// Final: the L2 head reached the read depth above the block.
		var finalAt time.Time
		var finalHeight int64
		waitFor(b, "the L2 block at depth", time.Minute, func() bool {
			n, err := eth.BlockNumber(context.Background())
			if err != nil || n < reg.L2Block+uint64(l2.depth) {
				return false
			}
			finalAt, finalHeight = time.Now(), procs[0].height(b)
			return true
		})
		var applied int64
		waitFor(b, "the registration applied on every validator", time.Minute, func() bool {
			for _, p := range procs {
				var nv app.NodeView
				c, err := p.client()
				if err != nil || chainclient.Query(context.Background(), c, "/node/"+nk.Ed25519, 0, &nv) != nil || nv.State != registry.StateActive {
					return false
				}
				applied = nv.RegisteredHeight
			}
			return true
		})
		blocks = append(blocks, float64(applied-finalHeight))
		secs = append(secs, time.Since(finalAt).Seconds())
		fromL2Block = append(fromL2Block, time.Since(sent).Seconds())
	}
	b.StopTimer()
	b.ReportMetric(median(blocks), "blocks-final-to-applied")
	b.ReportMetric(maxOf(blocks), "max-blocks-final-to-applied")
	b.ReportMetric(median(secs), "s-final-to-applied")
	b.ReportMetric(median(fromL2Block), "s-mined-to-applied")
	b.Logf("L2 %s (depth %d): %d registrations; blocks after final %v; seconds after final %v", l2.kind, l2.depth, len(blocks), blocks, secs)
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = max(m, x)
	}
	return m
}
