package punish

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestVoteRoundTrip: EncodeVote is what DecodeVote reads back, in any
// field order and spacing; what it refuses is ErrMalformedVote.
func TestVoteRoundTrip(t *testing.T) {
	v := Vote{Node: bytes.Repeat([]byte{0xab}, 32), Height: 42, Pass: true}
	got, err := DecodeVote(EncodeVote(v))
	require.NoError(t, err)
	require.Equal(t, v, got)
	reordered := []byte(` { "pass" : true, "height": 42 , "node":"` + hex.EncodeToString(v.Node) + `"} `)
	got, err = DecodeVote(reordered)
	require.NoError(t, err)
	require.Equal(t, v, got)
	for _, bad := range []string{``, `null`, `[]`, `{}`, `{"node":null,"height":1,"pass":true}`, `{"node":"` + hex.EncodeToString(v.Node) + `","height":-1,"pass":true}`} {
		_, err := DecodeVote([]byte(bad))
		require.ErrorIs(t, err, ErrMalformedVote, bad)
	}
}

// FuzzDecodeVote: DecodeVote never panics, and what it accepts encodes
// back to a body it reads the same.
func FuzzDecodeVote(f *testing.F) {
	f.Add(EncodeVote(Vote{Node: bytes.Repeat([]byte{1}, 32), Height: 7}))
	f.Add([]byte(`{"node":"` + hex.EncodeToString(bytes.Repeat([]byte{2}, 32)) + `","height":1,"pass":true}`))
	f.Add([]byte(`{"Node":"00","height":1,"pass":true,"pass":false}`))
	f.Add([]byte(`{"node":"x"} trailing`))
	f.Fuzz(func(t *testing.T, body []byte) {
		v, err := DecodeVote(body)
		if err != nil {
			require.ErrorIs(t, err, ErrMalformedVote)
			return
		}
		require.Len(t, v.Node, 32)
		require.Positive(t, v.Height)
		again, err := DecodeVote(EncodeVote(v))
		require.NoError(t, err)
		require.Equal(t, v, again)
	})
}
