package main

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/client"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
)

// swapLoad is the client load that runs while modules are swapped: senders
// through three onion hops (one attempt each: a failed path is a failed
// request, not retried on another path) and readers that ask every node's
// storage directly. Every error is counted.
type swapLoad struct {
	sends, sendFails, reads, readFails atomic.Int64

	swapping atomic.Value // the swap under way ("storage on node 2"), for the report

	mu     sync.Mutex
	acked  []string
	errors []string
}

func (l *swapLoad) fail(what string, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.errors) < 20 {
		l.errors = append(l.errors, fmt.Sprintf("%s (during the swap of %v): %v", what, l.swapping.Load(), err))
	}
}

func (l *swapLoad) ack(hash string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.acked = append(l.acked, hash)
}

// send runs senders goroutines that send through three onion hops (one
// attempt each) until ctx ends, counting every failure.
func (l *swapLoad) send(ctx context.Context, wg *sync.WaitGroup, cl *client.Client, from ed25519.PrivateKey, to sessionid.Account, senders int) {
	for s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				rctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				res, err := cl.Send(rctx, from, to, fmt.Sprintf("sender %d message %d", s, i), client.SendOptions{})
				cancel()
				l.sends.Add(1)
				if err != nil {
					l.sendFails.Add(1)
					l.fail("send", err)
					continue
				}
				l.ack(res.Hash)
			}
		}()
	}
}

// TestHotSwapUnderClientLoad runs four validators with every built-in
// module and the bridge reading a real L2, keeps a client load on the
// network, and swaps storage, relay and bridge on every node with `seshd
// modules reload`: every swap gives a new process, no client request fails,
// every acknowledged message is then on every swarm member, and the swapped
// witnesses still bring an L2 registration to every validator. Fails on
// a96bbb3: the storage reload is refused (badger's directory lock is held
// by the running process) and the old process stays.
func TestHotSwapUnderClientLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes, their modules and an L2")
	}
	const base = 16656
	l2 := startL2(t, base+90)
	procs := startTestnet(t, 4, base, "--l2", l2.url, "--l2-contract", l2.staking.Hex(),
		"--l2-depth", fmt.Sprint(l2.depth), "--l2-start-block", fmt.Sprint(l2.startBlock))
	n := &msgNet{procs: procs, base: base, dir: t.TempDir()}
	nw := n.waitServing(t, 4, 120*time.Second)
	for _, p := range procs {
		for _, name := range []string{"storage", "relay", "bridge"} {
			waitFor(t, name+" running on "+p.home, 60*time.Second, func() bool {
				return moduleStatus(t, p, name).State == host.StateRunning
			})
		}
	}
	_, aliceKey, _ := n.account(t, "alice")
	_, bobKey, bob := n.account(t, "bob")

	cl, err := client.New(client.Options{Seeds: []string{n.relayAddr(0), n.relayAddr(1)}, Attempts: 1})
	require.NoError(t, err)
	defer cl.Close()
	// Warm: the client knows the network and every path works before the swaps.
	_, err = cl.Send(context.Background(), aliceKey, bob, "before the swaps", client.SendOptions{})
	require.NoError(t, err)

	load := &swapLoad{}
	load.swapping.Store("none yet")
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	load.send(ctx, &wg, cl, aliceKey, bob, 2)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil; i++ {
			node := nw.Nodes[i%len(nw.Nodes)]
			_, err := retrieveFrom(node, bobKey, bob)
			load.reads.Add(1)
			if err != nil {
				load.readFails.Add(1)
				load.fail("retrieve from "+node.Storage, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()

	// Swap each module on each node in turn, under the load.
	type swapFigure struct {
		module string
		node   int
		took   time.Duration
	}
	var figures []swapFigure
	for _, name := range []string{"storage", "relay", "bridge"} {
		for k, p := range procs {
			before := moduleStatus(t, p, name)
			load.swapping.Store(fmt.Sprintf("%s on node %d", name, k))
			started := time.Now()
			runSeshd(t, "modules", "reload", name, "--home", p.home)
			waitFor(t, name+" swapped on node "+fmt.Sprint(k), 60*time.Second, func() bool {
				s := moduleStatus(t, p, name)
				return s.State == host.StateRunning && s.PID != before.PID
			})
			figures = append(figures, swapFigure{name, k, time.Since(started)})
			after := moduleStatus(t, p, name)
			require.Empty(t, after.LastError, "%s on node %d reports an error after the swap", name, k)
			time.Sleep(time.Second) // load on the new process before the next swap
			load.swapping.Store(fmt.Sprintf("none (after %s on node %d)", name, k))
		}
	}
	stop()
	wg.Wait()

	for _, f := range figures {
		t.Logf("swap %s on node %d: new process running %.2f s after the reload command", f.module, f.node, f.took.Seconds())
	}
	t.Logf("during the swaps: %d sends (%d failed), %d direct retrieves (%d failed)",
		load.sends.Load(), load.sendFails.Load(), load.reads.Load(), load.readFails.Load())
	require.Zero(t, load.sendFails.Load()+load.readFails.Load(), "failed client requests during the swaps: %v", load.errors)
	require.Greater(t, len(load.acked), 10, "too little load to show anything")

	// Every acknowledged message is on every swarm member (four genesis
	// nodes make one swarm).
	onEvery(t, "every acknowledged message after the swaps", nw.Nodes, bobKey, bob, 30*time.Second, func(m []storedMsg) bool {
		for _, h := range load.acked {
			if _, ok := find(m, h); !ok {
				return false
			}
		}
		return true
	})

	// The swapped witnesses still work: a registration on the L2 becomes an
	// active node on every validator.
	reg := registerOnL2(t, l2, "fifth")
	waitFor(t, "the node registered after the bridge swaps active on every validator", 90*time.Second,
		activeOnAll(t, procs, reg))
}

// registerOnL2 makes a node home with `seshd init` and registers it on the
// L2 with `seshd l2 register`, as an operator would; it returns the node's
// Ed25519 key (hex).
func registerOnL2(t *testing.T, l2 testL2, name string) string {
	t.Helper()
	keyFile := filepath.Join(t.TempDir(), "operator.json")
	require.NoError(t, keys.SaveEth(keyFile, l2.operator))
	home := filepath.Join(t.TempDir(), name)
	runSeshd(t, "init", "--home", home, "--moniker", name)
	runSeshd(t, "l2", "register", "--home", home, "--fee", "250", "--l2", l2.url, "--contract", l2.staking.Hex(), "--key", keyFile)
	var nk struct{ Ed25519 string }
	require.NoError(t, json.Unmarshal(runSeshd(t, "keys", "node", "--home", home, "-o", "json"), &nk))
	return nk.Ed25519
}

// activeOnAll holds when the node is active and in a swarm on every
// validator.
func activeOnAll(t *testing.T, procs []*proc, ed25519Hex string) func() bool {
	return func() bool {
		for _, p := range procs {
			var nv app.NodeView
			c, err := p.client()
			if err != nil {
				return false
			}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			err = chainclient.Query(ctx, c, "/node/"+ed25519Hex, 0, &nv)
			cancel()
			if err != nil || nv.State != registry.StateActive || nv.Swarm == nil {
				return false
			}
		}
		return true
	}
}
