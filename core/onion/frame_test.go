package onion

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFrameRoundTrip(t *testing.T) {
	cases := []struct {
		name          string
		payload, meta []byte
	}{
		{"empty payload", nil, []byte(`{}`)},
		{"payload", []byte("ciphertext\x00\xff"), []byte(`{"ephemeral_key":"aa","enc_type":"xchacha20"}`)},
		{"payload looks like json", []byte(`{"x":1}`), []byte(` {"headers":""} `)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Frame(tc.payload, tc.meta)
			require.Equal(t, uint32(len(tc.payload)), binary.LittleEndian.Uint32(b))
			p, m, err := Unframe(b)
			require.NoError(t, err)
			require.True(t, bytes.Equal(tc.payload, p))
			require.Equal(t, tc.meta, m)
			require.Equal(t, len(p), cap(p), "payload must not be appendable into meta")
		})
	}
}

func TestUnframeErrors(t *testing.T) {
	huge := make([]byte, MaxBodySize+1)
	binary.LittleEndian.PutUint32(huge, 0)
	cases := []struct {
		name string
		body []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"three bytes", []byte{1, 0, 0}, ErrTruncated},
		{"length past end", append([]byte{5, 0, 0, 0}, "abc"...), ErrLengthOverflow},
		{"length 2^32-1", []byte{0xff, 0xff, 0xff, 0xff, '{', '}'}, ErrLengthOverflow},
		{"no json", Frame([]byte("abc"), nil), ErrBadJSON},
		{"only spaces", Frame([]byte("abc"), []byte("  \n")), ErrBadJSON},
		{"invalid json", Frame([]byte("abc"), []byte(`{"a":`)), ErrBadJSON},
		{"json array", Frame([]byte("abc"), []byte(`["a"]`)), ErrBadJSON},
		{"json string", Frame([]byte("abc"), []byte(`"a"`)), ErrBadJSON},
		{"trailing garbage", Frame([]byte("abc"), []byte(`{}x`)), ErrBadJSON},
		{"two objects", Frame([]byte("abc"), []byte(`{}{}`)), ErrBadJSON},
		{"too large", huge, ErrTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Unframe(tc.body)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// The forward control a hop writes by hand is the JSON of OuterControl.
func TestOuterMetaIsOuterControlJSON(t *testing.T) {
	eph := bytes.Repeat([]byte{0xab}, KeySize)
	for _, enc := range []EncType{AESGCM, XChaCha20} {
		for _, hop := range []int{1, 2, 14} {
			want := mustJSON(OuterControl{EncType: enc, EphemeralKey: hex.EncodeToString(eph), HopNo: hop})
			require.Equal(t, string(want), string(outerMeta(enc, eph, hop)))
		}
	}
}
