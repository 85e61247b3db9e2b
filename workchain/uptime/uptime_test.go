package uptime

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"

	"github.com/seshnet/seshnet/workchain/exec"
)

// knownNodes is the registry as uptime sees it: a set of keys that may
// prove (a stand-in for one interface in a unit test; the app tests run the
// real registry).
type knownNodes map[string]bool

func (k knownNodes) CanProve(_ exec.Context, pub []byte) error {
	if !k[string(pub)] {
		return fmt.Errorf("unknown node %x", pub)
	}
	return nil
}

func TestApplyRecordsAndRefuses(t *testing.T) {
	pub := bytes.Repeat([]byte{1}, 32)
	kv := statetest.Block(t)
	k := NewKeeper(knownNodes{string(pub): true})
	p := DefaultParams()
	c := exec.NewContext(kv, 5, 1100, "c", exec.Deliver)
	proof := Proof{Version: "v1", Timestamp: 1000}

	require.ErrorContains(t, k.Apply(c, p, bytes.Repeat([]byte{2}, 32), proof), "unknown node")
	require.ErrorIs(t, k.Apply(c.WithKV(kv), p, pub, Proof{Version: "v1", Timestamp: 1100 + 301}), ErrBadProof)
	rec, err := Last(kv, pub)
	require.NoError(t, err)
	require.Nil(t, rec, "refusals record nothing")

	require.NoError(t, k.Apply(c, p, pub, proof))
	rec, err = Last(kv, pub)
	require.NoError(t, err)
	require.Equal(t, int64(5), rec.Height)
	require.Equal(t, "v1", rec.Version)
	require.Equal(t, "uptime_proof", c.Events()[0].Type)
}

// TestUptimeProofSpam_MinInterval (D10): a proof sooner than
// min_interval_seconds of block time after the node's last accepted one is
// refused; 0 turns the rule off.
func TestUptimeProofSpam_MinInterval(t *testing.T) {
	pub := bytes.Repeat([]byte{1}, 32)
	cases := []struct {
		name    string
		min     int64
		next    int64 // block time of the second proof; the first is at 1000
		wantErr error
	}{
		{"same block time", 1800, 1000, ErrTooSoon},
		{"one second short", 1800, 2799, ErrTooSoon},
		{"exactly the minimum", 1800, 2800, nil},
		{"no minimum", 0, 1000, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			kv := statetest.Block(t)
			k := NewKeeper(knownNodes{string(pub): true})
			p := DefaultParams()
			p.MinIntervalSeconds = tc.min
			require.NoError(t, k.Apply(exec.NewContext(kv, 5, 1000, "c", exec.Deliver), p, pub, Proof{Version: "v", Timestamp: 1000}))
			err := k.Apply(exec.NewContext(kv, 6, tc.next, "c", exec.Deliver), p, pub, Proof{Version: "w", Timestamp: tc.next})
			if tc.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.wantErr)
			rec, err := Last(kv, pub)
			require.NoError(t, err)
			require.Equal(t, "v", rec.Version, "the refused proof changed nothing")
		})
	}
}
