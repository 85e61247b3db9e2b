package host

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptrace"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/n2n"
)

// pinnedLoad posts to a TLS module from clients whose HTTP side is the one
// modules/client gives each node (pinned): TLS pinned to the node key,
// HTTP/1.1, at most 2 idle connections kept, 60 s idle timeout. Each
// client has several senders that pause between requests, so that some of
// its connections sit idle in its pool across a swap, as a Session-like
// client's do. Every failure is kept with what the connection was.
type pinnedLoad struct {
	url      string
	stop     chan struct{}
	wg       sync.WaitGroup
	ok       atomic.Int64
	swapping atomic.Bool

	mu       sync.Mutex
	failures []sendFailure
}

// sendFailure is one failed request and the connection it failed on.
type sendFailure struct {
	reused, wasIdle bool
	idle            time.Duration
	wrote           bool // the request was written before the error
	duringSwap      bool
	err             string
}

func (f sendFailure) class() string {
	switch {
	case f.reused && f.wasIdle && f.wrote:
		return "reused idle connection closed under a written request"
	case f.reused && f.wrote:
		return "reused connection closed under a written request"
	case f.reused:
		return "reused connection broke before the request was written"
	case f.wrote:
		return "fresh connection closed under a written request"
	}
	return "fresh connection failed before the request was written"
}

// clientTransport is modules/client's pinned transport (client.go).
func clientTransport(pub ed25519.PublicKey) *http.Transport {
	return &http.Transport{
		TLSClientConfig:     n2n.ClientTLS(pub),
		MaxIdleConnsPerHost: 2,
		IdleConnTimeout:     60 * time.Second,
	}
}

func startPinnedLoad(t *testing.T, addr string, pub ed25519.PublicKey, clients, senders int, maxPause time.Duration) *pinnedLoad {
	t.Helper()
	l := &pinnedLoad{url: "https://" + addr + "/onion_req/v2?delay_ms=", stop: make(chan struct{})}
	for range clients {
		hc := &http.Client{Transport: clientTransport(pub), Timeout: 30 * time.Second}
		t.Cleanup(hc.CloseIdleConnections)
		for range senders {
			l.wg.Go(func() { l.sender(hc, maxPause) })
		}
	}
	return l
}

// sender posts until stopped (bounded), pausing up to maxPause between
// requests: a connection is idle in the client's pool for a while, then
// taken again at a moment that has nothing to do with the server's.
func (l *pinnedLoad) sender(hc *http.Client, maxPause time.Duration) {
	body := bytes.Repeat([]byte{1}, 1024)
	for n := 0; n < 100_000; n++ {
		select {
		case <-l.stop:
			return
		case <-time.After(mrand.N(maxPause)):
		}
		l.post(hc, body)
	}
}

func (l *pinnedLoad) post(hc *http.Client, body []byte) {
	var f sendFailure
	var fmu sync.Mutex // the trace hooks run on the transport's goroutines
	trace := &httptrace.ClientTrace{
		GotConn: func(i httptrace.GotConnInfo) {
			fmu.Lock()
			defer fmu.Unlock()
			f.reused, f.wasIdle, f.idle, f.wrote = i.Reused, i.WasIdle, i.IdleTime, false
		},
		WroteRequest: func(i httptrace.WroteRequestInfo) {
			fmu.Lock()
			defer fmu.Unlock()
			f.wrote = i.Err == nil
		},
	}
	f.duringSwap = l.swapping.Load()
	req, err := http.NewRequest(http.MethodPost, l.url+strconv.Itoa(mrand.IntN(20)), bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	req.Header.Set("Content-Type", "application/octet-stream")
	res, err := hc.Do(req)
	if err == nil {
		_, err = io.ReadAll(res.Body)
		res.Body.Close()
		if err == nil && res.StatusCode != http.StatusOK {
			err = fmt.Errorf("status %d", res.StatusCode)
		}
	}
	if err != nil {
		fmu.Lock()
		f.err = err.Error()
		got := f
		fmu.Unlock()
		l.mu.Lock()
		l.failures = append(l.failures, got)
		l.mu.Unlock()
		return
	}
	l.ok.Add(1)
}

func (l *pinnedLoad) end() {
	close(l.stop)
	l.wg.Wait()
}

// report counts the failures by class.
func (l *pinnedLoad) report() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	by := map[string]int{}
	for _, f := range l.failures {
		by[fmt.Sprintf("%s (during a swap: %v)", f.class(), f.duringSwap)]++
	}
	var lines []string
	for c, n := range by {
		lines = append(lines, fmt.Sprintf("  %d × %s", n, c))
	}
	sort.Strings(lines)
	for i, f := range l.failures {
		if i == 5 {
			break
		}
		lines = append(lines, fmt.Sprintf("  e.g. %+v", f))
	}
	return strings.Join(lines, "\n")
}

// swapsUnderLoad is how many swaps TestSwapStress_PinnedClientsUnderRepeatedUpgrades
// makes (SESHNET_SWAPS overrides, for a longer hunt).
func swapsUnderLoad(t *testing.T) int {
	t.Helper()
	if v := os.Getenv("SESHNET_SWAPS"); v != "" {
		n, err := strconv.Atoi(v)
		require.NoError(t, err)
		return n
	}
	return 30
}

// TestSwapStress_PinnedClientsUnderRepeatedUpgrades upgrades a module that
// serves HTTPS the relay's way (n2n's server behind kit.Drainer) back and
// forth between two builds, many times, while clients configured as
// modules/client's post to it: not one request may fail. The clients send
// plain POSTs (not marked replayable, as a Session client's may not be), so
// net/http never hides a failure by resending.
//
// Issue 14: a governance upgrade of the relay on 4 validators failed 1
// client send of 4,699 with "the entry relay is unreachable: ... EOF". The
// load here is shaped like that client's towards one relay: a few requests
// a second with pauses, so a connection is often idle for more than 250 ms
// and then taken again at a moment unrelated to the server's; the module
// sees each read's bytes 100 ms late (a loaded 2-core machine, as in the
// e2e run, schedules a goroutine late), which widens the race without
// changing it. Before the fix (kit.Drainer shut the server down once no
// request had come for 250 ms, closing the idle connections left), in 30
// swaps: 4 failed of 370 on a quiet machine; with a 30 ms delay 1 of 374
// quiet, 4 of 452 under a load average of 9 (5 of 459 with 8 clients of
// one sender pausing up to 1.5 s). Every one was "reused idle connection
// closed under a written request: EOF", and the Drainer (instrumented)
// closed 1 to 6 idle connections in about half of the drains. Busy clients
// (20 of 2 senders pausing up to 0.6 s) failed none of 3,637: they reuse
// every old connection within the quiet period. No request failed on a
// fresh connection, none was cut by the kill after the drain, none was lost
// between the old listener closing and the new process accepting. After
// the fix: 0 of 381 in 30 swaps and 0 of 722 in 60.
func TestSwapStress_PinnedClientsUnderRepeatedUpgrades(t *testing.T) {
	if testing.Short() {
		t.Skip("swaps a module process many times under load")
	}
	t.Setenv("TESTPLUGIN_SERVE", "1")
	t.Setenv("TESTPLUGIN_TLS", "1")
	h, _ := newHost(t, map[string]ModuleConfig{"mod": {Enabled: true, NodeKey: true, Listen: []string{"127.0.0.1:0"},
		Settings: map[string]any{"read_delay_ms": 100}}})
	st := modStatus(t, h, "mod")
	require.Equal(t, StateRunning, st.State, st.LastError)
	pub := ed25519.NewKeyFromSeed(testNodeSeed).Public().(ed25519.PublicKey)

	load := startPinnedLoad(t, st.Listen[0], pub, 4, 2, time.Second)
	eventually(t, "load running", func() bool { return load.ok.Load() > 20 })
	bins := []Binary{govBinary(t, testpluginV2, "2.0.0"), govBinary(t, "seshd-testplugin", "1.0.0")}
	swaps := swapsUnderLoad(t)
	for i := range swaps {
		before := load.ok.Load()
		load.swapping.Store(true)
		require.NoError(t, h.Upgrade("mod", bins[i%2]))
		load.swapping.Store(false)
		eventually(t, "answers from the new process", func() bool { return load.ok.Load() > before+10 })
	}
	load.end()
	t.Logf("%d swaps: %d requests answered, %d failed\n%s", swaps, load.ok.Load(), len(load.failures), load.report())
	require.Empty(t, load.failures, "failed requests:\n%s", load.report())
}
