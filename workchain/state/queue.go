package state

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Queue is a time-keyed queue in state: entries under prefix, keyed by an
// 8-byte big-endian time then an id, so a block reads only what is due.
// Unlocks, payable-after times, voting ends, credit expiries and locks are
// all one of these.
type Queue struct{ prefix []byte }

// NewQueue is the queue under prefix (which no other key may share).
func NewQueue(prefix string) Queue { return Queue{prefix: []byte(prefix)} }

// Item is one queued id and its time (unix seconds, or a height: the queue
// does not care which, as long as one queue uses one).
type Item struct {
	At int64
	ID []byte
}

func (q Queue) key(at int64, id []byte) []byte {
	if at < 0 {
		panic(fmt.Sprintf("state: queue %s: negative time %d", q.prefix, at))
	}
	return append(binary.BigEndian.AppendUint64(bytes.Clone(q.prefix), uint64(at)), id...)
}

// Push queues id at time at. Pushing the same (at, id) twice keeps one.
func (q Queue) Push(kv KV, at int64, id []byte) { kv.Set(q.key(at, id), []byte{1}) }

// Remove takes (at, id) out of the queue, if it is there.
func (q Queue) Remove(kv KV, at int64, id []byte) { kv.Delete(q.key(at, id)) }

// Due lists the items whose time is at most now, in time then id order.
func (q Queue) Due(kv KV, now int64) ([]Item, error) {
	var out []Item
	err := kv.Iterate(q.prefix, func(key, _ []byte) bool {
		if len(key) < len(q.prefix)+8 {
			return true // not ours: a shorter key cannot have been pushed
		}
		at := int64(binary.BigEndian.Uint64(key[len(q.prefix):]))
		if at > now || at < 0 {
			return false
		}
		out = append(out, Item{At: at, ID: bytes.Clone(key[len(q.prefix)+8:])})
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.prefix, err)
	}
	return out, nil
}

// PopDue is Due, and removes what it returns.
func (q Queue) PopDue(kv KV, now int64) ([]Item, error) {
	items, err := q.Due(kv, now)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		q.Remove(kv, it.At, it.ID)
	}
	return items, nil
}
