package genesis

import (
	"fmt"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/rs/zerolog"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// InitialValidators are the validators the workchain chooses at genesis,
// computed by the registry's own rule on a scratch in-memory state so that
// genesis.json and InitChain cannot disagree.
func InitialValidators(doc Doc) ([]cmttypes.GenesisValidator, error) {
	db, err := kv.Open("", kv.Options{InMemory: true, Logger: zerolog.Nop()})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	st, err := state.Open(db)
	if err != nil {
		return nil, err
	}
	blk, err := st.Begin(1)
	if err != nil {
		return nil, err
	}
	reg := registry.New(blk)
	for i, n := range doc.Nodes {
		if err := reg.Add(doc.Params.Registry, n.Registered(1, 0)); err != nil {
			return nil, fmt.Errorf("nodes[%d]: %w", i, err)
		}
	}
	ups, err := reg.UpdateValidators(doc.Params.Registry)
	if err != nil {
		return nil, err
	}
	out := make([]cmttypes.GenesisValidator, 0, len(ups))
	for _, u := range ups {
		pk := ed25519.PubKey(u.PubKey)
		out = append(out, cmttypes.GenesisValidator{Address: pk.Address(), PubKey: pk, Power: u.Power, Name: fmt.Sprintf("%X", u.PubKey[:4])})
	}
	return out, nil
}
