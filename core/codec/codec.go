// Package codec is the deterministic binary encoding used for workchain
// transactions and for state values that are hashed: length-prefixed fields,
// minimal unsigned varints, and a strict reader that refuses anything that
// would not re-encode to the same bytes. One value has exactly one encoding,
// so signatures and hashes computed over it are unambiguous.
package codec

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrTrailing is returned when bytes remain after the last expected field.
var ErrTrailing = errors.New("codec: trailing bytes after value")

// Writer appends fields to a byte slice.
type Writer struct{ buf []byte }

// NewWriter returns a writer with room for n bytes.
func NewWriter(n int) *Writer { return &Writer{buf: make([]byte, 0, n)} }

// Bytes returns the encoded bytes.
func (w *Writer) Bytes() []byte { return w.buf }

// Uvarint appends v as a minimal unsigned varint.
func (w *Writer) Uvarint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }

// Byte appends one byte.
func (w *Writer) Byte(b byte) { w.buf = append(w.buf, b) }

// Uint64 appends v as 8 big-endian bytes.
func (w *Writer) Uint64(v uint64) { w.buf = binary.BigEndian.AppendUint64(w.buf, v) }

// Blob appends a length-prefixed byte string.
func (w *Writer) Blob(b []byte) {
	w.Uvarint(uint64(len(b)))
	w.buf = append(w.buf, b...)
}

// String appends a length-prefixed string.
func (w *Writer) String(s string) {
	w.Uvarint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// Reader decodes fields written by Writer. The first error sticks: later
// reads return zero values, and Err or Done report it, so decoders can read
// every field and check once.
type Reader struct {
	buf []byte
	off int
	err error
}

// NewReader reads from b.
func NewReader(b []byte) *Reader { return &Reader{buf: b} }

// Err returns the first decoding error.
func (r *Reader) Err() error { return r.err }

// Remaining is how many bytes are left unread (for optional trailing fields).
func (r *Reader) Remaining() int { return len(r.buf) - r.off }

// Done returns the first error, or ErrTrailing if unread bytes remain.
func (r *Reader) Done() error {
	if r.err != nil {
		return r.err
	}
	if r.off != len(r.buf) {
		return fmt.Errorf("%w (%d bytes)", ErrTrailing, len(r.buf)-r.off)
	}
	return nil
}

func (r *Reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("codec: "+format, args...)
	}
}

// Uvarint reads a minimal unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.buf[r.off:])
	if n <= 0 {
		r.fail("bad varint at offset %d", r.off)
		return 0
	}
	// A varint with redundant high zero groups decodes to the same value as a
	// shorter one; refuse it so that every value has a single encoding.
	if n != uvarintLen(v) {
		r.fail("non-minimal varint at offset %d", r.off)
		return 0
	}
	r.off += n
	return v
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.buf) {
		r.fail("unexpected end reading byte at offset %d", r.off)
		return 0
	}
	b := r.buf[r.off]
	r.off++
	return b
}

// Uint64 reads 8 big-endian bytes.
func (r *Reader) Uint64() uint64 {
	b := r.fixed(8)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func (r *Reader) fixed(n int) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.buf)-r.off < n {
		r.fail("unexpected end: need %d bytes at offset %d, have %d", n, r.off, len(r.buf)-r.off)
		return nil
	}
	b := r.buf[r.off : r.off+n]
	r.off += n
	return b
}

// Blob reads a length-prefixed byte string of at most max bytes. The result
// aliases the input buffer.
func (r *Reader) Blob(max int) []byte {
	n := r.Uvarint()
	if r.err != nil {
		return nil
	}
	if n > uint64(max) {
		r.fail("field of %d bytes exceeds limit %d", n, max)
		return nil
	}
	return r.fixed(int(n))
}

// String reads a length-prefixed string of at most max bytes.
func (r *Reader) String(max int) string { return string(r.Blob(max)) }
