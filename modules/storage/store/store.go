// Package store is the storage module's message store (DESIGN.md §9): the
// messages held for accounts until they expire, on badger.
//
// Every mutation goes through one writer goroutine that groups the requests
// waiting in its queue into one badger transaction and one fsync ("group
// commit"), then acknowledges them all. Being the only writer, it needs no
// conflict detection and sees every earlier write, so read-modify-write steps
// (a duplicate store keeping the later expiry, expire/shorten/extend) are
// plain reads inside its transaction. Reads run on their own snapshots.
//
// Expiry is in the message (ms): every read hides a message whose expiry has
// passed. Badger TTLs (rounded up to the second) let compaction drop expired
// entries, and a purge pass deletes what the TTL has not dropped yet.
//
// Privacy: no log line or error carries an account, a hash or message data.
package store

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// Message is one stored message. Account is 33 bytes (prefix byte + 32-byte key).
type Message struct {
	Hash      string // unpadded std base64 of the message hash, computed by the caller; opaque here
	Account   []byte // AccountLen bytes
	Namespace int16
	Timestamp int64 // ms since epoch, given by the client
	Expiry    int64 // ms since epoch
	Data      []byte
}

// Errors returned for bad input and for use after Close.
var (
	ErrClosed     = errors.New("store closed")
	ErrBadAccount = fmt.Errorf("account must be %d bytes", AccountLen)
	ErrBadHash    = fmt.Errorf("hash must be 1 to %d characters", MaxHashLen)
	ErrTooLarge   = fmt.Errorf("message data over %d bytes", MaxDataLen)
)

// Defaults for the zero Options.
const (
	DefaultMaxBatch      = 1000
	DefaultPurgeInterval = time.Minute

	// Values from this size up go to badger's value log instead of the LSM
	// tree: most messages are well under it and stay where compaction drops
	// them at expiry; large ones are not rewritten by every compaction.
	valueThreshold = 4 << 10
	// A moderate footprint: the node runs beside other processes.
	memTableSize   = 32 << 20
	numMemtables   = 3
	blockCacheSize = 32 << 20
	vlogFileSize   = 256 << 20
	// The share of a value log file that must be garbage before GC rewrites it.
	gcDiscardRatio = 0.5
)

// Options tune the store. The zero value is right for production.
type Options struct {
	// InMemory keeps everything in RAM (tests only; dir is ignored).
	InMemory bool
	// NoSync skips the fsync at each commit. Benchmarks only: an
	// acknowledged message could be lost in a crash.
	NoSync bool
	// Logger receives badger's warnings and errors and the purge's counts
	// (never an account, a hash or data).
	Logger zerolog.Logger
	// Now is the clock deciding expiry (default time.Now). Badger's TTLs
	// follow the real clock, so Now must not run behind it.
	Now func() time.Time
	// MaxBatch caps the operations grouped in one commit (default 1000).
	MaxBatch int
	// PurgeInterval is how often expired messages are deleted and the value
	// log collected (default one minute; negative disables it).
	PurgeInterval time.Duration

	// memTableSize overrides the badger memtable size (tests: a small one
	// forces large operations across several transactions).
	memTableSize int64
}

func (o Options) withDefaults() Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxBatch <= 0 {
		o.MaxBatch = DefaultMaxBatch
	}
	if o.PurgeInterval == 0 {
		o.PurgeInterval = DefaultPurgeInterval
	}
	if o.memTableSize == 0 {
		o.memTableSize = memTableSize
	}
	return o
}

// Store is the message store. It is safe for concurrent use.
type Store struct {
	db       *badger.DB
	log      zerolog.Logger
	now      func() time.Time
	inMemory bool
	maxBatch int

	// Our own transaction limits, kept under badger's so a Set never fails
	// with ErrTxnTooBig halfway through an operation.
	txnMaxSize, txnMaxCount int64
	valueThreshold          int64

	// seq is the last arrival number given (keys.go); only the writer
	// touches it once Open has read it.
	seq uint64

	queue      chan *op
	writerDone chan struct{}
	stop       chan struct{}
	bgDone     chan struct{}

	// mu guards closed; users counts the calls in progress so Close can
	// wait for them before it stops the writer and closes badger.
	mu        sync.RWMutex
	closed    bool
	users     sync.WaitGroup
	closeOnce sync.Once
	closeErr  error

	counters
}

// Open opens (or creates) the store in dir, counts what it holds and purges
// what has expired.
func Open(dir string, o Options) (*Store, error) {
	o = o.withDefaults()
	bo := badgerOptions(dir, o)
	db, err := badger.Open(bo)
	if err != nil {
		return nil, fmt.Errorf("open badger store: %w", err)
	}
	s := &Store{
		db:             db,
		log:            o.Logger,
		now:            o.Now,
		inMemory:       o.InMemory,
		maxBatch:       o.MaxBatch,
		txnMaxSize:     db.MaxBatchSize() * 9 / 10,
		txnMaxCount:    db.MaxBatchCount() - 2, // room for badger's end-of-txn marker
		valueThreshold: bo.ValueThreshold,
		queue:          make(chan *op, 2*o.MaxBatch),
		writerDone:     make(chan struct{}),
		stop:           make(chan struct{}),
		bgDone:         make(chan struct{}),
	}
	if s.seq, err = readCounter(db); err != nil {
		_ = db.Close()
		return nil, err
	}
	go s.runWriter()
	if err := s.migrateV1(); err != nil {
		close(s.bgDone)
		return nil, errors.Join(fmt.Errorf("migrate messages to arrival order: %w", err), s.Close())
	}
	if _, err := s.PurgeExpired(); err != nil {
		close(s.bgDone)
		return nil, errors.Join(fmt.Errorf("first purge pass: %w", err), s.Close())
	}
	if o.PurgeInterval > 0 {
		go s.maintain(o.PurgeInterval)
	} else {
		close(s.bgDone)
	}
	return s, nil
}

func badgerOptions(dir string, o Options) badger.Options {
	bo := badger.DefaultOptions(dir).
		WithSyncWrites(!o.NoSync).
		WithLogger(badgerLogger{o.Logger.With().Str("module", "badger").Logger()}).
		WithMetricsEnabled(false).
		// One writer goroutine: there is nothing to conflict with.
		WithDetectConflicts(false).
		WithMemTableSize(o.memTableSize).
		WithNumMemtables(numMemtables).
		WithBlockCacheSize(blockCacheSize).
		WithNumCompactors(2).
		WithValueLogFileSize(vlogFileSize).
		WithValueThreshold(valueThreshold)
	if o.InMemory {
		// No value log in memory: every value is in the LSM tree, and the
		// threshold (used by badger's transaction size estimate) must say so.
		bo = bo.WithDir("").WithValueDir("").WithInMemory(true).
			WithValueThreshold(primaryHeader + MaxDataLen + 1)
	}
	return bo
}

// Close waits for the calls in progress, flushes pending writes, stops the
// background work and closes badger. Later calls get ErrClosed.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		close(s.stop)
		<-s.bgDone
		s.mu.Lock()
		s.closed = true
		s.mu.Unlock()
		s.users.Wait()
		close(s.queue)
		<-s.writerDone
		if err := s.db.Close(); err != nil {
			s.closeErr = fmt.Errorf("close badger store: %w", err)
		}
	})
	return s.closeErr
}

// enter registers a call in progress; false once the store is closing.
// Every public method enters for its whole duration, so Close never pulls
// badger or the writer from under it.
func (s *Store) enter() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return false
	}
	s.users.Add(1)
	return true
}

func (s *Store) leave() { s.users.Done() }

// view runs fn in a read-only snapshot.
func (s *Store) view(fn func(txn *badger.Txn) error) error {
	if !s.enter() {
		return ErrClosed
	}
	defer s.leave()
	return s.db.View(fn)
}

func (s *Store) nowMs() int64 { return s.now().UnixMilli() }

// counters back Stats. messages and bytes are a base counted by the last
// purge pass plus the changes committed since (see purge.go).
type counters struct {
	countMu                   sync.Mutex // orders commits against purge-pass snapshots
	baseMessages, baseBytes   atomic.Int64
	deltaMessages, deltaBytes atomic.Int64

	puts, stored, duplicates atomic.Uint64
	batches, commits, purged atomic.Uint64
}

// Stats are counts for /info-like output and tests.
type Stats struct {
	// Messages and Bytes (of data) held: live messages plus expired ones the
	// next purge pass removes. Exact as of that pass, then kept up to date
	// by every write.
	Messages, Bytes int64
	Puts            uint64 // Put calls acknowledged
	Stored          uint64 // of which stored a new message
	Duplicates      uint64 // of which found the message already there
	Batches         uint64 // writer rounds (one group commit each)
	Commits         uint64 // badger commits (a round too big for one takes more)
	Purged          uint64 // expired messages deleted by purge passes
}

// Stats returns the current counts.
func (s *Store) Stats() Stats {
	return Stats{
		Messages:   s.baseMessages.Load() + s.deltaMessages.Load(),
		Bytes:      s.baseBytes.Load() + s.deltaBytes.Load(),
		Puts:       s.puts.Load(),
		Stored:     s.stored.Load(),
		Duplicates: s.duplicates.Load(),
		Batches:    s.batches.Load(),
		Commits:    s.commits.Load(),
		Purged:     s.purged.Load(),
	}
}

// BadgerLogger is the logger for any badger DB holding messages (the store,
// the swarm's retry queue): warnings and errors to l, byte-slice arguments
// redacted, the rest dropped.
func BadgerLogger(l zerolog.Logger) badger.Logger { return badgerLogger{l} }

// badgerLogger passes badger's warnings and errors to zerolog. Badger prints
// keys (which hold accounts and hashes) as byte slices in a few messages;
// those arguments are redacted.
type badgerLogger struct{ l zerolog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error().Msg(badgerLine(f, a)) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn().Msg(badgerLine(f, a)) }
func (badgerLogger) Infof(string, ...any)          {}
func (badgerLogger) Debugf(string, ...any)         {}

func badgerLine(f string, a []any) string {
	safe := make([]any, len(a))
	for i, v := range a {
		if _, isBytes := v.([]byte); isBytes {
			v = "[redacted]"
		}
		safe[i] = v
	}
	return strings.TrimSpace(fmt.Sprintf(f, safe...))
}
