package attest

import (
	"bytes"
	"crypto/ed25519"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
)

const chainID = "attest-test"
const height = 10 // the proposal's height; votes are for height-1

type validator struct {
	key  ed25519.PrivateKey
	addr []byte
}

func validators(n int) ([]validator, Set) {
	var vs []validator
	var set []Validator
	for i := 0; i < n; i++ {
		k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
		pub := k.Public().(ed25519.PublicKey)
		vs = append(vs, validator{key: k, addr: cmted.PubKey(pub).Address()})
		set = append(set, Validator{PubKey: pub, Power: 10})
	}
	return vs, NewSet(set)
}

func ev(block uint64, li uint32, payload string) l2event.Event {
	return l2event.Event{Block: block, LogIndex: li, Kind: l2event.KindExitRequest, Payload: []byte(payload)}
}

// vote is a validator's signed precommit vote info carrying obs.
func vote(v validator, obs l2event.Observation) abci.ExtendedVoteInfo {
	return voteExt(v, obs.Encode())
}

// voteExt is a validator's signed precommit vote info carrying ext.
func voteExt(v validator, ext []byte) abci.ExtendedVoteInfo {
	sb := cmttypes.VoteExtensionSignBytes(chainID, &cmtproto.Vote{Height: height - 1, Round: 0, Extension: ext})
	return abci.ExtendedVoteInfo{
		Validator:          abci.Validator{Address: v.addr, Power: 10},
		VoteExtension:      ext,
		ExtensionSignature: ed25519.Sign(v.key, sb),
		BlockIdFlag:        cmtproto.BlockIDFlagCommit,
	}
}

func lastCommit(votes []abci.ExtendedVoteInfo) abci.CommitInfo {
	ci := abci.CommitInfo{}
	for _, v := range votes {
		ci.Votes = append(ci.Votes, abci.VoteInfo{Validator: v.Validator, BlockIdFlag: v.BlockIdFlag})
	}
	return ci
}

func TestQuorumAppliesInOrderExactlyOnce(t *testing.T) {
	vs, set := validators(4)
	a, b := ev(100, 1, "a"), ev(100, 2, "b")
	full := l2event.Observation{ScannedTo: 105, Events: []l2event.Event{a, b}}
	partial := l2event.Observation{ScannedTo: 100, Events: []l2event.Event{a}}
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{vote(vs[0], full), vote(vs[1], full), vote(vs[2], full), vote(vs[3], partial)}}

	out := Tally(info, set, State{}, Rules{})
	require.Equal(t, []l2event.Event{a, b}, out.Apply)
	require.Equal(t, Cursor{Block: 100, LogIndex: 2, Started: true}, out.State.Cursor)

	// The same reports in the next block: nothing applies twice.
	again := Tally(info, set, out.State, Rules{})
	require.Empty(t, again.Apply)
	require.Equal(t, out.State.Cursor, again.State.Cursor)
}

func TestTwoThirdsIsNotEnough(t *testing.T) {
	vs, set := validators(3)
	a := ev(50, 0, "a")
	seen := l2event.Observation{ScannedTo: 50, Events: []l2event.Event{a}}
	behind := l2event.Observation{ScannedTo: 10}
	// 20 of 30: exactly 2/3, not more. The third has not scanned that far: wait.
	set.Format = l2event.FormatV1 // the rule before format 2; see TestScannedPowerDecides for after
	v1 := func(v validator, o l2event.Observation) abci.ExtendedVoteInfo {
		return voteExt(v, o.EncodeFormat(l2event.FormatV1))
	}
	out := Tally(abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{v1(vs[0], seen), v1(vs[1], seen), v1(vs[2], behind)}}, set, State{}, Rules{})
	require.Empty(t, out.Apply)
	require.Empty(t, out.Refuted)
	require.Equal(t, Cursor{}, out.State.Cursor)
}

func TestALyingWitnessChangesNothing(t *testing.T) {
	vs, set := validators(4)
	fake, real := ev(90, 0, "fake"), ev(95, 4, "real")
	honest := l2event.Observation{ScannedTo: 100, Events: []l2event.Event{real}}
	liar := l2event.Observation{ScannedTo: 100, Events: []l2event.Event{fake, real}}
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{vote(vs[0], liar), vote(vs[1], honest), vote(vs[2], honest), vote(vs[3], honest)}}
	out := Tally(info, set, State{}, Rules{})
	require.Equal(t, []l2event.Event{real}, out.Apply, "the fake is refuted and does not stall the real one")
	require.Equal(t, []Refutation{{Event: fake, Reason: ReasonNotSeen}}, out.Refuted)

	// A liar changing the payload of a real event loses to the honest bytes.
	forged := ev(95, 4, "forged")
	info.Votes[0] = vote(vs[0], l2event.Observation{ScannedTo: 100, Events: []l2event.Event{forged}})
	out = Tally(info, set, State{}, Rules{})
	require.Equal(t, []l2event.Event{real}, out.Apply)
}

func TestPowerComesFromStateNotTheProposal(t *testing.T) {
	vs, set := validators(4)
	a := ev(10, 0, "a")
	obs := l2event.Observation{ScannedTo: 10, Events: []l2event.Event{a}}
	v := vote(vs[0], obs)
	v.Validator.Power = 1_000_000 // the proposer claims this validator is huge
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{v}}
	require.Empty(t, Tally(info, set, State{}, Rules{}).Apply)
}

func TestDuplicatedExtensionCountsOnce(t *testing.T) {
	vs, set := validators(4)
	a := ev(10, 0, "a")
	obs := l2event.Observation{ScannedTo: 10, Events: []l2event.Event{a}}
	dup := vote(vs[0], obs)
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{dup, dup, dup, vote(vs[1], obs)}}
	require.Len(t, Prune(info, set).Votes, 2)
	require.Empty(t, Tally(info, set, State{}, Rules{}).Apply, "20 of 40 is no quorum however often it is repeated")
	err := CheckInjected(info, lastCommit(info.Votes), set, chainID, height)
	require.ErrorIs(t, err, ErrBadInjection)
	require.ErrorContains(t, err, "appears twice")
}

func TestCheckInjected(t *testing.T) {
	vs, set := validators(4)
	obs := l2event.Observation{ScannedTo: 10, Events: []l2event.Event{ev(10, 0, "a")}}
	good := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{vote(vs[0], obs), vote(vs[1], obs), vote(vs[2], obs)}}
	require.NoError(t, CheckInjected(good, lastCommit(good.Votes), set, chainID, height))

	cases := []struct {
		name   string
		info   func() abci.ExtendedCommitInfo
		commit func(abci.ExtendedCommitInfo) abci.CommitInfo
		want   string
	}{
		{"forged signature", func() abci.ExtendedCommitInfo {
			i := clone(good)
			i.Votes[1].ExtensionSignature = i.Votes[0].ExtensionSignature
			return i
		}, commitOf, "not signed by it"},
		{"extension changed after signing", func() abci.ExtendedCommitInfo {
			i := clone(good)
			i.Votes[2].VoteExtension = l2event.Observation{ScannedTo: 11}.Encode()
			return i
		}, commitOf, "not signed by it"},
		{"vote not in the last commit", func() abci.ExtendedCommitInfo { return clone(good) },
			func(i abci.ExtendedCommitInfo) abci.CommitInfo { return lastCommit(i.Votes[:2]) }, "not in the last commit"},
		{"not a validator", func() abci.ExtendedCommitInfo {
			i := clone(good)
			stranger := validator{key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{99}, 32))}
			stranger.addr = cmted.PubKey(stranger.key.Public().(ed25519.PublicKey)).Address()
			i.Votes = append(i.Votes, vote(stranger, obs))
			return i
		}, commitOf, "not a validator"},
		{"unpruned malformed extension", func() abci.ExtendedCommitInfo {
			i := clone(good)
			bad := vote(vs[3], obs)
			bad.VoteExtension = []byte("garbage")
			sb := cmttypes.VoteExtensionSignBytes(chainID, &cmtproto.Vote{Height: height - 1, Extension: bad.VoteExtension})
			bad.ExtensionSignature = ed25519.Sign(vs[3].key, sb)
			i.Votes = append(i.Votes, bad)
			return i
		}, commitOf, "should have been pruned"},
		{"wrong round", func() abci.ExtendedCommitInfo {
			i := clone(good)
			i.Round = 3
			return i
		}, commitOf, "round"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			i := tc.info()
			err := CheckInjected(i, tc.commit(i), set, chainID, height)
			require.ErrorIs(t, err, ErrBadInjection)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestInjectRoundTrip(t *testing.T) {
	vs, _ := validators(2)
	info := abci.ExtendedCommitInfo{Round: 1, Votes: []abci.ExtendedVoteInfo{vote(vs[0], l2event.Observation{ScannedTo: 3})}}
	tx, err := Inject(info)
	require.NoError(t, err)
	require.True(t, IsInjected(tx))
	got, err := Extract(tx)
	require.NoError(t, err)
	require.Equal(t, info, got)
	_, err = Extract(append(bytes.Clone(marker), 0xff, 0xff))
	require.Error(t, err)
	require.False(t, IsInjected([]byte{1, 2, 3}))
}

func commitOf(i abci.ExtendedCommitInfo) abci.CommitInfo {
	c := lastCommit(i.Votes)
	c.Round = 0
	return c
}

func clone(i abci.ExtendedCommitInfo) abci.ExtendedCommitInfo {
	out := abci.ExtendedCommitInfo{Round: i.Round}
	out.Votes = append(out.Votes, i.Votes...)
	return out
}
