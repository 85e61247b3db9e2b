package attest

import (
	"encoding/json"
	"fmt"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section and parameter key.
const Name = "attest"

// Params govern how L2 events are attested (docs/bridge.md). Zero values
// are the rules before these parameters existed.
type Params struct {
	// ExtensionFormatV2Height is the first vote height whose extensions are
	// read as format 2, with the tally rules that come with it; 0 never
	// (format 1). New chains use 1.
	ExtensionFormatV2Height int64 `json:"extension_format_v2_height"`
	// MaxPendingBlocks is how long a position more than half the power has
	// scanned past may stay undecided before it is refuted ("timeout"); 0
	// never times out.
	MaxPendingBlocks int64 `json:"max_pending_blocks"`
	// MaxRefuted bounds the refuted positions kept for re-attestation.
	MaxRefuted uint32 `json:"max_refuted"`
}

// MaxRefutedLimit caps max_refuted: the list is one state value, read and
// written at every height that attests.
const MaxRefutedLimit = 4096

// DefaultParams are those of a new chain.
func DefaultParams() Params {
	return Params{ExtensionFormatV2Height: 1, MaxPendingBlocks: 100, MaxRefuted: 256}
}

// Validate names each wrong field.
func (a Params) Validate() error {
	switch {
	case a.ExtensionFormatV2Height < 0:
		return fmt.Errorf("attest.extension_format_v2_height: must not be negative")
	case a.MaxPendingBlocks < 0:
		return fmt.Errorf("attest.max_pending_blocks: must not be negative")
	case a.MaxRefuted > MaxRefutedLimit:
		return fmt.Errorf("attest.max_refuted: must be at most %d, is %d", MaxRefutedLimit, a.MaxRefuted)
	}
	return nil
}

// ExtensionFormat is the vote-extension format of votes of height h: a new
// format is switched on at a height, so that a binary that knows it can be
// rolled out before any validator relies on it.
func (a Params) ExtensionFormat(h int64) byte {
	if a.ExtensionFormatV2Height > 0 && h >= a.ExtensionFormatV2Height {
		return l2event.FormatV2
	}
	return l2event.FormatV1
}

// Rules are the tally rules at height.
func (a Params) Rules(height int64) Rules {
	return Rules{Height: height, MaxPendingBlocks: a.MaxPendingBlocks, MaxRefuted: int(a.MaxRefuted)}
}

// ParamStore keeps the parameters under params/attest; governance may
// change them (the format switch height among them).
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate, Authorities: []string{exec.AuthorityGov},
}

var (
	cursorKey = []byte("attest/cursor")
	walkKey   = []byte("attest/walk") // the stuck position and refuted list, from format 2
)

// walkRecord is what attest/walk holds.
type walkRecord struct {
	Stuck   *Stuck    `json:"stuck"`
	Refuted []Refuted `json:"refuted"`
}

// LoadState reads the walk's state (absent: the start).
func LoadState(kv state.KV) (State, error) {
	var st State
	var w walkRecord
	for _, x := range []struct {
		key []byte
		out any
	}{{cursorKey, &st.Cursor}, {walkKey, &w}} {
		raw, err := kv.Get(x.key)
		if err != nil {
			return st, fmt.Errorf("read %s: %w", x.key, err)
		}
		if raw != nil {
			if err := json.Unmarshal(raw, x.out); err != nil {
				return st, fmt.Errorf("state %s is corrupt: %w", x.key, err)
			}
		}
	}
	st.Stuck, st.Refuted = w.Stuck, w.Refuted
	return st, nil
}

// SaveState writes the walk's state; the stuck position and refuted list
// exist from format 2 on.
func SaveState(kv state.KV, st State, format byte) {
	put := func(key []byte, v any) {
		raw, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		kv.Set(key, raw)
	}
	put(cursorKey, st.Cursor)
	if format >= l2event.FormatV2 {
		put(walkKey, walkRecord{Stuck: st.Stuck, Refuted: st.Refuted})
	}
}

// CursorJSON is the committed cursor as JSON, for the witness.
func CursorJSON(kv state.KV) ([]byte, error) {
	raw, err := kv.Get(cursorKey)
	if err != nil || raw != nil {
		return raw, err
	}
	return json.Marshal(Cursor{})
}

// Pending is /attest/pending: where the walk is, the position it waits at
// (null when none) and the refuted positions that can still be attested.
type Pending struct {
	Cursor  Cursor    `json:"cursor"`
	Stuck   *Stuck    `json:"stuck"`
	Refuted []Refuted `json:"refuted"`
}

// Genesis is the attest section of app_state.
type Genesis struct {
	Params Params `json:"params"`
}

// Module is the attestation walk's parameters, genesis and queries for the
// application's router (the walk itself runs in app's vote-extension
// phase).
func Module() exec.Module {
	return exec.Module{
		Name:    Name,
		Queries: map[string]exec.Query{"attest": query},
		Params:  ParamStore,
		Genesis: exec.ParamsGenesis(ParamStore),
	}
}

// query answers /attest/cursor, /attest/pending and /attest/refuted.
func query(kv state.KV, arg string) (any, error) {
	if arg != "cursor" && arg != "pending" && arg != "refuted" {
		return nil, fmt.Errorf("%w: /attest/%s (want cursor, pending or refuted)", exec.ErrBadArgument, arg)
	}
	st, err := LoadState(kv)
	if st.Refuted == nil {
		st.Refuted = []Refuted{}
	}
	switch arg {
	case "cursor":
		return st.Cursor, err
	case "pending":
		return Pending{Cursor: st.Cursor, Stuck: st.Stuck, Refuted: st.Refuted}, err
	default:
		return st.Refuted, err
	}
}
