// Package tester is the storage module's part of the punishment tests
// (DESIGN.md §7; docs/punishments.md, "Testers (modules/storage)"). The
// workchain assigns each block's tested nodes a quorum of testers; a
// tester asks for its tests (/tests/<own key>), checks each node over the
// network as a client would (storage info over HTTPS pinned to the node's
// key, a one-hop onion through its relay, its last uptime proof, and the
// module versions that proof names against governance's upgrades once
// their grace is over), and
// sends a punish_vote only when its verdict would change the node's state:
// fail for an active node, pass for a decommissioned one. A healthy
// network so carries almost no punishment transactions.
//
// Nothing logged at the default level names a tested node's address or
// key; debug lines name the key (a public identity) and each check's
// error, which may hold the address.
package tester

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// Host is the part of the host API a tester uses (kit.Host).
type Host interface {
	Query(ctx context.Context, path string, height int64) ([]byte, int64, error)
	SubmitTx(ctx context.Context, txType string, body []byte) ([]byte, error)
}

// TxVote is the transaction type of a vote; the operator allows it with
// allowed_txs = ["punish_vote"] in [modules.storage].
const TxVote = "punish_vote"

// Defaults of Config.
const (
	DefaultPoll        = 5 * time.Second
	DefaultTimeout     = 5 * time.Second
	DefaultConcurrency = 4
	// DefaultRemember bounds the tests remembered as judged; the workchain
	// keeps a test votable for vote_lifetime_blocks (60) heights and a
	// node is in ~quorum_size tests an hour, so this is far more than any
	// tester has open at once.
	DefaultRemember = 4096
	// maxPerRound bounds the tests checked in one round; the rest wait for
	// the next.
	maxPerRound = 256
	// maxSubmits is how often a vote is tried when the host refuses it
	// (the node's mempool, a transaction type the operator did not allow):
	// the test is checked again each time, then given up.
	maxSubmits = 3
)

// Config is a tester's.
type Config struct {
	Host Host
	// Self is this node's Ed25519 key: the tester asks for its tests and
	// never tests itself.
	Self ed25519.PublicKey
	// Poll is the time between two rounds (default 5 s).
	Poll time.Duration
	// Timeout bounds each network check of a node (default 5 s).
	Timeout time.Duration
	// Concurrency is how many nodes are checked at once (default 4).
	Concurrency int
	// Remember bounds the tests remembered as judged (default 4096).
	Remember int
	Log      zerolog.Logger
	// Now is the clock uptime proofs are aged by (default time.Now).
	Now func() time.Time
}

// Tester runs the tests assigned to one node. Round is not safe for
// concurrent use: Run calls it from one goroutine.
type Tester struct {
	cfg     Config
	selfHex string
	// done are the tests judged for good (voted, no vote needed, or given
	// up); tries counts the refused submissions of the others.
	done  map[Test]struct{}
	tries map[Test]int
	// failing is set while the tests query fails, so its warning is
	// written once per outage.
	failing bool
}

// New returns a tester; zero fields of cfg take their defaults.
func New(cfg Config) *Tester {
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.Remember <= 0 {
		cfg.Remember = DefaultRemember
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Tester{cfg: cfg, selfHex: hex.EncodeToString(cfg.Self), done: map[Test]struct{}{}, tries: map[Test]int{}}
}

// Run runs a round every Poll until ctx ends.
func (t *Tester) Run(ctx context.Context) {
	tick := time.NewTicker(t.cfg.Poll)
	defer tick.Stop()
	for {
		t.Round(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// Outcome is what a round did with one test.
type Outcome struct {
	Test Test
	// Voted is set when a vote was sent, with its pass.
	Voted, Pass bool
	// Failed are the checks the node failed (sorted), when it was checked.
	Failed []string
	// Reason says why nothing was sent, for debug lines and tests.
	Reason string
}

// Round asks for this node's tests, judges those not judged yet and sends
// the votes that would change a node's state. It returns what it did with
// each test it looked at (nil when the tests could not be read).
func (t *Tester) Round(ctx context.Context) []Outcome {
	tests, ok := t.assigned(ctx)
	if !ok {
		return nil
	}
	t.forget(tests)
	var todo []Test
	var out []Outcome
	for _, ts := range tests {
		if _, seen := t.done[ts]; seen {
			continue
		}
		if ts.Node == t.selfHex {
			t.done[ts] = struct{}{}
			t.cfg.Log.Debug().Int64("height", ts.Height).Msg("tester: assigned to test this node itself: skipped")
			out = append(out, Outcome{Test: ts, Reason: "own key"})
			continue
		}
		if len(todo) < maxPerRound {
			todo = append(todo, ts)
		}
	}
	if len(todo) == 0 {
		return out
	}
	raw, _, err := t.cfg.Host.Query(ctx, "/params/uptime", 0)
	var p uptimeParams
	if err == nil {
		p, err = parseUptimeParams(raw)
	}
	if err != nil {
		t.cfg.Log.Debug().Err(err).Msg("tester: uptime parameters unreadable: no test this round")
		return out
	}
	g := t.readGov(ctx)
	for _, o := range t.judgeAll(ctx, todo, p, g) {
		out = append(out, t.settle(ctx, o))
	}
	return out
}

// assigned reads this node's tests. A failing query is warned about once
// per outage; a malformed answer is a debug line. Either way the round
// ends and the next one asks again.
func (t *Tester) assigned(ctx context.Context) ([]Test, bool) {
	raw, _, err := t.cfg.Host.Query(ctx, "/tests/"+t.selfHex, 0)
	if err != nil {
		if !t.failing && ctx.Err() == nil {
			t.cfg.Log.Warn().Err(err).Msg("tester: cannot read this node's tests (retrying every poll)")
		}
		t.failing = true
		return nil, false
	}
	if t.failing {
		t.cfg.Log.Info().Msg("tester: reading this node's tests again")
		t.failing = false
	}
	tests, bad, err := parseTests(raw)
	if err != nil {
		t.cfg.Log.Debug().Err(err).Msg("tester: tests answer refused: no test this round")
		return nil, false
	}
	for _, e := range bad {
		t.cfg.Log.Debug().Err(e).Msg("tester: test entry refused")
	}
	return tests, true
}

// readGov reads governance's scheduled upgrades and grace for the round.
// A chain that cannot answer them (an error, a malformed answer) skips
// the upgrade check this round: a debug line, never a fail.
func (t *Tester) readGov(ctx context.Context) *govView {
	ups, h, err := t.cfg.Host.Query(ctx, "/gov/upgrades", 0)
	var params []byte
	if err == nil {
		params, _, err = t.cfg.Host.Query(ctx, "/params/gov", 0)
	}
	var g *govView
	if err == nil {
		g, err = parseGov(ups, h, params)
	}
	if err != nil {
		t.cfg.Log.Debug().Err(err).Msg("tester: governance upgrades unreadable: no upgrade check this round")
		return nil
	}
	return g
}

// judged is one test's verdict before its vote is sent.
type judged struct {
	test    Test
	state   string
	verdict Verdict
	err     error // the node could not be read: no verdict
}

// judgeAll checks the tests' nodes, Concurrency at a time. Each check has
// its timeout, so a slow node holds one slot for at most that long.
func (t *Tester) judgeAll(ctx context.Context, tests []Test, p uptimeParams, g *govView) []judged {
	out := make([]judged, len(tests))
	sem := make(chan struct{}, t.cfg.Concurrency)
	var wg sync.WaitGroup
	for i, ts := range tests {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			out[i] = t.judgeOne(ctx, ts, p, g)
		})
	}
	wg.Wait()
	return out
}

func (t *Tester) judgeOne(ctx context.Context, ts Test, p uptimeParams, g *govView) judged {
	j := judged{test: ts}
	raw, _, err := t.cfg.Host.Query(ctx, "/node/"+ts.Node, 0)
	if err != nil {
		j.err = err
		return j
	}
	n, err := parseNode(raw, ts.Node)
	if err != nil {
		j.err = err
		return j
	}
	j.state = n.State
	if n.State != stateActive && n.State != stateDecommissioned {
		return j // no vote can change it: not worth a connection
	}
	if n.State == stateActive && n.Uptime == nil && t.cfg.Now().Unix() < n.graceFrom()+p.ValiditySeconds {
		// Just registered (or the chain just started), no proof yet: a
		// node gets one proof's validity to come up before it can fail
		// (Session's nodes register once running; ours may be registered
		// from a wallet first, or in a genesis written ahead).
		j.state = stateNew
		return j
	}
	pub, _ := hex.DecodeString(ts.Node) // parseTests checked it
	j.verdict = judge(ctx, pub, n, p, g, t.cfg.Now(), t.cfg.Timeout)
	return j
}

// settle sends the vote a verdict calls for and remembers the test.
func (t *Tester) settle(ctx context.Context, j judged) Outcome {
	o := Outcome{Test: j.test}
	// Debug lines may name the node's key and carry the checks' errors
	// (which may hold its address); default-level lines do neither.
	dl := t.cfg.Log.With().Int64("height", j.test.Height).Str("node", j.test.Node).Logger()
	switch {
	case j.err != nil:
		// Not remembered: the next round reads the node again.
		dl.Debug().Err(j.err).Msg("tester: node unreadable: no verdict this round")
		o.Reason = "node unreadable"
		return o
	case j.state == stateNew:
		// Not remembered: once its grace is over, the next round judges it.
		dl.Debug().Msg("tester: a new node without its first uptime proof yet: no verdict")
		o.Reason = "new node, no proof yet"
		return o
	case j.state != stateActive && j.state != stateDecommissioned:
		t.done[j.test] = struct{}{}
		dl.Debug().Str("state", j.state).Msg("tester: no vote can change this node's state")
		o.Reason = "state " + j.state
		return o
	}
	pass := j.verdict.Pass()
	o.Failed = j.verdict.FailedChecks()
	if e := dl.Debug(); e.Enabled() {
		for _, name := range j.verdict.FailedChecks() {
			e = e.AnErr(name, j.verdict.Failed[name])
		}
		e.Bool("pass", pass).Str("state", j.state).Msg("tester: verdict")
	}
	if pass == (j.state == stateActive) {
		t.done[j.test] = struct{}{}
		o.Reason = "verdict agrees with state"
		return o
	}
	body, _ := json.Marshal(vote{Node: j.test.Node, Height: j.test.Height, Pass: pass}) // cannot fail
	if _, err := t.cfg.Host.SubmitTx(ctx, TxVote, body); err != nil {
		t.refused(j.test, err)
		o.Reason = "vote refused by the host"
		return o
	}
	t.done[j.test] = struct{}{}
	delete(t.tries, j.test)
	t.cfg.Log.Info().Int64("height", j.test.Height).Bool("pass", pass).
		Strs("failed_checks", o.Failed).Msg("tester: punishment vote sent")
	o.Voted, o.Pass = true, pass
	return o
}

// refused counts a submission the host refused; after maxSubmits the test
// is given up. A refusal of the workchain's punish rules (a duplicate after
// a restart, a vote too old, a node whose state changed meanwhile: the
// "punish" codespace in the error the host passes on) would be refused
// again: it is given up at once.
func (t *Tester) refused(ts Test, err error) {
	t.tries[ts]++
	switch {
	case strings.Contains(err.Error(), "(punish)"):
		t.cfg.Log.Debug().Err(err).Int64("height", ts.Height).Str("node", ts.Node).Msg("tester: vote refused by the punish rules: given up")
	case t.tries[ts] < maxSubmits:
		t.cfg.Log.Debug().Err(err).Int64("height", ts.Height).Str("node", ts.Node).Msg("tester: vote refused: checked again next round")
		return
	default:
		// The host's error is the operator's clue; it must not name the node.
		t.cfg.Log.Warn().Str("error", strings.ReplaceAll(err.Error(), ts.Node, "<node>")).Int64("height", ts.Height).
			Msg("tester: vote refused, given up (is punish_vote in allowed_txs of [modules.storage]?)")
	}
	delete(t.tries, ts)
	t.done[ts] = struct{}{}
}

// forget drops what no later answer can ask for again: tests older than
// the oldest still assigned (heights only grow, and a test leaves the list
// for good once too old to vote on). Past Remember it also drops the
// judged tests the current answer no longer lists, oldest first; the ones
// it lists stay, so none of them is voted on twice.
func (t *Tester) forget(current []Test) {
	oldest := int64(-1)
	listed := make(map[Test]bool, len(current))
	for _, ts := range current {
		listed[ts] = true
		if oldest < 0 || ts.Height < oldest {
			oldest = ts.Height
		}
	}
	for ts := range t.done {
		if oldest < 0 || ts.Height < oldest {
			delete(t.done, ts)
		}
	}
	for ts := range t.tries {
		if oldest < 0 || ts.Height < oldest {
			delete(t.tries, ts)
		}
	}
	if len(t.done) <= t.cfg.Remember {
		return
	}
	var gone []Test
	for ts := range t.done {
		if !listed[ts] {
			gone = append(gone, ts)
		}
	}
	slices.SortFunc(gone, func(a, b Test) int {
		return cmp.Or(cmp.Compare(a.Height, b.Height), strings.Compare(a.Node, b.Node))
	})
	for _, ts := range gone[:min(len(gone), len(t.done)-t.cfg.Remember)] {
		delete(t.done, ts)
	}
}

// Remembered is the number of tests remembered (tests check the bound).
func (t *Tester) Remembered() int { return len(t.done) + len(t.tries) }
