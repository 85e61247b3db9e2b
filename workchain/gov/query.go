package gov

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// ProposalView is /gov/proposal/<id>; times are RFC 3339, UTC.
type ProposalView struct {
	ID            uint64         `json:"id"`
	Kind          string         `json:"kind"`
	Title         string         `json:"title"`
	Description   string         `json:"description"`
	Proposer      common.Address `json:"proposer"`
	SubmitHeight  int64          `json:"submit_height"`
	SubmitTime    string         `json:"submit_time"`
	VotingEndTime string         `json:"voting_end_time"`
	Changes       []Change       `json:"changes,omitempty"`
	Upgrade       *Upgrade       `json:"upgrade,omitempty"`
	Status        string         `json:"status"`
	Reason        string         `json:"reason,omitempty"`
	// Tally is the final tally, once the voting period ended.
	Tally *TallyView `json:"tally,omitempty"`
}

// VoteView is one vote of /gov/votes/<id>.
type VoteView struct {
	Voter  common.Address `json:"voter"`
	Option uint8          `json:"option"`
	Height int64          `json:"height"`
}

// NonceView is /gov/nonce/<address>.
type NonceView struct {
	Nonce uint64 `json:"nonce"`
}

func rfc3339(t int64) string { return time.Unix(t, 0).UTC().Format(time.RFC3339) }

func (r *record) view() ProposalView {
	return ProposalView{
		ID: r.ID, Kind: r.Kind, Title: r.Title, Description: r.Description, Proposer: r.Proposer,
		SubmitHeight: r.SubmitHeight, SubmitTime: rfc3339(r.SubmitTime), VotingEndTime: rfc3339(r.VotingEndTime),
		Changes: r.Changes, Upgrade: r.Upgrade, Status: r.Status, Reason: r.Reason, Tally: r.Tally,
	}
}

// query answers /gov/<what>[/<arg>] over committed state.
func (k Keeper) query(kv state.KV, arg string) (any, error) {
	what, rest, _ := strings.Cut(arg, "/")
	c := exec.Context{KV: kv}
	s := store{kv}
	switch what {
	case "proposals":
		return s.proposals()
	case "proposal", "tally", "votes":
		id, err := parseID(rest)
		if err != nil {
			return nil, err
		}
		r, err := s.proposal(id)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, fmt.Errorf("%w: no proposal %d", exec.ErrNotFound, id)
		}
		switch what {
		case "proposal":
			return r.view(), nil
		case "votes":
			out := []VoteView{}
			err := s.votes(id, func(v voteRec) { out = append(out, VoteView{Voter: v.Voter, Option: v.Option, Height: v.Height}) })
			return out, err
		}
		if r.Tally != nil {
			return r.Tally, nil
		}
		t, err := k.tally(c, id)
		if err != nil {
			return nil, err
		}
		return t.View(ParamStore.Get(c), false), nil
	case "nonce":
		if !strings.HasPrefix(rest, "0x") || !common.IsHexAddress(rest) {
			return nil, fmt.Errorf("%w: want /gov/nonce/0x<20-byte address>", exec.ErrBadArgument)
		}
		n, err := s.nonce(common.HexToAddress(rest))
		return NonceView{Nonce: n}, err
	case "upgrades":
		return s.upgrades()
	case "domain":
		chainID, err := kv.Get(chainIDKey)
		if err != nil {
			return nil, fmt.Errorf("gov: chain id: %w", err)
		}
		if chainID == nil {
			return nil, fmt.Errorf("%w: no chain id in state yet", exec.ErrNotFound)
		}
		return DomainOf(kv, string(chainID))
	}
	return nil, fmt.Errorf("%w: /gov/%s (want proposals, proposal/<id>, tally/<id>, votes/<id>, nonce/<0xaddress>, upgrades, domain)", exec.ErrBadArgument, arg)
}

func parseID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 || strconv.FormatUint(id, 10) != s {
		return 0, fmt.Errorf("%w: proposal id must be a positive decimal number", exec.ErrBadArgument)
	}
	return id, nil
}

func (s store) proposals() ([]ProposalView, error) {
	out := []ProposalView{}
	var bad error
	err := s.kv.Iterate(proposalPrefix, func(key, val []byte) bool {
		var r record
		if bad = json.Unmarshal(val, &r); bad != nil {
			bad = fmt.Errorf("gov: corrupt proposal at %q: %w", key, bad)
			return false
		}
		out = append(out, r.view())
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("gov: proposals: %w", err)
	}
	return out, bad
}

// upgrades lists every scheduled upgrade by height, then module.
func (s store) upgrades() ([]ScheduledUpgrade, error) {
	out := []ScheduledUpgrade{}
	var bad error
	err := s.kv.Iterate(upgradePrefix, func(key, val []byte) bool {
		var u ScheduledUpgrade
		if bad = json.Unmarshal(val, &u); bad != nil {
			bad = fmt.Errorf("gov: corrupt upgrade at %q: %w", key, bad)
			return false
		}
		out = append(out, u)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("gov: upgrades: %w", err)
	}
	return out, bad
}

// Upgrades are the scheduled module upgrades in kv, by height then module:
// what the plugin host swaps at each height.
func Upgrades(kv state.KV) ([]ScheduledUpgrade, error) { return store{kv}.upgrades() }
