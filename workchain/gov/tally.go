package gov

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// Tally is a proposal's count in atomic SESH: each active node's
// contributors' stakes by option (a contributor that did not vote counts
// with its operator's vote, else not at all), and all active stake.
type Tally struct {
	Yes, No, Abstain, Veto, Total uint256.Int
}

// Voted is the stake that voted, directly or through its operator.
func (t *Tally) Voted() *uint256.Int {
	v := new(uint256.Int).Add(&t.Yes, &t.No)
	v.Add(v, &t.Abstain)
	return v.Add(v, &t.Veto)
}

// TallyView is /gov/tally/<id>: amounts as decimal strings.
type TallyView struct {
	Yes           string `json:"yes"`
	No            string `json:"no"`
	Abstain       string `json:"abstain"`
	Veto          string `json:"veto"`
	Voted         string `json:"voted"`
	Total         string `json:"total"`
	QuorumReached bool   `json:"quorum_reached"`
	Final         bool   `json:"final"`
}

// View is the tally as queries show it under p's quorum.
func (t *Tally) View(p Params, final bool) TallyView {
	return TallyView{
		Yes: t.Yes.Dec(), No: t.No.Dec(), Abstain: t.Abstain.Dec(), Veto: t.Veto.Dec(),
		Voted: t.Voted().Dec(), Total: t.Total.Dec(), QuorumReached: t.quorumReached(p), Final: final,
	}
}

// bpOf is share × bp, to compare with x × 10000: integers only.
func bpOf(share *uint256.Int, bp uint32) *uint256.Int {
	return new(uint256.Int).Mul(share, uint256.NewInt(uint64(bp)))
}

func scaled(x *uint256.Int) *uint256.Int { return new(uint256.Int).Mul(x, uint256.NewInt(bpOne)) }

func (t *Tally) quorumReached(p Params) bool {
	return !scaled(t.Voted()).Lt(bpOf(&t.Total, p.QuorumBP))
}

// Decide is the outcome under p: "" when the proposal passes, else the
// reason it is rejected. Quorum first, then veto, then threshold.
func (t *Tally) Decide(p Params) string {
	voted := t.Voted()
	switch {
	case !t.quorumReached(p):
		return ReasonQuorum
	case !voted.IsZero() && !scaled(&t.Veto).Lt(bpOf(voted, p.VetoBP)):
		return ReasonVeto
	}
	yesNo := new(uint256.Int).Add(&t.Yes, &t.No)
	if yesNo.IsZero() || !scaled(&t.Yes).Gt(bpOf(yesNo, p.ThresholdBP)) {
		return ReasonThreshold
	}
	return ""
}

// tally counts proposal id's votes over the active nodes in c.
func (k Keeper) tally(c exec.Context, id uint64) (*Tally, error) {
	ts, err := k.tallyMany(c, []uint64{id})
	if err != nil {
		return nil, err
	}
	return ts[0], nil
}

// tallyMany counts several proposals' votes in one pass over the nodes:
// the cost of a block that closes many proposals is one pass plus a few
// lookups per contributor and proposal, not one pass per proposal.
func (k Keeper) tallyMany(c exec.Context, ids []uint64) ([]*Tally, error) {
	// ballots[voter][j] is the voter's option on ids[j] (0: none).
	ballots := map[common.Address][]uint8{}
	for j, id := range ids {
		err := (store{c.KV}).votes(id, func(v voteRec) {
			b, ok := ballots[v.Voter]
			if !ok {
				b = make([]uint8, len(ids))
				ballots[v.Voter] = b
			}
			b[j] = v.Option
		})
		if err != nil {
			return nil, err
		}
	}
	ts := make([]*Tally, len(ids))
	for j := range ts {
		ts[j] = new(Tally)
	}
	var total, amt uint256.Int
	err := k.reg.Nodes(c, func(n *registry.Node) bool {
		if !n.InActiveSet() || len(n.Contributors) == 0 {
			return true
		}
		operator := ballots[n.Contributors[0].Staker]
		for _, ct := range n.Contributors {
			amt.SetUint64(ct.Amount)
			total.Add(&total, &amt)
			own := ballots[ct.Staker]
			if own == nil && operator == nil {
				continue
			}
			for j, t := range ts {
				var opt uint8
				if own != nil {
					opt = own[j]
				}
				if opt == 0 && operator != nil {
					opt = operator[j]
				}
				if sum := t.of(opt); sum != nil {
					sum.Add(sum, &amt)
				}
			}
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("gov: tally of %v: %w", ids, err)
	}
	for _, t := range ts {
		t.Total = total
	}
	return ts, nil
}

// of is the sum an option counts into (nil: no vote).
func (t *Tally) of(option uint8) *uint256.Int {
	switch option {
	case OptionYes:
		return &t.Yes
	case OptionNo:
		return &t.No
	case OptionAbstain:
		return &t.Abstain
	case OptionVeto:
		return &t.Veto
	}
	return nil
}

// endBlock tallies every proposal whose voting period ended by this
// block's time, in one pass over the nodes, and applies those that pass
// in end time then id order.
func (k Keeper) endBlock(c exec.Context) error {
	due, err := votingQueue.PopDue(c.KV, c.Time)
	if err != nil || len(due) == 0 {
		return err
	}
	ids := make([]uint64, len(due))
	for i, it := range due {
		if len(it.ID) != 8 {
			return fmt.Errorf("gov: corrupt voting queue entry %x", it.ID)
		}
		ids[i] = binary.BigEndian.Uint64(it.ID)
	}
	ts, err := k.tallyMany(c, ids)
	if err != nil {
		return err
	}
	// Every proposal closing in this block is judged by the same rules,
	// even if one of them changes governance's parameters.
	p := ParamStore.Get(c)
	for i, id := range ids {
		if err := k.finish(c, p, id, ts[i]); err != nil {
			return err
		}
	}
	return nil
}

// finish records the final tally and outcome of a proposal: an error of
// the state is the block's, a proposal that cannot apply only fails.
func (k Keeper) finish(c exec.Context, p Params, id uint64, t *Tally) error {
	s := store{c.KV}
	r, err := s.proposal(id)
	if err != nil {
		return err
	}
	if r == nil || r.Status != StatusVoting {
		return fmt.Errorf("gov: proposal %d queued but %v", id, r)
	}
	view := t.View(p, true)
	r.Tally = &view
	if r.Reason = t.Decide(p); r.Reason != "" {
		r.Status = StatusRejected
	} else if err := k.apply(c, r); err != nil {
		r.Status, r.Reason = StatusFailed, err.Error()
	} else {
		r.Status = StatusPassed
	}
	s.setProposal(r)
	if err := s.addOpen(r.Proposer, -1); err != nil {
		return err
	}
	c.Emit(abci.Event{Type: "proposal_finished", Attributes: []abci.EventAttribute{
		{Key: "proposal_id", Value: strconv.FormatUint(id, 10), Index: true},
		{Key: "status", Value: r.Status}, {Key: "reason", Value: r.Reason},
	}})
	return nil
}

// errApply is a passed proposal that cannot take effect.
var errApply = errors.New("cannot apply")

// apply carries out a passed proposal. An error leaves state as it was.
func (k Keeper) apply(c exec.Context, r *record) error {
	switch r.Kind {
	case KindParamChange:
		return k.applyChanges(c, r.Changes)
	case KindModuleUpgrade:
		u := r.Upgrade
		if u.Height <= c.Height {
			return fmt.Errorf("%w: activation height %d passed during the vote (now %d)", errApply, u.Height, c.Height)
		}
		store{c.KV}.setJSON(upgradeKey(ScheduledUpgrade{ProposalID: r.ID, Module: u.Module, Height: u.Height}),
			ScheduledUpgrade{ProposalID: r.ID, Module: u.Module, Version: u.Version, Binaries: u.Binaries, Height: u.Height, URL: u.URL})
		c.Emit(abci.Event{Type: "upgrade_scheduled", Attributes: []abci.EventAttribute{
			{Key: "proposal_id", Value: strconv.FormatUint(r.ID, 10)}, {Key: "module", Value: u.Module, Index: true},
			{Key: "version", Value: u.Version}, {Key: "height", Value: strconv.FormatInt(u.Height, 10)},
		}})
	}
	return nil
}

// applyChanges sets each change in order through its owner's guarded
// update, as the authority "gov", in a cache of the block: all stay, or
// (the first refusal) none.
func (k Keeper) applyChanges(c exec.Context, changes []Change) error {
	cache := c.KV.(interface{ Cache() *state.Cache }).Cache()
	cc := c.WithKV(cache).WithEvents()
	for i, ch := range changes {
		if err := k.applyChange(cc, ch); err != nil {
			return fmt.Errorf("change %d (%s.%s): %w", i, ch.Module, ch.Key, err)
		}
	}
	cache.Write()
	for _, ev := range cc.Events() {
		c.Emit(ev)
	}
	return nil
}

func (k Keeper) applyChange(c exec.Context, ch Change) error {
	obj, err := k.paramsObject(c, ch.Module)
	if err != nil {
		return err
	}
	if _, ok := obj[ch.Key]; !ok {
		return fmt.Errorf("%w: module %q has no parameter %q", ErrUnknownParam, ch.Module, ch.Key)
	}
	obj[ch.Key] = ch.Value
	merged, err := json.Marshal(obj) // map keys sorted: the same bytes on every node
	if err != nil {
		return err
	}
	space, _ := k.spaces.ParamSpace(ch.Module)
	return space.UpdateJSON(c, exec.AuthorityGov, merged)
}
