package gov_test

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/registry"
)

const (
	yes     = gov.OptionYes
	abstain = gov.OptionAbstain
	no      = gov.OptionNo
	veto    = gov.OptionVeto
)

type ballot struct {
	voter  int
	option uint8
}

// outcomes are the four ways a vote ends on the test network, with the
// final tally each must show (yes, no, abstain, veto, voted; of 400).
var outcomes = []struct {
	name    string
	ballots []ballot
	status  string
	reason  string
	tally   [5]string
}{
	// A and B vote yes; C, who did not vote, counts with B, its operator.
	{"pass", []ballot{{A, yes}, {B, yes}}, gov.StatusPassed, "", [5]string{"200", "0", "0", "0", "200"}},
	// 100 of 400 voted: under 33.4%.
	{"quorum", []ballot{{A, yes}}, gov.StatusRejected, gov.ReasonQuorum, [5]string{"100", "0", "0", "0", "100"}},
	// Half yes is not more than half.
	{"threshold", []ballot{{A, yes}, {D, no}, {E, abstain}}, gov.StatusRejected, gov.ReasonThreshold, [5]string{"100", "100", "100", "0", "300"}},
	// 200 veto of 300 voted, though yes outweighs no.
	{"veto", []ballot{{A, yes}, {B, yes}, {D, veto}, {E, veto}}, gov.StatusRejected, gov.ReasonVeto, [5]string{"200", "0", "0", "200", "400"}},
}

func kinds() map[string]gov.Proposal {
	return map[string]gov.Proposal{
		gov.KindParamChange: {Kind: gov.KindParamChange, Title: "more tests a block", Changes: []gov.Change{{Module: "punish", Key: "max_tests_per_block", Value: json.RawMessage(`77`)}}},
		gov.KindModuleUpgrade: {Kind: gov.KindModuleUpgrade, Title: "relay 1.2.0", Upgrade: &gov.Upgrade{
			Module: "relay", Version: "1.2.0", Binaries: map[string]string{"linux/amd64": sha, "linux/arm64": strings.Repeat("cd", 32)}, Height: 100, URL: "https://example.org/relay"}},
		gov.KindText: {Kind: gov.KindText, Title: "be nice", Description: "a signal"},
	}
}

// TestEachKindPassesOrIsRejected: a proposal of each kind through each
// outcome (pass, quorum, threshold, veto), twelve proposals voted on in
// the same blocks and tallied at the first block whose time reaches the
// end of their period; only the passed ones take effect: the parameter is
// set, the upgrade scheduled.
func TestEachKindPassesOrIsRejected(t *testing.T) {
	c := newChain(t, testGovParams())
	type item struct {
		kind    string
		outcome int
		id      uint64
	}
	var items []item
	var txs [][]byte
	id := uint64(1)
	for _, kind := range []string{gov.KindParamChange, gov.KindModuleUpgrade, gov.KindText} {
		for o := range outcomes {
			items = append(items, item{kind, o, id})
			txs = append(txs, c.propose(A, kinds()[kind]))
			id++
		}
	}
	res := c.blockOK(txs...) // block 1, time T0+1: voting ends at T0+11
	require.Len(t, events(res, "proposal_submitted"), 0, "events are the transactions'")
	require.Equal(t, "proposal_submitted", res.TxResults[0].Events[0].Type)
	txs = nil
	for _, it := range items {
		for _, b := range outcomes[it.outcome].ballots {
			txs = append(txs, c.vote(b.voter, it.id, b.option))
		}
	}
	c.blockOK(txs...) // block 2
	c.blocksTo(10)
	for _, it := range items {
		p := c.proposal(it.id)
		require.Equal(t, gov.StatusVoting, p.Status, "%d still voting at block 10", it.id)
		require.Nil(t, p.Tally)
		require.False(t, c.tally(it.id).Final)
	}
	require.Equal(t, "100", string(c.params("punish")["max_tests_per_block"]))

	res = c.block() // block 11, time T0+11
	finished := events(res, "proposal_finished")
	require.Len(t, finished, len(items))
	for i, it := range items {
		o := outcomes[it.outcome]
		name := it.kind + " " + o.name
		p := c.proposal(it.id)
		require.Equal(t, o.status, p.Status, name)
		require.Equal(t, o.reason, p.Reason, name)
		require.Equal(t, fmt.Sprint(it.id), finished[i]["proposal_id"], name)
		require.Equal(t, o.status, finished[i]["status"], name)
		tl := c.tally(it.id)
		require.Equal(t, p.Tally, &tl, name)
		require.True(t, tl.Final, name)
		require.Equal(t, o.tally, [5]string{tl.Yes, tl.No, tl.Abstain, tl.Veto, tl.Voted}, name)
		require.Equal(t, "400", tl.Total, name)
		require.Equal(t, o.reason != gov.ReasonQuorum, tl.QuorumReached, name)
		require.Equal(t, "2026-01-01T00:00:01Z", p.SubmitTime, name)
		require.Equal(t, "2026-01-01T00:00:11Z", p.VotingEndTime, name)
		require.Equal(t, int64(1), p.SubmitHeight, name)
		require.Equal(t, addr(A), p.Proposer, name)
	}
	require.Equal(t, "77", string(c.params("punish")["max_tests_per_block"]), "the passed change only")
	var ups []gov.ScheduledUpgrade
	c.Query("/gov/upgrades", &ups)
	require.Equal(t, []gov.ScheduledUpgrade{{ProposalID: 5, Module: "relay", Version: "1.2.0", Height: 100, URL: "https://example.org/relay",
		Binaries: map[string]string{"linux/amd64": sha, "linux/arm64": strings.Repeat("cd", 32)}}}, ups, "the passed upgrade only")
	var all []gov.ProposalView
	c.Query("/gov/proposals", &all)
	require.Len(t, all, len(items))
	for i := range all {
		require.Equal(t, uint64(i+1), all[i].ID, "ascending id")
	}
	c.blocksTo(15) // the chain goes on
}

// TestContributorInheritsOrOverrides: a contributor who does not vote
// counts with its operator's vote; one who votes counts with its own; a
// contributor's vote does not carry its operator's stake; the live tally
// shows it while the vote is open.
func TestContributorInheritsOrOverrides(t *testing.T) {
	c := newChain(t, testGovParams())
	text := kinds()[gov.KindText]
	c.blockOK(c.propose(A, text), c.propose(A, text), c.propose(A, text))
	c.blockOK(
		c.vote(B, 1, yes),                   // C inherits
		c.vote(B, 2, yes), c.vote(C, 2, no), // C overrides
		c.vote(C, 3, no), // B did not vote: its 50 counts nowhere
	)
	live := func(id uint64) [6]string {
		tl := c.tally(id)
		require.False(t, tl.Final)
		return [6]string{tl.Yes, tl.No, tl.Abstain, tl.Veto, tl.Voted, tl.Total}
	}
	require.Equal(t, [6]string{"100", "0", "0", "0", "100", "400"}, live(1))
	require.Equal(t, [6]string{"50", "50", "0", "0", "100", "400"}, live(2))
	require.Equal(t, [6]string{"0", "50", "0", "0", "50", "400"}, live(3))
	c.blockOK(c.vote(D, 2, yes))
	require.Equal(t, [6]string{"150", "50", "0", "0", "200", "400"}, live(2))
	require.False(t, c.tally(3).QuorumReached)
	require.True(t, c.tally(2).QuorumReached)
	c.blocksTo(11)
	require.Equal(t, gov.ReasonQuorum, c.proposal(1).Reason, "node 1's 100 alone")
	require.Equal(t, gov.StatusPassed, c.proposal(2).Status, "150 yes, 50 no")
	require.Equal(t, gov.ReasonQuorum, c.proposal(3).Reason)
}

// TestVoteReplaced: a later vote by the same voter replaces the earlier
// one, and each uses the voter's next governance nonce.
func TestVoteReplaced(t *testing.T) {
	c := newChain(t, testGovParams())
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	c.blockOK(c.vote(A, 1, yes), c.vote(D, 1, yes))
	require.Equal(t, "200", c.tally(1).Yes)
	res := c.blockOK(c.vote(A, 1, no)) // block 3
	require.Equal(t, "proposal_vote", res.TxResults[0].Events[0].Type)
	tl := c.tally(1)
	require.Equal(t, [3]string{"100", "100", "200"}, [3]string{tl.Yes, tl.No, tl.Voted})
	var votes []gov.VoteView
	c.Query("/gov/votes/1", &votes)
	want := []gov.VoteView{{Voter: addr(A), Option: no, Height: 3}, {Voter: addr(D), Option: yes, Height: 2}}
	if addr(D).Cmp(addr(A)) < 0 {
		want[0], want[1] = want[1], want[0]
	}
	require.Equal(t, want, votes, "ascending voter")
	var n gov.NonceView
	c.Query("/gov/nonce/"+strings.ToLower(addr(A).Hex()), &n)
	require.Equal(t, uint64(2), n.Nonce)
	c.Query("/gov/nonce/"+addr(F).Hex(), &n)
	require.Zero(t, n.Nonce)
	c.blocksTo(11)
	require.Equal(t, gov.ReasonThreshold, c.proposal(1).Reason)
}

// TestPassedChangeTheOwnerRefuses: a passed param_change whose value the
// owning module's rules refuse marks the proposal failed with the owner's
// error, changes nothing (all its changes or none), and the chain goes
// on; a multi-change the owners accept applies whole, in order, in the
// block of the tally, and a change of governance's own parameters takes
// effect for the next proposal.
func TestPassedChangeTheOwnerRefuses(t *testing.T) {
	c := newChain(t, testGovParams())
	change := func(changes ...gov.Change) gov.Proposal {
		return gov.Proposal{Kind: gov.KindParamChange, Title: "change", Changes: changes}
	}
	ch := func(module, key, value string) gov.Change {
		return gov.Change{Module: module, Key: key, Value: json.RawMessage(value)}
	}
	c.blockOK(
		c.propose(A, change(ch("punish", "quorum_size", "0"))),
		c.propose(A, change(ch("punish", "max_tests_per_block", "55"), ch("punish", "quorum_size", "0"))),
		c.propose(A, change(ch("punish", "max_tests_per_block", `"many"`))),
		c.propose(A, change(ch("punish", "votes_needed", "2"), ch("punish", "quorum_size", "3"), ch("gov", "voting_period_seconds", "20"))),
	)
	var txs [][]byte
	for id := uint64(1); id <= 4; id++ {
		txs = append(txs, c.vote(A, id, yes), c.vote(B, id, yes))
	}
	c.blockOK(txs...)
	before := c.params("punish")
	res := c.blocksTo11()
	p1 := c.proposal(1)
	require.Equal(t, gov.StatusFailed, p1.Status)
	require.Contains(t, p1.Reason, "punish.votes_needed: must be 1..quorum_size (0)")
	p2 := c.proposal(2)
	require.Equal(t, gov.StatusFailed, p2.Status)
	require.Contains(t, p2.Reason, "change 1 (punish.quorum_size)")
	p3 := c.proposal(3)
	require.Equal(t, gov.StatusFailed, p3.Status)
	require.Contains(t, p3.Reason, "cannot unmarshal string")
	require.Equal(t, gov.StatusPassed, c.proposal(4).Status)
	after := c.params("punish")
	require.Equal(t, "100", string(after["max_tests_per_block"]), "proposal 2's first change did not stay")
	require.Equal(t, "3", string(after["quorum_size"]))
	require.Equal(t, "2", string(after["votes_needed"]))
	delete(before, "quorum_size")
	delete(before, "votes_needed")
	delete(after, "quorum_size")
	delete(after, "votes_needed")
	require.Equal(t, before, after)
	require.Equal(t, "20", string(c.params("gov")["voting_period_seconds"]))
	changed := events(res, "params_changed")
	require.Equal(t, []string{"punish", "punish", "gov"}, []string{changed[0]["module"], changed[1]["module"], changed[2]["module"]},
		"proposal 4's three updates; the failed proposals' are dropped with their changes")
	require.Len(t, changed, 3)
	c.blockOK(c.propose(A, kinds()[gov.KindText])) // block 12
	require.Equal(t, "2026-01-01T00:00:32Z", c.proposal(5).VotingEndTime, "20 s from block 12")
	c.blocksTo(40)
	require.Equal(t, gov.ReasonQuorum, c.proposal(5).Reason)
}

// blocksTo11 walks to block 10 and returns block 11, the tally's.
func (c *chain) blocksTo11() *abci.FinalizeBlockResponse {
	c.blocksTo(10)
	return c.block()
}

// TestUpgradeHeightPassedDuringTheVote: a module_upgrade that passes after
// its activation height fails and is not scheduled.
func TestUpgradeHeightPassedDuringTheVote(t *testing.T) {
	c := newChain(t, testGovParams())
	p := kinds()[gov.KindModuleUpgrade]
	p.Upgrade.Height = 5
	c.blockOK(c.propose(A, p))
	c.blockOK(c.vote(A, 1, yes), c.vote(D, 1, yes))
	c.blocksTo(11)
	v := c.proposal(1)
	require.Equal(t, gov.StatusFailed, v.Status)
	require.Contains(t, v.Reason, "activation height 5 passed during the vote")
	var ups []gov.ScheduledUpgrade
	c.Query("/gov/upgrades", &ups)
	require.Empty(t, ups)
}

// TestWalletSignedVoteIsAccepted: a vote signed by go-ethereum's typed-data
// signer (TypedDataAndHash, as eth_signTypedData_v4) from the typed data
// written in the vector is accepted by the workchain of that domain and
// counts: the vector's chain id, L2 chain id and contract, its voter a
// staker, proposal 1, option yes, nonce 0.
func TestWalletSignedVoteIsAccepted(t *testing.T) {
	voter := common.HexToAddress(vectorVoter)
	c := newChainWith(t, vectorChainID, testGovParams(), [][]registry.Contributor{
		{{Staker: addr(A), Beneficiary: addr(A), Amount: 100}},
		{{Staker: voter, Beneficiary: voter, Amount: 100}},
	})
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	require.Equal(t, vectorDomain(), c.Domain())

	digest := walletDigest(t, []byte(vectorTypedData))
	key, err := crypto.HexToECDSA(vectorKey)
	require.NoError(t, err)
	sig, err := crypto.Sign(digest, key)
	require.NoError(t, err)
	sig[64] += 27
	require.Equal(t, vectorSignature, hex.EncodeToString(sig))
	var data apitypes.TypedData
	require.NoError(t, json.Unmarshal([]byte(vectorTypedData), &data))
	require.Equal(t, c.Domain().VerifyingContract.Hex(), common.HexToAddress(data.Domain.VerifyingContract).Hex())

	body := fmt.Sprintf(`{"proposal":1,"option":1,"nonce":0,"voter":%q,"signature":"0x%s"}`, vectorVoter, vectorSignature)
	raw := c.envelope(R, gov.TxVote, []byte(body))
	require.Equal(t, app.CodeOK, c.checkTx(raw).Code)
	c.blockOK(raw)
	require.Equal(t, "100", c.tally(1).Yes)
	var votes []gov.VoteView
	c.Query("/gov/votes/1", &votes)
	require.Equal(t, []gov.VoteView{{Voter: voter, Option: yes, Height: 2}}, votes)
}
