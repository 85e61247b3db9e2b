package liveness

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/seshnet/seshnet/workchain/state"
)

// State layout. A validator's record is written when it joins the set,
// when its missed count changes and when it is reset; a validator that
// signs every block writes nothing. Its missed-block bitmap is indexed by
// height modulo the window (as x/slashing's by index offset), kept in
// chunks of chunkBits so that a block touches one small value whatever
// the window, and a chunk with no bit set is deleted: a validator that
// misses nothing has no bitmap at all.
var (
	recordPrefix = []byte("live/val/")  // + 20-byte consensus address -> record
	bitsPrefix   = []byte("live/bits/") // + address + 4-byte chunk index -> bits
	countKey     = []byte("live/count") // how many records there are
)

const (
	addrLen    = 20
	chunkBits  = 1024
	recordSize = 24
)

// record is one validator's liveness: since which commit height it has
// been in the set, the window its bitmap is kept for, and how many of
// the commits in that window it missed.
type record struct {
	Since  int64
	Window int64
	Missed int64
}

func recordKey(addr []byte) []byte { return append(bytes.Clone(recordPrefix), addr...) }

func bitsKeyPrefix(addr []byte) []byte { return append(bytes.Clone(bitsPrefix), addr...) }

func chunkKey(addr []byte, chunk int64) []byte {
	return binary.BigEndian.AppendUint32(bitsKeyPrefix(addr), uint32(chunk))
}

func (r record) encode() []byte {
	out := make([]byte, 0, recordSize)
	out = binary.BigEndian.AppendUint64(out, uint64(r.Since))
	out = binary.BigEndian.AppendUint64(out, uint64(r.Window))
	return binary.BigEndian.AppendUint64(out, uint64(r.Missed))
}

func decodeRecord(raw []byte) (record, error) {
	if len(raw) != recordSize {
		return record{}, fmt.Errorf("liveness record is %d bytes, want %d", len(raw), recordSize)
	}
	return record{
		Since:  int64(binary.BigEndian.Uint64(raw)),
		Window: int64(binary.BigEndian.Uint64(raw[8:])),
		Missed: int64(binary.BigEndian.Uint64(raw[16:])),
	}, nil
}

// getRecord reads addr's record; ok is false when there is none.
func getRecord(kv state.KV, addr []byte) (r record, ok bool, err error) {
	raw, err := kv.Get(recordKey(addr))
	if err != nil || raw == nil {
		return record{}, false, err
	}
	r, err = decodeRecord(raw)
	if err != nil {
		// Only this package writes records: corruption, not bad input.
		return record{}, false, fmt.Errorf("liveness: state of %x: %w", addr, err)
	}
	return r, true, nil
}

func setRecord(kv state.KV, addr []byte, r record) { kv.Set(recordKey(addr), r.encode()) }

// missedAt reads the bit of window index idx.
func missedAt(kv state.KV, addr []byte, idx int64) (bool, error) {
	raw, err := kv.Get(chunkKey(addr, idx/chunkBits))
	if err != nil {
		return false, err
	}
	bit := idx % chunkBits
	return int64(len(raw)) > bit/8 && raw[bit/8]&(1<<(bit%8)) != 0, nil
}

// setMissed sets or clears the bit of window index idx; a chunk left with
// no bit set is deleted.
func setMissed(kv state.KV, addr []byte, window, idx int64, missed bool) error {
	key := chunkKey(addr, idx/chunkBits)
	raw, err := kv.Get(key)
	if err != nil {
		return err
	}
	chunk := make([]byte, chunkLen(window, idx/chunkBits))
	copy(chunk, raw) // the stored value is shared: change a copy
	bit := idx % chunkBits
	if missed {
		chunk[bit/8] |= 1 << (bit % 8)
	} else {
		chunk[bit/8] &^= 1 << (bit % 8)
	}
	if bytes.Count(chunk, []byte{0}) == len(chunk) {
		kv.Delete(key)
		return nil
	}
	kv.Set(key, chunk)
	return nil
}

// chunkLen is the size in bytes of chunk number chunk of a window: full
// chunks are chunkBits/8, the last one only as long as the window needs.
func chunkLen(window, chunk int64) int64 {
	bits := min(chunkBits, window-chunk*chunkBits)
	return (bits + 7) / 8
}

// clearBits deletes addr's bitmap.
func clearBits(kv state.KV, addr []byte) error {
	var keys [][]byte
	err := kv.Iterate(bitsKeyPrefix(addr), func(k, _ []byte) bool {
		keys = append(keys, bytes.Clone(k))
		return true
	})
	for _, k := range keys {
		kv.Delete(k)
	}
	return err
}

func getCount(kv state.KV) (int64, error) {
	raw, err := kv.Get(countKey)
	if err != nil || raw == nil {
		return 0, err
	}
	if len(raw) != 8 {
		return 0, fmt.Errorf("liveness: count is %d bytes, want 8", len(raw))
	}
	return int64(binary.BigEndian.Uint64(raw)), nil
}

func setCount(kv state.KV, n int64) {
	kv.Set(countKey, binary.BigEndian.AppendUint64(nil, uint64(n)))
}
