package swarm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// queue holds the forwards that failed, per peer, until they are delivered,
// dropped (deadline passed, peer left the account's swarm) or pushed out by
// the size bound.
//
// It lives in a small badger DB of its own with synced writes, not in an
// append-only file: entries leave out of order (each peer drains on its own
// when it comes back) and the bound drops the oldest, which a log could only
// do by rewriting itself; badger gives keyed deletes, ordered keys, and
// groups the synced commits of concurrent Replicate calls into one fsync.
//
// Keys are "q" ‖ seq (8, big-endian) ‖ peer (32): in seq order, so the
// oldest entry is the first key, and a key-only scan at open rebuilds the
// per-peer lists without reading an op. Values are account (33) ‖ until
// (unix ms, 8) ‖ op. In memory each peer has its seqs in order (8 bytes an
// entry: 8 MB at the bound) and its backoff, which is not persisted: after a
// restart every peer is tried at once.
type queue struct {
	db  *badger.DB
	max int
	log zerolog.Logger

	mu    sync.Mutex
	seq   uint64
	total int
	peers map[[32]byte]*peerQ
}

type peerQ struct {
	seqs    []uint64  // pending, oldest first
	next    time.Time // not tried before this
	backoff time.Duration
	busy    bool // a drain is running
}

// qEntry is one pending forward.
type qEntry struct {
	Account sessionid.Account
	Until   int64 // unix ms: dropped after
	Op      []byte
}

const qPrefix = 'q'

// qRef names one entry.
type qRef struct {
	seq  uint64
	peer [32]byte
}

func qKey(seq uint64, peer [32]byte) []byte {
	k := make([]byte, 0, 41)
	k = append(k, qPrefix)
	k = binary.BigEndian.AppendUint64(k, seq)
	return append(k, peer[:]...)
}

func (e qEntry) encode() []byte {
	out := make([]byte, 0, sessionid.Size+8+len(e.Op))
	out = append(out, e.Account[:]...)
	out = binary.BigEndian.AppendUint64(out, uint64(e.Until))
	return append(out, e.Op...)
}

func decodeEntry(b []byte) (qEntry, error) {
	var e qEntry
	if len(b) < sessionid.Size+8 {
		return e, errors.New("queue entry too short")
	}
	copy(e.Account[:], b)
	e.Until = int64(binary.BigEndian.Uint64(b[sessionid.Size:]))
	e.Op = append([]byte(nil), b[sessionid.Size+8:]...)
	return e, nil
}

// openQueue opens (or creates) the queue in dir and loads its index.
func openQueue(dir string, bound int, log zerolog.Logger) (*queue, error) {
	// Small tables and caches: the queue is empty while peers are up, and
	// ops are at most ~100 KB, far under the 1 MB value threshold.
	opts := badger.DefaultOptions(dir).
		WithSyncWrites(true).
		WithMetricsEnabled(false).
		// The queue holds messages: badger's lines go through the store's
		// redacting logger.
		WithLogger(store.BadgerLogger(log.With().Str("db", "swarm-queue").Logger())).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithBlockCacheSize(8 << 20).
		WithNumCompactors(2).
		WithValueLogFileSize(64 << 20)
	db, err := badger.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("swarm: open queue in %s: %w", dir, err)
	}
	q := &queue{db: db, max: bound, log: log, peers: map[[32]byte]*peerQ{}}
	err = db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{qPrefix}})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			if len(k) != 41 {
				continue
			}
			seq := binary.BigEndian.Uint64(k[1:9])
			var peer [32]byte
			copy(peer[:], k[9:])
			q.peer(peer).seqs = append(q.peer(peer).seqs, seq)
			q.total++
			q.seq = max(q.seq, seq+1)
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("swarm: load queue: %w", err)
	}
	if q.total > 0 {
		log.Info().Int("forwards", q.total).Msg("replication queue loaded")
	}
	return q, nil
}

func (q *queue) close() error { return q.db.Close() }

// peer is p's state, made on first use; q.mu held (or not yet shared).
func (q *queue) peer(p [32]byte) *peerQ {
	pq, ok := q.peers[p]
	if !ok {
		pq = &peerQ{}
		q.peers[p] = pq
	}
	return pq
}

func (q *queue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.total
}

// pending says whether p has forwards waiting: new ops for p then go
// behind them, so p gets ops in the order they were accepted.
func (q *queue) pending(p [32]byte) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	pq, ok := q.peers[p]
	return ok && len(pq.seqs) > 0
}

// add queues e for each of peers in one synced commit. A peer that had
// nothing pending is first retried after firstRetry; one with a backlog
// keeps its schedule. Past the bound the oldest entries are dropped.
func (q *queue) add(peers [][32]byte, e qEntry, firstRetry time.Time) error {
	if len(peers) == 0 {
		return nil
	}
	q.mu.Lock()
	seqs := make([]uint64, len(peers))
	for i := range peers {
		seqs[i] = q.seq
		q.seq++
	}
	// Oldest first: the head of some peer's list (the lists are sorted).
	var drop []qRef
	over := q.total + len(peers) - q.max
	for range max(over, 0) {
		var best [32]byte
		var bestSeq uint64
		found := false
		for p, pq := range q.peers {
			if len(pq.seqs) > 0 && (!found || pq.seqs[0] < bestSeq) {
				best, bestSeq, found = p, pq.seqs[0], true
			}
		}
		if !found {
			break
		}
		pq := q.peers[best]
		pq.seqs = pq.seqs[1:]
		q.total--
		drop = append(drop, qRef{bestSeq, best})
	}
	q.mu.Unlock()
	if len(drop) > 0 {
		// Counts only: which accounts lost a forward is nobody's business.
		q.log.Warn().Int("dropped", len(drop)).Int("bound", q.max).Msg("replication queue full: oldest forwards dropped")
	}

	val := e.encode()
	err := q.db.Update(func(txn *badger.Txn) error {
		for _, d := range drop {
			if err := txn.Delete(qKey(d.seq, d.peer)); err != nil {
				return err
			}
		}
		for i, p := range peers {
			if err := txn.Set(qKey(seqs[i], p), val); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("swarm: queue forwards: %w", err)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, p := range peers {
		pq := q.peer(p)
		if len(pq.seqs) == 0 && !pq.busy {
			pq.next = firstRetry
		}
		// Concurrent adds may land out of order: insert in place.
		at, _ := slices.BinarySearch(pq.seqs, seqs[i])
		pq.seqs = slices.Insert(pq.seqs, at, seqs[i])
		q.total++
	}
	return nil
}

// takeDue marks the peers whose retry time has come as busy and returns
// them; each must be given back with release.
func (q *queue) takeDue(now time.Time) [][32]byte {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out [][32]byte
	for p, pq := range q.peers {
		if len(pq.seqs) == 0 {
			if !pq.busy {
				delete(q.peers, p) // forget peers with nothing pending
			}
			continue
		}
		if !pq.busy && !now.Before(pq.next) {
			pq.busy = true
			out = append(out, p)
		}
	}
	return out
}

// nextWake is the earliest retry time of an idle peer with a backlog.
func (q *queue) nextWake() (time.Time, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var at time.Time
	found := false
	for _, pq := range q.peers {
		if len(pq.seqs) > 0 && !pq.busy && (!found || pq.next.Before(at)) {
			at, found = pq.next, true
		}
	}
	return at, found
}

// head is p's oldest pending forward.
func (q *queue) head(p [32]byte) (uint64, qEntry, bool, error) {
	for {
		q.mu.Lock()
		pq, ok := q.peers[p]
		if !ok || len(pq.seqs) == 0 {
			q.mu.Unlock()
			return 0, qEntry{}, false, nil
		}
		seq := pq.seqs[0]
		q.mu.Unlock()
		var e qEntry
		err := q.db.View(func(txn *badger.Txn) error {
			item, err := txn.Get(qKey(seq, p))
			if err != nil {
				return err
			}
			raw, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			e, err = decodeEntry(raw)
			return err
		})
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
			q.forget(p, seq) // dropped by the bound meanwhile
			continue
		case err != nil:
			return 0, qEntry{}, false, fmt.Errorf("swarm: read queue: %w", err)
		}
		return seq, e, true, nil
	}
}

// remove deletes a delivered (or dropped) forward.
func (q *queue) remove(p [32]byte, seq uint64) error {
	if err := q.db.Update(func(txn *badger.Txn) error { return txn.Delete(qKey(seq, p)) }); err != nil {
		return fmt.Errorf("swarm: remove from queue: %w", err)
	}
	q.forget(p, seq)
	return nil
}

// forget takes seq out of p's list.
func (q *queue) forget(p [32]byte, seq uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	pq, ok := q.peers[p]
	if !ok {
		return
	}
	if at, found := slices.BinarySearch(pq.seqs, seq); found {
		pq.seqs = slices.Delete(pq.seqs, at, at+1)
		q.total--
	}
}

// release ends a drain of p. After a failure the peer's backoff doubles
// (within [lo, hi]); after a success it is reset.
func (q *queue) release(p [32]byte, failed bool, now time.Time, lo, hi time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	pq := q.peer(p)
	pq.busy = false
	if !failed {
		pq.backoff, pq.next = 0, now
		return
	}
	pq.backoff = min(max(2*pq.backoff, lo), hi)
	pq.next = now.Add(pq.backoff)
}
