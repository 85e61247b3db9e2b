package swarm

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/state"
)

// State keys: one per swarm, and each member's swarm.
var (
	swarmPrefix  = []byte("swarm/id/")
	memberPrefix = []byte("swarm/node/")
)

func swarmKey(id uint64) []byte    { return binary.BigEndian.AppendUint64(bytes.Clone(swarmPrefix), id) }
func memberKey(node []byte) []byte { return append(bytes.Clone(memberPrefix), node...) }

// View is a swarm as stored and queried.
type View struct {
	ID      uint64   `json:"id"`
	Members []string `json:"members"` // Ed25519 keys, hex
}

// Load reads all swarms in ring order.
func Load(kv state.KV) ([]Swarm, error) {
	var out []Swarm
	var decodeErr error
	err := kv.Iterate(swarmPrefix, func(k, v []byte) bool {
		var sv View
		if err := json.Unmarshal(v, &sv); err != nil {
			decodeErr = fmt.Errorf("corrupt swarm at %x: %w", k, err)
			return false
		}
		sw := Swarm{ID: sv.ID}
		for _, m := range sv.Members {
			b, err := hex.DecodeString(m)
			if err != nil {
				decodeErr = fmt.Errorf("corrupt swarm %d member: %w", sv.ID, err)
				return false
			}
			sw.Members = append(sw.Members, b)
		}
		out = append(out, sw)
		return true
	})
	return out, errors.Join(err, decodeErr)
}

// Save writes next over prev, touching only swarms and members that changed.
func Save(kv state.KV, prev, next []Swarm) {
	old := map[uint64]Swarm{}
	for _, s := range prev {
		old[s.ID] = s
	}
	inNext := map[uint64]bool{}
	for _, s := range next {
		inNext[s.ID] = true
		if o, ok := old[s.ID]; ok && sameMembers(o.Members, s.Members) {
			continue
		}
		v := View{ID: s.ID, Members: make([]string, len(s.Members))}
		for i, m := range s.Members {
			v.Members[i] = hex.EncodeToString(m)
			kv.Set(memberKey(m), binary.BigEndian.AppendUint64(nil, s.ID))
		}
		raw, _ := json.Marshal(v)
		kv.Set(swarmKey(s.ID), raw)
	}
	// Members that left every swarm, and swarms that were dissolved.
	now := map[string]bool{}
	for _, s := range next {
		for _, m := range s.Members {
			now[string(m)] = true
		}
	}
	for _, s := range prev {
		for _, m := range s.Members {
			if !now[string(m)] {
				kv.Delete(memberKey(m))
			}
		}
		if !inNext[s.ID] {
			kv.Delete(swarmKey(s.ID))
		}
	}
}

func sameMembers(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// OfNode returns the swarm id of a node, if it is in one.
func OfNode(kv state.KV, node []byte) (uint64, bool, error) {
	raw, err := kv.Get(memberKey(node))
	if err != nil || raw == nil {
		return 0, false, err
	}
	return binary.BigEndian.Uint64(raw), true, nil
}

// Get returns one swarm.
func Get(kv state.KV, id uint64) (View, bool, error) {
	raw, err := kv.Get(swarmKey(id))
	if err != nil || raw == nil {
		return View{}, false, err
	}
	var v View
	return v, true, json.Unmarshal(raw, &v)
}

// IDs lists the swarm ids in ring order.
func IDs(kv state.KV) ([]uint64, error) {
	var ids []uint64
	err := kv.Iterate(swarmPrefix, func(k, _ []byte) bool {
		ids = append(ids, binary.BigEndian.Uint64(k[len(swarmPrefix):]))
		return true
	})
	return ids, err
}
