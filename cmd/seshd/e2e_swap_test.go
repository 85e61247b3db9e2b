package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/relay"
	"github.com/seshnet/seshnet/plugins/host"
)

// storageLoad stores messages into one account over HTTPS (keep-alive,
// pinned to the node's key) from a few workers, and retrieves between
// stores, until stopped. It records what was acknowledged and every
// failure, and which requests were in flight at some time.
type storageLoad struct {
	client *http.Client
	url    string
	acct   sessionid.Account
	key    ed25519.PrivateKey

	stop   chan struct{}
	wg     sync.WaitGroup
	sent   atomic.Int64
	failed atomic.Int64

	mu     sync.Mutex
	acked  []string // data of acknowledged stores
	during []span   // every request's start and end
	errs   []string
}

type span struct{ start, end time.Time }

func newStorageLoad(t *testing.T, node relay.NetworkNode, key ed25519.PrivateKey, acct sessionid.Account, workers int) *storageLoad {
	t.Helper()
	ed, err := hex.DecodeString(node.Ed25519)
	require.NoError(t, err)
	l := &storageLoad{
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(ed), MaxIdleConnsPerHost: workers}},
		url:    "https://" + node.Storage + "/storage_rpc/v1", acct: acct, key: key, stop: make(chan struct{}),
	}
	for w := range workers {
		l.wg.Add(1)
		go l.work(w)
	}
	return l
}

func (l *storageLoad) work(w int) {
	defer l.wg.Done()
	for i := 0; i < 2000; i++ { // bounded
		select {
		case <-l.stop:
			return
		default:
		}
		data := fmt.Sprintf("swap-%d-%d", w, i)
		if err := l.store(data); err != nil {
			l.fail(err)
		} else {
			l.mu.Lock()
			l.acked = append(l.acked, base64.StdEncoding.EncodeToString([]byte(data)))
			l.mu.Unlock()
		}
		if i%4 == 3 {
			if err := l.retrieve(); err != nil {
				l.fail(err)
			}
		}
		time.Sleep(20 * time.Millisecond) // stay under the per-client rate limit
	}
}

func (l *storageLoad) fail(err error) {
	l.failed.Add(1)
	l.mu.Lock()
	l.errs = append(l.errs, err.Error())
	l.mu.Unlock()
}

func (l *storageLoad) post(body map[string]any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return err
	}
	start := time.Now()
	l.sent.Add(1)
	res, err := l.client.Post(l.url, "application/json", bytes.NewReader(raw))
	if err == nil {
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			err = fmt.Errorf("%s: %s", body["method"], res.Status)
		}
	}
	l.mu.Lock()
	l.during = append(l.during, span{start, time.Now()})
	l.mu.Unlock()
	return err
}

func (l *storageLoad) store(data string) error {
	return l.post(map[string]any{"method": "store", "params": map[string]any{
		"pubkey": l.acct.Hex(), "timestamp": time.Now().UnixMilli(), "ttl": 3_600_000,
		"data": base64.StdEncoding.EncodeToString([]byte(data)),
	}})
}

func (l *storageLoad) retrieve() error {
	ts := time.Now().UnixMilli()
	sig := ed25519.Sign(l.key, []byte(fmt.Sprintf("retrieve%d", ts)))
	return l.post(map[string]any{"method": "retrieve", "params": map[string]any{
		"pubkey": l.acct.Hex(), "pubkey_ed25519": hex.EncodeToString(l.key.Public().(ed25519.PublicKey)),
		"timestamp": ts, "signature": base64.StdEncoding.EncodeToString(sig),
	}})
}

func (l *storageLoad) ackedCount() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.acked)
}

// overlapping counts the requests in flight at some point in [from, to]
// and the longest of them.
func (l *storageLoad) overlapping(from, to time.Time) (n int, longest time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.during {
		if s.start.Before(to) && s.end.After(from) {
			n++
			longest = max(longest, s.end.Sub(s.start))
		}
	}
	return n, longest
}

// TestStorageHotSwapUnderLoad reloads the storage module of a running node
// with `seshd modules reload storage` while clients store and retrieve.
// Fails on a96bbb3: the new process cannot open badger while the old one
// holds its directory lock, the reload is refused, the pid stays and
// last_error names the lock. Now: a new pid, no failed request, and every
// acknowledged message retrievable afterwards.
func TestStorageHotSwapUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts seshd and its modules")
	}
	const base = 17656
	n := &msgNet{procs: startTestnet(t, 1, base), base: base, dir: t.TempDir()}
	p := n.procs[0]
	var node relay.NetworkNode
	waitFor(t, "the node with storage in the network view", 90*time.Second, func() bool {
		net, err := n.network(0)
		if err != nil || len(net.Nodes) != 1 || net.Nodes[0].Storage == "" || net.Nodes[0].Swarm == nil {
			return false
		}
		node = net.Nodes[0]
		return true
	})
	_, key, acct := n.account(t, "carol")
	waitFor(t, "storage serving the account", 60*time.Second, func() bool {
		_, err := retrieveFrom(node, key, acct)
		return err == nil
	})
	before := moduleStatus(t, p, "storage")
	require.Equal(t, host.StateRunning, before.State)

	load := newStorageLoad(t, node, key, acct, 4)
	waitFor(t, "stores acknowledged before the swap", 60*time.Second, func() bool { return load.ackedCount() >= 100 })
	began := time.Now()
	out, err := runSeshdErr("modules", "reload", "storage", "--home", p.home)
	took := time.Since(began)
	require.NoError(t, err, "reload: %s", out)
	ackedAtSwap := load.ackedCount()
	after := moduleStatus(t, p, "storage")
	require.NotEqual(t, before.PID, after.PID, "a new storage process")
	require.Equal(t, host.StateRunning, after.State)
	require.Empty(t, after.LastError)
	require.Contains(t, after.Capabilities, "CAPABILITY_HANDOFF")
	waitFor(t, "stores acknowledged by the new process", 60*time.Second, func() bool { return load.ackedCount() >= ackedAtSwap+100 })
	close(load.stop)
	load.wg.Wait()

	during, longest := load.overlapping(began, began.Add(took))
	t.Logf("swap: `modules reload storage` took %s; %d requests in flight during it (longest %s); %d requests in all, %d failed, %d stores acknowledged; host log: %s",
		took, during, longest, load.sent.Load(), load.failed.Load(), load.ackedCount(), handoffLine(t, p))
	require.Zero(t, load.failed.Load(), "failed requests: %v", load.errs)
	require.Positive(t, during, "the load ran through the swap")

	msgs, err := retrieveFrom(node, key, acct)
	require.NoError(t, err)
	have := map[string]bool{}
	for _, m := range msgs {
		have[m.Data] = true
	}
	load.mu.Lock()
	defer load.mu.Unlock()
	var lost []string
	for _, d := range load.acked {
		if !have[d] {
			lost = append(lost, d)
		}
	}
	require.Empty(t, lost, "acknowledged messages missing after the swap (%d of %d)", len(lost), len(load.acked))
}

// runSeshdErr runs seshd and returns its output and error.
func runSeshdErr(args ...string) ([]byte, error) {
	return exec.Command(seshdBin, args...).CombinedOutput()
}

// handoffLine is the host's log line of the storage handoff.
func handoffLine(t *testing.T, p *proc) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(p.home, "seshd.log"))
	require.NoError(t, err)
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.Contains(line, "module handed over") {
			return line
		}
	}
	return "(none)"
}
