package liveness

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// recordingPunisher records FailNode calls; with refuse set it writes a
// key and then refuses, as a punisher whose rule says no.
type recordingPunisher struct {
	calls  []string
	refuse error
}

func (p *recordingPunisher) FailNode(c exec.Context, node []byte, reason string) error {
	if p.refuse != nil {
		c.KV.Set([]byte("punish/test"), []byte{1})
		return p.refuse
	}
	p.calls = append(p.calls, fmt.Sprintf("%d %x %s", c.Height, node[:2], reason))
	return nil
}

// unitChain is the liveness rules over a real registry on one staged
// badger block, with heights advanced by hand.
type unitChain struct {
	t   *testing.T
	kv  state.KV
	reg *registry.Module
	pun *recordingPunisher
	k   Keeper
}

func newUnitChain(t *testing.T, nodes int, p Params) *unitChain {
	t.Helper()
	kv := statetest.Block(t)
	reg := registry.NewModule()
	pun := &recordingPunisher{}
	c := &unitChain{t: t, kv: kv, reg: reg, pun: pun, k: NewKeeper(RegistryOf(reg), pun)}
	rp := registry.DefaultParams()
	for i := range nodes {
		n := &registry.Node{
			ServiceNodeID: uint64(i + 1), Ed25519: pubOf(i), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Amount: rp.StakingRequirement}},
		}
		staker := common.BytesToAddress([]byte{0xaa, byte(i >> 8), byte(i)})
		n.Contributors[0].Staker, n.Contributors[0].Beneficiary = staker, staker
		require.NoError(t, reg.Keeper(c.ctx(1)).Add(rp, n))
	}
	require.NoError(t, ParamStore.Set(kv, p))
	return c
}

func pubOf(i int) []byte {
	pub := bytes.Repeat([]byte{byte(i + 1)}, 32)
	pub[31] = byte(i >> 8)
	return pub
}

func addrOf(i int) []byte { return registry.ConsensusAddress(pubOf(i)) }

func (c *unitChain) ctx(height int64) exec.Context {
	return exec.NewContext(c.kv, height, 1000+height, "liveness-unit", exec.Deliver)
}

// commit runs the begin block of height with the commit of height-1 by
// validators set, absent as absent says.
func (c *unitChain) commit(height int64, set []int, absent func(i int) bool, ev ...abci.Misbehavior) exec.Context {
	c.t.Helper()
	ctx := c.ctx(height)
	require.NoError(c.t, c.k.BeginBlock(ctx, exec.Block{LastCommit: commitOf(set, absent), Misbehavior: ev}))
	return ctx
}

func commitOf(set []int, absent func(i int) bool) abci.CommitInfo {
	var info abci.CommitInfo
	for _, i := range set {
		flag := cmtproto.BlockIDFlagCommit
		if absent != nil && absent(i) {
			flag = cmtproto.BlockIDFlagAbsent
		}
		info.Votes = append(info.Votes, abci.VoteInfo{Validator: abci.Validator{Address: addrOf(i), Power: 10}, BlockIdFlag: flag})
	}
	return info
}

func (c *unitChain) record(i int) (record, bool) {
	c.t.Helper()
	r, ok, err := getRecord(c.kv, addrOf(i))
	require.NoError(c.t, err)
	return r, ok
}

func (c *unitChain) chunks(i int) int {
	n := 0
	require.NoError(c.t, c.kv.Iterate(bitsKeyPrefix(addrOf(i)), func(_, _ []byte) bool { n++; return true }))
	return n
}

// TestBitmapMatchesACount: over random absences and windows of one and
// several chunks, the missed count is the number of absences among the
// last window commits since the validator joined or was last failed, a
// validator is failed exactly when that count passes max_missed after its
// first window, and a validator with no miss stored has no bitmap at all.
func TestBitmapMatchesACount(t *testing.T) {
	for _, window := range []int64{1, 7, 100, 2500} {
		t.Run(fmt.Sprint(window), func(t *testing.T) {
			p := Params{Window: window, MaxMissed: window - 1}
			if window > 7 {
				p.MaxMissed = window / 2
			}
			c := newUnitChain(t, 3, p)
			rng := rand.New(rand.NewPCG(uint64(window), 1))
			var history [3][]bool // since the validator joined or was failed
			wantCalls := 0
			for h := int64(2); h < 2*window+50; h++ {
				miss := [3]bool{rng.IntN(2) == 0, rng.IntN(10) != 0, false}
				c.commit(h, []int{0, 1, 2}, func(i int) bool { return miss[i] })
				for i := range 3 {
					history[i] = append(history[i], miss[i])
					want := int64(0)
					for _, m := range history[i][max(0, int64(len(history[i]))-window):] {
						if m {
							want++
						}
					}
					if want > p.MaxMissed && h-1 >= window { // commits 1..h-1 seen: a whole window
						wantCalls++
						want, history[i] = 0, nil
					}
					r, ok := c.record(i)
					require.True(t, ok)
					require.Equal(t, want, r.Missed, "validator %d at height %d", i, h)
					require.Equal(t, want == 0, c.chunks(i) == 0, "validator %d at height %d: bitmap without misses or misses without bitmap", i, h)
				}
				require.Len(t, c.pun.calls, wantCalls, "height %d", h)
			}
		})
	}
}

// TestLeaversAreDropped: a validator not in the last commit loses its
// record and bitmap; when it comes back it starts again, grace included.
// An empty commit (the first block) drops nobody.
func TestLeaversAreDropped(t *testing.T) {
	c := newUnitChain(t, 3, Params{Window: 10, MaxMissed: 5})
	all := []int{0, 1, 2}
	for h := int64(2); h <= 5; h++ {
		c.commit(h, all, func(i int) bool { return i == 2 })
	}
	r, ok := c.record(2)
	require.True(t, ok)
	require.Equal(t, record{Since: 1, Window: 10, Missed: 4}, r)
	require.NoError(t, c.k.BeginBlock(c.ctx(6), exec.Block{}))
	_, ok = c.record(2)
	require.True(t, ok, "an empty commit drops nobody")

	c.commit(7, []int{0, 1}, nil)
	_, ok = c.record(2)
	require.False(t, ok)
	require.Zero(t, c.chunks(2))
	n, err := getCount(c.kv)
	require.NoError(t, err)
	require.Equal(t, int64(2), n)

	c.commit(8, all, func(i int) bool { return i == 2 })
	r, ok = c.record(2)
	require.True(t, ok)
	require.Equal(t, record{Since: 7, Window: 10, Missed: 1}, r)
}

// TestWindowChangeResets: a new liveness_window empties each window (the
// bitmap's indexes mean other heights) and keeps since_height.
func TestWindowChangeResets(t *testing.T) {
	c := newUnitChain(t, 2, Params{Window: 10, MaxMissed: 5})
	for h := int64(2); h <= 6; h++ {
		c.commit(h, []int{0, 1}, func(i int) bool { return i == 1 })
	}
	require.NoError(t, ParamStore.Set(c.kv, Params{Window: 20, MaxMissed: 5}))
	c.commit(7, []int{0, 1}, nil)
	r, _ := c.record(1)
	require.Equal(t, record{Since: 1, Window: 20, Missed: 0}, r)
	require.Zero(t, c.chunks(1))
}

// TestFailSkipsNodesNotServing: a validator over the limit whose node has
// left the active set (a commit names it for two more heights) or that the
// registry does not know is not failed, and its window starts again.
func TestFailSkipsNodesNotServing(t *testing.T) {
	c := newUnitChain(t, 2, Params{Window: 4, MaxMissed: 1})
	_, err := c.reg.Keeper(c.ctx(1)).Transition(pubOf(1), registry.Change{Service: registry.ServiceDecommissioned})
	require.NoError(t, err)
	stranger := 7 // never registered
	var ctx exec.Context
	for h := int64(2); h <= 5; h++ {
		ctx = c.commit(h, []int{0, 1, stranger}, func(i int) bool { return i != 0 })
	}
	require.Empty(t, c.pun.calls)
	results := eventResults(ctx.Events(), EventLiveness)
	require.Equal(t, []string{"skipped: node decommissioned", "skipped: unknown validator"}, results)
	for _, i := range []int{1, stranger} {
		r, _ := c.record(i)
		require.Zero(t, r.Missed, "validator %d: the window starts again", i)
	}
}

// TestRefusedFailureIsDropped: a punisher that refuses has its writes
// dropped; the block goes on and the refusal is in the events.
func TestRefusedFailureIsDropped(t *testing.T) {
	c := newUnitChain(t, 1, Params{Window: 2, MaxMissed: 0})
	c.pun.refuse = errors.New("cap reached")
	c.commit(2, []int{0}, func(int) bool { return true })
	ctx := c.commit(3, []int{0}, func(int) bool { return true })
	require.Equal(t, []string{"refused: cap reached"}, eventResults(ctx.Events(), EventLiveness))
	raw, err := c.kv.Get([]byte("punish/test"))
	require.NoError(t, err)
	require.Nil(t, raw, "the refusing punisher's writes were dropped")
}

// TestEvidenceAgainstNodesAlreadyGone: duplicate votes of an exited or
// deregistered node, or of an address nobody has, change nothing.
func TestEvidenceAgainstNodesAlreadyGone(t *testing.T) {
	c := newUnitChain(t, 3, DefaultParams())
	k := c.reg.Keeper(c.ctx(1))
	_, err := k.Transition(pubOf(0), registry.Change{Stake: registry.StakeExited})
	require.NoError(t, err)
	_, err = k.Transition(pubOf(1), registry.Change{Stake: registry.StakeDeregistered, Reason: "credit"})
	require.NoError(t, err)
	before := map[int]*registry.Node{}
	for i := range 3 {
		before[i], err = k.Node(pubOf(i))
		require.NoError(t, err)
	}
	dup := func(addr []byte) abci.Misbehavior {
		return abci.Misbehavior{Type: abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE, Validator: abci.Validator{Address: addr}, Height: 1}
	}
	ctx := c.ctx(2)
	require.NoError(t, c.k.BeginBlock(ctx, exec.Block{Misbehavior: []abci.Misbehavior{
		dup(addrOf(0)), dup(addrOf(1)), dup(addrOf(9)), dup([]byte{1, 2, 3}),
		{Type: abci.MISBEHAVIOR_TYPE_LIGHT_CLIENT_ATTACK, Validator: abci.Validator{Address: addrOf(2)}, Height: 1},
	}}))
	require.Equal(t, []string{"ignored: node exited", "ignored: node deregistered", "ignored: unknown validator", "ignored: unknown validator", "recorded"},
		eventResults(ctx.Events(), EventEvidence))
	for i := range 3 {
		n, err := k.Node(pubOf(i))
		require.NoError(t, err)
		require.Equal(t, before[i], n, "node %d", i)
	}
}

func eventResults(evs []abci.Event, typ string) []string {
	var out []string
	for _, ev := range evs {
		for _, a := range ev.Attributes {
			if ev.Type == typ && a.Key == "result" {
				out = append(out, a.Value)
			}
		}
	}
	return out
}

func TestParamsValidate(t *testing.T) {
	for _, tc := range []struct {
		p    Params
		want string
	}{
		{DefaultParams(), ""},
		{Params{Window: 1, MaxMissed: 0}, ""},
		{Params{Window: MaxWindow, MaxMissed: MaxWindow - 1}, ""},
		{Params{Window: 0, MaxMissed: 0}, "liveness.liveness_window"},
		{Params{Window: MaxWindow + 1, MaxMissed: 1}, "liveness.liveness_window"},
		{Params{Window: 10, MaxMissed: 10}, "liveness.liveness_max_missed"},
		{Params{Window: 10, MaxMissed: -1}, "liveness.liveness_max_missed"},
	} {
		err := tc.p.Validate()
		if tc.want == "" {
			require.NoError(t, err, "%+v", tc.p)
		} else {
			require.ErrorContains(t, err, tc.want, "%+v", tc.p)
		}
	}
	g := Module(nil, nil).Genesis
	require.NoError(t, g.Validate([]byte(`{"params":{"liveness_window":100,"liveness_max_missed":50}}`)))
	require.ErrorContains(t, g.Validate([]byte(`{"params":{"liveness_window":100,"liveness_max_missed":100}}`)), "liveness_max_missed")
	require.ErrorContains(t, g.Validate([]byte(`{"params":{"liveness_windw":100}}`)), "unknown field")
}
