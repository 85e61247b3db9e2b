package codec

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	w := NewWriter(0)
	w.Uvarint(300)
	w.Byte(7)
	w.Uint64(1 << 40)
	w.Blob([]byte("abc"))
	w.String("")
	r := NewReader(w.Bytes())
	require.Equal(t, uint64(300), r.Uvarint())
	require.Equal(t, byte(7), r.Byte())
	require.Equal(t, uint64(1<<40), r.Uint64())
	require.Equal(t, []byte("abc"), r.Blob(10))
	require.Equal(t, "", r.String(10))
	require.NoError(t, r.Done())
}

func TestReaderRefuses(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		read func(r *Reader)
		want string
	}{
		{"non-minimal varint", []byte{0x80, 0x00}, func(r *Reader) { r.Uvarint() }, "non-minimal"},
		{"truncated varint", []byte{0x80}, func(r *Reader) { r.Uvarint() }, "bad varint"},
		{"blob over limit", []byte{5, 1, 2, 3, 4, 5}, func(r *Reader) { r.Blob(4) }, "exceeds limit"},
		{"blob truncated", []byte{5, 1, 2}, func(r *Reader) { r.Blob(10) }, "unexpected end"},
		{"trailing", []byte{1, 2}, func(r *Reader) { r.Byte() }, "trailing"},
		{"empty byte", nil, func(r *Reader) { r.Byte() }, "unexpected end"},
		{"short uint64", []byte{1, 2, 3}, func(r *Reader) { r.Uint64() }, "unexpected end"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(tc.in)
			tc.read(r)
			err := r.Done()
			require.Error(t, err)
			require.Contains(t, err.Error(), tc.want)
		})
	}
}
