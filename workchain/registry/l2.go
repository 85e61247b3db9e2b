package registry

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
)

// The L2 staking contract's events (DESIGN.md §4) arrive as the payloads of
// core/l2event, which the witness writes, once validators attested them.

// Rejection records a registration (or a seeding) the workchain refused,
// and why.
type Rejection struct {
	ServiceNodeID uint64 `json:"service_node_id"`
	Ed25519       Hex    `json:"ed25519_pubkey"`
	Reason        string `json:"reason"`
	Height        int64  `json:"height"`
	// Event is the refused event when it is not a registration.
	Event string `json:"event,omitempty"`
}

// RejectedSeeded is Rejection.Event of a refused NewSeededServiceNode.
const RejectedSeeded = "seeded"

// Registration errors.
var (
	ErrProofOfPossession = errors.New("ed25519 signature does not prove possession of the key")
	ErrUnknownServiceID  = errors.New("unknown service node id")
)

var rejectedPrefix = []byte("reg/rejected/")

func rejectedKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(bytes.Clone(rejectedPrefix), id)
}

// ProofMessage is what the node's Ed25519 key signs to prove it belongs to
// the registrant: the Ed25519 public key followed by the BLS public key.
func ProofMessage(ed, bls []byte) []byte { return append(bytes.Clone(ed), bls...) }

// ApplyRegistration turns an attested registration into an active node, or
// records why it was refused. A refusal is not an error of the block: the
// L2 accepted something the workchain's rules do not, and the record says so.
func (k Keeper) ApplyRegistration(p Params, r l2event.Registration) (*Rejection, error) {
	reject := func(err error) (*Rejection, error) {
		rej := &Rejection{ServiceNodeID: r.ServiceNodeID, Ed25519: Hex(r.Ed25519), Reason: err.Error(), Height: k.c.Height}
		setJSON(k.c.KV, rejectedKey(r.ServiceNodeID), rej)
		k.c.Emit(abci.Event{Type: "registration_rejected", Attributes: []abci.EventAttribute{
			{Key: "service_node_id", Value: fmt.Sprint(r.ServiceNodeID), Index: true}, {Key: "reason", Value: rej.Reason},
		}})
		return rej, nil
	}
	if err := checkRegistration(p, r); err != nil {
		return reject(err)
	}
	n := &Node{ServiceNodeID: r.ServiceNodeID, Ed25519: Hex(r.Ed25519), BLS: Hex(r.BLS), FeeBP: r.FeeBP, Contributors: contributors(r.Contributors)}
	if err := k.Add(p, n); err != nil {
		if errors.Is(err, ErrKeyReuse) || errors.Is(err, ErrStakeRule) {
			return reject(err)
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

func checkRegistration(p Params, r l2event.Registration) error {
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
	raw, err := k.c.KV.Get(rejectedKey(id))
	if err != nil || raw == nil {
		return nil, err
	}
	var r Rejection
	if err := json.Unmarshal(raw, &r); err != nil {
		panic(fmt.Sprintf("registry: corrupt rejection %d: %v", id, err))
	}
	return &r, nil
}

// ApplyExitRequest starts a node's unlock period: it keeps serving (and
// stays in the active set, unless decommissioned) until exit_unlock_seconds
// have passed. A repeated request changes nothing.
func (k Keeper) ApplyExitRequest(p Params, e l2event.ExitRequest) error {
	n, err := k.NodeByID(e.ServiceNodeID)
	if err != nil {
		return err
	}
	if n.Stake != StakeRegistered {
		return nil
	}
	_, err = k.Transition(n.Ed25519, Change{Stake: StakeExiting, UnlockTime: k.c.Time + p.ExitUnlockSeconds, Reason: "exit requested on the L2"})
	return err
}

// ApplyExit records that the contract removed the node.
func (k Keeper) ApplyExit(e l2event.Exit) error {
	n, err := k.NodeByID(e.ServiceNodeID)
	if err != nil {
		return err
	}
	if !n.Staked() {
		// Gone already: unlocked (the contract's removal follows the
		// unlock) or deregistered (its liquidation, or its exit after the
		// contract's wait, follows). Record what the contract returned,
		// once: a liquidated node's operator gets the stake back less the
		// contract's penalty, as Session's nodes credit it.
		if n.Stake != StakeExited && n.Stake != StakeDeregistered || n.ReturnedAmount != 0 {
			return nil
		}
		n.ReturnedAmount = e.ReturnedAmount
		setJSON(k.c.KV, nodeKey(n.Ed25519), n)
		return k.stakeReturned(n)
	}
	n, err = k.Transition(n.Ed25519, Change{Stake: StakeExited, ReturnedAmount: e.ReturnedAmount, Reason: "exited on the L2"})
	if err != nil {
		return err
	}
	return k.stakeReturned(n)
}

// Liquidation records that the contract liquidated a node: the only way
// to tell a liquidation from an exit, since the ServiceNodeExit that
// follows looks the same (with less returned).
type Liquidation struct {
	ServiceNodeID uint64         `json:"service_node_id"`
	Initiator     common.Address `json:"initiator"`
	Height        int64          `json:"height"`
}

var liquidatedPrefix = []byte("reg/liquidated/")

func liquidatedKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(bytes.Clone(liquidatedPrefix), id)
}

// ApplyLiquidation records a liquidation of a known node whose BLS key the
// event names. It changes nothing else: the ServiceNodeExit that follows
// removes the node and returns what is left of the stake.
func (k Keeper) ApplyLiquidation(e l2event.Liquidated) error {
	n, err := k.NodeByID(e.ServiceNodeID)
	if err != nil {
		return err
	}
	if !bytes.Equal(n.BLS, e.BLS) {
		return fmt.Errorf("%w: node %d has another BLS key than the liquidated one", ErrUnknownNode, e.ServiceNodeID)
	}
	setJSON(k.c.KV, liquidatedKey(e.ServiceNodeID), Liquidation{ServiceNodeID: e.ServiceNodeID, Initiator: e.Initiator, Height: k.c.Height})
	k.c.Emit(abci.Event{Type: "node_liquidated", Attributes: []abci.EventAttribute{
		{Key: "service_node_id", Value: fmt.Sprint(e.ServiceNodeID), Index: true},
		{Key: "initiator", Value: e.Initiator.Hex()},
	}})
	return nil
}

// Liquidated returns the liquidation of a service node id, if any.
func (k Keeper) Liquidated(id uint64) (*Liquidation, error) {
	raw, err := k.c.KV.Get(liquidatedKey(id))
	if err != nil || raw == nil {
		return nil, err
	}
	var l Liquidation
	if err := json.Unmarshal(raw, &l); err != nil {
		panic(fmt.Sprintf("registry: corrupt liquidation %d: %v", id, err))
	}
	return &l, nil
}

// stakeReturned tells the hooks what the contract returned of n's stake.
func (k Keeper) stakeReturned(n *Node) error {
	if k.hooks == nil {
		return nil
	}
	return k.hooks.AfterStakeReturned(k.c, n.clone())
}

// ApplyRequirementUpdate sets the staking requirement for later
// registrations, through the parameters' own validation, as the "l2"
// authority.
func ApplyRequirementUpdate(c exec.Context, u l2event.RequirementUpdated) error {
	p := ParamStore.Get(c)
	p.StakingRequirement = u.NewRequirement
	if err := ParamStore.Update(c, exec.AuthorityL2, p); err != nil {
		return fmt.Errorf("%w: %w", ErrStakeRule, err)
	}
	return nil
}
