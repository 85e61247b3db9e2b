package attest

import (
	"bytes"
	"crypto/ed25519"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
)

func injectedTx(t *testing.T, info abci.ExtendedCommitInfo) []byte {
	t.Helper()
	raw, err := Inject(info)
	require.NoError(t, err)
	return raw
}

// TestFitKeepsWholeVotesByPower (D1): an injection too big for the block
// loses whole votes, least power and then largest extension first, and
// what is left still passes CheckInjected and fits.
// Fails on a96bbb3: there was no way to trim an injection (it was dropped).
func TestFitKeepsWholeVotesByPower(t *testing.T) {
	vs, _ := validators(4)
	var vals []Validator
	for i, v := range vs {
		power := int64(10)
		if i == 3 {
			power = 20
		}
		vals = append(vals, Validator{PubKey: v.key.Public().(ed25519.PublicKey), Power: power})
	}
	set := NewSet(vals)
	big := l2event.Observation{ScannedTo: 9, Events: []l2event.Event{ev(5, 1, string(bytes.Repeat([]byte{'x'}, 500)))}}
	small := l2event.Observation{ScannedTo: 9}
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{vote(vs[0], big), vote(vs[1], small), vote(vs[2], small), vote(vs[3], big)}}
	size := func(idx ...int) int64 {
		var sub abci.ExtendedCommitInfo
		for _, i := range idx {
			sub.Votes = append(sub.Votes, info.Votes[i])
		}
		return TxSize(injectedTx(t, sub))
	}
	cases := []struct {
		name string
		max  int64
		want []int
	}{
		{"everything fits", size(0, 1, 2, 3), []int{0, 1, 2, 3}},
		{"one byte short: the large low-power vote goes", size(0, 1, 2, 3) - 1, []int{1, 2, 3}},
		{"room for the high-power vote and one small", size(1, 3), []int{1, 3}},
		{"room for the high-power vote only", size(3), []int{3}},
		{"room for a small vote only", size(1), []int{1}},
		{"no room", size(1) - 1, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Fit(info, set, tc.max)
			var want []abci.ExtendedVoteInfo
			for _, i := range tc.want {
				want = append(want, info.Votes[i])
			}
			require.Equal(t, want, got.Votes)
			if len(got.Votes) > 0 {
				require.LessOrEqual(t, TxSize(injectedTx(t, got)), tc.max)
				require.NoError(t, CheckInjected(got, lastCommit(info.Votes), set, chainID, height))
			}
		})
	}
	// Whatever the budget, what Fit keeps fits.
	for max := size(1) - 2; max <= size(0, 1, 2, 3)+2; max++ {
		if got := Fit(info, set, max); len(got.Votes) > 0 {
			require.LessOrEqual(t, TxSize(injectedTx(t, got)), max)
		}
	}
}

// TestInjectedAttestationsMustBeCanonical (D24): Extract takes only the bytes
// Inject writes.
// Fails on a96bbb3: padding in an unknown field was skipped.
func TestInjectedAttestationsMustBeCanonical(t *testing.T) {
	vs, _ := validators(2)
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{vote(vs[0], l2event.Observation{ScannedTo: 3})}}
	good := injectedTx(t, info)
	cases := []struct {
		name string
		raw  []byte
	}{
		{"unknown field appended", append(bytes.Clone(good), 0x9a, 0x06, 0x03, 'p', 'a', 'd')},
		{"round 0 written out", append(append(bytes.Clone(marker), 0x08, 0x00), good[len(marker):]...)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.raw)
			require.ErrorIs(t, err, ErrBadInjection)
			require.ErrorContains(t, err, "canonical")
		})
	}
	got, err := Extract(good)
	require.NoError(t, err)
	require.Equal(t, info, got)
}

// FuzzExtract: whatever Extract accepts, Inject gives back byte for byte.
func FuzzExtract(f *testing.F) {
	vs, _ := validators(2)
	good, _ := Inject(abci.ExtendedCommitInfo{Round: 1, Votes: []abci.ExtendedVoteInfo{vote(vs[0], l2event.Observation{ScannedTo: 3}), vote(vs[1], l2event.Observation{})}})
	f.Add(good)
	f.Add(append(bytes.Clone(marker), 0x08, 0x00))
	f.Add([]byte("not injected"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		info, err := Extract(raw)
		if err != nil {
			return
		}
		again, err := Inject(info)
		require.NoError(t, err)
		require.Equal(t, raw, again)
	})
}
