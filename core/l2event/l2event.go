// Package l2event is the wire format of what an L2 witness reports in its
// vote extension: the L2 block it has scanned to and the staking contract
// events it saw, in L2 order. The witness module encodes it and the
// workchain decodes it; one observation has exactly one encoding, so
// validators that saw the same event report the same bytes.
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
	formatV1               byte = 1
	MaxEvents                   = 64
	MaxPayload                  = 8 << 10
	MaxExtension                = 64 << 10
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

// Observation is a witness's report.
type Observation struct {
	// ScannedTo is the last L2 block the witness has read completely: it
	// saw no other event up to there.
	ScannedTo uint64
	Events    []Event
}

// Encode returns the vote extension bytes.
func (o Observation) Encode() []byte {
	w := codec.NewWriter(64)
	w.Byte(formatV1)
	w.Uvarint(o.ScannedTo)
	w.Uvarint(uint64(len(o.Events)))
	for _, e := range o.Events {
		e.write(w)
	}
	return w.Bytes()
}

// Decode reads a vote extension strictly: limits, a known kind, events in
// strictly increasing L2 order, none past ScannedTo. An empty extension is an
// empty observation.
func Decode(b []byte) (Observation, error) {
	if len(b) == 0 {
		return Observation{}, nil
	}
	if len(b) > MaxExtension {
		return Observation{}, fmt.Errorf("%w: %d bytes, limit %d", ErrMalformed, len(b), MaxExtension)
	}
	r := codec.NewReader(b)
	if v := r.Byte(); r.Err() == nil && v != formatV1 {
		return Observation{}, fmt.Errorf("%w: format %d", ErrMalformed, v)
	}
	o := Observation{ScannedTo: r.Uvarint()}
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
	for i, e := range o.Events {
		if e.Kind < KindRegistration || e.Kind > KindRequirementUpdated {
			return Observation{}, fmt.Errorf("%w: event %d has unknown kind %d", ErrMalformed, i, e.Kind)
		}
		if e.Block > o.ScannedTo {
			return Observation{}, fmt.Errorf("%w: event %d at block %d is past scanned_to %d", ErrMalformed, i, e.Block, o.ScannedTo)
		}
		if i > 0 && !o.Events[i-1].Before(e) {
			return Observation{}, fmt.Errorf("%w: events out of L2 order at %d", ErrMalformed, i)
		}
	}
	return o, nil
}
