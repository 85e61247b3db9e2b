package l2event

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func sample() Observation {
	return Observation{ScannedTo: 120, Events: []Event{
		{Block: 100, LogIndex: 3, Kind: KindRegistration, Payload: []byte(`{"service_node_id":7}`)},
		{Block: 100, LogIndex: 9, Kind: KindExitRequest, Payload: []byte(`{}`)},
		{Block: 118, LogIndex: 0, Kind: KindRequirementUpdated, Payload: []byte(`{"new":1}`)},
	}}
}

func TestRoundTrip(t *testing.T) {
	o := sample()
	got, err := Decode(o.Encode())
	require.NoError(t, err)
	require.Equal(t, o, got)
	empty, err := Decode(nil)
	require.NoError(t, err)
	require.Empty(t, empty.Events)
}

func TestDecodeRefuses(t *testing.T) {
	cases := map[string]func(o *Observation) []byte{
		"out of order": func(o *Observation) []byte { o.Events[0], o.Events[1] = o.Events[1], o.Events[0]; return o.Encode() },
		"duplicate":    func(o *Observation) []byte { o.Events[1] = o.Events[0]; return o.Encode() },
		"past scanned": func(o *Observation) []byte { o.ScannedTo = 110; return o.Encode() },
		"unknown kind": func(o *Observation) []byte { o.Events[2].Kind = 9; return o.Encode() },
		"trailing":     func(o *Observation) []byte { return append(o.Encode(), 0) },
		"truncated":    func(o *Observation) []byte { b := o.Encode(); return b[:len(b)-2] },
		"bad format":   func(o *Observation) []byte { b := o.Encode(); b[0] = 2; return b },
		"garbage":      func(o *Observation) []byte { return []byte("no") },
		"oversize":     func(o *Observation) []byte { return make([]byte, MaxExtension+1) },
		"too many":     func(o *Observation) []byte { return append([]byte{1, 200, 1}, 200, 1) },
		"huge payload": func(o *Observation) []byte { o.Events[0].Payload = make([]byte, MaxPayload+1); return o.Encode() },
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			o := sample()
			_, err := Decode(build(&o))
			require.ErrorIs(t, err, ErrMalformed)
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(sample().Encode())
	f.Add([]byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := Decode(b)
		if err == nil && len(b) > 0 && !bytes.Equal(o.Encode(), b) {
			t.Fatalf("accepted bytes re-encode differently: %x", b)
		}
	})
}
