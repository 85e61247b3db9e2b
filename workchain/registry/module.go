package registry

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "registry"

// Codes of the registry codespace.
const (
	CodeUnknownNode uint32 = 1
	CodeNodeState   uint32 = 2
	CodeStakeRule   uint32 = 3
	CodeKeyReuse    uint32 = 4
	CodeSeed        uint32 = 5
)

// Module is the registry as the application wires it: the hooks other
// concerns subscribed, and the entry points the application's phases call.
type Module struct {
	hooks MultiHooks
}

// NewModule is a registry with no subscribers yet.
func NewModule() *Module { return &Module{} }

// AddHooks subscribes h to every node state change. Call while wiring,
// before the application runs a block.
func (m *Module) AddHooks(h Hooks) { m.hooks = append(m.hooks, h) }

// Keeper is the keeper over c, with the subscribed hooks.
func (m *Module) Keeper(c exec.Context) Keeper {
	if len(m.hooks) == 0 {
		return NewKeeper(c, nil)
	}
	return NewKeeper(c, m.hooks)
}

// CanProve implements uptime.Nodes.
func (m *Module) CanProve(c exec.Context, pub []byte) error { return m.Keeper(c).CanProve(pub) }

// KnownNode is the ante check for node-signed transactions: a node the
// registry knows, so that no stranger's key gets a nonce in state.
func (m *Module) KnownNode(c exec.Context, pub []byte) error {
	return m.Keeper(c).Known(pub)
}

// ActiveKeys lists the keys of the nodes in the active set (swarm.Nodes).
func (m *Module) ActiveKeys(c exec.Context) ([][]byte, error) { return m.Keeper(c).ActiveKeys() }

// EndBlock lets exiting nodes whose unlock time has come leave.
func (m *Module) EndBlock(c exec.Context) error {
	_, err := m.Keeper(c).UnlockDue()
	return err
}

// ValidatorsChanged says whether this block changed something the
// validator set depends on: a node's state or the registry's parameters.
func (m *Module) ValidatorsChanged(c exec.Context) bool {
	return c.Signaled(SignalValidators) || c.Signaled(exec.SignalParams(Name))
}

// UpdateValidators recomputes and stores the set and returns CometBFT's
// updates.
func (m *Module) UpdateValidators(c exec.Context) ([]ValidatorUpdate, error) {
	return m.Keeper(c).UpdateValidators(ParamStore.Get(c))
}

// Exec is the registry for the application's router.
func (m *Module) Exec() exec.Module {
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		L2: map[byte]exec.L2Handler{
			l2event.KindRegistration:       m.onRegistration,
			l2event.KindExitRequest:        m.onExitRequest,
			l2event.KindExit:               m.onExit,
			l2event.KindRequirementUpdated: onRequirement,
			l2event.KindLiquidated:         m.onLiquidated,
			l2event.KindSeeded:             m.onSeeded,
		},
		Queries: map[string]exec.Query{
			"validators": queryValidators,
			"rejected":   queryRejected,
			"staker":     queryStaker,
			"consensus":  queryConsensus,
		},
		Params: ParamStore,
		Genesis: &exec.Genesis{
			Default:  func() any { return DefaultGenesis() },
			Validate: validateGenesis,
			Init:     m.initGenesis,
			Export:   exportGenesis,
		},
		EndBlock: m.EndBlock,
	}
}

func codeOf(err error) uint32 {
	switch {
	case errors.Is(err, ErrUnknownNode), errors.Is(err, ErrUnknownServiceID):
		return CodeUnknownNode
	case errors.Is(err, ErrNodeState):
		return CodeNodeState
	case errors.Is(err, ErrStakeRule), errors.Is(err, ErrProofOfPossession):
		return CodeStakeRule
	case errors.Is(err, ErrKeyReuse):
		return CodeKeyReuse
	case errors.Is(err, ErrNotGenesis), errors.Is(err, ErrSeedMismatch):
		return CodeSeed
	}
	return 0
}

func (m *Module) onRegistration(c exec.Context, payload []byte) error {
	r, err := exec.DecodeStrict[l2event.Registration](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	_, err = m.Keeper(c).ApplyRegistration(ParamStore.Get(c), r)
	return err
}

func (m *Module) onExitRequest(c exec.Context, payload []byte) error {
	x, err := exec.DecodeStrict[l2event.ExitRequest](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return m.Keeper(c).ApplyExitRequest(ParamStore.Get(c), x)
}

func (m *Module) onExit(c exec.Context, payload []byte) error {
	x, err := exec.DecodeStrict[l2event.Exit](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return m.Keeper(c).ApplyExit(x)
}

func (m *Module) onLiquidated(c exec.Context, payload []byte) error {
	x, err := exec.DecodeStrict[l2event.Liquidated](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return m.Keeper(c).ApplyLiquidation(x)
}

func (m *Module) onSeeded(c exec.Context, payload []byte) error {
	s, err := l2event.DecodeSeeded(payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	_, err = m.Keeper(c).ApplySeeded(s)
	return err
}

func onRequirement(c exec.Context, payload []byte) error {
	u, err := exec.DecodeStrict[l2event.RequirementUpdated](payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return ApplyRequirementUpdate(c, u)
}

// queryValidators is /validators: the keys of the stored set, in key order.
func queryValidators(kv state.KV, _ string) (any, error) {
	set, err := New(kv).Validators()
	out := make([]Hex, len(set))
	for i, v := range set {
		out[i] = v.PubKey
	}
	return out, err
}

// queryRejected is /rejected/<service node id>.
func queryRejected(kv state.KV, arg string) (any, error) {
	id, err := strconv.ParseUint(arg, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%w: service node id must be a decimal number", exec.ErrBadArgument)
	}
	r, err := New(kv).Rejected(id)
	if err == nil && r == nil {
		err = fmt.Errorf("%w: no rejection of %d", exec.ErrNotFound, id)
	}
	return r, err
}

// queryStaker is /staker/<eth address>: the nodes it staked, keys in hex.
func queryStaker(kv state.KV, arg string) (any, error) {
	if !common.IsHexAddress(arg) {
		return nil, fmt.Errorf("%w: staker must be a 20-byte hex address", exec.ErrBadArgument)
	}
	keys, err := New(kv).NodesOfStaker(common.HexToAddress(arg))
	out := make([]Hex, len(keys))
	for i, k := range keys {
		out[i] = k
	}
	return out, err
}

// queryConsensus is /consensus/<20-byte address hex>: the node whose
// validator key it is.
func queryConsensus(kv state.KV, arg string) (any, error) {
	addr, err := hex.DecodeString(strings.TrimPrefix(arg, "0x"))
	if err != nil || len(addr) != 20 {
		return nil, fmt.Errorf("%w: consensus address must be 20 bytes of hex", exec.ErrBadArgument)
	}
	n, err := New(kv).NodeByConsensusAddress(addr)
	if errors.Is(err, ErrUnknownNode) {
		err = fmt.Errorf("%w: %w", exec.ErrNotFound, err)
	}
	return n, err
}
