package liveness_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/liveness"
	"github.com/seshnet/seshnet/workchain/registry"
)

const chainID = "liveness-chain"

// failCall is one FailNode call the punisher saw.
type failCall struct {
	Height int64
	Node   int
	Reason string
}

// punisher stands in for workchain/punish's keeper: it records the calls.
type punisher struct{ calls []failCall }

func (p *punisher) FailNode(c exec.Context, node []byte, reason string) error {
	p.calls = append(p.calls, failCall{c.Height, nodeIndex(node), reason})
	return nil
}

func pub(i int) []byte { return apptest.ValKey(i).Public().(ed25519.PublicKey) }

func nodeIndex(node []byte) int {
	for i := range 16 {
		if bytes.Equal(pub(i), node) {
			return i
		}
	}
	return -1
}

// hookLog records the registry changes liveness makes, with their reason
// and penalty.
type hookLog struct{ changes []string }

func (h *hookLog) AfterNodeCreated(exec.Context, *registry.Node) error { return nil }
func (h *hookLog) BeforeNodeStateChange(c exec.Context, n *registry.Node, to registry.Change) error {
	h.changes = append(h.changes, fmt.Sprintf("%d node %d -> %s %q %s", c.Height, nodeIndex(n.Ed25519), to.Stake, to.Reason, to.Penalty))
	return nil
}
func (h *hookLog) AfterNodeStateChange(exec.Context, *registry.Node, *registry.Node) error {
	return nil
}
func (h *hookLog) AfterStakeReturned(exec.Context, *registry.Node) error { return nil }

// chain runs the application with liveness wired in, on badger, height by
// height. Each block's DecidedLastCommit is the commit of the previous
// height by the validators in set, absent where absent says: as CometBFT
// gives it, the whole set with a flag each.
type chain struct {
	*apptest.Chain
	pun    *punisher
	hooks  *hookLog
	set    []int
	absent func(i int, height int64) bool // height: of the commit
}

// newChain starts n genesis nodes (all validators) with liveness params.
func newChain(t *testing.T, n int, params string) *chain {
	t.Helper()
	req := registry.DefaultParams().StakingRequirement
	reg := registry.DefaultGenesis()
	for i := range n {
		staker := common.BytesToAddress([]byte{0xaa, byte(i + 1)})
		reg.Nodes = append(reg.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: pub(i), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: staker, Beneficiary: staker, Amount: req}},
		})
	}
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	// The application's own liveness module, reporting to a recorder
	// instead of workchain/punish (whose decisions would take the failed
	// validators out of the set), on the app's registry with a log.
	hooks, pun := &hookLog{}, &punisher{}
	c := &chain{pun: pun, hooks: hooks, absent: func(int, int64) bool { return false }}
	for i := range n {
		c.set = append(c.set, i)
	}
	c.Chain = apptest.New(t, chainID, app.GenesisState{"registry": regRaw, "liveness": json.RawMessage(params)},
		app.WithLivenessPunisher(pun), app.WithRegistryHooks(hooks))
	return c
}

func (c *chain) block(evidence ...abci.Misbehavior) *abci.FinalizeBlockResponse {
	c.T.Helper()
	var info abci.CommitInfo
	if c.Height > 0 {
		for _, i := range c.set {
			flag := cmtproto.BlockIDFlagCommit
			if c.absent(i, c.Height) {
				flag = cmtproto.BlockIDFlagAbsent
			}
			info.Votes = append(info.Votes, abci.VoteInfo{Validator: abci.Validator{Address: registry.ConsensusAddress(pub(i)), Power: 10}, BlockIdFlag: flag})
		}
	}
	return c.Block(abci.FinalizeBlockRequest{DecidedLastCommit: info, Misbehavior: evidence})
}

func (c *chain) blocksTo(h int64) {
	for c.Height < h {
		c.block()
	}
}

func (c *chain) live(i int) liveness.View {
	c.T.Helper()
	var v liveness.View
	c.Query("/liveness/"+hex.EncodeToString(pub(i)), &v)
	return v
}

func (c *chain) node(i int) app.NodeView {
	c.T.Helper()
	var v app.NodeView
	c.Query("/node/"+hex.EncodeToString(pub(i)), &v)
	return v
}

func between(lo, hi int64) func(h int64) bool {
	return func(h int64) bool { return h >= lo && h <= hi }
}

const small = `{"params":{"liveness_window":10,"liveness_max_missed":5}}`

// TestWindowEdges walks real heights with a window of 10 and at most 5
// missed: 5 missed commits in a window never fail a validator, a 6th
// fails it once, at the block that counts it; its window then starts
// again, so a validator that stays down is failed again only after 6 more
// misses, and one that comes back is not failed again.
func TestWindowEdges(t *testing.T) {
	c := newChain(t, 4, small)
	exactly := between(12, 16)                    // node 1: 5 commits
	once := between(12, 17)                       // node 2: 6 commits, then back
	down := func(h int64) bool { return h >= 12 } // node 3: never back
	c.absent = func(i int, h int64) bool {
		return (i == 1 && exactly(h)) || (i == 2 && once(h)) || (i == 3 && down(h))
	}
	c.blocksTo(17) // carries the commit of height 16
	require.Equal(t, liveness.View{Missed: 5, Window: 10, SinceHeight: 1}, c.live(1))
	require.Equal(t, int64(5), c.live(2).Missed)
	require.Empty(t, c.pun.calls)

	c.block() // block 18: the commit of height 17, node 2's and 3's 6th miss
	reason := "missed 6 of the last 10 commits"
	require.Equal(t, []failCall{{18, 2, reason}, {18, 3, reason}}, c.pun.calls)
	require.Zero(t, c.live(2).Missed, "the window starts again")

	c.blocksTo(40)
	require.Equal(t, []failCall{{18, 2, reason}, {18, 3, reason}, {24, 3, reason}, {30, 3, reason}, {36, 3, reason}}, c.pun.calls,
		"node 1 never, node 2 once, node 3 every 6 blocks it stays down")
	require.Zero(t, c.live(1).Missed, "node 1's misses rolled out of its window")
	require.Equal(t, int64(4), c.live(3).Missed, "node 3: heights 35..38 since its last failure")
}

// TestHalfTheWindowForever: a validator that misses every other commit
// stays at exactly max_missed of the window and is never failed; one that
// misses 6 of each 10 is.
func TestHalfTheWindowForever(t *testing.T) {
	c := newChain(t, 3, small)
	c.absent = func(i int, h int64) bool {
		return (i == 1 && h%2 == 0) || (i == 2 && h%10 < 6)
	}
	c.blocksTo(12)
	for c.Height < 100 {
		c.block()
		require.Equal(t, int64(5), c.live(1).Missed, "height %d", c.Height)
	}
	require.NotEmpty(t, c.pun.calls)
	for _, call := range c.pun.calls {
		require.Equal(t, 2, call.Node)
	}
}

// TestGraceWindow: a validator is judged only once it has been in the set
// a whole window (x/slashing's start height): from genesis, and when it
// joins later. Its misses in that first window count then.
func TestGraceWindow(t *testing.T) {
	c := newChain(t, 5, small)
	c.set = []int{0, 1, 2, 3}
	c.absent = func(i int, h int64) bool { return i == 3 || i == 4 }
	c.blocksTo(10) // commits of heights 1..9: node 3 missed 9, 3 more than allowed
	require.Equal(t, liveness.View{Missed: 9, Window: 10, SinceHeight: 1}, c.live(3))
	require.Empty(t, c.pun.calls, "node 3 has not been in the set a whole window")
	c.block()
	require.Equal(t, []failCall{{11, 3, "missed 10 of the last 10 commits"}}, c.pun.calls)

	c.blocksTo(19)
	require.Equal(t, app.CodeQueryNotFound, c.Query("/liveness/"+hex.EncodeToString(pub(4)), nil).Code, "node 4 is not a validator yet")
	c.set = append(c.set, 4) // node 4 joins: its first commit is of height 19
	c.blocksTo(28)
	require.Equal(t, liveness.View{Missed: 9, Window: 10, SinceHeight: 19}, c.live(4))
	require.Len(t, c.pun.calls, 3, "node 3 again at 17 and 23 (6 misses each); node 4 not yet")
	c.block()
	require.Equal(t, []failCall{{29, 3, "missed 6 of the last 10 commits"}, {29, 4, "missed 10 of the last 10 commits"}}, c.pun.calls[3:])
}

// TestRecovery: a validator that misses 5, signs 5 and misses 5 again never
// has 6 misses in one window; its count goes back to 0 as they roll out.
func TestRecovery(t *testing.T) {
	c := newChain(t, 2, small)
	first, second := between(12, 16), between(22, 26)
	c.absent = func(i int, h int64) bool { return i == 1 && (first(h) || second(h)) }
	want := map[int64]int64{17: 5, 22: 5, 23: 5, 25: 5, 27: 5, 32: 5, 33: 4, 35: 2, 37: 0}
	for c.Height < 40 {
		c.block()
		if m, ok := want[c.Height]; ok {
			require.Equal(t, m, c.live(1).Missed, "after block %d", c.Height)
		}
	}
	require.Empty(t, c.pun.calls)
}

// TestLeavingTheSet: a validator that leaves the set loses its record; back
// in the set it starts again with a new grace window.
func TestLeavingTheSet(t *testing.T) {
	c := newChain(t, 3, small)
	c.absent = func(i int, _ int64) bool { return i == 2 }
	c.blocksTo(6)
	require.Equal(t, int64(5), c.live(2).Missed)
	c.set = []int{0, 1}
	c.block()
	require.Equal(t, app.CodeQueryNotFound, c.Query("/liveness/"+hex.EncodeToString(pub(2)), nil).Code)
	c.set = []int{0, 1, 2}
	c.blocksTo(16)
	require.Equal(t, liveness.View{Missed: 9, Window: 10, SinceHeight: 7}, c.live(2))
	require.Empty(t, c.pun.calls, "a new grace window: judged at the commit of height 16")
	c.block()
	require.Len(t, c.pun.calls, 1)
}

func duplicateVote(i int, height int64) abci.Misbehavior {
	return abci.Misbehavior{Type: abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE, Validator: abci.Validator{Address: registry.ConsensusAddress(pub(i)), Power: 10}, Height: height}
}

// TestDoubleSignDeregisters: duplicate-vote evidence deregisters the node
// at once through the registry (its hooks see the reason and penalty),
// takes it out of the validator set and shows the penalty on /node.
// Evidence for it again, in the same block or later, changes nothing.
func TestDoubleSignDeregisters(t *testing.T) {
	c := newChain(t, 4, small)
	c.blocksTo(3)
	res := c.block(duplicateVote(1, 2), duplicateVote(1, 2))
	require.Equal(t, []string{`4 node 1 -> deregistered "double sign" double_sign`}, c.hooks.changes)
	require.Equal(t, []abci.ValidatorUpdate{{PubKeyType: "ed25519", PubKeyBytes: pub(1), Power: 0}}, res.ValidatorUpdates)
	require.Equal(t, []string{"deregistered", "ignored: node deregistered"}, results(res, liveness.EventEvidence))
	n := c.node(1)
	require.Equal(t, registry.StateDeregistered, n.State)
	require.Equal(t, registry.PenaltyDoubleSign, n.Penalty)

	var raw map[string]any
	c.Query("/node/"+hex.EncodeToString(pub(1)), &raw)
	require.Equal(t, "double_sign", raw["penalty"])
	var other map[string]any
	c.Query("/node/"+hex.EncodeToString(pub(0)), &other)
	_, has := other["penalty"]
	require.False(t, has, "a node without a penalty shows none")

	c.block(duplicateVote(1, 3))
	require.Len(t, c.hooks.changes, 1, "one deregistration")
}

// TestEvidenceThatChangesNothing: evidence for an address no node has,
// for a node already deregistered, of a light-client attack, or of an
// unknown type leaves state exactly as a twin chain without it (same app
// hash at every height).
func TestEvidenceThatChangesNothing(t *testing.T) {
	a, b := newChain(t, 4, small), newChain(t, 4, small)
	a.blocksTo(3)
	b.blocksTo(3)
	a.block(duplicateVote(2, 2))
	b.block(duplicateVote(2, 2))
	stranger := duplicateVote(9, 3)
	lightClient := duplicateVote(1, 3)
	lightClient.Type = abci.MISBEHAVIOR_TYPE_LIGHT_CLIENT_ATTACK
	unknown := duplicateVote(1, 3)
	unknown.Type = abci.MISBEHAVIOR_TYPE_UNKNOWN
	for _, ev := range []abci.Misbehavior{stranger, duplicateVote(2, 3), lightClient, unknown} {
		ra, rb := a.block(ev), b.block()
		require.Equal(t, rb.AppHash, ra.AppHash, "evidence %v at height %d", ev.Type, a.Height)
		require.Len(t, results(ra, liveness.EventEvidence), 1)
	}
	require.Len(t, a.hooks.changes, 1)
	require.Equal(t, registry.StateActive, a.node(1).State)
}

// TestQueryArguments: /liveness takes a consensus address or a node key in
// hex, and nothing else.
func TestQueryArguments(t *testing.T) {
	c := newChain(t, 2, small)
	c.blocksTo(3)
	var byAddr liveness.View
	c.Query("/liveness/"+hex.EncodeToString(registry.ConsensusAddress(pub(0))), &byAddr)
	require.Equal(t, c.live(0), byAddr)
	for arg, code := range map[string]uint32{
		"zz": app.CodeQueryBadArgument, "abcd": app.CodeQueryBadArgument, "": app.CodeQueryBadArgument,
		hex.EncodeToString(bytes.Repeat([]byte{7}, 20)): app.CodeQueryNotFound,
		hex.EncodeToString(pub(5)):                      app.CodeQueryNotFound,
	} {
		require.Equal(t, code, c.Query("/liveness/"+arg, nil).Code, "arg %q", arg)
	}
}

func results(res *abci.FinalizeBlockResponse, typ string) []string {
	var out []string
	for _, ev := range res.Events {
		for _, a := range ev.Attributes {
			if ev.Type == typ && a.Key == "result" {
				out = append(out, a.Value)
			}
		}
	}
	return out
}
