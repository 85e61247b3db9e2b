package gov

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/state"
)

// State keys, all under gov/ (docs/governance.md).
var (
	chainIDKey     = []byte("gov/chain_id")  // the workchain's chain id (the domain's name), from genesis
	nextIDKey      = []byte("gov/next_id")   // -> next proposal id, 8 bytes big-endian
	proposalPrefix = []byte("gov/proposal/") // + id -> record, JSON
	votePrefix     = []byte("gov/vote/")     // + id + voter -> option ‖ height (1 + 8 bytes)
	noncePrefix    = []byte("gov/nonce/")    // + voter -> next nonce, 8 bytes
	upgradePrefix  = []byte("gov/upgrade/")  // + height + module + 0 + id -> ScheduledUpgrade, JSON
	openPrefix     = []byte("gov/open/")     // + proposer -> its proposals being voted on, 8 bytes (absent: 0)
	// votingQueue holds the proposals being voted on, by voting end time.
	votingQueue = state.NewQueue("gov/voting/")
)

// Statuses of a proposal.
const (
	StatusVoting   = "voting"
	StatusPassed   = "passed"
	StatusRejected = "rejected"
	StatusFailed   = "failed"
)

// Reasons of a rejection.
const (
	ReasonQuorum    = "quorum"
	ReasonVeto      = "veto"
	ReasonThreshold = "threshold"
)

// record is a proposal as stored. Times are block times, unix seconds.
type record struct {
	ID            uint64         `json:"id"`
	Kind          string         `json:"kind"`
	Title         string         `json:"title"`
	Description   string         `json:"description"`
	Proposer      common.Address `json:"proposer"`
	SubmitHeight  int64          `json:"submit_height"`
	SubmitTime    int64          `json:"submit_time"`
	VotingEndTime int64          `json:"voting_end_time"`
	Changes       []Change       `json:"changes,omitempty"`
	Upgrade       *Upgrade       `json:"upgrade,omitempty"`
	Status        string         `json:"status"`
	Reason        string         `json:"reason,omitempty"`
	Tally         *TallyView     `json:"tally,omitempty"`
}

// ScheduledUpgrade is a passed module_upgrade: from Height on, nodes run
// Version of Module (the plugin host reads gov/upgrades).
type ScheduledUpgrade struct {
	ProposalID uint64            `json:"proposal_id"`
	Module     string            `json:"module"`
	Version    string            `json:"version"`
	Binaries   map[string]string `json:"binaries"`
	Height     int64             `json:"height"`
	URL        string            `json:"url,omitempty"`
}

func be64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func proposalKey(id uint64) []byte { return join(proposalPrefix, be64(id)) }

func votesOf(id uint64) []byte { return join(votePrefix, be64(id)) }

func voteKey(id uint64, voter common.Address) []byte { return join(votesOf(id), voter.Bytes()) }

func nonceKey(voter common.Address) []byte { return join(noncePrefix, voter.Bytes()) }

func openKey(proposer common.Address) []byte { return join(openPrefix, proposer.Bytes()) }

func upgradeKey(u ScheduledUpgrade) []byte {
	return join(upgradePrefix, be64(uint64(u.Height)), []byte(u.Module), []byte{0}, be64(u.ProposalID))
}

// store reads and writes governance state over a KV.
type store struct{ kv state.KV }

func (s store) getJSON(key []byte, out any) (bool, error) {
	raw, err := s.kv.Get(key)
	if err != nil || raw == nil {
		return false, err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		// Only this package writes under gov/: corruption, not input.
		return false, fmt.Errorf("gov: state %q is corrupt: %w", key, err)
	}
	return true, nil
}

func (s store) setJSON(key []byte, v any) {
	s.kv.Set(key, mustJSON(v))
}

func (s store) uint(key []byte) (uint64, error) {
	raw, err := s.kv.Get(key)
	if err != nil || raw == nil {
		return 0, err
	}
	if len(raw) != 8 {
		return 0, fmt.Errorf("gov: state %q is corrupt: %d bytes", key, len(raw))
	}
	return binary.BigEndian.Uint64(raw), nil
}

// nextID is the id the next proposal takes: ids count from 1.
func (s store) nextID() (uint64, error) {
	id, err := s.uint(nextIDKey)
	return max(id, 1), err
}

func (s store) proposal(id uint64) (*record, error) {
	var r record
	ok, err := s.getJSON(proposalKey(id), &r)
	if err != nil || !ok {
		return nil, err
	}
	return &r, nil
}

func (s store) setProposal(r *record) { s.setJSON(proposalKey(r.ID), r) }

// nonce is the voter's next governance nonce.
func (s store) nonce(voter common.Address) (uint64, error) { return s.uint(nonceKey(voter)) }

// openOf is how many of proposer's proposals are being voted on.
func (s store) openOf(proposer common.Address) (uint64, error) { return s.uint(openKey(proposer)) }

// addOpen counts a proposal of proposer opened (+1) or finished (-1); the
// key goes at 0, so a proposer with nothing open costs no state. A count
// never goes below 0 (a proposal opened on a chain older than the count
// finishes with none to take).
func (s store) addOpen(proposer common.Address, delta int) error {
	n, err := s.openOf(proposer)
	if err != nil {
		return err
	}
	switch {
	case delta > 0:
		n++
	case n > 0:
		n--
	}
	if n == 0 {
		s.kv.Delete(openKey(proposer))
		return nil
	}
	s.kv.Set(openKey(proposer), be64(n))
	return nil
}

func (s store) setNonce(voter common.Address, n uint64) { s.kv.Set(nonceKey(voter), be64(n)) }

// voteRec is one stored vote.
type voteRec struct {
	Voter  common.Address
	Option uint8
	Height int64
}

func (s store) setVote(id uint64, v voteRec) {
	s.kv.Set(voteKey(id, v.Voter), binary.BigEndian.AppendUint64([]byte{v.Option}, uint64(v.Height)))
}

// votes visits a proposal's votes in voter order.
func (s store) votes(id uint64, fn func(voteRec)) error {
	prefix := votesOf(id)
	var bad error
	err := s.kv.Iterate(prefix, func(key, val []byte) bool {
		rest := key[len(prefix):]
		if len(rest) != common.AddressLength || len(val) != 9 {
			bad = fmt.Errorf("gov: corrupt vote at %q", key)
			return false
		}
		fn(voteRec{Voter: common.BytesToAddress(rest), Option: val[0], Height: int64(binary.BigEndian.Uint64(val[1:]))})
		return true
	})
	if err != nil {
		return fmt.Errorf("gov: votes of %d: %w", id, err)
	}
	return bad
}
