package attest

import (
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
)

// commit builds the extended commit of validators vs where obs[i] is what
// validator i reported; a nil entry is a validator without a witness (it
// votes with an empty extension, which Prune drops).
func commit(vs []validator, obs []*l2event.Observation) abci.ExtendedCommitInfo {
	var info abci.ExtendedCommitInfo
	for i, o := range obs {
		if o == nil {
			info.Votes = append(info.Votes, voteExt(vs[i], nil))
			continue
		}
		info.Votes = append(info.Votes, vote(vs[i], *o))
	}
	return info
}

func reports(n int, o l2event.Observation) []*l2event.Observation {
	out := make([]*l2event.Observation, n)
	for i := range out {
		out[i] = &o
	}
	return out
}

func silent(n int) []*l2event.Observation { return make([]*l2event.Observation, n) }

func concat(parts ...[]*l2event.Observation) []*l2event.Observation {
	var out []*l2event.Observation
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestAttestationWalkStops_TenValidatorSplit is the review's case at the
// tally: 3 silent, 6 report E, 1 scanned past E without it. E applies (6 of
// the 7 that scanned past, and 7 of 10 scanned), and F after it too. The
// workchain-level regression test, which fails on a96bbb3, is
// TestAttestationWalkStops_SilentValidatorsAndOneDissenter in workchain/app.
func TestAttestationWalkStops_TenValidatorSplit(t *testing.T) {
	vs, set := validators(10)
	e, f := ev(100, 1, "E"), ev(100, 2, "F")
	sees := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{e, f}}
	misses := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{f}}
	out := Tally(commit(vs, concat(reports(6, sees), reports(1, misses), silent(3))), set, State{}, Rules{Height: 5, MaxPendingBlocks: 10, MaxRefuted: 8})
	require.Equal(t, []l2event.Event{e, f}, out.Apply)
	require.Nil(t, out.State.Stuck)
}

// TestTallySafety: with liars holding less than 1/3 of the power, however
// many honest validators are silent, a fake event is never applied, a real
// one is never refuted as "not seen", and one validator alone never
// decides anything.
func TestTallySafety(t *testing.T) {
	vs, set := validators(10)
	real, fake := ev(100, 1, "real"), ev(100, 2, "fake")
	honest := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{real}}
	liar := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{fake}}
	for liars := 0; liars <= 3; liars++ {
		for quiet := 0; quiet <= 10-liars; quiet++ {
			t.Run(fmt.Sprintf("%d liars %d silent", liars, quiet), func(t *testing.T) {
				obs := concat(reports(liars, liar), silent(quiet), reports(10-liars-quiet, honest))
				out := Tally(commit(vs, obs), set, State{}, Rules{Height: 1})
				require.NotContains(t, out.Apply, fake)
				for _, r := range out.Refuted {
					require.NotEqual(t, real, r.Event, "a real event refuted by %d liars", liars)
				}
				if 10-liars-quiet == 1 && liars == 0 {
					require.Empty(t, out.Apply, "one validator alone decides nothing")
				}
			})
		}
	}
	// One validator of four with an event nobody else reached.
	vs4, set4 := validators(4)
	lone := l2event.Observation{ScannedTo: 500, Events: []l2event.Event{ev(400, 0, "lone")}}
	out := Tally(commit(vs4, concat(reports(1, lone), reports(3, l2event.Observation{ScannedTo: 100}))), set4, State{}, Rules{Height: 1})
	require.Empty(t, out.Apply)
	require.Empty(t, out.Refuted)
}

// TestScannedPowerDecides: 2 of 3 scanned past and both saw the event; the
// third is behind. In format 2 that is decided (before, it waited: see
// TestTwoThirdsIsNotEnough).
func TestScannedPowerDecides(t *testing.T) {
	vs, set := validators(3)
	a := ev(50, 0, "a")
	seen := l2event.Observation{ScannedTo: 50, Events: []l2event.Event{a}}
	behind := l2event.Observation{ScannedTo: 10}
	out := Tally(commit(vs, concat(reports(2, seen), reports(1, behind))), set, State{}, Rules{})
	require.Equal(t, []l2event.Event{a}, out.Apply)
}

// TestUndecidedPositionTimesOut: 4 silent, 4 report E, 2 scanned past
// without it. E can neither win (4 of 6) nor be refuted (2 < 1/3 of 10): it
// waits, then is refuted with reason timeout after max_pending_blocks, and
// the walk goes on to F. A position fewer than half have scanned past never
// times out.
func TestUndecidedPositionTimesOut(t *testing.T) {
	vs, set := validators(10)
	e, f := ev(100, 1, "E"), ev(101, 0, "F")
	sees := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{e, f}}
	misses := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{f}}
	info := commit(vs, concat(reports(4, sees), reports(2, misses), silent(4)))
	rules := Rules{MaxPendingBlocks: 5, MaxRefuted: 8}
	var st State
	for h := int64(10); h < 15; h++ {
		rules.Height = h
		out := Tally(info, set, st, rules)
		require.Empty(t, out.Apply, "height %d", h)
		require.Equal(t, &Stuck{Block: 100, LogIndex: 1, Since: 10, Scanned: 60, Support: 40, Total: 100}, out.State.Stuck)
		st = out.State
	}
	rules.Height = 15
	out := Tally(info, set, st, rules)
	require.Equal(t, []Refutation{{Event: e, Reason: ReasonTimeout}}, out.Refuted)
	require.Equal(t, []l2event.Event{f}, out.Apply)
	require.Equal(t, []Refuted{{Block: 100, LogIndex: 1, Kind: e.Kind, Support: 40, Height: 15, Reason: ReasonTimeout}}, out.State.Refuted)
	require.Nil(t, out.State.Stuck)

	// Half the power past the position is not enough to time it out.
	half := commit(vs, concat(reports(4, sees), reports(1, misses), silent(5)))
	st = State{}
	for h := int64(10); h < 40; h++ {
		out := Tally(half, set, st, Rules{Height: h, MaxPendingBlocks: 5, MaxRefuted: 8})
		require.Empty(t, out.Refuted)
		st = out.State
	}
}

// TestRefutedEventIsReattestedOnce: a refuted position in state; once more
// than 2/3 report an event there, it applies, and only once.
func TestRefutedEventIsReattestedOnce(t *testing.T) {
	vs, set := validators(4)
	e := ev(100, 1, "E")
	st := State{Cursor: Cursor{Block: 120, Started: true}, Refuted: []Refuted{
		{Block: 90, LogIndex: 0, Kind: e.Kind, Support: 10, Height: 3, Reason: ReasonNotSeen},
		{Block: 100, LogIndex: 1, Kind: e.Kind, Support: 20, Height: 4, Reason: ReasonNotSeen},
	}}
	// An event behind the cursor at a position never refuted is ignored.
	stray := ev(110, 0, "stray")
	obs := l2event.Observation{ScannedTo: 130, Events: []l2event.Event{e, stray}}
	out := Tally(commit(vs, reports(4, obs)), set, st, Rules{Height: 9, MaxRefuted: 8})
	require.Equal(t, []l2event.Event{e}, out.Reattested)
	require.Empty(t, out.Apply)
	require.Equal(t, st.Refuted[:1], out.State.Refuted)
	require.Equal(t, st.Cursor, out.State.Cursor)

	again := Tally(commit(vs, reports(4, obs)), set, out.State, Rules{Height: 10, MaxRefuted: 8})
	require.Empty(t, again.Reattested, "applied once")
}

// TestRefutedListIsBounded: when full, the weakest position goes; a fake
// with less support than everything kept is not kept.
func TestRefutedListIsBounded(t *testing.T) {
	var o Outcome
	o.keep(Refuted{Block: 1, Support: 30}, 2)
	o.keep(Refuted{Block: 3, Support: 10}, 2)
	o.keep(Refuted{Block: 2, Support: 20}, 2)
	require.Equal(t, []Refuted{{Block: 1, Support: 30}, {Block: 2, Support: 20}}, o.State.Refuted)
	o.keep(Refuted{Block: 4, Support: 20}, 2)
	require.Equal(t, []Refuted{{Block: 1, Support: 30}, {Block: 2, Support: 20}}, o.State.Refuted, "no more support than the weakest: dropped")
}
