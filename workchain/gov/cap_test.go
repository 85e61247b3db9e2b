package gov_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/gov"
)

// TestOpenProposalsCap: a proposer has at most
// gov.max_open_proposals_per_proposer (3 by default) proposals being voted
// on; one more is refused with its code in CheckTx and in a block (also
// the second of two in one block) and stores nothing; another proposer is
// not held back; once the proposals are tallied, their proposer proposes
// again.
func TestOpenProposalsCap(t *testing.T) {
	p := testGovParams()
	p.MaxOpenProposalsPerProposer = gov.DefaultParams().MaxOpenProposalsPerProposer
	require.Equal(t, uint32(3), p.MaxOpenProposalsPerProposer)
	c := newChain(t, p)
	text := kinds()[gov.KindText]

	c.blockOK(c.propose(A, text), c.propose(A, text)) // block 1: voting ends at T0+11
	res := c.block(c.propose(A, text), c.propose(A, text))
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, gov.CodeTooManyOpen, res.TxResults[1].Code, "the fourth, in the same block as the third")
	require.Equal(t, gov.Name, res.TxResults[1].Codespace)
	require.Contains(t, res.TxResults[1].Log, "has 3 being voted on, gov.max_open_proposals_per_proposer is 3")
	require.Empty(t, res.TxResults[1].Events)

	c.refused("a fourth open proposal", c.propose(A, text), gov.CodeTooManyOpen)
	c.blockOK(c.propose(D, text)) // another proposer: proposal 4
	var all []gov.ProposalView
	c.Query("/gov/proposals", &all)
	require.Len(t, all, 4)

	c.blocksTo(11) // proposals 1 and 2 tallied (rejected: nobody voted), 3 (block 2) still open
	require.Equal(t, gov.StatusRejected, c.proposal(2).Status)
	require.Equal(t, gov.StatusVoting, c.proposal(3).Status)
	c.blockOK(c.propose(A, text), c.propose(A, text)) // block 12: two slots free; proposals 5 and 6; 3 tallied
	require.Equal(t, gov.StatusRejected, c.proposal(3).Status)
	c.blockOK(c.propose(A, text)) // the slot proposal 3 freed
	c.blocksTo(14)                // D's proposal 4 tallied: the next block changes nothing else
	c.refused("a fourth again", c.propose(A, text), gov.CodeTooManyOpen)
	require.Equal(t, gov.StatusVoting, c.proposal(7).Status)
}

// The cap's own rule: 1..1000 (0 would refuse every proposal).
func TestOpenProposalsCapRule(t *testing.T) {
	for _, tc := range []struct {
		cap  uint32
		want string
	}{
		{0, "gov.max_open_proposals_per_proposer: must be 1..1000, is 0"},
		{1, ""},
		{1000, ""},
		{1001, "gov.max_open_proposals_per_proposer: must be 1..1000, is 1001"},
	} {
		p := gov.DefaultParams()
		p.MaxOpenProposalsPerProposer = tc.cap
		if err := p.Validate(); tc.want == "" {
			require.NoError(t, err, tc.cap)
		} else {
			require.EqualError(t, err, tc.want)
		}
	}
}
