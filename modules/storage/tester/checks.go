package tester

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
)

// The checks a tester makes of a node, each as a client of the network
// would see it (docs/punishments.md, "Testers"). Their errors may carry the
// node's address (a dial error does): they go to debug lines only.

// Check names, as they appear in verdicts and log lines.
const (
	CheckStorage = "storage"
	CheckRelay   = "relay"
	CheckUptime  = "uptime"
	// CheckUpgrade is the governance upgrades' check (checkUpgrades).
	CheckUpgrade = "upgrade"
)

// RequiredModules are the modules every node's uptime proof must name.
var RequiredModules = []string{"relay", "storage"}

// infoRequest is the storage RPC request both network checks send.
var infoRequest = []byte(`{"method":"info","params":{}}`)

// maxReply bounds an answer read from a tested node: info is ~100 bytes,
// sealed and base64-encoded a little more.
const maxReply = 64 << 10

// Verdict is a tester's judgement of one node.
type Verdict struct {
	// Failed maps each failed check to why (text that may name the node's
	// address: debug lines only).
	Failed map[string]error
}

// Pass is true when every check passed.
func (v Verdict) Pass() bool { return len(v.Failed) == 0 }

// FailedChecks are the names of the failed checks, sorted: what a
// default-level line may say.
func (v Verdict) FailedChecks() []string {
	out := make([]string, 0, len(v.Failed))
	for name := range v.Failed {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// judge runs every check of node (key pub, view n) and returns the
// verdict. The two network checks run at once, each within timeout.
// g, when not nil, is governance's scheduled upgrades (nil: the upgrade
// check is skipped).
func judge(ctx context.Context, pub ed25519.PublicKey, n nodeView, p uptimeParams, g *govView, now time.Time, timeout time.Duration) Verdict {
	v := Verdict{Failed: map[string]error{}}
	var mu sync.Mutex
	fail := func(name string, err error) {
		if err != nil {
			mu.Lock()
			v.Failed[name] = err
			mu.Unlock()
		}
	}
	fail(CheckUptime, checkUptime(n.Uptime, p, now))
	fail(CheckUpgrade, checkUpgrades(n.Uptime, g, p, now))
	var wg sync.WaitGroup
	wg.Go(func() { fail(CheckStorage, withTimeout(ctx, timeout, pub, n.Uptime.endpoint("storage"), checkStorage)) })
	wg.Go(func() { fail(CheckRelay, withTimeout(ctx, timeout, pub, n.Uptime.endpoint("relay"), checkRelay)) })
	wg.Wait()
	return v
}

// withTimeout runs a network check of the node at addr within timeout.
func withTimeout(ctx context.Context, timeout time.Duration, pub ed25519.PublicKey, addr string,
	check func(context.Context, ed25519.PublicKey, string) error,
) error {
	if addr == "" {
		return errors.New("its uptime proof publishes no endpoint for the service")
	}
	if !n2n.ValidHostPort(addr) {
		return errors.New("its published endpoint is not host:port")
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return check(ctx, pub, addr)
}

// checkUptime: the node's last uptime proof is at most the uptime params'
// validity old by this node's clock, and names every required module.
func checkUptime(u *uptime, p uptimeParams, now time.Time) error {
	if u == nil {
		return errors.New("no uptime proof")
	}
	if age := now.Unix() - u.Timestamp; age > p.ValiditySeconds {
		return fmt.Errorf("last uptime proof is %d s old, valid %d s", age, p.ValiditySeconds)
	}
	for _, m := range RequiredModules {
		if !slices.Contains(u.Modules, m) {
			return fmt.Errorf("last uptime proof does not name module %q", m)
		}
	}
	return nil
}

// proofSlack is how long past uptime min_interval_seconds a node's fresh
// proof may take to reach the chain: the node's own polling and margin
// (seconds), the block that takes it, and two machines' clocks apart.
const proofSlack = 2 * 60

// checkUpgrades: every module the node's last uptime proof names with a
// version runs the version of governance's newest upgrade of it whose
// grace is over (the chain is past its height + gov.upgrade_grace_blocks),
// or of an upgrade voted after that one. A module without a version in
// the proof (an older node), a module the node does not run, and a module
// no upgrade's grace is over for, are not judged here.
//
// A proof taken before the grace ended may predate the node's swap, and a
// node cannot send the next before uptime min_interval_seconds: such a
// proof shows a missing upgrade only once that interval (and proofSlack)
// has passed since it, by this node's clock, with no fresher proof.
func checkUpgrades(u *uptime, g *govView, p uptimeParams, now time.Time) error {
	if u == nil || g == nil {
		return nil
	}
	for _, m := range u.Modules {
		running := u.moduleVersion(m)
		if running == "" {
			continue
		}
		due := g.due(m)
		if due == nil || g.allows(*due, running) {
			continue
		}
		graceEnd := due.Height + g.graceBlocks
		if u.Height <= graceEnd && now.Unix()-u.BlockTime <= p.MinIntervalSeconds+proofSlack {
			continue
		}
		return fmt.Errorf("module %s runs version %s, governance scheduled %s at height %d (proposal %d); the grace of %d blocks ended at height %d",
			m, running, due.Version, due.Height, due.ProposalID, g.graceBlocks, graceEnd)
	}
	return nil
}

// due is the newest upgrade of module whose grace is over (nil: none).
// Newest: the highest height, then the later proposal, as the node picks
// the upgrade it runs.
func (g *govView) due(module string) *scheduledUpgrade {
	var out *scheduledUpgrade
	for i := range g.upgrades {
		u := &g.upgrades[i]
		if u.Module != module || g.height <= u.Height+g.graceBlocks {
			continue
		}
		if out == nil || newer(*u, *out) {
			out = u
		}
	}
	return out
}

// allows: version is due's or that of an upgrade of its module voted
// after it (a node ahead of a later upgrade's grace is not behind).
func (g *govView) allows(due scheduledUpgrade, version string) bool {
	for _, u := range g.upgrades {
		if u.Module == due.Module && u.Version == version && !newer(due, u) {
			return true
		}
	}
	return false
}

// newer orders upgrades of one module: height, then proposal id.
func newer(a, b scheduledUpgrade) bool {
	return a.Height > b.Height || a.Height == b.Height && a.ProposalID > b.ProposalID
}

// checkStorage: the storage endpoint answers the storage RPC's info over
// HTTPS whose certificate is the node's Ed25519 key, as a Session client
// calls it (no client certificate).
func checkStorage(ctx context.Context, pub ed25519.PublicKey, addr string) error {
	code, body, err := post(ctx, pub, addr, "/storage_rpc/v1", "application/json", infoRequest)
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return fmt.Errorf("info answered %d", code)
	}
	return checkInfo(body)
}

// checkRelay: the relay endpoint (HTTPS pinned to the node's key) peels a
// one-hop onion request, sealed to the node's X25519 key derived from its
// Ed25519 key, whose destination is the node itself: the relay hands the
// info request to its own storage and seals the answer, which must open
// with the layer's key and hold a 200 info answer.
func checkRelay(ctx context.Context, pub ed25519.PublicKey, addr string) error {
	x, err := onion.EdPublicToX25519(pub)
	if err != nil {
		return fmt.Errorf("node key has no onion key: %w", err)
	}
	body, _, replyKey, err := onion.Build([]onion.Hop{{Ed25519: pub, X25519: x}}, infoRequest, onion.XChaCha20)
	if err != nil {
		return fmt.Errorf("build onion request: %w", err)
	}
	code, out, err := post(ctx, pub, addr, "/onion_req/v2", "application/octet-stream", body)
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return fmt.Errorf("onion request answered %d", code)
	}
	sealed, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(out)))
	if err != nil {
		return errors.New("onion answer is not base64")
	}
	plain, err := onion.OpenReply(onion.XChaCha20, replyKey, sealed)
	if err != nil {
		return fmt.Errorf("onion answer does not open: %w", err)
	}
	var r relayReply
	if err := json.Unmarshal(plain, &r); err != nil {
		return fmt.Errorf("onion answer: %w", err)
	}
	if r.Status != http.StatusOK {
		return fmt.Errorf("relay's storage answered %d through the onion", r.Status)
	}
	return checkInfo([]byte(r.Body))
}

// post sends body to https://addr/path, accepting only a server whose
// certificate is pub's, with no client certificate, no proxy, no redirect
// and no connection kept, and reads at most maxReply bytes of the answer.
func post(ctx context.Context, pub ed25519.PublicKey, addr, path, ctype string, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+addr+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", ctype)
	tr := &http.Transport{
		TLSClientConfig: n2n.ClientTLS(pub), DisableKeepAlives: true,
		MaxResponseHeaderBytes: 16 << 10,
	}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	out, err := io.ReadAll(io.LimitReader(res.Body, maxReply+1))
	if err != nil {
		return 0, nil, fmt.Errorf("reading the answer: %w", err)
	}
	if len(out) > maxReply {
		return 0, nil, fmt.Errorf("answer over %d bytes", maxReply)
	}
	return res.StatusCode, out, nil
}
