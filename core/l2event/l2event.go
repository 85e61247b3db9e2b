// Package l2event is the wire format of what an L2 witness reports in its
// vote extension: how far it has scanned the L2 and the staking contract
// events it saw, in L2 order. The witness module encodes it and the
// workchain decodes it; one observation has exactly one encoding per format,
// so validators that saw the same event report the same bytes.
package l2event

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/core/codec"
)

// Kinds of contract events (DESIGN.md §4).
const (
	KindRegistration       byte = 1 // NewServiceNodeV2
	KindExitRequest        byte = 2 // ServiceNodeExitRequest
	KindExit               byte = 3 // ServiceNodeExit
	KindRequirementUpdated byte = 4 // StakingRequirementUpdated
	KindRewardRate         byte = 5 // RewardRatePool.rewardRate() read at an L2 block: not a log (rewardrate.go)
	KindRewardsClaimed     byte = 6 // RewardsClaimed (claims.go)
	KindRewardsBalance     byte = 7 // RewardsBalanceUpdated (claims.go)
	KindLiquidated         byte = 8 // ServiceNodeLiquidated
	KindSeeded             byte = 9 // NewSeededServiceNode (seeded.go)
	MaxEvents                   = 64
	MaxPayload                  = 8 << 10
	MaxExtension                = 64 << 10
	// Budget is the size a witness trims its observation to. It is well
	// under MaxExtension because the next proposer injects every
	// validator's extension into one block: 100 validators at 16 KiB are
	// 1.6 MiB, which leaves room in a 4 MiB block for transactions.
	Budget = 16 << 10
)

// Formats of the extension: its first byte. A format is decoded only from
// the height the workchain activates it (attest.extension_format_v2_height),
// so a binary that knows a new format can be rolled out before it is used.
const (
	// FormatV1 claims whole blocks only: "no other event up to ScannedTo".
	FormatV1 byte = 1
	// FormatV2 adds NextBlockLogs, so that a witness can cut its report
	// inside an L2 block (a block with more events than fit in one
	// extension would otherwise stall the walk for good).
	FormatV2 byte = 2
	// FormatLatest is what a witness writes.
	FormatLatest = FormatV2
)

// ErrMalformed is an observation that does not decode or breaks a rule.
var ErrMalformed = errors.New("malformed L2 observation")

// Event is one contract event at its place in L2 order.
type Event struct {
	Block    uint64
	LogIndex uint32
	Kind     byte
	Payload  []byte // the event's fields, JSON as the registry reads them
}

// Before orders events as the L2 did: by block, then log index.
func (e Event) Before(o Event) bool {
	return e.Block < o.Block || e.Block == o.Block && e.LogIndex < o.LogIndex
}

// Encode is the event's canonical bytes (also its identity when tallying).
func (e Event) Encode() []byte {
	w := codec.NewWriter(16 + len(e.Payload))
	e.write(w)
	return w.Bytes()
}

func (e Event) write(w *codec.Writer) {
	w.Uvarint(e.Block)
	w.Uvarint(uint64(e.LogIndex))
	w.Byte(e.Kind)
	w.Blob(e.Payload)
}

// Cursor is a place in L2 order: the last event the workchain applied or
// passed. The workchain keeps it in state and hands it to the witness as
// JSON; Started is false before the first event.
type Cursor struct {
	Block    uint64 `json:"block"`
	LogIndex uint32 `json:"log_index"`
	Started  bool   `json:"started"`
}

// Before says whether the cursor is before e.
func (c Cursor) Before(e Event) bool {
	return !c.Started || c.Block < e.Block || c.Block == e.Block && c.LogIndex < e.LogIndex
}

// At is the cursor at e.
func At(e Event) Cursor { return Cursor{Block: e.Block, LogIndex: e.LogIndex, Started: true} }

// Observation is a witness's report.
type Observation struct {
	// ScannedTo is the last L2 block the witness has read completely: it
	// saw no other event up to there.
	ScannedTo uint64
	// NextBlockLogs carries the claim into block ScannedTo+1: the witness
	// also saw every event there with a log index below NextBlockLogs
	// (format 2; 0 claims nothing of that block).
	NextBlockLogs uint32
	Events        []Event
}

// Covers says whether the witness claims to have seen every event up to
// and including the position (block, logIndex).
func (o Observation) Covers(block uint64, logIndex uint32) bool {
	return block <= o.ScannedTo || block == o.ScannedTo+1 && logIndex < o.NextBlockLogs
}

// Encode returns the vote extension bytes in the latest format.
func (o Observation) Encode() []byte { return o.EncodeFormat(FormatLatest) }

// EncodeFormat returns the vote extension bytes in format f. Format 1
// cannot say how far into a block the witness read, so it drops the events
// of the partly read block (its claim stays true, only shorter).
func (o Observation) EncodeFormat(f byte) []byte {
	w := codec.NewWriter(64)
	w.Byte(f)
	w.Uvarint(o.ScannedTo)
	events := o.Events
	if f == FormatV1 {
		for len(events) > 0 && events[len(events)-1].Block > o.ScannedTo {
			events = events[:len(events)-1]
		}
	} else {
		w.Uvarint(uint64(o.NextBlockLogs))
	}
	w.Uvarint(uint64(len(events)))
	for _, e := range events {
		e.write(w)
	}
	return w.Bytes()
}

// Trim returns the longest prefix of o whose encoding fits in budget bytes
// and holds at most MaxEvents events. When events are left out, the claim
// is cut to just before the first of them, inside its block if need be, so
// that "no other event up to there" stays true.
func (o Observation) Trim(budget int) Observation {
	const header = 1 + 10 + 5 + 10 // format, scanned_to, next_block_logs, count
	size, n := header, 0
	for n < len(o.Events) && n < MaxEvents {
		e := o.Events[n]
		size += 10 + 5 + 1 + 5 + len(e.Payload) // an upper bound of its encoding
		if size > budget {
			break
		}
		n++
	}
	if n == len(o.Events) {
		return o
	}
	cut := o.Events[n]
	out := Observation{Events: o.Events[:n:n]}
	if cut.Block > 0 {
		out.ScannedTo, out.NextBlockLogs = cut.Block-1, cut.LogIndex
	} else {
		// Block 0 is the L2's genesis and holds no logs; claim nothing.
		out.Events = nil
	}
	return out
}

// Decode reads a vote extension of any format this binary knows.
func Decode(b []byte) (Observation, error) { return DecodeFormat(b, FormatLatest) }

// DecodeFormat reads a vote extension strictly, accepting formats up to
// max: limits, a known kind, events in strictly increasing L2 order, none
// past the claim. An empty extension is an empty observation.
func DecodeFormat(b []byte, max byte) (Observation, error) {
	if len(b) == 0 {
		return Observation{}, nil
	}
	if len(b) > MaxExtension {
		return Observation{}, fmt.Errorf("%w: %d bytes, limit %d", ErrMalformed, len(b), MaxExtension)
	}
	r := codec.NewReader(b)
	f := r.Byte()
	if r.Err() == nil && (f < FormatV1 || f > max) {
		return Observation{}, fmt.Errorf("%w: format %d (this height reads 1..%d)", ErrMalformed, f, max)
	}
	o := Observation{ScannedTo: r.Uvarint()}
	if f >= FormatV2 {
		nl := r.Uvarint()
		if nl > 1<<32-1 {
			return Observation{}, fmt.Errorf("%w: next_block_logs %d", ErrMalformed, nl)
		}
		o.NextBlockLogs = uint32(nl)
	}
	n := r.Uvarint()
	if n > MaxEvents {
		return Observation{}, fmt.Errorf("%w: %d events, limit %d", ErrMalformed, n, MaxEvents)
	}
	for i := uint64(0); i < n && r.Err() == nil; i++ {
		e := Event{Block: r.Uvarint()}
		li := r.Uvarint()
		e.Kind = r.Byte()
		e.Payload = bytes.Clone(r.Blob(MaxPayload))
		if li > 1<<32-1 {
			return Observation{}, fmt.Errorf("%w: log index %d", ErrMalformed, li)
		}
		e.LogIndex = uint32(li)
		o.Events = append(o.Events, e)
	}
	if err := r.Done(); err != nil {
		return Observation{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if err := o.check(); err != nil {
		return Observation{}, err
	}
	return o, nil
}

// check applies the rules that do not depend on the bytes.
func (o Observation) check() error {
	if o.NextBlockLogs > 0 && o.ScannedTo == 1<<64-1 {
		return fmt.Errorf("%w: claim past the last block", ErrMalformed)
	}
	for i, e := range o.Events {
		// The set of kinds is the workchain router's (a module registers the
		// kinds it applies), not the wire format's: a kind no module takes is
		// attested like any other and recorded as failed where it applies.
		if e.Kind == 0 {
			return fmt.Errorf("%w: event %d has kind 0", ErrMalformed, i)
		}
		if !o.Covers(e.Block, e.LogIndex) {
			return fmt.Errorf("%w: event %d at block %d log %d is past the claim (scanned_to %d, next_block_logs %d)",
				ErrMalformed, i, e.Block, e.LogIndex, o.ScannedTo, o.NextBlockLogs)
		}
		if i > 0 && !o.Events[i-1].Before(e) {
			return fmt.Errorf("%w: events out of L2 order at %d", ErrMalformed, i)
		}
	}
	return nil
}
