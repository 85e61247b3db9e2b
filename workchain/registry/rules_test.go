package registry

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/params"
)

// TestUptimeProofSpam_MinInterval (D10): a proof sooner than
// uptime.min_interval_seconds of block time after the node's last accepted
// one is refused; 0 turns the rule off.
// Fails on a96bbb3: there was no minimum.
func TestUptimeProofSpam_MinInterval(t *testing.T) {
	pub := bytes.Repeat([]byte{1}, 32)
	cases := []struct {
		name    string
		min     int64
		next    int64 // block time of the second proof; the first is at 1000
		wantErr error
	}{
		{"same block time", 1800, 1000, ErrProofTooSoon},
		{"one second short", 1800, 2799, ErrProofTooSoon},
		{"exactly the minimum", 1800, 2800, nil},
		{"no minimum", 0, 1000, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k := New(newBlock(t))
			p := params.Default()
			p.Uptime.MinIntervalSeconds = tc.min
			require.NoError(t, k.Add(p.Registry, testNode(1, 1, 0)))
			require.NoError(t, k.ApplyUptimeProof(p.Uptime, pub, UptimeProof{Version: "v", Timestamp: 1000}, 5, 1000))
			err := k.ApplyUptimeProof(p.Uptime, pub, UptimeProof{Version: "w", Timestamp: tc.next}, 6, tc.next)
			if tc.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.wantErr)
			rec, err := k.Uptime(pub)
			require.NoError(t, err)
			require.Equal(t, "v", rec.Version, "the refused proof changed nothing")
		})
	}
}

// TestValidatorSetNeverEmpty (D26): the last validators stay when no active
// node would replace them; CometBFT halts on an empty set.
// Fails on a96bbb3: the last validator was removed.
func TestValidatorSetNeverEmpty(t *testing.T) {
	k := New(newBlock(t))
	p := params.Default().Registry
	require.NoError(t, k.Add(p, testNode(1, 7, 0)))
	_, err := k.UpdateValidators(p)
	require.NoError(t, err)

	require.NoError(t, k.SetNodeState(bytes.Repeat([]byte{7}, 32), StateExited, 3, 30))
	ups, err := k.UpdateValidators(p)
	require.NoError(t, err)
	require.Empty(t, ups)
	set, err := k.Validators()
	require.NoError(t, err)
	require.Equal(t, []Hex{bytes.Repeat([]byte{7}, 32)}, set)

	// A new active node replaces it the moment there is one.
	require.NoError(t, k.Add(p, testNode(2, 8, 4)))
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{7}, 32), Power: 0}, {PubKey: bytes.Repeat([]byte{8}, 32), Power: 10}}, ups)
}
