package attest

import (
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/core/l2event"
)

// report is what one validator said.
type report struct {
	power int64
	obs   l2event.Observation
}

// Reasons a position is refuted.
const (
	ReasonNotSeen = "not seen" // validators with 1/3 of the power scanned past it without it
	ReasonTimeout = "timeout"  // undecided for max_pending_blocks
)

// Stuck is the position the walk waits at, and since which height.
type Stuck struct {
	Block    uint64 `json:"block"`
	LogIndex uint32 `json:"log_index"`
	Since    int64  `json:"since_height"`
	// What the last tally saw there: the power that scanned past it and
	// the best variant's support, out of the set's total.
	Scanned int64 `json:"scanned_power"`
	Support int64 `json:"support"`
	Total   int64 `json:"total_power"`
}

// Refuted is a refuted position kept so that it can be attested again.
type Refuted struct {
	Block    uint64 `json:"block"`
	LogIndex uint32 `json:"log_index"`
	Kind     byte   `json:"kind"`
	Support  int64  `json:"support"` // the best variant's support when refuted
	Height   int64  `json:"height"`
	Reason   string `json:"reason"`
}

func (r Refuted) at() Cursor { return Cursor{Block: r.Block, LogIndex: r.LogIndex, Started: true} }

// State is the walk's state in the workchain.
type State struct {
	Cursor  Cursor
	Stuck   *Stuck
	Refuted []Refuted // in L2 order, at most Rules.MaxRefuted
}

// Rules are the attestation parameters in force at the tallying height.
type Rules struct {
	Height           int64 // the tallying block's height
	MaxPendingBlocks int64 // 0: a position never times out
	MaxRefuted       int   // refuted positions kept for re-attestation
}

// Refutation is a position refuted by this tally (its best variant).
type Refutation struct {
	Event  l2event.Event
	Reason string
}

// Outcome is what a tally decided.
type Outcome struct {
	Reattested []l2event.Event // refuted earlier, attested now, in L2 order
	Apply      []l2event.Event // after the cursor, in L2 order, each once
	Refuted    []Refutation
	State      State
}

// Tally decides L2 events from the validators' reports (DESIGN.md §4,
// docs/bridge.md). From format 2 on, at each position after the cursor, in
// L2 order, a variant (exact bytes) applies when its support is more than
// 2/3 of the set's power, or more than 2/3 of the power that has scanned
// past the position when that power is more than 1/2 of the set's: a
// validator without a working witness does not block the others, and a
// coalition under 1/3 can never reach it (2/3 of more than 1/2 is more than
// 1/3). A position is refuted when the power that scanned past it without
// reporting a variant holds 1/3 (no variant can win any more), or, with
// more than 1/2 of the power past it, after waiting max_pending_blocks. A
// refuted position is kept and applied later if a variant wins there. In
// format 1 (before extension_format_v2_height) only the 2/3-of-the-set rule
// exists and nothing times out or is kept.
func Tally(info abci.ExtendedCommitInfo, set Set, st State, rules Rules) Outcome {
	var reports []report
	for _, v := range Prune(info, set).Votes {
		val, _ := set.get(v.Validator.Address)
		obs, _ := set.decode(v.VoteExtension) // Prune kept only decodable ones
		reports = append(reports, report{power: val.Power, obs: obs})
	}
	v2 := set.format() >= l2event.FormatV2
	out := Outcome{State: State{Cursor: st.Cursor, Refuted: append([]Refuted(nil), st.Refuted...)}}
	if v2 {
		out.reattest(reports, set.Total)
	}
	for _, pos := range positions(reports, func(e l2event.Event) bool { return st.Cursor.Before(e) }) {
		if !out.step(pos, st.Stuck, set.Total, v2, rules) {
			break
		}
	}
	if !v2 {
		out.State.Refuted = nil
	}
	return out
}

// step decides one position after the cursor and moves the cursor past it,
// or records where the walk waits and returns false.
func (o *Outcome) step(pos position, prev *Stuck, total int64, v2 bool, rules Rules) bool {
	winner, refuted := decide(pos, total, v2)
	reason := ReasonNotSeen
	if winner == nil && !refuted {
		if !v2 || !timedOut(pos, prev, total, rules) {
			if v2 {
				o.State.Stuck = stuckAt(pos, prev, total, rules.Height)
			}
			return false
		}
		reason = ReasonTimeout
	}
	if winner != nil {
		o.Apply = append(o.Apply, *winner)
	} else {
		best := pos.best()
		o.Refuted = append(o.Refuted, Refutation{Event: best.event, Reason: reason})
		if v2 {
			o.keep(Refuted{Block: pos.block, LogIndex: pos.logIndex, Kind: best.event.Kind, Support: best.support, Height: rules.Height, Reason: reason}, rules.MaxRefuted)
		}
	}
	o.State.Cursor = Cursor{Block: pos.block, LogIndex: pos.logIndex, Started: true}
	return true
}

// reattest applies the variants that win at refuted positions, and
// forgets those positions: each applies once.
func (o *Outcome) reattest(reports []report, total int64) {
	if len(o.State.Refuted) == 0 {
		return
	}
	refuted := map[Cursor]bool{}
	for _, r := range o.State.Refuted {
		refuted[r.at()] = true
	}
	won := map[Cursor]bool{}
	for _, pos := range positions(reports, func(e l2event.Event) bool { return refuted[at(e)] }) {
		if winner, _ := decide(pos, total, true); winner != nil {
			o.Reattested = append(o.Reattested, *winner)
			won[at(*winner)] = true
		}
	}
	keep := o.State.Refuted[:0]
	for _, r := range o.State.Refuted {
		if !won[r.at()] {
			keep = append(keep, r)
		}
	}
	o.State.Refuted = keep
}

// timedOut says whether the undecided pos has waited max_pending_blocks.
// Only a position more than 1/2 of the power has scanned past times out:
// then validators holding more than 1/6 are honest, have read up to there
// and saw nothing else before it, so the cursor can move past it. A
// position only a few claim to have reached (a liar's event far ahead)
// waits for the others instead of letting the cursor jump over events
// nobody has reported yet.
func timedOut(pos position, prev *Stuck, total int64, rules Rules) bool {
	if rules.MaxPendingBlocks <= 0 || prev == nil || prev.Block != pos.block || prev.LogIndex != pos.logIndex {
		return false
	}
	return rules.Height-prev.Since >= rules.MaxPendingBlocks && 2*pos.scanned > total
}

func stuckAt(pos position, prev *Stuck, total, height int64) *Stuck {
	s := &Stuck{Block: pos.block, LogIndex: pos.logIndex, Since: height, Scanned: pos.scanned, Support: pos.best().support, Total: total}
	if prev != nil && prev.Block == pos.block && prev.LogIndex == pos.logIndex {
		s.Since = prev.Since
	}
	return s
}

// keep adds r to the refuted positions, at most max of them. When full, the
// position with the least support goes (the oldest among equals), and r is
// dropped if it has no more support than that: validators under 1/3 can
// fill the list with fakes, but their fakes never have more support than
// an event most of the network saw.
func (o *Outcome) keep(r Refuted, max int) {
	if max <= 0 {
		return
	}
	list := o.State.Refuted
	if len(list) >= max {
		weakest := 0
		for i, x := range list {
			if x.Support < list[weakest].Support {
				weakest = i
			}
		}
		if list[weakest].Support >= r.Support {
			return
		}
		list = append(list[:weakest], list[weakest+1:]...)
	}
	list = append(list, r)
	sort.Slice(list, func(i, j int) bool {
		return list[i].at().Before(l2event.Event{Block: list[j].Block, LogIndex: list[j].LogIndex})
	})
	o.State.Refuted = list
}

type variant struct {
	event   l2event.Event
	bytes   string
	support int64
}

type position struct {
	block    uint64
	logIndex uint32
	variants []variant // by their bytes
	scanned  int64     // the power of the reports that cover the position
}

// best is the variant with the most support (the first by bytes among
// equals).
func (p position) best() variant {
	b := p.variants[0]
	for _, v := range p.variants[1:] {
		if v.support > b.support {
			b = v
		}
	}
	return b
}

// positions groups the reported events that want picks by L2 position, in
// L2 order, each position's variants ordered by their bytes.
func positions(reports []report, want func(l2event.Event) bool) []position {
	byPos := map[Cursor]map[string]*variant{}
	for _, r := range reports {
		for _, e := range r.obs.Events {
			if !want(e) {
				continue
			}
			k := at(e)
			if byPos[k] == nil {
				byPos[k] = map[string]*variant{}
			}
			b := string(e.Encode())
			if byPos[k][b] == nil {
				byPos[k][b] = &variant{event: e, bytes: b}
			}
			byPos[k][b].support += r.power
		}
	}
	out := make([]position, 0, len(byPos))
	for k, vs := range byPos {
		p := position{block: k.Block, logIndex: k.LogIndex}
		for _, v := range vs {
			p.variants = append(p.variants, *v)
		}
		sort.Slice(p.variants, func(i, j int) bool { return p.variants[i].bytes < p.variants[j].bytes })
		for _, r := range reports {
			if r.obs.Covers(p.block, p.logIndex) {
				p.scanned += r.power
			}
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].block < out[j].block || out[i].block == out[j].block && out[i].logIndex < out[j].logIndex
	})
	return out
}

// decide returns the winning variant, or refuted true when no variant can
// win any more; neither means wait.
func decide(p position, total int64, v2 bool) (winner *l2event.Event, refuted bool) {
	for _, v := range p.variants {
		if wins(v.support, p.scanned, total, v2) {
			e := v.event
			return &e, false
		}
	}
	// Validators that scanned past the position and did not report a
	// variant will never report it.
	for _, v := range p.variants {
		if against := p.scanned - v.support; 3*against < total {
			return nil, false // this variant may still win: wait
		}
	}
	return nil, true
}

// wins is the quorum rule (see Tally).
func wins(support, scanned, total int64, v2 bool) bool {
	if 3*support > 2*total {
		return true
	}
	return v2 && 2*scanned > total && 3*support > 2*scanned
}
