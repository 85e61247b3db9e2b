package punish

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"

	"github.com/seshnet/seshnet/workchain/exec"
)

// picker draws numbers from the block hash and height: every node draws
// the same, and nobody knows them before the block is decided.
type picker struct {
	seed [32]byte
	n    uint64
}

func newPicker(hash []byte, height int64) *picker {
	h := sha256.New()
	h.Write([]byte("seshnet/punish/quorum/v1\x00"))
	h.Write(be64(height))
	h.Write(hash)
	p := &picker{}
	copy(p.seed[:], h.Sum(nil))
	return p
}

// below returns a number in [0, n), n > 0. The bias of a 64-bit value
// reduced mod n (n below 2^32) is under 2^-32: no node can exploit it.
func (p *picker) below(n int64) int64 {
	var buf [40]byte
	copy(buf[:32], p.seed[:])
	binary.BigEndian.PutUint64(buf[32:], p.n)
	p.n++
	sum := sha256.Sum256(buf[:])
	return int64(binary.BigEndian.Uint64(sum[:8]) % uint64(n))
}

// testsDue is how many nodes this block tests: nodes × seconds since the
// last block / test_period, with the remainder carried to the next block
// (so the rate is right on average), at most max_tests_per_block and at
// most every node once. A gap longer than a period counts as one period.
func testsDue(p Params, g *global, nodes, now int64) int64 {
	if g.LastTime == 0 || now <= g.LastTime || nodes == 0 {
		return 0
	}
	dt := min(now-g.LastTime, p.TestPeriodSeconds)
	acc := g.Carry + nodes*dt
	due := acc / p.TestPeriodSeconds
	g.Carry = acc % p.TestPeriodSeconds
	return min(due, int64(p.MaxTestsPerBlock), nodes)
}

// selectTests chooses this block's tested nodes and their quorums and
// stores them. Its cost is reads per pick: O(tested × quorum_size) reads
// of O(log N) each, never a pass over the nodes.
func (k Keeper) selectTests(c exec.Context, s store, p Params, due int64, hash []byte) {
	if due == 0 {
		return
	}
	pick := newPicker(hash, c.Height)
	nTested := testedList.len(s)
	chosen := map[int64]bool{}
	var order []Hex
	for int64(len(chosen)) < due {
		i := pick.below(nTested)
		if chosen[i] {
			continue
		}
		chosen[i] = true
		node := testedList.at(s, i)
		testers := chooseTesters(s, p, pick, node)
		if len(testers) == 0 {
			continue // nobody else serves (a one-node network): no test
		}
		order = append(order, node)
		s.set(testKey(c.Height, node), test{Testers: testers, Needed: p.needed(len(testers))})
		for _, t := range testers {
			s.kv.Set(taskKey(t, c.Height, node), []byte{1})
		}
	}
	if len(order) > 0 {
		s.set(join(quorumPrefix, be64(c.Height)), order)
	}
}

// chooseTesters picks quorum_size distinct active nodes other than node,
// or all of them when there are not more.
func chooseTesters(s store, p Params, pick *picker, node []byte) []Hex {
	n := testerList.len(s)
	self, isTester := testerList.pos(s, node)
	others := n
	if isTester {
		others--
	}
	if others <= int64(p.QuorumSize) {
		out := make([]Hex, 0, others)
		for i := range n {
			if !isTester || i != self {
				out = append(out, testerList.at(s, i))
			}
		}
		return out
	}
	out := make([]Hex, 0, p.QuorumSize)
	taken := map[int64]bool{}
	for len(out) < int(p.QuorumSize) {
		i := pick.below(n)
		if taken[i] || (isTester && i == self) {
			continue
		}
		taken[i] = true
		out = append(out, testerList.at(s, i))
	}
	return out
}

// prune forgets the quorums, tasks, tallies and votes of heights below
// keepFrom: what one height stored, read back by key, never a scan of the
// whole window.
func prune(s store, keepFrom int64) {
	var heights []int64
	err := s.kv.Iterate(quorumPrefix, func(key, _ []byte) bool {
		h := int64(binary.BigEndian.Uint64(key[len(quorumPrefix):]))
		if h >= keepFrom {
			return false
		}
		heights = append(heights, h)
		return true
	})
	s.fail(err)
	for _, h := range heights {
		nodes, _ := s.quorum(h)
		for _, node := range nodes {
			if t := s.test(h, node); t != nil {
				for _, tester := range t.Testers {
					s.kv.Delete(taskKey(tester, h, node))
					s.kv.Delete(voteKey(node, h, tester))
				}
			}
			s.kv.Delete(testKey(h, node))
		}
		s.kv.Delete(join(quorumPrefix, be64(h)))
	}
}

// isTester says whether tester is in t's quorum.
func (t *test) isTester(tester []byte) bool {
	for _, x := range t.Testers {
		if bytes.Equal(x, tester) {
			return true
		}
	}
	return false
}
