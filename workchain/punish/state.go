package punish

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Hex is bytes that read and write as lower-case hex in JSON.
type Hex = codec.Hex

// State keys, all under "pun/". Heights and sequence numbers are 8-byte
// big-endian so that prefix order is numeric order.
var (
	globalKey    = []byte("pun/global")
	nodePrefix   = []byte("pun/node/") // + node -> nodeRec
	quorumPrefix = []byte("pun/qh/")   // + height -> []Hex: the nodes tested, in order chosen
	testPrefix   = []byte("pun/qn/")   // + height + node -> test: its testers
	taskPrefix   = []byte("pun/task/") // + tester + height + node -> 1 (/tests)
	votePrefix   = []byte("pun/vote/") // + node + height + tester -> 0 fail / 1 pass
	fifoPrefix   = []byte("pun/fifo/") // + seq -> decision waiting for the per-block cap
	logPrefix    = []byte("pun/log/")  // + seq -> Decision (the last maxLog)
	expiryQueue  = state.NewQueue("pun/expiry/")
	testedList   = denseList{prefix: "pun/tested/"} // staked nodes (active or decommissioned)
	testerList   = denseList{prefix: "pun/tester/"} // nodes in the active set
)

// maxLog is how many decisions /punishments keeps.
const maxLog = 1000

func be64(n int64) []byte { return binary.BigEndian.AppendUint64(nil, uint64(n)) }

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// global is the module's one record of its own progress.
type global struct {
	LastTime   int64 `json:"last_time"`
	LastHeight int64 `json:"last_height"`
	// Carry is (tests owed × test_period) not yet a whole test: the rate
	// is right on average whatever the block times.
	Carry   int64 `json:"carry"`
	NextSeq int64 `json:"next_seq"` // next FIFO entry
	FIFOLen int64 `json:"fifo_len"`
	NextLog int64 `json:"next_log"` // next decision log entry
	// StartTime is when the chain began making blocks: the time of its
	// first block after the initial one (the initial block carries the
	// genesis time, which may be long before the chain starts). 0 until
	// then. Genesis nodes were expected to serve from it, not from the
	// genesis time (NodeView.ExpectedSince).
	StartTime int64 `json:"start_time,omitempty"`
}

// nodeRec is what the punishment rules keep of one node.
type nodeRec struct {
	// Credit is the node's credit in seconds as of CreditTime while it is
	// active; while it is decommissioned, the credit it had when it was.
	Credit     int64 `json:"credit"`
	CreditTime int64 `json:"credit_time"`
	// DecommissionedAt is the block time it was decommissioned (0: it is
	// not); ExpiresAt when its credit runs out (its expiry queue entry).
	DecommissionedAt int64 `json:"decommissioned_at,omitempty"`
	ExpiresAt        int64 `json:"expires_at,omitempty"`
	// Pending: a decision about it waits in the FIFO.
	Pending    bool   `json:"pending,omitempty"`
	LastReason string `json:"last_reason,omitempty"`
	// DeregisteredTime, LockedUntil, LiquidatableTime are set when the node
	// is deregistered, whatever the cause.
	DeregisteredTime int64 `json:"deregistered_time,omitempty"`
	LockedUntil      int64 `json:"locked_until,omitempty"`
	LiquidatableTime int64 `json:"liquidatable_time,omitempty"`
}

// test is one tested node's quorum at one height, and its tally.
type test struct {
	Testers []Hex  `json:"testers"`
	Needed  uint32 `json:"needed"`
	Pass    uint32 `json:"pass"`
	Fail    uint32 `json:"fail"`
}

// fifoEntry is a decision waiting for the per-block cap.
type fifoEntry struct {
	Node   Hex    `json:"node"`
	Kind   string `json:"kind"` // kindFail or kindExpire
	Reason string `json:"reason"`
	Height int64  `json:"height"`
}

const (
	kindFail   = "fail"
	kindExpire = "expire"
)

// Decision is one entry of /punishments.
type Decision struct {
	Height   int64  `json:"height"`
	Node     Hex    `json:"node"`
	Decision string `json:"decision"`
	Reason   string `json:"reason,omitempty"`
}

// Decisions.
const (
	Decommission = "decommission"
	Recommission = "recommission"
	Deregister   = "deregister"
)

// store reads and writes the module's records; a read error is kept in
// *err (the KV is badger: an error there is the machine's, and the block
// fails) so that callers stay readable.
type store struct {
	kv  state.KV
	err *error
}

func newStore(kv state.KV) store { return store{kv: kv, err: new(error)} }

func (s store) fail(err error) {
	if err != nil && *s.err == nil {
		*s.err = err
	}
}

func (s store) get(key []byte, v any) bool {
	raw, err := s.kv.Get(key)
	if err != nil {
		s.fail(err)
		return false
	}
	if raw == nil {
		return false
	}
	if err := json.Unmarshal(raw, v); err != nil {
		// Only this package writes these keys: corruption, not input.
		panic(fmt.Sprintf("punish: corrupt %q: %v", key, err))
	}
	return true
}

func (s store) set(key []byte, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("punish: encode %q: %v", key, err))
	}
	s.kv.Set(key, raw)
}

func (s store) global() global {
	var g global
	s.get(globalKey, &g)
	return g
}

func (s store) setGlobal(g global) { s.set(globalKey, g) }

func nodeKey(pub []byte) []byte { return join(nodePrefix, pub) }

// node is the record of pub, nil if there is none.
func (s store) node(pub []byte) *nodeRec {
	var r nodeRec
	if !s.get(nodeKey(pub), &r) {
		return nil
	}
	return &r
}

func (s store) setNode(pub []byte, r *nodeRec) { s.set(nodeKey(pub), r) }

func testKey(height int64, node []byte) []byte { return join(testPrefix, be64(height), node) }

func (s store) test(height int64, node []byte) *test {
	var t test
	if !s.get(testKey(height, node), &t) {
		return nil
	}
	return &t
}

func (s store) quorum(height int64) ([]Hex, bool) {
	var nodes []Hex
	ok := s.get(join(quorumPrefix, be64(height)), &nodes)
	return nodes, ok
}

func voteKey(node []byte, height int64, tester []byte) []byte {
	return join(votePrefix, node, be64(height), tester)
}

func taskKey(tester []byte, height int64, node []byte) []byte {
	return join(taskPrefix, tester, be64(height), node)
}

// denseList is a list of node keys in state that answers its i-th member
// and its length in one read each: the quorum selection picks members by
// position, so a block costs reads per pick, never per node. A member is
// removed by moving the last one into its place.
type denseList struct{ prefix string }

func (l denseList) lenKey() []byte           { return []byte(l.prefix + "n") }
func (l denseList) atKey(i int64) []byte     { return join([]byte(l.prefix+"i/"), be64(i)) }
func (l denseList) posKey(pub []byte) []byte { return join([]byte(l.prefix+"p/"), pub) }

func (l denseList) len(s store) int64 {
	raw, err := s.kv.Get(l.lenKey())
	s.fail(err)
	if len(raw) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(raw))
}

func (l denseList) at(s store, i int64) []byte {
	raw, err := s.kv.Get(l.atKey(i))
	s.fail(err)
	return raw
}

func (l denseList) pos(s store, pub []byte) (int64, bool) {
	raw, err := s.kv.Get(l.posKey(pub))
	s.fail(err)
	if len(raw) != 8 {
		return 0, false
	}
	return int64(binary.BigEndian.Uint64(raw)), true
}

// add appends pub unless it is a member.
func (l denseList) add(s store, pub []byte) {
	if _, ok := l.pos(s, pub); ok {
		return
	}
	n := l.len(s)
	s.kv.Set(l.atKey(n), bytes.Clone(pub))
	s.kv.Set(l.posKey(pub), be64(n))
	s.kv.Set(l.lenKey(), be64(n+1))
}

// remove takes pub out, if it is a member, moving the last member into its
// place.
func (l denseList) remove(s store, pub []byte) {
	i, ok := l.pos(s, pub)
	if !ok {
		return
	}
	last := l.len(s) - 1
	if i != last {
		moved := l.at(s, last)
		s.kv.Set(l.atKey(i), moved)
		s.kv.Set(l.posKey(moved), be64(i))
	}
	s.kv.Delete(l.atKey(last))
	s.kv.Delete(l.posKey(pub))
	s.kv.Set(l.lenKey(), be64(last))
}
