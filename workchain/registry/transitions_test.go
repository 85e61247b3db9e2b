package registry

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"

	"github.com/seshnet/seshnet/workchain/exec"
)

// recorder is a subscriber that logs every hook call.
type recorder struct{ calls []string }

func (r *recorder) AfterNodeCreated(_ exec.Context, n *Node) error {
	r.calls = append(r.calls, fmt.Sprintf("created %d %s/%s", n.ServiceNodeID, n.Service, n.Stake))
	return nil
}

func (r *recorder) BeforeNodeStateChange(_ exec.Context, n *Node, to Change) error {
	r.calls = append(r.calls, fmt.Sprintf("before %d %s/%s -> %q/%q", n.ServiceNodeID, n.Service, n.Stake, to.Service, to.Stake))
	return nil
}

func (r *recorder) AfterStakeReturned(_ exec.Context, n *Node) error {
	r.calls = append(r.calls, fmt.Sprintf("returned %d %d", n.ServiceNodeID, n.ReturnedAmount))
	return nil
}

func (r *recorder) AfterNodeStateChange(_ exec.Context, before, after *Node) error {
	r.calls = append(r.calls, fmt.Sprintf("after %d %s/%s -> %s/%s", after.ServiceNodeID, before.Service, before.Stake, after.Service, after.Stake))
	return nil
}

// TestTransitionsFollowTheStateMachine: each move the state machine has is
// made (and each it does not have is refused with ErrNodeState, changing
// nothing), the hooks see before and after, and the active set follows.
func TestTransitionsFollowTheStateMachine(t *testing.T) {
	type step struct {
		to     Change
		want   NodeState // status after; "" = refused
		active bool
	}
	unlock := Change{Stake: StakeExiting, UnlockTime: 500}
	cases := map[string][]step{
		"decommission and back": {{Change{Service: ServiceDecommissioned}, StateDecommissioned, false}, {Change{Service: ServiceActive}, StateActive, true}},
		"exit while serving":    {{unlock, StateExiting, true}, {Change{Stake: StakeExited}, StateExited, false}},
		"exit while decommissioned": {
			{Change{Service: ServiceDecommissioned}, StateDecommissioned, false}, {unlock, StateDecommissioned, false},
			{Change{Service: ServiceActive}, StateExiting, true}, {Change{Stake: StakeExited}, StateExited, false},
		},
		"deregistered is final": {
			{Change{Stake: StakeDeregistered}, StateDeregistered, false}, {Change{Service: ServiceDecommissioned}, "", false},
			{Change{Stake: StakeRegistered}, "", false}, {Change{Stake: StakeExited}, "", false},
		},
		"exited is final":           {{Change{Stake: StakeExited}, StateExited, false}, {Change{Service: ServiceActive}, StateExited, false}, {unlock, "", false}},
		"no way back to registered": {{unlock, StateExiting, true}, {Change{Stake: StakeRegistered}, "", true}},
		"exiting needs a time":      {{Change{Stake: StakeExiting}, "", true}},
	}
	for name, steps := range cases {
		t.Run(name, func(t *testing.T) {
			kv := statetest.Block(t)
			rec := &recorder{}
			k := at(kv, 1, 100, rec)
			require.NoError(t, k.Add(DefaultParams(), testNode(1, 1)))
			pub := bytes.Repeat([]byte{1}, 32)
			for i, s := range steps {
				before, err := k.Node(pub)
				require.NoError(t, err)
				calls := len(rec.calls)
				_, err = k.Transition(pub, s.to)
				after, nerr := k.Node(pub)
				require.NoError(t, nerr)
				if s.want == "" {
					require.ErrorIs(t, err, ErrNodeState, "step %d", i)
					require.Equal(t, before, after, "step %d: a refused move changed the node", i)
					require.Len(t, rec.calls, calls, "step %d: hooks ran for a refused move", i)
				} else {
					require.NoError(t, err, "step %d", i)
					require.Equal(t, s.want, after.Status(), "step %d", i)
				}
				require.Equal(t, s.active, after.InActiveSet(), "step %d", i)
			}
			require.Equal(t, "created 1 active/registered", rec.calls[0])
		})
	}
}

// TestHooksSeeEachChangeOnce and the unlock queue: a node decommissioned,
// asked to exit and unlocked goes through the hooks once per change, and
// the unlock comes from the time-keyed queue.
func TestHooksSeeEachChangeOnce(t *testing.T) {
	kv := statetest.Block(t)
	rec := &recorder{}
	p := DefaultParams()
	require.NoError(t, at(kv, 1, 100, rec).Add(p, testNode(7, 1)))
	pub := bytes.Repeat([]byte{1}, 32)
	_, err := at(kv, 2, 200, rec).Transition(pub, Change{Service: ServiceDecommissioned, Reason: "failed tests"})
	require.NoError(t, err)
	_, err = at(kv, 3, 300, rec).Transition(pub, Change{Service: ServiceDecommissioned})
	require.NoError(t, err, "a change to the same state is a no-op")
	_, err = at(kv, 4, 400, rec).Transition(pub, Change{Stake: StakeExiting, UnlockTime: 1000})
	require.NoError(t, err)
	n, err := at(kv, 5, 999, rec).UnlockDue()
	require.NoError(t, err)
	require.Zero(t, n)
	n, err = at(kv, 6, 1000, rec).UnlockDue()
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Equal(t, []string{
		"created 7 active/registered",
		`before 7 active/registered -> "decommissioned"/""`, "after 7 active/registered -> decommissioned/registered",
		`before 7 decommissioned/registered -> ""/"exiting"`, "after 7 decommissioned/registered -> decommissioned/exiting",
		`before 7 decommissioned/exiting -> ""/"exited"`, "after 7 decommissioned/exiting -> decommissioned/exited",
	}, rec.calls)
	due, err := unlockQueue.Due(kv, 1<<40)
	require.NoError(t, err)
	require.Empty(t, due, "the queue entry went with the unlock")
}

// TestIndexes: a node is found by its validator key's consensus address and
// by each of its stakers.
func TestIndexes(t *testing.T) {
	kv := statetest.Block(t)
	k := at(kv, 1, 100, nil)
	p := DefaultParams()
	n := testNode(1, 1)
	n.Contributors = []Contributor{contrib(0xa, p.StakingRequirement/2), contrib(0xb, p.StakingRequirement/2)}
	require.NoError(t, k.Add(p, n))
	require.NoError(t, k.Add(p, testNode(2, 2)))

	got, err := k.NodeByConsensusAddress(ConsensusAddress(n.Ed25519))
	require.NoError(t, err)
	require.Equal(t, uint64(1), got.ServiceNodeID)
	_, err = k.NodeByConsensusAddress(bytes.Repeat([]byte{9}, 20))
	require.ErrorIs(t, err, ErrUnknownNode)

	for staker, want := range map[byte][][]byte{0xa: {n.Ed25519}, 0xb: {n.Ed25519}, 2: {bytes.Repeat([]byte{2}, 32)}, 0xc: nil} {
		keys, err := k.NodesOfStaker(addr(staker))
		require.NoError(t, err)
		require.Equal(t, want, keys, "staker %x", staker)
	}
}

// TestPenaltyComesWithDeregistration: a deregistration's penalty is kept
// on the node (and in its JSON); any other change ignores one, and a node
// without one encodes with no "penalty" field at all, as before the field
// existed (the app hash of state written then).
func TestPenaltyComesWithDeregistration(t *testing.T) {
	kv := statetest.Block(t)
	k := at(kv, 1, 100, nil)
	p := DefaultParams()
	require.NoError(t, k.Add(p, testNode(1, 1)))
	require.NoError(t, k.Add(p, testNode(2, 2)))
	punished, other := bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)

	_, err := k.Transition(other, Change{Service: ServiceDecommissioned, Penalty: PenaltyDoubleSign})
	require.NoError(t, err)
	raw, err := kv.Get(nodeKey(other))
	require.NoError(t, err)
	require.NotContains(t, string(raw), `"penalty"`, "a decommission carries no penalty")

	after, err := k.Transition(punished, Change{Stake: StakeDeregistered, Reason: "double sign", Penalty: PenaltyDoubleSign})
	require.NoError(t, err)
	require.Equal(t, PenaltyDoubleSign, after.Penalty)
	raw, err = kv.Get(nodeKey(punished))
	require.NoError(t, err)
	require.Contains(t, string(raw), `"penalty":"double_sign"`)

	_, err = k.Transition(punished, Change{Stake: StakeDeregistered, Penalty: "other"})
	require.NoError(t, err, "deregistered again is a no-op")
	n, err := k.Node(punished)
	require.NoError(t, err)
	require.Equal(t, PenaltyDoubleSign, n.Penalty, "the first penalty stays")
}
