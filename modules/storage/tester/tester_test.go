package tester

import (
	"context"
	"crypto/ed25519"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

const testHeight = 90

var (
	selfKey   = seeded(1)
	testedKey = seeded(2)
	otherKey  = seeded(9)
)

// newTester is a tester of selfKey over h, logging into log at level.
func newTester(h *fakeHost, log *syncBuffer, level zerolog.Level, timeout time.Duration) *Tester {
	l := zerolog.Nop()
	if log != nil {
		l = zerolog.New(log).Level(level)
	}
	return New(Config{Host: h, Self: selfKey.Public().(ed25519.PublicKey), Timeout: timeout, Log: l})
}

// A tester checks its node as a client would and votes only when its
// verdict would change the node's state, once per test however many
// rounds see it.
func TestVerdictsAndVotes(t *testing.T) {
	tested := pubHex(testedKey)
	fail := []vote{{Node: tested, Height: testHeight, Pass: false}}
	pass := []vote{{Node: tested, Height: testHeight, Pass: true}}
	network := []string{CheckRelay, CheckStorage}
	cases := []struct {
		name    string
		state   string
		opts    nodeOpts
		edit    func(*view)
		timeout time.Duration
		failed  []string
		votes   []vote
	}{
		{name: "healthy active node: no vote", state: "active"},
		{name: "storage down: fail vote once", state: "active", opts: nodeOpts{storageDown: true},
			failed: network, votes: fail}, // the relay's own storage call fails too
		{name: "storage answers what is not info: fail", state: "active", opts: nodeOpts{storage: http.HandlerFunc(
			func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(`{"ok":true}`)) })}, failed: network, votes: fail},
		{name: "storage answers 503: fail", state: "active", opts: nodeOpts{storage: http.HandlerFunc(
			func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })}, failed: network, votes: fail},
		{name: "relay down: fail", state: "active", opts: nodeOpts{relayDown: true}, failed: []string{CheckRelay}, votes: fail},
		{name: "certificates of another key: fail", state: "active", opts: nodeOpts{certKey: otherKey}, failed: network, votes: fail},
		{name: "stale uptime proof: fail", state: "active", edit: func(v *view) { v.age = 7500*time.Second + time.Minute },
			failed: []string{CheckUptime}, votes: fail},
		{name: "uptime proof at the edge of validity: no vote", state: "active", edit: func(v *view) { v.age = 7400 * time.Second }},
		{name: "proof without the relay module: fail", state: "active", edit: func(v *view) { v.modules = []string{"storage"} },
			failed: []string{CheckUptime}, votes: fail},
		{name: "no uptime proof at all: fail", state: "active", edit: func(v *view) { v.noProof = true },
			failed: []string{CheckRelay, CheckStorage, CheckUptime}, votes: fail},
		{name: "node that hangs: fail within the check timeout", state: "active", opts: nodeOpts{slow: true},
			timeout: 300 * time.Millisecond, failed: network, votes: fail},
		{name: "decommissioned and healthy: pass vote", state: "decommissioned", votes: pass},
		{name: "decommissioned and still down: no vote", state: "decommissioned", opts: nodeOpts{storageDown: true}, failed: network},
		{name: "exiting node down: no vote, not checked", state: "exiting", opts: nodeOpts{storageDown: true}},
		{name: "deregistered node: no vote", state: "deregistered", opts: nodeOpts{storageDown: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			now := time.Now()
			v := view{key: testedKey, state: tc.state, n: startNode(t, testedKey, tc.opts)}
			if tc.edit != nil {
				tc.edit(&v)
			}
			h := newHost()
			h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
			h.set("/node/"+tested, v.JSON(now))
			timeout := tc.timeout
			if timeout == 0 {
				timeout = 5 * time.Second
			}
			tst := newTester(h, nil, zerolog.DebugLevel, timeout)

			out := tst.Round(context.Background())
			require.Len(t, out, 1)
			require.Equal(t, tc.failed, nilIfEmpty(out[0].Failed), "failed checks")
			require.Equal(t, len(tc.votes) > 0, out[0].Voted, out[0].Reason)
			// A second loop over the same assignment sends nothing more.
			require.Empty(t, tst.Round(context.Background()))
			require.Equal(t, tc.votes, nilIfEmpty(h.votes()))
			require.Equal(t, 1, h.queries["/node/"+tested], "a judged test is not read again")
		})
	}
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// The body of a vote is exactly the contract's: node, height, pass.
func TestVoteBody(t *testing.T) {
	h := newHost()
	tested := pubHex(testedKey)
	h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
	h.set("/node/"+tested, view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{storageDown: true})}.JSON(time.Now()))
	newTester(h, nil, zerolog.InfoLevel, 5*time.Second).Round(context.Background())
	require.Equal(t, []string{`{"node":"` + tested + `","height":90,"pass":false}`}, h.bodies)
}

// A tester assigned its own key (a workchain bug or a lie) never tests or
// votes on itself, healthy or not.
func TestOwnKeyAssigned(t *testing.T) {
	self := pubHex(selfKey)
	h := newHost()
	h.set("/tests/"+self, testsJSON(Test{Height: testHeight, Node: self}))
	h.set("/node/"+self, view{key: selfKey, state: "active", n: startNode(t, selfKey, nodeOpts{storageDown: true})}.JSON(time.Now()))
	log := &syncBuffer{}
	tst := newTester(h, log, zerolog.DebugLevel, 5*time.Second)
	for range 2 {
		tst.Round(context.Background())
	}
	require.Empty(t, h.votes())
	require.Zero(t, h.queries["/node/"+self], "its own node is not even read")
	require.Contains(t, log.String(), "this node itself")
}

// Garbage from the host costs a round, never a vote: each answer that is
// not the workchain's is named in a debug line and the next round asks
// again.
func TestGarbageAnswers(t *testing.T) {
	tested := pubHex(testedKey)
	good := testsJSON(Test{Height: testHeight, Node: tested})
	down := view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{storageDown: true})}.JSON(time.Now())
	cases := []struct {
		name, path, answer, reason string
	}{
		{"tests not JSON", "/tests/", `{"height":`, "tests answer refused"},
		{"tests not a list", "/tests/", `{"height":90,"node":"` + tested + `"}`, "tests answer refused"},
		{"tests null", "/tests/", `null`, "tests answer refused"},
		{"tests with a bad key", "/tests/", `[{"height":90,"node":"` + strings.ToUpper(tested) + `"}]`, "not 64 lower-case hex"},
		{"tests with a short key", "/tests/", `[{"height":90,"node":"abcd"}]`, "not 64 lower-case hex"},
		{"tests with height 0", "/tests/", `[{"height":0,"node":"` + tested + `"}]`, "test with height 0"},
		{"tests query fails", "/tests/", "", "cannot read this node's tests"},
		{"node not JSON", "/node/", `<html>`, "node unreadable"},
		{"node about another key", "/node/", `{"ed25519":"` + pubHex(otherKey) + `","state":"active"}`, "not about the node asked for"},
		{"node without state", "/node/", `{"ed25519":"` + tested + `"}`, "without a state"},
		{"node query fails", "/node/", "", "node unreadable"},
		{"uptime params garbage", "/params/uptime", `{"validity_seconds":"2h"}`, "uptime parameters unreadable"},
		{"uptime params zero", "/params/uptime", `{}`, "uptime parameters unreadable"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHost()
			h.set("/tests/"+pubHex(selfKey), good)
			h.set("/node/"+tested, down)
			path := tc.path
			switch tc.path {
			case "/tests/":
				path += pubHex(selfKey)
			case "/node/":
				path += tested
			}
			saved := h.answers[path]
			if tc.answer == "" {
				delete(h.answers, path)
			} else {
				h.set(path, tc.answer)
			}
			log := &syncBuffer{}
			tst := newTester(h, log, zerolog.DebugLevel, 5*time.Second)
			tst.Round(context.Background())
			tst.Round(context.Background())
			require.Empty(t, h.votes())
			require.Contains(t, log.String(), tc.reason)

			// Once the answer is the workchain's again, the test goes on.
			h.set(path, saved)
			tst.Round(context.Background())
			require.Equal(t, []vote{{Node: tested, Height: testHeight, Pass: false}}, h.votes())
		})
	}
}

// Run keeps polling through a failing host and votes once it answers.
func TestRunGoesOn(t *testing.T) {
	tested := pubHex(testedKey)
	h := newHost()
	h.set("/tests/"+pubHex(selfKey), `garbage`)
	h.set("/node/"+tested, view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{storageDown: true})}.JSON(time.Now()))
	h.queried = make(chan string) // unbuffered: each count is a query made after the last one taken
	tst := New(Config{Host: h, Self: selfKey.Public().(ed25519.PublicKey), Poll: time.Millisecond, Log: zerolog.Nop()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { tst.Run(ctx); close(done) }()
	awaitQueries(t, h, "/tests/"+pubHex(selfKey), 3)
	h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
	awaitQueries(t, h, "/tests/"+pubHex(selfKey), 3) // a round that judged it has ended since
	cancel()
	for { // keep taking its queries until it returns
		select {
		case <-h.queried:
		case <-done:
			require.Equal(t, []vote{{Node: tested, Height: testHeight, Pass: false}}, h.votes())
			return
		}
	}
}

// awaitQueries waits until path has been asked n more times.
func awaitQueries(t *testing.T, h *fakeHost, path string, n int) {
	t.Helper()
	limit := time.After(time.Minute) // a hang, not a speed: the loop stopped
	for n > 0 {
		select {
		case p := <-h.queried:
			if p == path {
				n--
			}
		case <-limit:
			t.Fatalf("the loop stopped asking %s", path)
		}
	}
}

// A vote the host refuses is tried again in the next rounds, at most
// maxSubmits times, then given up with a warning that says what to set.
func TestRefusedVoteGivenUp(t *testing.T) {
	tested := pubHex(testedKey)
	h := newHost()
	h.submitErr = errors.New("submit punish_vote: module storage may not submit \"punish_vote\" transactions")
	h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
	h.set("/node/"+tested, view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{storageDown: true})}.JSON(time.Now()))
	log := &syncBuffer{}
	tst := newTester(h, log, zerolog.InfoLevel, 5*time.Second)
	for range maxSubmits + 2 {
		tst.Round(context.Background())
	}
	require.Len(t, h.bodies, maxSubmits)
	require.Contains(t, log.String(), "allowed_txs")

	// The workchain's own refusal (here a duplicate) is not tried again.
	h.bodies = nil
	h.submitErr = errors.New("submit punish_vote: rpc error: code = FailedPrecondition desc = submit: transaction refused: code 4 (punish): duplicate vote")
	tst = newTester(h, log, zerolog.InfoLevel, 5*time.Second)
	for range maxSubmits + 2 {
		tst.Round(context.Background())
	}
	require.Len(t, h.bodies, 1)
}

// What the tester remembers is bounded by the tests still assigned: a
// test that left the list (too old to vote on) is forgotten.
func TestMemoryBounded(t *testing.T) {
	h := newHost()
	var ts []Test
	for i := range 5 {
		k := seeded(byte(20 + i))
		ts = append(ts, Test{Height: int64(10 + i), Node: pubHex(k)})
		h.set("/node/"+pubHex(k), view{key: k, state: "exiting"}.JSON(time.Now()))
	}
	h.set("/tests/"+pubHex(selfKey), testsJSON(ts...))
	tst := New(Config{Host: h, Self: selfKey.Public().(ed25519.PublicKey), Remember: 2, Log: zerolog.Nop()})
	require.Len(t, tst.Round(context.Background()), 5)
	require.Equal(t, 5, tst.Remembered(), "tests still assigned stay remembered past the bound")
	require.Empty(t, tst.Round(context.Background()))

	h.set("/tests/"+pubHex(selfKey), testsJSON(ts[3:]...))
	tst.Round(context.Background())
	require.Equal(t, 2, tst.Remembered())
	h.set("/tests/"+pubHex(selfKey), `[]`)
	tst.Round(context.Background())
	require.Zero(t, tst.Remembered())
}

// Nothing at the default level names the tested node's address or key;
// debug lines name the key and why it failed.
func TestLogPrivacy(t *testing.T) {
	tested := pubHex(testedKey)
	n := startNode(t, testedKey, nodeOpts{certKey: otherKey})
	run := func(level zerolog.Level) string {
		h := newHost()
		h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
		h.set("/node/"+tested, view{key: testedKey, state: "active", n: n}.JSON(time.Now()))
		log := &syncBuffer{}
		newTester(h, log, level, 5*time.Second).Round(context.Background())
		require.Len(t, h.votes(), 1)
		return log.String()
	}
	info := run(zerolog.InfoLevel)
	require.Contains(t, info, "punishment vote sent")
	for _, secret := range []string{"127.0.0.1", n.storage, n.relay, tested} {
		require.NotContains(t, info, secret)
	}
	debug := run(zerolog.DebugLevel)
	require.Contains(t, debug, tested)
	require.Contains(t, debug, "not the expected node")
}

// A node registered moments ago that has sent no uptime proof yet is not
// failed: it has one proof's validity (7,500 s here) to come up, and is
// judged again every round; past that, no proof is a fail. A genesis node
// is registered at the genesis time, which may be long before the chain
// started: its validity counts from the chain's start, the workchain's
// expected_since (before that was read, a network whose genesis was
// written ahead failed every node that was not up at the first test).
func TestNewNodeGrace(t *testing.T) {
	tested := pubHex(testedKey)
	for _, tc := range []struct {
		name        string
		activeFor   time.Duration
		expectedFor time.Duration
		voted       bool
	}{
		{"registered 10 s ago", 10 * time.Second, 0, false},
		{"registered past the validity", 7501 * time.Second, 0, true},
		{"genesis node, genesis a day ago, the chain started 10 s ago", 24 * time.Hour, 10 * time.Second, false},
		{"genesis node, the chain started past the validity", 24 * time.Hour, 7501 * time.Second, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := time.Now()
			v := view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{storageDown: true, relayDown: true}), noProof: true,
				activeFor: tc.activeFor, expectedFor: tc.expectedFor}
			h := newHost()
			h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
			h.set("/node/"+tested, v.JSON(now))
			tst := newTester(h, nil, zerolog.DebugLevel, time.Second)
			out := tst.Round(context.Background())
			require.Len(t, out, 1)
			require.Equal(t, tc.voted, out[0].Voted, out[0].Reason)
			if !tc.voted {
				require.Equal(t, "new node, no proof yet", out[0].Reason)
				require.Len(t, tst.Round(context.Background()), 1, "judged again next round")
				require.Empty(t, h.votes())
			}
		})
	}
}
