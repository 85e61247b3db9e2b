package store

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Limits of the data model (DESIGN.md §9).
const (
	AccountLen = 33     // prefix byte + 32-byte key
	MaxHashLen = 64     // base64 of a 32-byte hash is 43; leave room, but bound the key size
	MaxDataLen = 76_800 // the largest message Session accepts
)

// Key layout. The primary key carries the Retrieve order (namespace, then
// arrival), so a page is one prefix iteration; the index key finds a
// message by hash without scanning the account; a tombstone remembers a
// hash its owner deleted or cut short, until the message's original
// expiry, so that no peer's copy brings it back.
//
//	primary:   'n' | account(33) | ns(2) | seq(8) | hash
//	index:     'h' | account(33) | hash
//	tombstone: 't' | account(33) | hash
//	counter:   's' "seq"                     the last arrival number given
//
// seq is the arrival number: this store gives each new message the next
// one, so a page "after last_hash" holds every message stored after it
// here whatever its timestamp (Session's server pages by its row id,
// oxenss storage/database.cpp retrieve). Before issue 10 the primary key
// was 'm' | account | ns | timestamp(8) | hash; Open migrates such records.
const (
	prefixMessage   = 'n'
	prefixMessageV1 = 'm'
	prefixIndex     = 'h'
	prefixTomb      = 't'

	nsLen        = 2
	seqLen       = 8
	accountStart = 1
	nsStart      = accountStart + AccountLen
	seqStart     = nsStart + nsLen
	hashStart    = seqStart + seqLen
)

// counterKey holds the last arrival number given (big-endian uint64).
var counterKey = []byte("sseq")

// Value layouts, each led by a format version so a later change can be told
// apart from old records instead of being misread.
//
//	primary:   version(2) | expiry(8) | timestamp(8) | data
//	index:     version(2) | ns(2) | seq(8) | timestamp(8) | expiry(8) | data length(4)
//	tombstone: version(2) | expiry(8)
//
// Version 1 (before issue 10) had primary version(1) | expiry(8) | data and
// index version(1) | ns(2) | timestamp(8) | expiry(8) | data length(4).
const (
	valueVersion   = 2
	valueVersionV1 = 1
	primaryHeader  = 1 + 8 + 8
	indexValueLen  = 1 + nsLen + seqLen + 8 + 8 + 4
	tombValueLen   = 1 + 8

	primaryHeaderV1 = 1 + 8
	indexValueLenV1 = 1 + nsLen + 8 + 8 + 4
)

var errCorrupt = errors.New("corrupt record")

// Flipping the sign bit maps signed integers onto unsigned ones in the same
// order, so big-endian bytes sort negatives before zero before positives.
func encodeNS(ns int16) uint16   { return uint16(ns) ^ 0x8000 }
func decodeNS(v uint16) int16    { return int16(v ^ 0x8000) }
func encodeTS(ts int64) uint64   { return uint64(ts) ^ (1 << 63) }
func decodeTS(v uint64) int64    { return int64(v ^ (1 << 63)) }
func validAccount(a []byte) bool { return len(a) == AccountLen }
func validHash(h string) bool    { return h != "" && len(h) <= MaxHashLen }

// accountPrefix is the start of every key of kind p ('n', 'h' or 't') of
// account.
func accountPrefix(p byte, account []byte) []byte {
	k := make([]byte, 0, hashStart+MaxHashLen)
	k = append(k, p)
	return append(k, account...)
}

// namespacePrefix is the start of the primary keys of account in ns.
func namespacePrefix(account []byte, ns int16) []byte {
	return binary.BigEndian.AppendUint16(accountPrefix(prefixMessage, account), encodeNS(ns))
}

func primaryKey(account []byte, ns int16, seq uint64, hash string) []byte {
	k := binary.BigEndian.AppendUint64(namespacePrefix(account, ns), seq)
	return append(k, hash...)
}

func indexKey(account []byte, hash string) []byte {
	return append(accountPrefix(prefixIndex, account), hash...)
}

func tombKey(account []byte, hash string) []byte {
	return append(accountPrefix(prefixTomb, account), hash...)
}

// primaryKeyParts is a decoded primary key. account aliases the key bytes.
type primaryKeyParts struct {
	account []byte
	ns      int16
	seq     uint64
	hash    string
}

func parsePrimaryKey(k []byte) (primaryKeyParts, error) {
	if len(k) <= hashStart || k[0] != prefixMessage {
		return primaryKeyParts{}, fmt.Errorf("primary key of %d bytes: %w", len(k), errCorrupt)
	}
	return primaryKeyParts{
		account: k[accountStart:nsStart],
		ns:      decodeNS(binary.BigEndian.Uint16(k[nsStart:])),
		seq:     binary.BigEndian.Uint64(k[seqStart:]),
		hash:    string(k[hashStart:]),
	}, nil
}

// hashOfIndexKey returns the hash part of an index key.
func hashOfIndexKey(k []byte) string { return string(k[nsStart:]) }

func encodePrimary(expiry, ts int64, data []byte) []byte {
	v := make([]byte, primaryHeader, primaryHeader+len(data))
	v[0] = valueVersion
	binary.BigEndian.PutUint64(v[1:], uint64(expiry))
	binary.BigEndian.PutUint64(v[9:], encodeTS(ts))
	return append(v, data...)
}

// decodePrimary returns the expiry, the timestamp and the data; data
// aliases v.
func decodePrimary(v []byte) (expiry, ts int64, data []byte, err error) {
	if len(v) < primaryHeader || v[0] != valueVersion {
		return 0, 0, nil, fmt.Errorf("message value of %d bytes: %w", len(v), errCorrupt)
	}
	return int64(binary.BigEndian.Uint64(v[1:])), decodeTS(binary.BigEndian.Uint64(v[9:])), v[primaryHeader:], nil
}

// ref is what the index knows about a message: enough to build its primary
// key and to answer expiry questions without reading the data.
type ref struct {
	ns      int16
	seq     uint64
	ts      int64
	expiry  int64
	dataLen int
}

func (r ref) primaryKey(account []byte, hash string) []byte {
	return primaryKey(account, r.ns, r.seq, hash)
}

func (r ref) live(nowMs int64) bool { return r.expiry > nowMs }

func encodeIndex(r ref) []byte {
	v := make([]byte, 1, indexValueLen)
	v[0] = valueVersion
	v = binary.BigEndian.AppendUint16(v, encodeNS(r.ns))
	v = binary.BigEndian.AppendUint64(v, r.seq)
	v = binary.BigEndian.AppendUint64(v, encodeTS(r.ts))
	v = binary.BigEndian.AppendUint64(v, uint64(r.expiry))
	return binary.BigEndian.AppendUint32(v, uint32(r.dataLen))
}

func decodeIndex(v []byte) (ref, error) {
	if len(v) != indexValueLen || v[0] != valueVersion {
		return ref{}, fmt.Errorf("index value of %d bytes: %w", len(v), errCorrupt)
	}
	return ref{
		ns:      decodeNS(binary.BigEndian.Uint16(v[1:])),
		seq:     binary.BigEndian.Uint64(v[3:]),
		ts:      decodeTS(binary.BigEndian.Uint64(v[11:])),
		expiry:  int64(binary.BigEndian.Uint64(v[19:])),
		dataLen: int(binary.BigEndian.Uint32(v[27:])),
	}, nil
}

func encodeTomb(expiry int64) []byte {
	v := make([]byte, 1, tombValueLen)
	v[0] = valueVersion
	return binary.BigEndian.AppendUint64(v, uint64(expiry))
}

func decodeTomb(v []byte) (int64, error) {
	if len(v) != tombValueLen || v[0] != valueVersion {
		return 0, fmt.Errorf("tombstone value of %d bytes: %w", len(v), errCorrupt)
	}
	return int64(binary.BigEndian.Uint64(v[1:])), nil
}

// badgerExpiresAt is the badger TTL (whole Unix seconds) for an expiry in
// ms. Rounding up means badger never drops a message we still show.
func badgerExpiresAt(expiryMs int64) uint64 {
	if expiryMs <= 0 {
		return 1 // already expired; 0 would mean "never"
	}
	secs := uint64(expiryMs / 1000)
	if expiryMs%1000 != 0 {
		secs++ // (no overflow from adding 999 first)
	}
	return secs
}
