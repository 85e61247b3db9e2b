package gov

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Errors of the gov codespace, each with its code (module.go).
var (
	ErrMalformed         = errors.New("malformed governance transaction")
	ErrUnknownKind       = errors.New("unknown proposal kind")
	ErrUnknownParam      = errors.New("unknown module parameter")
	ErrBadUpgrade        = errors.New("bad module upgrade")
	ErrActivationHeight  = errors.New("activation height not in the future")
	ErrTooLong           = errors.New("text too long")
	ErrInsufficientStake = errors.New("proposer stake too low")
	ErrUnknownProposal   = errors.New("unknown proposal")
	ErrClosed            = errors.New("proposal not open to votes")
	ErrBadOption         = errors.New("bad vote option")
	ErrStaleNonce        = errors.New("governance nonce already used")
	ErrFutureNonce       = errors.New("governance nonce ahead of the voter's next")
	ErrBadSignature      = errors.New("vote signature does not recover to the voter")
	ErrNotStaker         = errors.New("voter has no stake in active nodes")
	ErrTooManyOpen       = errors.New("too many open proposals")
)

// Keeper runs governance's transactions and its end-block tally.
type Keeper struct {
	reg    Registry
	spaces ParamSpaces
}

// NewKeeper is governance over a registry and the modules' parameters.
func NewKeeper(reg Registry, spaces ParamSpaces) Keeper { return Keeper{reg: reg, spaces: spaces} }

// checkProposal is what Check and Deliver both require of a gov_propose
// from proposer, in the order of the codes' cost: the body alone, then the
// parameters and the proposer's stake in state.
func (k Keeper) checkProposal(c exec.Context, proposer common.Address, body []byte) (Proposal, error) {
	p, err := DecodeProposal(body)
	if err != nil {
		return p, err
	}
	params := ParamStore.Get(c)
	if len(p.Title) == 0 || len(p.Title) > int(params.MaxTitleLen) {
		return p, fmt.Errorf("%w: title is %d bytes, want 1..%d", ErrTooLong, len(p.Title), params.MaxTitleLen)
	}
	if len(p.Description) > int(params.MaxDescriptionLen) {
		return p, fmt.Errorf("%w: description is %d bytes, at most %d", ErrTooLong, len(p.Description), params.MaxDescriptionLen)
	}
	switch p.Kind {
	case KindParamChange:
		if err := k.checkChanges(c, p.Changes); err != nil {
			return p, err
		}
	case KindModuleUpgrade:
		if err := checkUpgrade(c, params, p.Upgrade); err != nil {
			return p, err
		}
	}
	stake, err := k.stakeOf(c, proposer)
	if err != nil {
		return p, err
	}
	if stake.CmpUint64(params.MinProposerStake) < 0 {
		return p, fmt.Errorf("%w: %s holds %s in active nodes, gov.min_proposer_stake is %d", ErrInsufficientStake, proposer.Hex(), stake.Dec(), params.MinProposerStake)
	}
	open, err := store{c.KV}.openOf(proposer)
	if err != nil {
		return p, err
	}
	if open >= uint64(params.MaxOpenProposalsPerProposer) {
		return p, fmt.Errorf("%w: %s has %d being voted on, gov.max_open_proposals_per_proposer is %d", ErrTooManyOpen, proposer.Hex(), open, params.MaxOpenProposalsPerProposer)
	}
	return p, nil
}

// checkChanges requires each change's module to have parameters and the
// key to be one of them. The value is the owner's to judge, when the
// proposal passes.
func (k Keeper) checkChanges(c exec.Context, changes []Change) error {
	for i, ch := range changes {
		obj, err := k.paramsObject(c, ch.Module)
		if err != nil {
			return fmt.Errorf("change %d: %w", i, err)
		}
		if _, ok := obj[ch.Key]; !ok {
			return fmt.Errorf("%w: change %d: module %q has no parameter %q (its parameters: %v)", ErrUnknownParam, i, ch.Module, ch.Key, sortedKeys(obj))
		}
	}
	return nil
}

// paramsObject is a module's current parameters as a JSON object.
func (k Keeper) paramsObject(c exec.Context, module string) (map[string]json.RawMessage, error) {
	space, ok := k.spaces.ParamSpace(module)
	if !ok {
		return nil, fmt.Errorf("%w: no module %q with parameters", ErrUnknownParam, module)
	}
	raw, err := space.JSON(c.KV)
	if err != nil {
		return nil, fmt.Errorf("gov: read %s parameters: %w", module, err)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, fmt.Errorf("%w: module %q parameters are not a JSON object", ErrUnknownParam, module)
	}
	return obj, nil
}

func checkUpgrade(c exec.Context, p Params, u *Upgrade) error {
	if !slices.Contains(p.UpgradableModules, u.Module) {
		return fmt.Errorf("%w: module %q is not in gov.upgradable_modules %v", ErrBadUpgrade, u.Module, p.UpgradableModules)
	}
	if u.Height <= c.Height {
		return fmt.Errorf("%w: height %d, the chain is at %d", ErrActivationHeight, u.Height, c.Height)
	}
	return nil
}

// stakeOf is what addr contributed to nodes in the active set (the
// registry's staker index), summed without overflow.
func (k Keeper) stakeOf(c exec.Context, addr common.Address) (*uint256.Int, error) {
	keys, err := k.reg.NodesOfStaker(c, addr)
	if err != nil {
		return nil, fmt.Errorf("gov: nodes of %s: %w", addr.Hex(), err)
	}
	sum, amt := new(uint256.Int), new(uint256.Int)
	for _, pub := range keys {
		n, err := k.reg.Node(c, pub)
		if err != nil {
			return nil, fmt.Errorf("gov: node %x of %s: %w", pub, addr.Hex(), err)
		}
		if !n.InActiveSet() {
			continue
		}
		for _, ct := range n.Contributors {
			if ct.Staker == addr {
				sum.Add(sum, amt.SetUint64(ct.Amount))
			}
		}
	}
	return sum, nil
}

func (k Keeper) checkProposeTx(c exec.Context, t *tx.Tx) error {
	_, err := k.checkProposal(c, common.BytesToAddress(t.Signer.ID), t.Body)
	return err
}

// deliverPropose stores the proposal, open to votes from this block's
// time for voting_period_seconds.
func (k Keeper) deliverPropose(c exec.Context, t *tx.Tx) error {
	proposer := common.BytesToAddress(t.Signer.ID)
	p, err := k.checkProposal(c, proposer, t.Body)
	if err != nil {
		return err
	}
	s := store{c.KV}
	id, err := s.nextID()
	if err != nil {
		return err
	}
	end := c.Time + int64(ParamStore.Get(c).VotingPeriodSeconds)
	s.setProposal(&record{
		ID: id, Kind: p.Kind, Title: p.Title, Description: p.Description, Proposer: proposer,
		SubmitHeight: c.Height, SubmitTime: c.Time, VotingEndTime: end,
		Changes: p.Changes, Upgrade: p.Upgrade, Status: StatusVoting,
	})
	c.KV.Set(nextIDKey, be64(id+1))
	if err := s.addOpen(proposer, 1); err != nil {
		return err
	}
	votingQueue.Push(c.KV, end, be64(id))
	c.Emit(abci.Event{Type: "proposal_submitted", Attributes: []abci.EventAttribute{
		{Key: "proposal_id", Value: strconv.FormatUint(id, 10), Index: true}, {Key: "kind", Value: p.Kind},
	}})
	return nil
}

// checkVote is what Check and Deliver both require of a gov_vote: well
// formed, a known option, an open proposal, the voter's signature over
// this network's domain, the voter's next nonce, and stake in active
// nodes. It returns the vote and the voter's nonce.
func (k Keeper) checkVote(c exec.Context, body []byte) (Vote, error) {
	v, err := DecodeVote(body)
	if err != nil {
		return v, err
	}
	if v.Option < OptionYes || v.Option > OptionVeto {
		return v, fmt.Errorf("%w %d (1 yes, 2 abstain, 3 no, 4 veto)", ErrBadOption, v.Option)
	}
	s := store{c.KV}
	r, err := s.proposal(v.Proposal)
	if err != nil {
		return v, err
	}
	if r == nil {
		return v, fmt.Errorf("%w %d", ErrUnknownProposal, v.Proposal)
	}
	if r.Status != StatusVoting || c.Time >= r.VotingEndTime {
		return v, fmt.Errorf("%w: proposal %d is %s, voting ended at %d", ErrClosed, v.Proposal, r.Status, r.VotingEndTime)
	}
	d, err := DomainOf(c.KV, c.ChainID)
	if err != nil {
		return v, err
	}
	signer, err := RecoverVoter(VoteDigest(d, v.Proposal, v.Option, v.Nonce), v.Signature)
	if err != nil {
		return v, err
	}
	if signer != v.Voter {
		return v, fmt.Errorf("%w: signed by %s, not %s (domain %q, chain %d, contract %s)", ErrBadSignature, signer.Hex(), v.Voter.Hex(), d.Name, d.ChainID, d.VerifyingContract.Hex())
	}
	want, err := s.nonce(v.Voter)
	if err != nil {
		return v, err
	}
	switch {
	case v.Nonce < want:
		return v, fmt.Errorf("%w: nonce %d, the voter's next is %d", ErrStaleNonce, v.Nonce, want)
	case v.Nonce > want:
		return v, fmt.Errorf("%w: nonce %d, the voter's next is %d", ErrFutureNonce, v.Nonce, want)
	}
	stake, err := k.stakeOf(c, v.Voter)
	if err != nil {
		return v, err
	}
	if stake.IsZero() {
		return v, fmt.Errorf("%w: %s", ErrNotStaker, v.Voter.Hex())
	}
	return v, nil
}

func (k Keeper) checkVoteTx(c exec.Context, t *tx.Tx) error {
	_, err := k.checkVote(c, t.Body)
	return err
}

// voteOnce names a vote by its voter and vote nonce: a signed vote
// relayed by several keys (or two votes signed with one nonce) can succeed
// only once.
func voteOnce(t *tx.Tx) (string, error) {
	v, err := DecodeVote(t.Body)
	if err != nil {
		return "", err
	}
	return v.Voter.Hex() + "/" + strconv.FormatUint(v.Nonce, 10), nil
}

// deliverVote records the vote (replacing the voter's earlier one) and
// uses the voter's nonce.
func (k Keeper) deliverVote(c exec.Context, t *tx.Tx) error {
	v, err := k.checkVote(c, t.Body)
	if err != nil {
		return err
	}
	s := store{c.KV}
	s.setVote(v.Proposal, voteRec{Voter: v.Voter, Option: v.Option, Height: c.Height})
	s.setNonce(v.Voter, v.Nonce+1)
	c.Emit(abci.Event{Type: "proposal_vote", Attributes: []abci.EventAttribute{
		{Key: "proposal_id", Value: strconv.FormatUint(v.Proposal, 10), Index: true},
		{Key: "voter", Value: v.Voter.Hex(), Index: true},
		{Key: "option", Value: strconv.Itoa(int(v.Option))},
	}})
	return nil
}
