package registry

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/params"
)

// The L2 staking contract's events (DESIGN.md §4) arrive as the payloads of
// core/l2event, which the witness writes, once validators attested them.

// Rejection records a registration the workchain refused, and why.
type Rejection struct {
	ServiceNodeID uint64 `json:"service_node_id"`
	Ed25519       Hex    `json:"ed25519_pubkey"`
	Reason        string `json:"reason"`
	Height        int64  `json:"height"`
}

// Registration errors.
var (
	ErrProofOfPossession = errors.New("ed25519 signature does not prove possession of the key")
	ErrUnknownServiceID  = errors.New("unknown service node id")
)

var (
	rejectedPrefix = []byte("reg/rejected/")
	unlockPrefix   = []byte("reg/unlock/")
)

func rejectedKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(bytes.Clone(rejectedPrefix), id)
}

// unlockKey orders exiting nodes by unlock time, so each block reads only
// the ones due.
func unlockKey(at int64, pub []byte) []byte {
	return append(binary.BigEndian.AppendUint64(bytes.Clone(unlockPrefix), uint64(at)), pub...)
}

// ProofMessage is what the node's Ed25519 key signs to prove it belongs to
// the registrant: the Ed25519 public key followed by the BLS public key.
func ProofMessage(ed, bls []byte) []byte { return append(bytes.Clone(ed), bls...) }

// ApplyRegistration turns an attested registration into an active node, or
// records why it was refused. A refusal is not an error of the block: the
// L2 accepted something the workchain's rules do not, and the record says so.
func (k Keeper) ApplyRegistration(p params.Registry, r l2event.Registration, height, blockTime int64) (*Rejection, error) {
	if err := checkRegistration(p, r); err != nil {
		rej := &Rejection{ServiceNodeID: r.ServiceNodeID, Ed25519: Hex(r.Ed25519), Reason: err.Error(), Height: height}
		setJSON(k.kv, rejectedKey(r.ServiceNodeID), rej)
		return rej, nil
	}
	n := &Node{
		ServiceNodeID: r.ServiceNodeID, Ed25519: Hex(r.Ed25519), BLS: Hex(r.BLS), FeeBP: r.FeeBP, Contributors: contributors(r.Contributors),
		State: StateActive, RegisteredHeight: height, ActiveSinceHeight: height, ActiveSinceTime: blockTime,
	}
	if err := k.Add(p, n); err != nil {
		if errors.Is(err, ErrKeyReuse) || errors.Is(err, ErrStakeRule) {
			rej := &Rejection{ServiceNodeID: r.ServiceNodeID, Ed25519: Hex(r.Ed25519), Reason: err.Error(), Height: height}
			setJSON(k.kv, rejectedKey(r.ServiceNodeID), rej)
			return rej, nil
		}
		return nil, err
	}
	return nil, nil
}

func contributors(cs []l2event.Contributor) []Contributor {
	out := make([]Contributor, len(cs))
	for i, c := range cs {
		out[i] = Contributor(c)
	}
	return out
}

func checkRegistration(p params.Registry, r l2event.Registration) error {
	if len(r.Ed25519) != ed25519.PublicKeySize || len(r.BLS) != 64 || len(r.Ed25519Sig) != ed25519.SignatureSize {
		return fmt.Errorf("%w: key or signature of the wrong size", ErrStakeRule)
	}
	if !ed25519.Verify(ed25519.PublicKey(r.Ed25519), ProofMessage(r.Ed25519, r.BLS), r.Ed25519Sig) {
		return ErrProofOfPossession
	}
	return CheckStake(p, contributors(r.Contributors), r.FeeBP)
}

// Rejected returns the rejection of a service node id, if any.
func (k Keeper) Rejected(id uint64) (*Rejection, error) {
	var r Rejection
	ok, err := getJSON(k.kv, rejectedKey(id), &r)
	if !ok || err != nil {
		return nil, err
	}
	return &r, nil
}

// NodeByID returns the node with an L2 service node id.
func (k Keeper) NodeByID(id uint64) (*Node, error) {
	pub, err := k.kv.Get(idKey(id))
	if err != nil {
		return nil, err
	}
	if pub == nil {
		return nil, fmt.Errorf("%w %d", ErrUnknownServiceID, id)
	}
	return k.Node(pub)
}

// ApplyExitRequest starts a node's unlock period: it keeps serving (and stays
// in the active set) until exit_unlock_seconds have passed.
func (k Keeper) ApplyExitRequest(p params.Registry, e l2event.ExitRequest, blockTime int64) error {
	n, err := k.NodeByID(e.ServiceNodeID)
	if err != nil {
		return err
	}
	if n.State == StateExiting || n.State == StateExited || n.UnlockTime != 0 {
		return nil // a repeated request changes nothing
	}
	// A decommissioned node stays out of the active set (review D15: the
	// request revived it): it leaves at its unlock time, and if it is
	// recommissioned meanwhile it serves as exiting (SetNodeState).
	if n.State != StateDecommissioned {
		n.State = StateExiting
	}
	n.UnlockTime = blockTime + p.ExitUnlockSeconds
	setJSON(k.kv, nodeKey(n.Ed25519), n)
	k.kv.Set(unlockKey(n.UnlockTime, n.Ed25519), []byte{1})
	return nil
}

// UnlockDue moves the exiting nodes whose unlock time has come to exited
// (out of the active set) and returns how many.
func (k Keeper) UnlockDue(blockTime int64) (int, error) {
	var due [][]byte
	err := k.kv.Iterate(unlockPrefix, func(key, _ []byte) bool {
		at := int64(binary.BigEndian.Uint64(key[len(unlockPrefix):]))
		if at > blockTime {
			return false
		}
		due = append(due, bytes.Clone(key))
		return true
	})
	if err != nil {
		return 0, err
	}
	for _, key := range due {
		k.kv.Delete(key)
		pub := key[len(unlockPrefix)+8:]
		n, err := k.Node(pub)
		if err != nil {
			return 0, err
		}
		if n.State == StateExiting || n.State == StateDecommissioned {
			n.State = StateExited
			setJSON(k.kv, nodeKey(pub), n)
		}
	}
	return len(due), nil
}

// ApplyExit records that the contract removed the node.
func (k Keeper) ApplyExit(e l2event.Exit) error {
	n, err := k.NodeByID(e.ServiceNodeID)
	if err != nil {
		return err
	}
	if n.State == StateExiting || (n.State == StateDecommissioned && n.UnlockTime != 0) {
		k.kv.Delete(unlockKey(n.UnlockTime, n.Ed25519))
	}
	n.State = StateExited
	n.ReturnedAmount = e.ReturnedAmount
	setJSON(k.kv, nodeKey(n.Ed25519), n)
	return nil
}

// RequirementUpdate checks a StakingRequirementUpdated value; the caller
// stores it in the parameters, where it applies to later registrations.
func RequirementUpdate(newRequirement uint64) error {
	if newRequirement == 0 {
		return fmt.Errorf("%w: staking requirement of 0", ErrStakeRule)
	}
	return nil
}
