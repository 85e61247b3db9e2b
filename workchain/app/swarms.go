package app

import (
	"crypto/sha256"

	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// genesisSwarmSeed seeds the first assignment, made before any block hash
// exists.
func genesisSwarmSeed(chainID string) []byte {
	h := sha256.Sum256([]byte("seshnet/genesis-swarms/" + chainID))
	return h[:]
}

// updateSwarms reassigns swarms to the active nodes with the block's seed,
// writing only the swarms that changed.
func updateSwarms(kv state.KV, p params.Swarm, seed []byte) error {
	prev, err := swarm.Load(kv)
	if err != nil {
		return err
	}
	active, err := registry.New(kv).ActiveKeys()
	if err != nil {
		return err
	}
	next := swarm.Assign(prev, active, seed, swarm.Sizes{Min: int(p.MinSize), Ideal: int(p.IdealSize), Max: int(p.MaxSize)})
	swarm.Save(kv, prev, next)
	return nil
}
