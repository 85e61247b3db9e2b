package app

import (
	"fmt"

	"github.com/seshnet/seshnet/workchain/auth"
)

// MaxNonceAhead is how far past a signer's committed next nonce CheckTx
// admits a transaction. A node's mempool hears a signer's transactions in
// order from the node they were sent to, but not all of them: a peer drops
// one from its mempool once a block commits it, and the next reaches this
// node before this node has committed that block. With only the next nonce
// admitted, every later transaction of that signer was then refused here
// (future nonce) while the signer kept sending, so this node could not
// propose them and verified their signatures in ProcessProposal, on the
// consensus path (docs/performance.md, "Throughput (issue 16): profile").
// Admitted beyond a gap, they wait: PrepareProposal takes a signer's
// transactions only in nonce order from committed state, FinalizeBlock
// executes only the next nonce, and the recheck after each Commit drops
// what became stale. Geth's pool keeps such "queued" transactions the same
// way. Nothing in state changes: only what the mempool holds.
const MaxNonceAhead = 1024

// pendingNonces is one signer's nonces in this node's mempool since the
// last Commit.
type pendingNonces struct {
	// next is the nonce the signer's next transaction needs: committed
	// state's, counting the run of admitted nonces that follows it.
	next uint64
	// limit is committed state's next nonce plus MaxNonceAhead.
	limit uint64
	// ahead holds the nonces admitted past a gap (above next).
	ahead map[uint64]struct{}
}

func newPendingNonces(committed uint64) *pendingNonces {
	return &pendingNonces{next: committed, limit: committed + MaxNonceAhead}
}

// admits says whether a transaction with nonce n may join the mempool: not
// one already used or waiting (stale), not MaxNonceAhead or more past
// committed state (future).
func (p *pendingNonces) admits(n uint64) error {
	if n < p.next {
		return auth.CheckNonce(n, p.next)
	}
	if _, dup := p.ahead[n]; dup {
		return fmt.Errorf("%w: nonce %d is already waiting in the mempool", auth.ErrStaleNonce, n)
	}
	if n >= p.limit {
		return fmt.Errorf("%w: nonce %d, expected %d (at most %d ahead of the committed %d)",
			auth.ErrFutureNonce, n, p.next, MaxNonceAhead-1, p.limit-MaxNonceAhead)
	}
	return nil
}

// add records an admitted nonce, closing the gap it fills.
func (p *pendingNonces) add(n uint64) {
	if n != p.next {
		if p.ahead == nil {
			p.ahead = map[uint64]struct{}{}
		}
		p.ahead[n] = struct{}{}
		return
	}
	p.next++
	for len(p.ahead) > 0 {
		if _, ok := p.ahead[p.next]; !ok {
			return
		}
		delete(p.ahead, p.next)
		p.next++
	}
}
