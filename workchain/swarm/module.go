package swarm

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section and parameter key.
const Name = "swarm"

// Params are the swarm sizes (DESIGN.md §5).
type Params struct {
	MinSize   uint32 `json:"min_size"`
	IdealSize uint32 `json:"ideal_size"`
	MaxSize   uint32 `json:"max_size"`
}

// DefaultParams are DESIGN.md's.
func DefaultParams() Params { return Params{MinSize: 5, IdealSize: 7, MaxSize: 10} }

// Validate names each wrong field.
func (s Params) Validate() error {
	var errs []error
	if s.MinSize < 1 {
		errs = append(errs, errors.New("swarm.min_size: must be at least 1"))
	}
	if s.MinSize > s.IdealSize {
		errs = append(errs, fmt.Errorf("swarm.ideal_size: must be at least min_size (%d), is %d", s.MinSize, s.IdealSize))
	}
	if s.IdealSize > s.MaxSize {
		errs = append(errs, fmt.Errorf("swarm.max_size: must be at least ideal_size (%d), is %d", s.IdealSize, s.MaxSize))
	}
	return errors.Join(errs...)
}

func (s Params) sizes() Sizes {
	return Sizes{Min: int(s.MinSize), Ideal: int(s.IdealSize), Max: int(s.MaxSize)}
}

// ParamStore keeps the parameters under params/swarm; governance may
// change them.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate, Authorities: []string{exec.AuthorityGov},
}

// Nodes is what swarms need of the registry.
type Nodes interface {
	// ActiveKeys lists the keys of the nodes in the active set, in key order.
	ActiveKeys(c exec.Context) ([][]byte, error)
}

// Genesis is the swarm section of app_state.
type Genesis struct {
	Params Params `json:"params"`
}

// Keeper reassigns swarms.
type Keeper struct{ nodes Nodes }

// NewKeeper is the keeper over the registry's nodes.
func NewKeeper(nodes Nodes) Keeper { return Keeper{nodes: nodes} }

// GenesisSeed seeds the first assignment, made before any block hash
// exists.
func GenesisSeed(chainID string) []byte {
	h := sha256.Sum256([]byte("seshnet/genesis-swarms/" + chainID))
	return h[:]
}

// Update reassigns swarms to the active nodes with seed, writing only the
// swarms that changed.
func (k Keeper) Update(c exec.Context, seed []byte) error {
	prev, err := Load(c.KV)
	if err != nil {
		return err
	}
	active, err := k.nodes.ActiveKeys(c)
	if err != nil {
		return err
	}
	Save(c.KV, prev, Assign(prev, active, seed, ParamStore.Get(c).sizes()))
	return nil
}

// Changed says whether this block must reassign swarms: the active set or
// the sizes changed.
func Changed(c exec.Context, activeSetSignal string) bool {
	return c.Signaled(activeSetSignal) || c.Signaled(exec.SignalParams(Name))
}

// Module is the swarm concern for the application's router. Its genesis
// writes only the parameters: the first assignment is made once every
// section is in (app/genesis.go).
func Module() exec.Module {
	return exec.Module{
		Name:    Name,
		Queries: map[string]exec.Query{"swarms": querySwarms, "swarm-of": querySwarmOf},
		Params:  ParamStore,
		Genesis: exec.ParamsGenesis(ParamStore),
	}
}

func querySwarms(kv state.KV, _ string) (any, error) {
	sws, err := Load(kv)
	out := make([]View, len(sws))
	for i, s := range sws {
		out[i] = View{ID: s.ID}
		for _, m := range s.Members {
			out[i].Members = append(out[i].Members, hex.EncodeToString(m))
		}
	}
	return out, err
}

// SwarmOf answers /swarm-of: the swarm that holds an account's messages.
type SwarmOf struct {
	Account string `json:"account"`
	Swarm   View   `json:"swarm"`
}

// querySwarmOf maps an account (32-byte key, or 33 bytes with its 05/03
// prefix, in hex) to its swarm.
func querySwarmOf(kv state.KV, arg string) (any, error) {
	raw, err := hex.DecodeString(arg)
	if err != nil || (len(raw) != 32 && len(raw) != 33) {
		return nil, fmt.Errorf("%w: account must be 32 bytes of hex, or 33 with its prefix byte", exec.ErrBadArgument)
	}
	var key [32]byte
	copy(key[:], raw[len(raw)-32:])
	ids, err := IDs(kv)
	if err != nil {
		return nil, err
	}
	id, ok := Of(ids, key)
	if !ok {
		return nil, fmt.Errorf("%w: no swarms yet", exec.ErrNotFound)
	}
	v, _, err := Get(kv, id)
	return SwarmOf{Account: arg, Swarm: v}, err
}
