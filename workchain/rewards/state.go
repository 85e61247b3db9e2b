package rewards

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/workchain/state"
)

// State keys. Values are core/codec's deterministic binary encoding; 256-bit
// amounts are written as their minimal big-endian bytes (0: empty).
var (
	poolKey      = []byte("rewards/pool")
	nodePrefix   = []byte("rewards/node/")  // + ed25519 key -> nodeAcc
	acctPrefix   = []byte("rewards/acct/")  // + 20-byte address -> account
	benefPrefix  = []byte("rewards/benef/") // + 20-byte address + ed25519 key -> 1
	l2Prefix     = []byte("rewards/l2/")    // + 20-byte address -> l2Account
	payableQueue = state.NewQueue(string(waitPrefix))
	waitPrefix   = []byte("rewards/wait/") // state.Queue's keys: + 8-byte big-endian time + ed25519 key
)

func nodeKey(pub []byte) []byte { return append(bytes.Clone(nodePrefix), pub...) }
func acctKey(a common.Address) []byte {
	return append(bytes.Clone(acctPrefix), a.Bytes()...)
}
func l2Key(a common.Address) []byte { return append(bytes.Clone(l2Prefix), a.Bytes()...) }
func benefKey(a common.Address, pub []byte) []byte {
	return append(append(bytes.Clone(benefPrefix), a.Bytes()...), pub...)
}

// Pool is the network's reward accounting (one record, read and written by
// every block).
type Pool struct {
	// Rate is RewardRatePool.rewardRate(): atomic SESH per 120 s.
	Rate         uint256.Int
	RateL2Height uint64
	// LastTime is the time of the last block paid (0: none yet).
	LastTime int64
	// TimeCarry is (rate × seconds) mod 120 carried to the next block:
	// the fraction of an atomic unit not yet emitted, in 1/120ths.
	TimeCarry uint64
	// SplitCarry is what an equal split among the payable nodes left over
	// (less than their number), carried into the next block's split.
	SplitCarry uint64
	// Payable is how many nodes earn now.
	Payable uint64
	// Waiting is how many nodes are in the payable-after queue, and
	// NextWait a time no later than the earliest of them: a block reads the
	// queue only when something may be due (a scan passes over the
	// deletions badger keeps until compaction, so it must not run every
	// block).
	Waiting  uint64
	NextWait int64
	// Index is what one node earned from the first block to now: each
	// block adds its per-node share (F1's cumulative reward ratio, per
	// node rather than per unit of stake because nodes share equally).
	Index uint256.Int
	// Emitted is every atomic unit the blocks paid out to payable nodes.
	Emitted uint256.Int
	// Settled is what was credited to addresses; Dust the settled nodes'
	// rounding remainders. Emitted = Settled + Dust + SplitCarry + what
	// nodes earned since they were last settled.
	Settled uint256.Int
	Dust    uint256.Int
	// StakesReturned is the stake credited back at exits (not emission).
	StakesReturned uint256.Int
}

// nodeAcc is a node's accumulator: whether it earns, where it was last
// settled, and how its reward splits (copied from the registry at
// registration; a node's contributors never change).
type nodeAcc struct {
	Payable bool
	// Waiting: in the payable-after queue at WaitAt (its active-since time).
	Waiting bool
	WaitAt  int64
	// Index is Pool.Index at the last settlement; Cum what the node earned
	// in all up to then.
	Index uint256.Int
	Cum   uint256.Int
	FeeBP uint32
	// Recipients: [0] is the operator, whose beneficiary also takes the fee.
	Recipients []recipient
}

type recipient struct {
	Staker      common.Address
	Beneficiary common.Address
	Amount      uint64
}

// account is an address's cumulative credit.
type account struct {
	Rewards uint256.Int
	Stakes  uint256.Int
}

// l2Account is what the L2 reported of an address: the total it claimed
// (the sum of its RewardsClaimed amounts) and its cumulative balance as of
// the last RewardsBalanceUpdated. It is a record of its own, not part of
// account, so that an address that never claimed keeps its old encoding.
type l2Account struct {
	Claimed   uint256.Int
	L2Balance uint256.Int
}

func (a *l2Account) encode() []byte {
	w := codec.NewWriter(68)
	writeU256(w, &a.Claimed)
	writeU256(w, &a.L2Balance)
	return w.Bytes()
}

func (a *l2Account) decode(b []byte) error {
	r := codec.NewReader(b)
	readU256(r, &a.Claimed)
	readU256(r, &a.L2Balance)
	return r.Done()
}

func writeU256(w *codec.Writer, v *uint256.Int) { w.Blob(v.Bytes()) }

func readU256(r *codec.Reader, v *uint256.Int) {
	v.SetBytes(r.Blob(32))
}

func (p *Pool) encode() []byte {
	w := codec.NewWriter(160)
	writeU256(w, &p.Rate)
	w.Uvarint(p.RateL2Height)
	w.Uvarint(uint64(p.LastTime))
	w.Uvarint(p.TimeCarry)
	w.Uvarint(p.SplitCarry)
	w.Uvarint(p.Payable)
	w.Uvarint(p.Waiting)
	w.Uvarint(uint64(p.NextWait))
	for _, v := range []*uint256.Int{&p.Index, &p.Emitted, &p.Settled, &p.Dust, &p.StakesReturned} {
		writeU256(w, v)
	}
	return w.Bytes()
}

func (p *Pool) decode(b []byte) error {
	r := codec.NewReader(b)
	readU256(r, &p.Rate)
	p.RateL2Height = r.Uvarint()
	p.LastTime = int64(r.Uvarint())
	p.TimeCarry = r.Uvarint()
	p.SplitCarry = r.Uvarint()
	p.Payable = r.Uvarint()
	p.Waiting = r.Uvarint()
	p.NextWait = int64(r.Uvarint())
	for _, v := range []*uint256.Int{&p.Index, &p.Emitted, &p.Settled, &p.Dust, &p.StakesReturned} {
		readU256(r, v)
	}
	return r.Done()
}

func (n *nodeAcc) encode() []byte {
	w := codec.NewWriter(96 + 48*len(n.Recipients))
	flags := byte(0)
	if n.Payable {
		flags |= 1
	}
	if n.Waiting {
		flags |= 2
	}
	w.Byte(flags)
	w.Uvarint(uint64(n.WaitAt))
	writeU256(w, &n.Index)
	writeU256(w, &n.Cum)
	w.Uvarint(uint64(n.FeeBP))
	w.Uvarint(uint64(len(n.Recipients)))
	for _, r := range n.Recipients {
		w.Blob(r.Staker.Bytes())
		w.Blob(r.Beneficiary.Bytes())
		w.Uvarint(r.Amount)
	}
	return w.Bytes()
}

func (n *nodeAcc) decode(b []byte) error {
	r := codec.NewReader(b)
	flags := r.Byte()
	n.Payable, n.Waiting = flags&1 != 0, flags&2 != 0
	n.WaitAt = int64(r.Uvarint())
	readU256(r, &n.Index)
	readU256(r, &n.Cum)
	n.FeeBP = uint32(r.Uvarint())
	count := r.Uvarint()
	if count > 16 {
		return fmt.Errorf("%d recipients", count)
	}
	n.Recipients = make([]recipient, count)
	for i := range n.Recipients {
		n.Recipients[i].Staker = common.BytesToAddress(r.Blob(20))
		n.Recipients[i].Beneficiary = common.BytesToAddress(r.Blob(20))
		n.Recipients[i].Amount = r.Uvarint()
	}
	return r.Done()
}

func (a *account) encode() []byte {
	w := codec.NewWriter(68)
	writeU256(w, &a.Rewards)
	writeU256(w, &a.Stakes)
	return w.Bytes()
}

func (a *account) decode(b []byte) error {
	r := codec.NewReader(b)
	readU256(r, &a.Rewards)
	readU256(r, &a.Stakes)
	return r.Done()
}

// store reads and writes the concern's records in one KV. Only this package
// writes them, so a record that does not decode is corruption: it panics
// (the block fails and the node stops), it is never bad input. A read that
// fails panics too in a block (the block cannot go on without it); a query
// sets readErr instead and answers the error.
type store struct {
	kv      state.KV
	readErr *error
}

func (s store) pool() *Pool {
	var p Pool
	s.read(poolKey, p.decode)
	return &p
}

func (s store) setPool(p *Pool) { s.kv.Set(poolKey, p.encode()) }

// node returns the accumulator of pub, or nil if the node has none.
func (s store) node(pub []byte) *nodeAcc {
	var n nodeAcc
	if !s.read(nodeKey(pub), n.decode) {
		return nil
	}
	return &n
}

func (s store) setNode(pub []byte, n *nodeAcc) { s.kv.Set(nodeKey(pub), n.encode()) }

func (s store) account(a common.Address) *account {
	var acc account
	s.read(acctKey(a), acc.decode)
	return &acc
}

func (s store) setAccount(a common.Address, acc *account) { s.kv.Set(acctKey(a), acc.encode()) }

func (s store) l2Account(a common.Address) *l2Account {
	var acc l2Account
	s.read(l2Key(a), acc.decode)
	return &acc
}

func (s store) setL2Account(a common.Address, acc *l2Account) { s.kv.Set(l2Key(a), acc.encode()) }

// read decodes key's value with decode and says whether there was one.
func (s store) read(key []byte, decode func([]byte) error) bool {
	raw, err := s.kv.Get(key)
	if err != nil && s.readErr != nil {
		*s.readErr = errors.Join(*s.readErr, fmt.Errorf("rewards: read %s: %w", key, err))
		return false
	}
	if err != nil {
		panic(fmt.Sprintf("rewards: read %s: %v", key, err))
	}
	if raw == nil {
		return false
	}
	if err := decode(raw); err != nil {
		panic(fmt.Sprintf("rewards: corrupt %s: %v", key, err))
	}
	return true
}
