// Package toy is the worked example of docs/architecture.md: a concern
// added to the workchain in one package and one line of wiring
// (app.WithModules(toy.Module())). It owns a transaction type (an Ethereum
// account leaves a note), an L2 event kind (a counter the L2 bumps), a
// parameter (the longest note), a genesis section (the parameter and a
// greeting) and a begin-block hook (it counts blocks and the misbehavior
// CometBFT reports). Nothing in workchain/app names it.
package toy

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "toy"

// TxNote is the transaction type: the body is the note.
const TxNote = "toy_note"

// KindBump is the L2 event kind: the payload is {"by": n}.
const KindBump byte = 200

// CodeTooLong is the toy codespace's code of a note over max_note_len.
const CodeTooLong uint32 = 1

// ErrTooLong is a note over max_note_len.
var ErrTooLong = errors.New("note too long")

// Params are the toy's parameters.
type Params struct {
	MaxNoteLen uint32 `json:"max_note_len"`
}

// ParamStore keeps them under params/toy; governance may change them.
var ParamStore = exec.Params[Params]{
	Module:      Name,
	Default:     func() Params { return Params{MaxNoteLen: 16} },
	Validate:    validate,
	Authorities: []string{exec.AuthorityGov},
}

func validate(p Params) error {
	if p.MaxNoteLen < 1 || p.MaxNoteLen > 1024 {
		return fmt.Errorf("toy.max_note_len: must be 1..1024, is %d", p.MaxNoteLen)
	}
	return nil
}

// Genesis is the toy section of app_state.
type Genesis struct {
	Params   Params `json:"params"`
	Greeting string `json:"greeting"`
}

// State keys.
var (
	greetingKey    = []byte("toy/greeting")
	counterKey     = []byte("toy/counter")
	blocksKey      = []byte("toy/blocks")
	misbehaviorKey = []byte("toy/misbehavior")
)

func noteKey(signer []byte) []byte { return append([]byte("toy/note/"), signer...) }

// Module is the toy for the application's router.
func Module() exec.Module {
	return exec.Module{
		Name: Name,
		Codes: func(err error) uint32 {
			if errors.Is(err, ErrTooLong) {
				return CodeTooLong
			}
			return 0
		},
		Txs:     map[string]exec.TxHandler{TxNote: {Signer: tx.SignerEth, Check: checkNote, Deliver: deliverNote}},
		L2:      map[byte]exec.L2Handler{KindBump: bump},
		Queries: map[string]exec.Query{"toy": query},
		Params:  ParamStore,
		Genesis: &exec.Genesis{
			Default: func() any { return Genesis{Params: ParamStore.Default(), Greeting: "hello"} },
			Validate: func(raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return fmt.Errorf("toy: %w", err)
				}
				return ParamStore.Validate(g.Params)
			},
			Init: func(c exec.Context, raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return err
				}
				c.KV.Set(greetingKey, []byte(g.Greeting))
				return ParamStore.Set(c.KV, g.Params)
			},
			Export: func(kv state.KV) (any, error) {
				g, err := kv.Get(greetingKey)
				return Genesis{Params: ParamStore.Get(exec.Context{KV: kv}), Greeting: string(g)}, err
			},
		},
		BeginBlock: func(c exec.Context, b exec.Block) error {
			add(c.KV, blocksKey, 1)
			add(c.KV, misbehaviorKey, int64(len(b.Misbehavior)))
			return nil
		},
	}
}

func checkNote(c exec.Context, t *tx.Tx) error {
	if max := ParamStore.Get(c).MaxNoteLen; uint32(len(t.Body)) > max {
		return fmt.Errorf("%w: %d bytes, max_note_len %d", ErrTooLong, len(t.Body), max)
	}
	return nil
}

func deliverNote(c exec.Context, t *tx.Tx) error {
	if err := checkNote(c, t); err != nil {
		return err
	}
	c.KV.Set(noteKey(t.Signer.ID), t.Body)
	return nil
}

func bump(c exec.Context, payload []byte) error {
	b, err := exec.DecodeStrict[struct {
		By int64 `json:"by"`
	}](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	add(c.KV, counterKey, b.By)
	return nil
}

func add(kv state.KV, key []byte, n int64) {
	raw, _ := kv.Get(key)
	v, _ := strconv.ParseInt(string(raw), 10, 64)
	kv.Set(key, []byte(strconv.FormatInt(v+n, 10)))
}

// View is /toy: what the toy holds.
type View struct {
	Greeting    string `json:"greeting"`
	Counter     string `json:"counter"`
	Blocks      string `json:"blocks"`
	Misbehavior string `json:"misbehavior"`
}

func query(kv state.KV, _ string) (any, error) {
	var v View
	for _, f := range []struct {
		key []byte
		out *string
	}{{greetingKey, &v.Greeting}, {counterKey, &v.Counter}, {blocksKey, &v.Blocks}, {misbehaviorKey, &v.Misbehavior}} {
		raw, err := kv.Get(f.key)
		if err != nil {
			return nil, err
		}
		*f.out = string(raw)
	}
	return v, nil
}
