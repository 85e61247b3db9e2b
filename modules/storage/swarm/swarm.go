// Package swarm is the storage module's view of its swarm (DESIGN.md §5,
// §9) and the replication between the members of a swarm:
//
//   - membership: which accounts this node serves and who else holds them,
//     from the network view (modules/netview);
//   - replicate: a change accepted here is forwarded to every other member
//     of the account's swarm over the node-to-node channel (modules/n2n);
//     forwards that fail wait in a persisted retry queue;
//   - fill: a node that joins a swarm (or starts) pulls the swarm's
//     messages from its peers;
//   - handover: messages of accounts whose swarm is no longer this node's
//     are pushed to the new swarm, then deleted here.
//
// On the wire (node-to-node HTTPS, modules/n2n; the receiver checks the
// sender against its current view):
//
//	POST /n2n/storage/op    body: the module's op         200: per-node result JSON (any active node)
//	POST /n2n/storage/pull  {"swarm":id,"after":"","limit":n}
//	                        200: {"messages":[...],"next":"<cursor>"|""}  (members of that swarm only;
//	                        410: cursor unknown or expired, start again; 503: too many pulls)
//	POST /n2n/storage/push  {"messages":[...]}  200: {"stored":n,"refused":m}  (any active node;
//	                        a message is refused unless its account is in the receiver's swarm
//	                        and the sender is, or lately was, a member of that swarm)
//
// Messages travel as WireMessage (account hex, data base64), and a
// receiver recomputes each hash from the content.
//
// Wiring (the storage module): New, then Follower.OnChange(s.OnChange),
// Register(mux, op) on the storage HTTPS mux, go Run(ctx); Close after Run
// has returned.
//
// Nothing logged at Info or above names an account, a message hash or a
// client address; peer node keys appear at Debug only.
package swarm

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
)

// Defaults of Config.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultBackoffMin   = time.Second
	DefaultBackoffMax   = time.Minute
	DefaultMaxQueue     = 1_000_000
	DefaultRecheckEvery = time.Minute
	DefaultPullLimit    = 256
	DefaultFillPeers    = 2
	DefaultMaxTTL       = 30 * 24 * time.Hour
)

// Config is what a Swarm is made from. Key, View, Store and QueueDir are
// required; the rest have defaults.
type Config struct {
	Key      ed25519.PrivateKey   // the node's key: n2n identity and signer
	View     func() *netview.View // current network view (Follower.View); nil before the first
	Store    Store                // this node's messages
	QueueDir string               // where the retry queue lives (its own badger DB)
	Client   *n2n.Client          // default: n2n.NewClient(Key, Timeout)
	Log      zerolog.Logger       // zero value: no logging
	Now      func() time.Time     // clock for deadlines, expiry and n2n checks; default time.Now
	Timeout  time.Duration        // one node-to-node request (default 10 s)
	// BackoffMin and BackoffMax bound the retry interval of a peer whose
	// forwards fail: it starts at Min and doubles up to Max (1 s, 1 min).
	BackoffMin, BackoffMax time.Duration
	// MaxQueue bounds the retry queue; past it the oldest forwards are
	// dropped (1,000,000).
	MaxQueue int
	// RecheckEvery is how often a fill or handover left undone (no peer
	// answered, no member acknowledged) is tried again without waiting for
	// a view change (1 min).
	RecheckEvery time.Duration
	// PullLimit is the page size asked for when filling (256).
	PullLimit int
	// FillPeers is how many peers a fill pulls from (2).
	FillPeers int
	// MaxTTL caps the expiry of a message a peer hands over: now + MaxTTL
	// (30 days, Session's longest TTL, rpc.MaxTTLPrivate).
	MaxTTL time.Duration
}

// Swarm is one node's swarm membership and replication. Its methods are
// safe for concurrent use.
type Swarm struct {
	key     ed25519.PrivateKey
	self    ed25519.PublicKey
	view    func() *netview.View
	store   Store
	client  *n2n.Client
	ownsCli bool
	log     zerolog.Logger
	now     func() time.Time
	cfg     Config
	queue   *queue
	pulls   *pulls // pulls served to peers
	former  former // views before the last membership changes (push senders)

	fills   atomic.Int64  // fills done (tests wait on it)
	changed chan struct{} // a view change to react to (fill, handover)
	kick    chan struct{} // the retry queue has work sooner than planned
}

// New opens the retry queue in cfg.QueueDir and returns the swarm; it does
// nothing on the network until Run.
func New(cfg Config) (*Swarm, error) {
	switch {
	case len(cfg.Key) != ed25519.PrivateKeySize:
		return nil, errors.New("swarm: node key missing")
	case cfg.View == nil:
		return nil, errors.New("swarm: network view missing")
	case cfg.Store == nil:
		return nil, errors.New("swarm: store missing")
	case cfg.QueueDir == "":
		return nil, errors.New("swarm: queue directory missing")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.BackoffMin <= 0 {
		cfg.BackoffMin = DefaultBackoffMin
	}
	if cfg.BackoffMax < cfg.BackoffMin {
		cfg.BackoffMax = max(DefaultBackoffMax, cfg.BackoffMin)
	}
	if cfg.MaxQueue <= 0 {
		cfg.MaxQueue = DefaultMaxQueue
	}
	if cfg.RecheckEvery <= 0 {
		cfg.RecheckEvery = DefaultRecheckEvery
	}
	if cfg.PullLimit <= 0 || cfg.PullLimit > maxPullLimit {
		cfg.PullLimit = DefaultPullLimit
	}
	if cfg.FillPeers <= 0 {
		cfg.FillPeers = DefaultFillPeers
	}
	if cfg.MaxTTL <= 0 {
		cfg.MaxTTL = DefaultMaxTTL
	}
	log := cfg.Log.With().Str("part", "swarm").Logger()
	q, err := openQueue(cfg.QueueDir, cfg.MaxQueue, log)
	if err != nil {
		return nil, err
	}
	s := &Swarm{
		key: cfg.Key, self: cfg.Key.Public().(ed25519.PublicKey), view: cfg.View, store: cfg.Store,
		client: cfg.Client, log: log, now: cfg.Now, cfg: cfg, queue: q, pulls: newPulls(),
		changed: make(chan struct{}, 1), kick: make(chan struct{}, 1),
	}
	if s.client == nil {
		s.client, s.ownsCli = n2n.NewClient(cfg.Key, cfg.Timeout), true
	}
	return s, nil
}

// OnChange is to be registered with Follower.OnChange: it keeps the view
// being replaced if the swarms changed (so former members may still hand
// their accounts over) and wakes the worker that fills and hands over. It
// never blocks the follower.
func (s *Swarm) OnChange(old, cur *netview.View) {
	s.former.note(old, cur)
	signal(s.changed)
}

// Run retries queued forwards and reacts to view changes (fill, handover)
// until ctx ends. It looks at the current view once at start, so a node
// restarted after a crash catches up from its peers.
func (s *Swarm) Run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { s.runRetries(ctx) })
	wg.Go(func() { s.runMembership(ctx) })
	signal(s.changed)
	wg.Wait()
}

// Close ends the pulls being served and closes the retry queue (after Run
// has returned).
func (s *Swarm) Close() error {
	s.pulls.close()
	if s.ownsCli {
		s.client.Close()
	}
	if err := s.queue.close(); err != nil {
		return fmt.Errorf("swarm: close queue: %w", err)
	}
	return nil
}

// QueueLen is the number of forwards waiting for a retry.
func (s *Swarm) QueueLen() int { return s.queue.len() }

// runMembership fills and hands over when the view says this node's place
// in the ring changed, and retries what was left undone every RecheckEvery.
// The follower calls OnChange after every refresh, changed or not, so the
// work is keyed on what matters: this node's swarm (fill) and the set of
// swarm ids with this node's swarm (which accounts are ours: handover).
func (s *Swarm) runMembership(ctx context.Context) {
	var (
		filled      uint64
		hasFilled   bool
		lastRing    string
		handoverDue = true // at start: data of a swarm left while down
	)
	tick := time.NewTicker(s.cfg.RecheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.changed:
		case <-tick.C:
		}
		v := s.view()
		if v == nil || len(v.SwarmIDs()) == 0 {
			continue // no ring yet: nothing is known to be ours or not
		}
		me, inView := v.Node(s.self)
		mine, hasSwarm := uint64(0), inView && me.HasSwarm
		if hasSwarm {
			mine = me.Swarm
		}
		if !hasSwarm {
			hasFilled = false // rejoining later is a join: fill again
		} else if !hasFilled || filled != mine {
			if err := s.fill(ctx, v, mine); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.log.Warn().Err(err).Uint64("swarm", mine).Msg("swarm fill not done; will retry")
			} else {
				filled, hasFilled = mine, true
				s.fills.Add(1)
			}
		}
		ring := fmt.Sprint(hasSwarm, mine, v.SwarmIDs())
		if ring != lastRing || handoverDue {
			pending, err := s.handover(ctx, v)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				s.log.Warn().Err(err).Msg("handover not done; will retry")
			}
			lastRing, handoverDue = ring, pending || err != nil
		}
	}
}

// signal wakes a worker without blocking (one pending wake is enough).
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}
