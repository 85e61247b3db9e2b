package exec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/state"
)

// Authorities that may change parameters.
const (
	// AuthorityGenesis writes a module's parameters at InitChain.
	AuthorityGenesis = "genesis"
	// AuthorityL2 is an attested L2 event (the staking requirement).
	AuthorityL2 = "l2"
	// AuthorityGov is a passed governance proposal.
	AuthorityGov = "gov"
)

// ErrUnauthorized is an authority a module does not take parameter changes
// from.
var ErrUnauthorized = errors.New("authority may not change these parameters")

// ParamSpace is a module's parameters as the application and governance see
// them: JSON in, validated by the owner, under the owner's key.
type ParamSpace interface {
	// JSON is the current parameters.
	JSON(kv state.KV) (json.RawMessage, error)
	// UpdateJSON replaces the parameters with raw (strictly decoded, every
	// field) after the owner's validation, if authority may change them.
	UpdateJSON(c Context, authority string, raw json.RawMessage) error
	// DefaultJSON is the parameters of a new network.
	DefaultJSON() json.RawMessage
}

// Params keeps one module's parameters of type P under params/<Module>.
type Params[P any] struct {
	Module      string
	Default     func() P
	Validate    func(P) error
	Authorities []string // who may Update (genesis always may Set)
}

func (s Params[P]) key() []byte { return []byte("params/" + s.Module) }

// Get reads the parameters. A module whose parameters were never written
// (a chain started before it existed) reads its defaults.
func (s Params[P]) Get(c Context) P {
	p, err := s.get(c.KV, c.Memo)
	if err != nil {
		panic(err) // corrupt state: only this type ever writes the key
	}
	return p
}

func (s Params[P]) get(kv state.KV, memo Memo) (P, error) {
	raw, err := kv.Get(s.key())
	if err != nil {
		var zero P
		return zero, fmt.Errorf("read %s params: %w", s.Module, err)
	}
	if raw == nil {
		return s.Default(), nil
	}
	if v, ok := memo.Get("params/"+s.Module, raw); ok {
		return v.(P), nil
	}
	var p P
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, fmt.Errorf("state params/%s is corrupt: %w", s.Module, err)
	}
	memo.Put("params/"+s.Module, raw, p)
	return p, nil
}

// Set validates and writes p with no authority check (genesis).
func (s Params[P]) Set(kv state.KV, p P) error {
	if err := s.Validate(p); err != nil {
		return err
	}
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode %s params: %w", s.Module, err)
	}
	kv.Set(s.key(), raw)
	return nil
}

// Update replaces the parameters with p if authority may change them and p
// is valid, emits params_changed and signals "params/<module>".
func (s Params[P]) Update(c Context, authority string, p P) error {
	if !slices.Contains(s.Authorities, authority) {
		return fmt.Errorf("%w: %s parameters, authority %q", ErrUnauthorized, s.Module, authority)
	}
	if err := s.Set(c.KV, p); err != nil {
		return err
	}
	c.Emit(abci.Event{Type: "params_changed", Attributes: []abci.EventAttribute{
		{Key: "module", Value: s.Module, Index: true}, {Key: "authority", Value: authority},
	}})
	c.Signal(SignalParams(s.Module))
	return nil
}

// SignalParams is the signal of a module's parameter change.
func SignalParams(module string) string { return "params/" + module }

// JSON implements ParamSpace.
func (s Params[P]) JSON(kv state.KV) (json.RawMessage, error) {
	p, err := s.get(kv, nil)
	if err != nil {
		return nil, err
	}
	return json.Marshal(p)
}

// DefaultJSON implements ParamSpace.
func (s Params[P]) DefaultJSON() json.RawMessage {
	raw, err := json.Marshal(s.Default())
	if err != nil {
		panic(err)
	}
	return raw
}

// UpdateJSON implements ParamSpace.
func (s Params[P]) UpdateJSON(c Context, authority string, raw json.RawMessage) error {
	p, err := DecodeStrict[P](raw)
	if err != nil {
		return fmt.Errorf("%s params: %w", s.Module, err)
	}
	return s.Update(c, authority, p)
}

// DecodeStrict decodes one JSON value with no unknown fields and nothing
// after it: a typo in a name is an error, not a silent default.
func DecodeStrict[T any](raw []byte) (T, error) {
	var v T
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, err
	}
	// More() is false before a stray ']' or '}': only io.EOF means the
	// input ended with the value.
	if _, err := dec.Token(); err != io.EOF {
		return v, errors.New("trailing data after the value")
	}
	return v, nil
}

// ParamsGenesis is the genesis section of a module whose section is only
// its parameters: {"params": {...}}.
func ParamsGenesis[P any](s Params[P]) *Genesis {
	type section struct {
		Params P `json:"params"`
	}
	return &Genesis{
		Default: func() any { return section{Params: s.Default()} },
		Validate: func(raw json.RawMessage) error {
			g, err := DecodeStrict[section](raw)
			if err != nil {
				return fmt.Errorf("%s: %w", s.Module, err)
			}
			return s.Validate(g.Params)
		},
		Init: func(c Context, raw json.RawMessage) error {
			g, err := DecodeStrict[section](raw)
			if err != nil {
				return err
			}
			return s.Set(c.KV, g.Params)
		},
		Export: func(kv state.KV) (any, error) {
			p, err := s.get(kv, nil)
			return section{Params: p}, err
		},
	}
}
