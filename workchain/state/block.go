package state

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/seshnet/seshnet/core/kv"
)

// KV is what workchain concerns read and write. Block and Cache implement it.
type KV interface {
	// Get returns the value of key, or nil. The value is shared: callers
	// must not modify it.
	Get(key []byte) ([]byte, error)
	Set(key, value []byte)
	Delete(key []byte)
	// Iterate visits keys with prefix in ascending order until fn returns
	// false, seeing staged writes over committed state.
	Iterate(prefix []byte, fn func(k, v []byte) bool) error
}

type entry struct {
	value   []byte
	deleted bool
}

// overlay is a set of staged writes over a parent reader.
type overlay struct {
	writes map[string]entry
	get    func(key []byte) ([]byte, error)
	iter   func(prefix []byte, fn func(k, v []byte) bool) error
	sealed bool
}

func (o *overlay) Get(key []byte) ([]byte, error) {
	if e, ok := o.writes[string(key)]; ok {
		if e.deleted {
			return nil, nil
		}
		return e.value, nil
	}
	return o.get(key)
}

func (o *overlay) Set(key, value []byte) {
	o.check(key)
	o.writes[string(key)] = entry{value: bytes.Clone(value)}
}

func (o *overlay) Delete(key []byte) {
	o.check(key)
	o.writes[string(key)] = entry{deleted: true}
}

func (o *overlay) check(key []byte) {
	if o.sealed {
		panic("state: write after the block's app hash was computed")
	}
	if len(key) == 0 || strings.HasPrefix(string(key), internalPrefix) {
		panic(fmt.Sprintf("state: key %q is reserved", key))
	}
}

// sortedKeys returns the staged keys with prefix, sorted: Go maps iterate in
// random order and nothing that reaches state or a hash may depend on it.
func (o *overlay) sortedKeys(prefix string) []string {
	keys := make([]string, 0, len(o.writes))
	for k := range o.writes {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// Touched reports whether anything under prefix was written or deleted.
func (o *overlay) Touched(prefix string) bool {
	for k := range o.writes {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// Iterate merges the staged writes with the parent's keys, in order.
func (o *overlay) Iterate(prefix []byte, fn func(k, v []byte) bool) error {
	local := o.sortedKeys(string(prefix))
	i, stop := 0, false
	emitLocalBelow := func(limit string, inclusive bool) {
		for ; i < len(local) && !stop; i++ {
			k := local[i]
			if k > limit || (k == limit && !inclusive) {
				return
			}
			if e := o.writes[k]; !e.deleted && !fn([]byte(k), e.value) {
				stop = true
			}
		}
	}
	err := o.iter(prefix, func(k, v []byte) bool {
		ks := string(k)
		emitLocalBelow(ks, false)
		if stop {
			return false
		}
		if _, shadowed := o.writes[ks]; shadowed {
			return true
		}
		if !fn(k, v) {
			stop = true
		}
		return !stop
	})
	if err != nil {
		return err
	}
	for ; i < len(local) && !stop; i++ {
		if e := o.writes[local[i]]; !e.deleted && !fn([]byte(local[i]), e.value) {
			stop = true
		}
	}
	return nil
}

// Block is the staged state of one height.
type Block struct {
	overlay
	store  *Store
	snap   *kv.Snapshot
	height int64
	lt     LtHash
	hash   []byte
}

func newBlock(s *Store, height int64) *Block {
	snap := s.db.At(uint64(s.meta.Height))
	b := &Block{store: s, snap: snap, height: height}
	b.overlay = overlay{writes: map[string]entry{}, get: readThrough(snap.Get), iter: snap.Iterate}
	return b
}

// Height is the height being staged.
func (b *Block) Height() int64 { return b.height }

// Cache returns a child that stages writes until Write, so a transaction
// that fails halfway leaves nothing behind.
func (b *Block) Cache() *Cache { return newCache(b) }

// Finish computes the app hash of the staged block and seals it: no more
// writes are taken.
func (b *Block) Finish() ([]byte, error) {
	if b.sealed {
		return b.hash, nil
	}
	if _, err := b.ComputeHash(); err != nil {
		return nil, err
	}
	b.sealed = true
	return b.hash, nil
}

// ComputeHash computes the app hash of what is staged so far without
// sealing (InitChain reports the genesis hash, then block writes follow). It
// updates the digest with only the keys this block wrote.
func (b *Block) ComputeHash() ([]byte, error) {
	lt := b.store.lt
	for _, k := range b.sortedKeys("") {
		old, err := b.snap.Get([]byte(k))
		if err != nil {
			return nil, fmt.Errorf("read %x for app hash: %w", k, err)
		}
		if old != nil {
			lt.Remove([]byte(k), old)
		}
		if e := b.writes[k]; !e.deleted {
			lt.Add([]byte(k), e.value)
		}
	}
	b.lt, b.hash = lt, lt.Sum()
	return b.hash, nil
}

// AppHash is the hash computed by Finish (nil before).
func (b *Block) AppHash() []byte { return b.hash }

func (b *Block) sortedChanges() []kv.Change {
	keys := b.sortedKeys("")
	out := make([]kv.Change, 0, len(keys))
	for _, k := range keys {
		e := b.writes[k]
		out = append(out, kv.Change{Key: []byte(k), Value: e.value, Delete: e.deleted})
	}
	return out
}

// Cache is a nested overlay over a KV.
type Cache struct {
	overlay
	parent KV
}

func newCache(parent KV) *Cache {
	return &Cache{parent: parent, overlay: overlay{writes: map[string]entry{}, get: parent.Get, iter: parent.Iterate}}
}

// Cache nests another level.
func (c *Cache) Cache() *Cache { return newCache(c) }

// Write applies the staged writes to the parent, in key order.
func (c *Cache) Write() {
	for _, k := range c.sortedKeys("") {
		if e := c.writes[k]; e.deleted {
			c.parent.Delete([]byte(k))
		} else {
			c.parent.Set([]byte(k), e.value)
		}
	}
	c.writes = map[string]entry{}
}

// readThrough remembers what get returned for each key. Committed state
// does not change under a block or a view, so a second read of a key (the
// parameters every transaction reads, a node read by the ante check and
// its handler) costs a map lookup instead of a badger read. It lives as
// long as the block or view does.
func readThrough(get func([]byte) ([]byte, error)) func([]byte) ([]byte, error) {
	seen := map[string][]byte{}
	return func(key []byte) ([]byte, error) {
		if v, ok := seen[string(key)]; ok {
			return v, nil
		}
		v, err := get(key)
		if err == nil {
			seen[string(key)] = v
		}
		return v, err
	}
}
