package l2event

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func seededExample() Seeded {
	return Seeded{ServiceNodeID: 7, BLS: bytes.Repeat([]byte{0xab}, 64), Ed25519: bytes.Repeat([]byte{0x01}, 32)}
}

func TestSeededRoundTrip(t *testing.T) {
	s := seededExample()
	got, err := DecodeSeeded(s.Encode())
	require.NoError(t, err)
	require.Equal(t, s, got)
	require.JSONEq(t, `{"service_node_id":7,"bls_pubkey":"`+strings.Repeat("ab", 64)+`","ed25519_pubkey":"`+strings.Repeat("01", 32)+`"}`,
		string(s.Encode()))
}

// TestDecodeSeededRefuses: each malformed payload is refused with
// ErrMalformed and a reason.
func TestDecodeSeededRefuses(t *testing.T) {
	bls, ed := `"`+strings.Repeat("ab", 64)+`"`, `"`+strings.Repeat("01", 32)+`"`
	zero32 := strings.Repeat("00", 32)
	for name, tc := range map[string]struct{ payload, want string }{
		"garbage":       {`no`, "invalid character"},
		"empty":         {``, "EOF"},
		"unknown field": {`{"service_node_id":1,"bls_pubkey":` + bls + `,"ed25519_pubkey":` + ed + `,"fee":0}`, `unknown field "fee"`},
		"trailing":      {`{"service_node_id":1,"bls_pubkey":` + bls + `,"ed25519_pubkey":` + ed + `}]`, "trailing data"},
		"no id":         {`{"bls_pubkey":` + bls + `,"ed25519_pubkey":` + ed + `}`, "service_node_id missing"},
		"id 0":          {`{"service_node_id":0,"bls_pubkey":` + bls + `,"ed25519_pubkey":` + ed + `}`, "sentinel"},
		"negative id":   {`{"service_node_id":-1,"bls_pubkey":` + bls + `,"ed25519_pubkey":` + ed + `}`, "cannot unmarshal"},
		"no bls":        {`{"service_node_id":1,"ed25519_pubkey":` + ed + `}`, "bls_pubkey missing"},
		"null bls":      {`{"service_node_id":1,"bls_pubkey":null,"ed25519_pubkey":` + ed + `}`, "bls_pubkey missing"},
		"no ed25519":    {`{"service_node_id":1,"bls_pubkey":` + bls + `}`, "ed25519_pubkey missing"},
		"short bls":     {`{"service_node_id":1,"bls_pubkey":"abab","ed25519_pubkey":` + ed + `}`, "bls_pubkey is 2 bytes"},
		"long ed25519":  {`{"service_node_id":1,"bls_pubkey":` + bls + `,"ed25519_pubkey":"` + strings.Repeat("01", 33) + `"}`, "ed25519_pubkey is 33 bytes"},
		"not hex":       {`{"service_node_id":1,"bls_pubkey":"zz","ed25519_pubkey":` + ed + `}`, "not hex"},
		"zero X":        {`{"service_node_id":1,"bls_pubkey":"` + zero32 + strings.Repeat("ab", 32) + `","ed25519_pubkey":` + ed + `}`, "zero coordinate"},
		"zero Y":        {`{"service_node_id":1,"bls_pubkey":"` + strings.Repeat("ab", 32) + zero32 + `","ed25519_pubkey":` + ed + `}`, "zero coordinate"},
		"zero ed25519":  {`{"service_node_id":1,"bls_pubkey":` + bls + `,"ed25519_pubkey":"` + zero32 + `"}`, "ed25519_pubkey is zero"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeSeeded([]byte(tc.payload))
			require.ErrorIs(t, err, ErrMalformed)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// FuzzDecodeSeeded: whatever the payload, the decoder never panics, and
// what it accepts has keys of the right sizes and encodes and decodes to
// the same value.
func FuzzDecodeSeeded(f *testing.F) {
	f.Add(seededExample().Encode())
	f.Add([]byte(`{"service_node_id":1,"bls_pubkey":"AB","ed25519_pubkey":"01"}`))
	f.Add([]byte(`{"service_node_id":18446744073709551615,"service_node_id":2}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSeeded(b)
		if err != nil {
			return
		}
		if len(s.BLS) != 64 || len(s.Ed25519) != 32 || s.ServiceNodeID == 0 {
			t.Fatalf("accepted %q: %+v", b, s)
		}
		again, err := DecodeSeeded(s.Encode())
		if err != nil || !bytes.Equal(again.Encode(), s.Encode()) {
			t.Fatalf("accepted payload %q does not round-trip: %v", b, err)
		}
	})
}
