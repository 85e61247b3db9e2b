package punish

import (
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Hooks keep the punishment records in step with every node state change,
// whatever made it (a decision here, liveness, the L2): the lists quorums
// are drawn from, the credit, the expiry queue and the deregistration
// lock.
type Hooks struct{}

var _ registry.Hooks = Hooks{}

// AfterNodeCreated starts the node's credit and makes it a tester and a
// tested node.
func (Hooks) AfterNodeCreated(c exec.Context, n *registry.Node) error {
	s := newStore(c.KV)
	s.setNode(n.Ed25519, &nodeRec{Credit: ParamStore.Get(c).CreditStartSeconds, CreditTime: c.Time})
	testedList.add(s, n.Ed25519)
	if n.InActiveSet() {
		testerList.add(s, n.Ed25519)
	}
	return *s.err
}

// BeforeNodeStateChange does nothing: the records move after the change.
func (Hooks) BeforeNodeStateChange(exec.Context, *registry.Node, registry.Change) error { return nil }

// AfterNodeStateChange moves the node between the lists and settles its
// credit: decommissioned, it keeps what it earned and starts burning it
// (queued to expire); recommissioned, it keeps max(0, credit − 2 × time
// decommissioned); deregistered, its stake's lock starts.
func (Hooks) AfterNodeStateChange(c exec.Context, before, after *registry.Node) error {
	s := newStore(c.KV)
	pub := after.Ed25519
	switch {
	case !before.InActiveSet() && after.InActiveSet():
		testerList.add(s, pub)
	case before.InActiveSet() && !after.InActiveSet():
		testerList.remove(s, pub)
	}
	if before.Staked() && !after.Staked() {
		testedList.remove(s, pub)
	}
	p := ParamStore.Get(c)
	r := Keeper{}.record(c, s, pub)
	wasDecomm := before.Service == registry.ServiceDecommissioned && before.Staked()
	isDecomm := after.Service == registry.ServiceDecommissioned && after.Staked()
	switch {
	case !wasDecomm && isDecomm:
		r.Credit, r.CreditTime = activeCredit(p, r, c.Time), c.Time
		r.DecommissionedAt, r.ExpiresAt = c.Time, c.Time+r.Credit
		expiryQueue.Push(c.KV, r.ExpiresAt, pub)
	case wasDecomm && !isDecomm:
		expiryQueue.Remove(c.KV, r.ExpiresAt, pub)
		if after.Staked() { // recommissioned: Session's rule
			r.Credit = max(0, r.Credit-2*(c.Time-r.DecommissionedAt))
		} else {
			r.Credit = decommissionedCredit(r, c.Time)
		}
		r.CreditTime, r.DecommissionedAt, r.ExpiresAt = c.Time, 0, 0
	case before.Staked() && !after.Staked():
		r.Credit, r.CreditTime = activeCredit(p, r, c.Time), c.Time
	}
	if before.Stake != registry.StakeDeregistered && after.Stake == registry.StakeDeregistered {
		r.DeregisteredTime = c.Time
		r.LockedUntil = c.Time + p.DeregLockSeconds
		r.LiquidatableTime = r.LockedUntil + p.LiquidationBufferSeconds
	}
	s.setNode(pub, r)
	return *s.err
}

// AfterStakeReturned does nothing.
func (Hooks) AfterStakeReturned(exec.Context, *registry.Node) error { return nil }
