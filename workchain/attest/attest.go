// Package attest turns validators' vote extensions into L2 events the
// workchain applies (DESIGN.md §4): the proposer injects the extended commit
// of the previous height into its block, every validator checks it against
// the signatures and the voting power in state, and an event applies when
// validators with more than 2/3 of the power reported the same bytes, in L2
// order, exactly once.
//
// Known attacks on this pattern and the defence here:
//   - a validator's extension counted twice: Prune and CheckInjected drop or
//     refuse a second vote from the same validator;
//   - power taken from the proposal: power and keys come from the Set the
//     caller reads from state; the proposal's numbers are ignored;
//   - Prepare and Process drifting apart: both use Prune, and Process
//     refuses an injected commit that Prune would change.
package attest

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/seshnet/seshnet/core/l2event"
)

// Validator is a member of the set that voted, as state holds it.
type Validator struct {
	PubKey []byte // Ed25519
	Power  int64
}

// Set is the validator set of one height, indexed by CometBFT address.
type Set struct {
	byAddr map[string]Validator
	Total  int64
	// Format is the newest vote-extension format read at the votes' height
	// (l2event.FormatV1, FormatV2): extensions in a newer format are pruned
	// like malformed ones, and format 2 brings the tally rules of Tally.
	Format byte
}

// NewSet indexes vals; it reads the latest extension format.
func NewSet(vals []Validator) Set {
	s := Set{byAddr: map[string]Validator{}, Format: l2event.FormatLatest}
	for _, v := range vals {
		s.byAddr[string(cmted.PubKey(v.PubKey).Address())] = v
		s.Total += v.Power
	}
	return s
}

func (s Set) get(addr []byte) (Validator, bool) {
	v, ok := s.byAddr[string(addr)]
	return v, ok
}

// Prune keeps, in order, the first vote of each validator of the set that
// committed the block and carries a well-formed extension. Signatures are
// not checked here: CometBFT checked them for the proposer's own commit, and
// CheckInjected checks them for everyone else.
func Prune(info abci.ExtendedCommitInfo, set Set) abci.ExtendedCommitInfo {
	out := abci.ExtendedCommitInfo{Round: info.Round}
	seen := map[string]bool{}
	for _, v := range info.Votes {
		addr := string(v.Validator.Address)
		if seen[addr] || v.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(v.VoteExtension) == 0 {
			continue
		}
		if _, ok := set.get(v.Validator.Address); !ok {
			continue
		}
		if _, err := set.decode(v.VoteExtension); err != nil {
			continue
		}
		seen[addr] = true
		out.Votes = append(out.Votes, v)
	}
	return out
}

// The injected transaction: a marker no signed transaction can start with
// (they start with envelope version 1), then the extended commit.
var marker = []byte("\x00seshnet/attest/v1\x00")

// Inject encodes a pruned extended commit as the block's first transaction.
func Inject(info abci.ExtendedCommitInfo) ([]byte, error) {
	raw, err := info.Marshal()
	if err != nil {
		return nil, fmt.Errorf("encode attestations: %w", err)
	}
	return append(bytes.Clone(marker), raw...), nil
}

// IsInjected reports whether tx is an attestation transaction.
func IsInjected(tx []byte) bool { return bytes.HasPrefix(tx, marker) }

// Extract decodes an attestation transaction. Only the bytes Inject writes
// are accepted (Inject(Extract(tx)) == tx): the decoder skips unknown
// fields, and a proposer must not be able to pad the transaction with them.
func Extract(tx []byte) (abci.ExtendedCommitInfo, error) {
	var info abci.ExtendedCommitInfo
	if !IsInjected(tx) {
		return info, errors.New("not an attestation transaction")
	}
	body := tx[len(marker):]
	if err := info.Unmarshal(body); err != nil {
		return abci.ExtendedCommitInfo{}, fmt.Errorf("decode attestations: %w", err)
	}
	again, err := info.Marshal()
	if err != nil {
		return abci.ExtendedCommitInfo{}, fmt.Errorf("re-encode attestations: %w", err)
	}
	if !bytes.Equal(again, body) {
		return abci.ExtendedCommitInfo{}, fmt.Errorf("%w: attestations are not in their canonical encoding (%d bytes, canonical %d)", ErrBadInjection, len(body), len(again))
	}
	return info, nil
}

// TxSize is a transaction's size as CometBFT counts it against a block's
// MaxTxBytes (types.Txs.Validate): its length with the protobuf tag and
// length prefix it takes in the block's data.
func TxSize(tx []byte) int64 { return cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{tx}) }

// protoField is the size of a length-delimited protobuf field of n bytes
// with a one-byte tag.
func protoField(n int64) int64 { return 1 + int64(bits.Len64(uint64(n)|1)+6)/7 + n }

// Fit keeps the votes of a pruned commit whose injected transaction fits in
// maxTxBytes as TxSize counts it. Whole votes go, never part of one, so what
// is left is still an injection CheckInjected accepts. Votes are kept by
// most power (from set), then smallest extension, then commit order, and
// stay in commit order. Nothing fits: no votes.
func Fit(info abci.ExtendedCommitInfo, set Set, maxTxBytes int64) abci.ExtendedCommitInfo {
	out := abci.ExtendedCommitInfo{Round: info.Round}
	base := int64(len(marker) + out.Size())
	type cand struct {
		i     int
		power int64
		size  int64
	}
	cands := make([]cand, len(info.Votes))
	for i, v := range info.Votes {
		val, _ := set.get(v.Validator.Address)
		cands[i] = cand{i: i, power: val.Power, size: protoField(int64(v.Size()))}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].power != cands[b].power {
			return cands[a].power > cands[b].power
		}
		return cands[a].size < cands[b].size
	})
	keep := make([]bool, len(info.Votes))
	total := base
	for _, c := range cands {
		if protoField(total+c.size) <= maxTxBytes {
			keep[c.i], total = true, total+c.size
		}
	}
	for i, v := range info.Votes {
		if keep[i] {
			out.Votes = append(out.Votes, v)
		}
	}
	// The sum above is the encoding's own arithmetic; the bytes decide.
	for len(out.Votes) > 0 {
		raw, err := Inject(out)
		if err == nil && TxSize(raw) <= maxTxBytes {
			break
		}
		out.Votes = out.Votes[:len(out.Votes)-1]
	}
	return out
}

// Errors of CheckInjected.
var ErrBadInjection = errors.New("bad attestations in proposal")

// CheckInjected is ProcessProposal's check of an injected commit for height
// (whose votes are for height-1): every vote is one the proposal's last
// commit shows as a commit, no validator twice, every extension signed by
// the validator's key from state, and nothing Prune would remove.
func CheckInjected(info abci.ExtendedCommitInfo, proposed abci.CommitInfo, set Set, chainID string, height int64) error {
	if info.Round != proposed.Round {
		return fmt.Errorf("%w: round %d, last commit round %d", ErrBadInjection, info.Round, proposed.Round)
	}
	committed := map[string]bool{}
	for _, v := range proposed.Votes {
		if v.BlockIdFlag == cmtproto.BlockIDFlagCommit {
			committed[string(v.Validator.Address)] = true
		}
	}
	seen := map[string]bool{}
	for i, v := range info.Votes {
		addr := string(v.Validator.Address)
		if seen[addr] {
			return fmt.Errorf("%w: validator %X appears twice", ErrBadInjection, v.Validator.Address)
		}
		seen[addr] = true
		if !committed[addr] {
			return fmt.Errorf("%w: vote %d is not in the last commit", ErrBadInjection, i)
		}
		val, ok := set.get(v.Validator.Address)
		if !ok {
			return fmt.Errorf("%w: %X is not a validator of height %d", ErrBadInjection, v.Validator.Address, height-1)
		}
		sb := cmttypes.VoteExtensionSignBytes(chainID, &cmtproto.Vote{Height: height - 1, Round: info.Round, Extension: v.VoteExtension})
		if !cmted.PubKey(val.PubKey).VerifySignature(sb, v.ExtensionSignature) {
			return fmt.Errorf("%w: extension of %X is not signed by it", ErrBadInjection, v.Validator.Address)
		}
	}
	if pruned := Prune(info, set); len(pruned.Votes) != len(info.Votes) {
		return fmt.Errorf("%w: %d votes should have been pruned", ErrBadInjection, len(info.Votes)-len(pruned.Votes))
	}
	return nil
}

// Cursor is the place in L2 order of the last event applied or passed.
type Cursor = l2event.Cursor

func at(e l2event.Event) Cursor { return l2event.At(e) }

func (s Set) format() byte {
	if s.Format == 0 {
		return l2event.FormatV1
	}
	return s.Format
}

// decode reads an extension in a format of the set's height.
func (s Set) decode(ext []byte) (l2event.Observation, error) {
	return l2event.DecodeFormat(ext, s.format())
}
