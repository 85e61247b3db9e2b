package gov_test

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/gov"
)

// govState is every governance answer the refused transactions could
// change: proposals, votes, nonces, upgrades, and the parameters.
func (c *chain) govState() []string {
	c.T.Helper()
	var out []string
	for _, path := range []string{"/gov/proposals", "/gov/votes/1", "/gov/votes/2", "/gov/upgrades", "/params/gov", "/params/punish"} {
		out = append(out, string(c.Query(path, nil).Value))
	}
	for i := range nKeys {
		out = append(out, string(c.Query("/gov/nonce/"+addr(i).Hex(), nil).Value))
	}
	return out
}

// refused sends raw through CheckTx and in a block and requires code in
// the gov codespace both times, and governance state as it was.
func (c *chain) refused(name string, raw []byte, code uint32) {
	c.T.Helper()
	before := c.govState()
	chk := c.checkTx(raw)
	require.Equal(c.T, code, chk.Code, "%s: CheckTx: %s", name, chk.Log)
	require.Equal(c.T, gov.Name, chk.Codespace, name)
	res := c.block(raw)
	r := res.TxResults[0]
	require.Equal(c.T, code, r.Code, "%s: %s", name, r.Log)
	require.Equal(c.T, gov.Name, r.Codespace, name)
	require.NotEmpty(c.T, r.Log, name)
	require.Empty(c.T, r.Events, name)
	require.Equal(c.T, before, c.govState(), "%s: nothing stored", name)
}

// badInputChain has proposal 1 closed (rejected) and proposal 2 open, on
// which A voted with nonce 0 (A's next nonce is 1).
func badInputChain(t *testing.T) (*chain, gov.Vote) {
	p := testGovParams()
	p.VotingPeriodSeconds = 100 // proposal 2 stays open through a table of a block a case
	c := newChain(t, p)
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	c.blocksTo(101)
	require.Equal(t, gov.StatusRejected, c.proposal(1).Status)
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	first := c.signedVote(A, 2, yes)
	c.blockOK(c.relay(first))
	return c, first
}

// TestBadVotesAreRefused: each bad vote is refused with its code, in
// CheckTx and in a block, and stores nothing.
func TestBadVotesAreRefused(t *testing.T) {
	c, first := badInputChain(t)
	d := c.Domain()
	next := func(voter int) uint64 { return c.govNonce[addr(voter)] }
	signedOver := func(d gov.Domain, voter int, proposal uint64, option uint8, nonce uint64) []byte {
		return c.relay(signVote(t, d, voter, proposal, option, nonce))
	}
	otherDomain := func(mut func(*gov.Domain)) gov.Domain {
		o := d
		mut(&o)
		return o
	}
	forged := signVote(t, d, B, 2, yes, next(A))
	forged.Voter = addr(A)
	highS := signVote(t, d, A, 2, no, next(A))
	s := new(big.Int).SetBytes(highS.Signature[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(highS.Signature[32:64])
	highS.Signature[64] = 27 + 28 - highS.Signature[64]
	body := string(gov.EncodeVote(signVote(t, d, A, 2, no, next(A))))

	for _, tc := range []struct {
		name string
		raw  func() []byte
		code uint32
	}{
		{"by a non-staker", func() []byte { return signedOver(d, F, 2, yes, 0) }, gov.CodeNotStaker},
		{"wrong L2 chain id", func() []byte {
			return signedOver(otherDomain(func(o *gov.Domain) { o.ChainID = 42161 }), A, 2, no, next(A))
		}, gov.CodeBadSignature},
		{"wrong domain name (another workchain)", func() []byte {
			return signedOver(otherDomain(func(o *gov.Domain) { o.Name = "seshnet-mainnet" }), A, 2, no, next(A))
		}, gov.CodeBadSignature},
		{"wrong contract", func() []byte {
			return signedOver(otherDomain(func(o *gov.Domain) { o.VerifyingContract = common.Address{1} }), A, 2, no, next(A))
		}, gov.CodeBadSignature},
		{"wrong version", func() []byte {
			return signedOver(otherDomain(func(o *gov.Domain) { o.Version = "2" }), A, 2, no, next(A))
		}, gov.CodeBadSignature},
		{"replayed (old nonce)", func() []byte { return c.relay(first) }, gov.CodeStaleNonce},
		{"old nonce, new choice", func() []byte { return signedOver(d, A, 2, no, 0) }, gov.CodeStaleNonce},
		{"future nonce", func() []byte { return signedOver(d, A, 2, no, next(A)+1) }, gov.CodeFutureNonce},
		{"forged: B's signature, A's name", func() []byte { return c.relay(forged) }, gov.CodeBadSignature},
		{"high s", func() []byte { return c.relay(highS) }, gov.CodeBadSignature},
		{"signature of another message", func() []byte { // the vote's option changed after signing
			v := signVote(t, d, A, 2, yes, next(A))
			v.Option = no
			return c.relay(v)
		}, gov.CodeBadSignature},
		{"unknown proposal", func() []byte { return signedOver(d, A, 3, yes, next(A)) }, gov.CodeUnknownProposal},
		{"proposal 0", func() []byte { return signedOver(d, A, 0, yes, next(A)) }, gov.CodeUnknownProposal},
		{"closed proposal", func() []byte { return signedOver(d, A, 1, yes, next(A)) }, gov.CodeClosed},
		{"option 0", func() []byte { return signedOver(d, A, 2, 0, next(A)) }, gov.CodeBadOption},
		{"option 5", func() []byte { return signedOver(d, A, 2, 5, next(A)) }, gov.CodeBadOption},
		{"garbage", func() []byte { return c.envelope(R, gov.TxVote, []byte(`{"proposal":`)) }, gov.CodeMalformed},
		{"unknown field", func() []byte {
			return c.envelope(R, gov.TxVote, []byte(strings.Replace(body, `"nonce"`, `"weight":9,"nonce"`, 1)))
		}, gov.CodeMalformed},
		{"short signature", func() []byte {
			return c.envelope(R, gov.TxVote, []byte(strings.Replace(body, `"signature":"0x`, `"signature":"0x00`, 1)))
		}, gov.CodeMalformed},
	} {
		c.refused(tc.name, tc.raw(), tc.code)
	}
	c.blockOK(c.vote(A, 2, no)) // A's next nonce still works
}

// TestBadProposalsAreRefused: each bad proposal is refused with its code,
// in CheckTx and in a block, and stores nothing.
func TestBadProposalsAreRefused(t *testing.T) {
	c, _ := badInputChain(t)
	change := func(module, key string) gov.Proposal {
		return gov.Proposal{Kind: gov.KindParamChange, Title: "t", Changes: []gov.Change{
			{Module: "punish", Key: "quorum_size", Value: json.RawMessage(`5`)}, {Module: module, Key: key, Value: json.RawMessage(`5`)}}}
	}
	up := func(mut func(*gov.Upgrade)) gov.Proposal {
		p := kinds()[gov.KindModuleUpgrade]
		p.Upgrade.Height = c.Height + 100
		mut(p.Upgrade)
		return p
	}
	text := func(title, description string) gov.Proposal {
		return gov.Proposal{Kind: gov.KindText, Title: title, Description: description}
	}
	raw := func(body string) []byte { return c.envelope(A, gov.TxPropose, []byte(body)) }
	for _, tc := range []struct {
		name string
		raw  []byte
		code uint32
	}{
		{"unknown module", c.propose(A, change("nosuch", "x")), gov.CodeUnknownParam},
		{"module without parameters", c.propose(A, change("l2", "chain_id")), gov.CodeUnknownParam},
		{"unknown parameter key", c.propose(A, change("punish", "quorum")), gov.CodeUnknownParam},
		{"key in another case", c.propose(A, change("punish", "Quorum_Size")), gov.CodeUnknownParam},
		{"malformed sha256", c.propose(A, up(func(u *gov.Upgrade) { u.Binaries["linux/amd64"] = strings.ToUpper(sha) })), gov.CodeBadUpgrade},
		{"bad platform", c.propose(A, up(func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux-amd64": sha} })), gov.CodeBadUpgrade},
		{"module not upgradable", c.propose(A, up(func(u *gov.Upgrade) { u.Module = "punish" })), gov.CodeBadUpgrade},
		{"bad url", c.propose(A, up(func(u *gov.Upgrade) { u.URL = "file:///etc/passwd" })), gov.CodeBadUpgrade},
		{"version leaving its directory", c.propose(A, up(func(u *gov.Upgrade) { u.Version = "../../../bin" })), gov.CodeBadUpgrade},
		{"activation height in the past", c.propose(A, up(func(u *gov.Upgrade) { u.Height = 5 })), gov.CodeActivationHeight},
		{"activation height now", c.propose(A, up(func(u *gov.Upgrade) { u.Height = c.Height + 1 })), gov.CodeActivationHeight},
		{"title too long", c.propose(A, text(strings.Repeat("t", 141), "")), gov.CodeTooLong},
		{"no title", c.propose(A, text("", "d")), gov.CodeTooLong},
		{"description too long", c.propose(A, text("t", strings.Repeat("d", 10_001))), gov.CodeTooLong},
		{"proposer without stake", c.propose(F, text("t", "")), gov.CodeInsufficientStake},
		{"proposer with half the stake", c.propose(C, text("t", "")), gov.CodeInsufficientStake},
		{"unknown kind", raw(`{"kind":"constitution","title":"t","description":""}`), gov.CodeUnknownKind},
		{"unknown JSON field", raw(`{"kind":"text","title":"t","description":"","deposit":1}`), gov.CodeMalformed},
		{"garbage payload", raw(`{"kind":"te`), gov.CodeMalformed},
		{"binary payload", raw("\x00\x01\xff"), gov.CodeMalformed},
		{"text with changes", raw(`{"kind":"text","title":"t","description":"","changes":[{"module":"punish","key":"quorum_size","value":5}]}`), gov.CodeMalformed},
	} {
		c.refused(tc.name, tc.raw, tc.code)
	}
	c.blockOK(c.propose(A, up(func(*gov.Upgrade) {})))
	require.Equal(t, gov.StatusVoting, c.proposal(3).Status, "a good proposal after the bad ones takes the next id")
}

// TestQueryArguments: a malformed argument is a bad argument (101), an
// unknown id not found (102); /gov/domain answers the network's domain.
func TestQueryArguments(t *testing.T) {
	c := newChain(t, testGovParams())
	c.blockOK(c.propose(A, kinds()[gov.KindText]))
	for path, code := range map[string]uint32{
		"/gov/proposal/2":        102,
		"/gov/proposal/0":        101,
		"/gov/proposal/01":       101,
		"/gov/proposal/x":        101,
		"/gov/tally/9":           102,
		"/gov/votes/-1":          101,
		"/gov/nonce/1234":        101,
		"/gov/nonce/" + sha[:40]: 101,
		"/gov/what":              101,
		"/gov":                   101,
	} {
		res := c.Query(path, nil)
		require.Equal(t, code, res.Code, "%s: %s", path, res.Log)
	}
	var d map[string]any
	c.Query("/gov/domain", &d)
	require.Equal(t, map[string]any{"name": testChainID, "version": "1", "chain_id": float64(421614), "verifying_contract": strings.ToLower(contract.Hex())}, d)
}
