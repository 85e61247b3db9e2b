package punish

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

// TxVote is the transaction type of a tester's verdict.
const TxVote = "punish_vote"

// Errors of the punish codespace (docs/punishments.md).
var (
	ErrMalformedVote = errors.New("malformed vote")
	ErrNotTester     = errors.New("not a tester of that node at that height")
	ErrVoteHeight    = errors.New("vote height out of range")
	ErrDuplicateVote = errors.New("duplicate vote")
	ErrNoChange      = errors.New("vote changes nothing")
)

// Vote is the body of a punish_vote: the tester's verdict on node, whose
// quorum of height it belongs to.
type Vote struct {
	Node   []byte
	Height int64
	Pass   bool
}

type voteJSON struct {
	Node   *string `json:"node"`
	Height *int64  `json:"height"`
	Pass   *bool   `json:"pass"`
}

// EncodeVote is the body of a punish_vote transaction.
func EncodeVote(v Vote) []byte {
	raw, err := json.Marshal(struct {
		Node   string `json:"node"`
		Height int64  `json:"height"`
		Pass   bool   `json:"pass"`
	}{hex.EncodeToString(v.Node), v.Height, v.Pass})
	if err != nil {
		panic(err) // a struct of a string, an int and a bool
	}
	return raw
}

// DecodeVote reads a punish_vote body strictly: exactly the fields node
// (64 lower-case hex), height (positive) and pass, each once, spelled
// exactly so, and nothing after. Anything else is ErrMalformedVote.
func DecodeVote(body []byte) (Vote, error) {
	v, err := exec.DecodeStrict[voteJSON](body)
	if err != nil {
		return Vote{}, fmt.Errorf("%w: %w", ErrMalformedVote, err)
	}
	if err := exactKeys(body); err != nil {
		return Vote{}, err
	}
	if v.Node == nil || v.Height == nil || v.Pass == nil {
		return Vote{}, fmt.Errorf("%w: node, height and pass are all required", ErrMalformedVote)
	}
	node, err := hex.DecodeString(*v.Node)
	if err != nil || len(node) != 32 || hex.EncodeToString(node) != *v.Node {
		return Vote{}, fmt.Errorf("%w: node must be 64 lower-case hex digits", ErrMalformedVote)
	}
	if *v.Height < 1 {
		return Vote{}, fmt.Errorf("%w: height must be positive", ErrMalformedVote)
	}
	return Vote{Node: node, Height: *v.Height, Pass: *v.Pass}, nil
}

// exactKeys refuses what encoding/json forgives: a key in another case
// ("Node") or given twice.
func exactKeys(body []byte) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if _, err := dec.Token(); err != nil { // '{', checked by DecodeStrict
		return fmt.Errorf("%w: %w", ErrMalformedVote, err)
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%w: %w", ErrMalformedVote, err)
		}
		key, _ := tok.(string)
		if (key != "node" && key != "height" && key != "pass") || seen[key] {
			return fmt.Errorf("%w: field %q unknown or repeated", ErrMalformedVote, key)
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return fmt.Errorf("%w: %w", ErrMalformedVote, err)
		}
	}
	return nil
}

// checkVote is what Check and Deliver both require of a vote from tester,
// in the order of the codes: well formed (1), in time (3), from a tester
// of that node's quorum at that height (2), not already cast (4), and one
// that would change the node's state (5).
func (k Keeper) checkVote(c exec.Context, s store, tester []byte, body []byte) (Vote, *test, *registry.Node, error) {
	v, err := DecodeVote(body)
	if err != nil {
		return v, nil, nil, err
	}
	p := ParamStore.Get(c)
	if v.Height+p.VoteLifetimeBlocks < c.Height {
		return v, nil, nil, fmt.Errorf("%w: height %d is past its %d blocks (now %d)", ErrVoteHeight, v.Height, p.VoteLifetimeBlocks, c.Height)
	}
	if v.Height > c.Height {
		return v, nil, nil, fmt.Errorf("%w: height %d is in the future (now %d)", ErrVoteHeight, v.Height, c.Height)
	}
	t := s.test(v.Height, v.Node)
	if t == nil || !t.isTester(tester) {
		return v, nil, nil, fmt.Errorf("%w: %x is not in the quorum of %x at height %d", ErrNotTester, tester, v.Node, v.Height)
	}
	if raw, err := s.kv.Get(voteKey(v.Node, v.Height, tester)); err != nil || raw != nil {
		return v, nil, nil, errors.Join(err, fmt.Errorf("%w: %x already voted on %x at height %d", ErrDuplicateVote, tester, v.Node, v.Height))
	}
	n, err := k.reg.Keeper(c).Node(v.Node)
	if err != nil {
		return v, nil, nil, err
	}
	if err := changes(s, v, n); err != nil {
		return v, nil, nil, err
	}
	return v, t, n, *s.err
}

// changes refuses a verdict that would not move the node: fail for a node
// not in the active set (or with a decision already waiting), pass for a
// node not decommissioned.
func changes(s store, v Vote, n *registry.Node) error {
	if v.Pass {
		if n.Service != registry.ServiceDecommissioned || !n.Staked() {
			return fmt.Errorf("%w: pass for %x, which is %s", ErrNoChange, v.Node, n.Status())
		}
		return nil
	}
	if !n.InActiveSet() {
		return fmt.Errorf("%w: fail for %x, which is %s", ErrNoChange, v.Node, n.Status())
	}
	if r := s.node(v.Node); r != nil && r.Pending {
		return fmt.Errorf("%w: fail for %x, whose deactivation is already decided", ErrNoChange, v.Node)
	}
	return nil
}

func (k Keeper) checkTx(c exec.Context, t *tx.Tx) error {
	_, _, _, err := k.checkVote(c, newStore(c.KV), t.Signer.ID, t.Body)
	return err
}

// deliverVote records the vote and its tally; the vote that reaches the
// quorum's needed count decides: recommission at once, or a fail decision
// queued for the end of the block.
func (k Keeper) deliverVote(c exec.Context, tr *tx.Tx) error {
	s := newStore(c.KV)
	v, t, n, err := k.checkVote(c, s, tr.Signer.ID, tr.Body)
	if err != nil {
		return err
	}
	verdict := byte(0)
	if v.Pass {
		verdict, t.Pass = 1, t.Pass+1
	} else {
		t.Fail++
	}
	s.kv.Set(voteKey(v.Node, v.Height, tr.Signer.ID), []byte{verdict})
	s.set(testKey(v.Height, v.Node), t)
	switch {
	case v.Pass && t.Pass >= t.Needed:
		reason := fmt.Sprintf("%d of %d testers passed it at height %d", t.Pass, len(t.Testers), v.Height)
		if err := k.transition(c, s, v.Node, registry.Change{Service: registry.ServiceActive, Reason: reason}, Recommission); err != nil {
			return err
		}
	case !v.Pass && t.Fail >= t.Needed:
		k.decideFail(c, s, n, fmt.Sprintf("%d of %d testers failed it at height %d", t.Fail, len(t.Testers), v.Height))
	}
	return *s.err
}
