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

// Outcome is what a tally decided.
type Outcome struct {
	Apply   []l2event.Event // in L2 order, each once
	Refuted []l2event.Event // reported, but by too few: validators that scanned past them did not see them
	Cursor  Cursor
}

// Tally walks the reported events after cursor in L2 order. At each L2
// position, the variant (exact bytes) reported by validators with more than
// 2/3 of the set's power is applied. A position no variant can win (the
// validators that scanned past it and did not report a variant hold at least
// 1/3) is refuted and passed: a lying witness cannot stall the others. Any
// other position stops the walk until more validators have scanned that far.
func Tally(info abci.ExtendedCommitInfo, set Set, cursor Cursor) Outcome {
	var reports []report
	for _, v := range Prune(info, set).Votes {
		val, _ := set.get(v.Validator.Address)
		obs, _ := l2event.Decode(v.VoteExtension) // Prune kept only decodable ones
		reports = append(reports, report{power: val.Power, obs: obs})
	}
	out := Outcome{Cursor: cursor}
	for _, pos := range positions(reports, cursor) {
		winner, decided := decide(pos, reports, set.Total)
		if !decided {
			break
		}
		if winner != nil {
			out.Apply = append(out.Apply, *winner)
		} else {
			out.Refuted = append(out.Refuted, pos.variants[0].event)
		}
		out.Cursor = at(pos.variants[0].event)
	}
	return out
}

type variant struct {
	event   l2event.Event
	bytes   string
	support int64
}

type position struct {
	block    uint64
	logIndex uint32
	variants []variant
}

// positions groups every reported event after cursor by L2 position, each
// position's variants ordered by their bytes.
func positions(reports []report, cursor Cursor) []position {
	type key struct {
		block uint64
		li    uint32
	}
	byPos := map[key]map[string]*variant{}
	for _, r := range reports {
		for _, e := range r.obs.Events {
			if !cursor.Before(e) {
				continue
			}
			k := key{e.Block, e.LogIndex}
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
		p := position{block: k.block, logIndex: k.li}
		for _, v := range vs {
			p.variants = append(p.variants, *v)
		}
		sort.Slice(p.variants, func(i, j int) bool { return p.variants[i].bytes < p.variants[j].bytes })
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].block < out[j].block || out[i].block == out[j].block && out[i].logIndex < out[j].logIndex
	})
	return out
}

// decide returns the winning variant, or nil with decided true when the
// position is refuted, or decided false to wait.
func decide(p position, reports []report, total int64) (*l2event.Event, bool) {
	for _, v := range p.variants {
		if 3*v.support > 2*total {
			e := v.event
			return &e, true
		}
	}
	// Could any variant still win? Validators that scanned past this block
	// and did not report a variant will never report it.
	for _, v := range p.variants {
		var against int64
		for _, r := range reports {
			if r.obs.ScannedTo >= p.block && !reported(r.obs, v.bytes) {
				against += r.power
			}
		}
		if 3*against < total {
			return nil, false // this variant may still reach 2/3: wait
		}
	}
	return nil, true
}

func reported(o l2event.Observation, b string) bool {
	for _, e := range o.Events {
		if string(e.Encode()) == b {
			return true
		}
	}
	return false
}
