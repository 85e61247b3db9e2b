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
		"kind 0":       func(o *Observation) []byte { o.Events[2].Kind = 0; return o.Encode() },
		"trailing":     func(o *Observation) []byte { return append(o.Encode(), 0) },
		"truncated":    func(o *Observation) []byte { b := o.Encode(); return b[:len(b)-2] },
		"bad format":   func(o *Observation) []byte { b := o.Encode(); b[0] = 3; return b },
		"format 0":     func(o *Observation) []byte { b := o.Encode(); b[0] = 0; return b },
		"past partial": func(o *Observation) []byte { o.ScannedTo, o.NextBlockLogs = 99, 3; return o.Encode() },
		"garbage":      func(o *Observation) []byte { return []byte("no") },
		"oversize":     func(o *Observation) []byte { return make([]byte, MaxExtension+1) },
		"too many":     func(o *Observation) []byte { return append([]byte{1, 200, 1}, 200, 1) },
		"too many v2":  func(o *Observation) []byte { return append([]byte{2, 200, 1, 0}, 200, 1) },
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

// FuzzDecode: whatever the bytes, Decode never panics, and what it accepts
// re-encodes to the same bytes in its own format (one encoding per
// observation) and passes its own rules again after a Trim.
func FuzzDecode(f *testing.F) {
	f.Add(sample().Encode())
	f.Add(sample().EncodeFormat(FormatV1))
	f.Add([]byte{1, 0, 0})
	f.Add([]byte{2, 0, 0, 0})
	f.Add(Observation{ScannedTo: 99, NextBlockLogs: 4, Events: []Event{{Block: 100, LogIndex: 3, Kind: KindExit, Payload: []byte("{}")}}}.Encode())
	// A reward rate after the logs of its block (RewardRateLogIndex).
	f.Add(Observation{ScannedTo: 100, Events: []Event{
		{Block: 100, LogIndex: 3, Kind: KindExit, Payload: []byte("{}")},
		{Block: 100, LogIndex: RewardRateLogIndex, Kind: KindRewardRate, Payload: RewardRate{L2Height: 100, Rate: NewAmount(23_000_000_000)}.Encode()},
	}}.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := Decode(b)
		if err != nil || len(b) == 0 {
			return
		}
		if !bytes.Equal(o.EncodeFormat(b[0]), b) {
			t.Fatalf("accepted bytes re-encode differently: %x", b)
		}
		if b[0] == FormatV1 && o.NextBlockLogs != 0 {
			t.Fatalf("format 1 carries next_block_logs")
		}
		for _, budget := range []int{64, 512, Budget} {
			if _, err := Decode(o.Trim(budget).Encode()); err != nil {
				t.Fatalf("trimmed observation does not decode: %v", err)
			}
		}
	})
}

func TestFormatsAndHeights(t *testing.T) {
	partial := Observation{ScannedTo: 99, NextBlockLogs: 4, Events: []Event{
		{Block: 90, LogIndex: 1, Kind: KindExit, Payload: []byte("{}")},
		{Block: 100, LogIndex: 3, Kind: KindExit, Payload: []byte("{}")},
	}}
	got, err := Decode(partial.Encode())
	require.NoError(t, err)
	require.Equal(t, partial, got)

	// Format 1 cannot say "into block 100": it drops that block's events.
	v1, err := DecodeFormat(partial.EncodeFormat(FormatV1), FormatV1)
	require.NoError(t, err)
	require.Equal(t, Observation{ScannedTo: 99, Events: partial.Events[:1]}, v1)

	// A height that reads format 1 only refuses format 2.
	_, err = DecodeFormat(partial.Encode(), FormatV1)
	require.ErrorIs(t, err, ErrMalformed)
}

func TestTrimCutsInsideABlock(t *testing.T) {
	var o Observation
	o.ScannedTo = 120
	for i := 0; i < 70; i++ {
		o.Events = append(o.Events, Event{Block: 100, LogIndex: uint32(i), Kind: KindExit, Payload: []byte("{}")})
	}
	cut := o.Trim(Budget)
	require.Len(t, cut.Events, MaxEvents)
	require.Equal(t, uint64(99), cut.ScannedTo)
	require.Equal(t, uint32(MaxEvents), cut.NextBlockLogs, "claims block 100 up to the first event left out")
	_, err := Decode(cut.Encode())
	require.NoError(t, err)

	big := Observation{ScannedTo: 500}
	for i := 0; i < 40; i++ {
		big.Events = append(big.Events, Event{Block: uint64(200 + i), Kind: KindRegistration, Payload: bytes.Repeat([]byte("x"), 1900)})
	}
	cut = big.Trim(Budget)
	require.NotEmpty(t, cut.Events)
	require.LessOrEqual(t, len(cut.Encode()), Budget)
	require.Equal(t, cut.Events[len(cut.Events)-1].Block, cut.ScannedTo, "the claim ends before the next block's first event")

	small := sample()
	require.Equal(t, small, small.Trim(Budget), "what fits is left alone")
}
