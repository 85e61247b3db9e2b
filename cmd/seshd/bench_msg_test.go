package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/client"
	"github.com/seshnet/seshnet/modules/relay"
)

// BenchmarkThreeHopSend is the latency of `msg send` on a real network: four
// validators on loopback, each with its relay and storage plugins, and the
// client library building a fresh 3-relay onion to a member of the
// recipient's swarm for every message; the store is acknowledged only once
// the swarm answered (every member holds it). Sends run one after another,
// so the figures are latency, not throughput. Run with -benchtime Nx.
func BenchmarkThreeHopSend(b *testing.B) {
	const base = 19656
	n := &msgNet{procs: startTestnet(b, 4, base), base: base, dir: b.TempDir()}
	waitFor(b, "four nodes with relay and storage", 90*time.Second, func() bool {
		nw, err := n.network(0)
		if err != nil || len(nw.Nodes) != 4 {
			return false
		}
		return !slices.ContainsFunc(nw.Nodes, func(nd relay.NetworkNode) bool { return nd.Relay == "" || nd.Storage == "" })
	})
	c, err := client.New(client.Options{Seeds: []string{n.relayAddr(0)}})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	from, _, err := sessionid.New(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	_, to, err := sessionid.New(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	// One send to warm connections and the network view.
	if _, err := c.Send(ctx, from, to, "warm-up", client.SendOptions{TTL: time.Hour}); err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		res, err := c.Send(ctx, from, to, fmt.Sprintf("message %d", i), client.SendOptions{TTL: time.Hour})
		if err != nil {
			b.Fatal(err)
		}
		if res.Accepted != 4 {
			b.Fatalf("stored by %d of 4 swarm members", res.Accepted)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
}
