// Package gov is the workchain's governance (DESIGN.md §8,
// docs/governance.md): stakers propose parameter changes, module upgrades
// and texts, and vote with EIP-712 signatures any account relays; the
// weight of a vote is the voter's stake in active nodes (a contributor that
// does not vote counts with its operator's vote). At the end of the voting
// period the proposal is tallied in the block's end and, if it passed,
// applied in the same block: a parameter change through the owning
// module's guarded update (never a switch over keys here), a module
// upgrade scheduled for its height. A passed proposal that cannot apply is
// marked failed; it never halts the chain.
package gov

import (
	"encoding/json"
	"errors"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "gov"

// Codes of the gov codespace.
const (
	CodeMalformed         uint32 = 1
	CodeUnknownKind       uint32 = 2
	CodeUnknownParam      uint32 = 3
	CodeBadUpgrade        uint32 = 4
	CodeActivationHeight  uint32 = 5
	CodeTooLong           uint32 = 6
	CodeInsufficientStake uint32 = 7
	CodeUnknownProposal   uint32 = 8
	CodeClosed            uint32 = 9
	CodeBadOption         uint32 = 10
	CodeStaleNonce        uint32 = 11
	CodeFutureNonce       uint32 = 12
	CodeBadSignature      uint32 = 13
	CodeNotStaker         uint32 = 14
	CodeTooManyOpen       uint32 = 15
)

var codes = []struct {
	err  error
	code uint32
}{
	{ErrMalformed, CodeMalformed}, {ErrUnknownKind, CodeUnknownKind}, {ErrUnknownParam, CodeUnknownParam},
	{ErrBadUpgrade, CodeBadUpgrade}, {ErrActivationHeight, CodeActivationHeight}, {ErrTooLong, CodeTooLong},
	{ErrInsufficientStake, CodeInsufficientStake}, {ErrUnknownProposal, CodeUnknownProposal}, {ErrClosed, CodeClosed},
	{ErrBadOption, CodeBadOption}, {ErrStaleNonce, CodeStaleNonce}, {ErrFutureNonce, CodeFutureNonce},
	{ErrBadSignature, CodeBadSignature}, {ErrNotStaker, CodeNotStaker}, {ErrTooManyOpen, CodeTooManyOpen},
}

func codeOf(err error) uint32 {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return 0
}

// Module is governance for the application's router: reg gives voting
// weight, spaces the parameters a param_change may set (the router's
// ParamSpace).
func Module(reg Registry, spaces ParamSpaces) exec.Module {
	k := NewKeeper(reg, spaces)
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		Txs: map[string]exec.TxHandler{
			TxPropose: {Signer: tx.SignerEth, Check: k.checkProposeTx, Deliver: k.deliverPropose},
			TxVote:    {Signer: tx.SignerEth, Check: k.checkVoteTx, Deliver: k.deliverVote, Once: voteOnce},
		},
		Queries:  map[string]exec.Query{Name: k.query},
		Params:   ParamStore,
		Genesis:  genesis(),
		EndBlock: k.endBlock,
	}
}

// genesis is the parameters' section; its Init also records the chain id,
// the name of the votes' EIP-712 domain that /gov/domain answers.
func genesis() *exec.Genesis {
	g := exec.ParamsGenesis(ParamStore)
	paramsInit := g.Init
	g.Init = func(c exec.Context, raw json.RawMessage) error {
		if err := paramsInit(c, raw); err != nil {
			return err
		}
		c.KV.Set(chainIDKey, []byte(c.ChainID))
		return nil
	}
	return g
}
