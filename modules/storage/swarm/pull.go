package swarm

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/seshnet/seshnet/modules/netview"
)

// Bounds of the serving side of a pull: a page holds at most maxPullLimit
// messages and about pageBudget bytes of JSON (at least one message), well
// under n2n.MaxBody; at most maxPullSessions pulls run at once, and one
// not continued for pullIdle is dropped.
const (
	maxPullLimit    = 1000
	pageBudget      = 8 << 20
	maxPullSessions = 16
	pullIdle        = time.Minute
)

// Errors of a pull, mapped to answers by ServePull.
var (
	ErrPullBusy    = errors.New("swarm: too many pulls at once")         // 503
	ErrPullExpired = errors.New("swarm: unknown or expired pull cursor") // 410: start again
)

// pullSession is one puller's walk through the store. The store's ForEach
// has no "start after" and no order this package may rely on, so a page
// cannot be found again from a key without a full scan per page (a
// quadratic fill). Instead one ForEach per pull runs in a goroutine and
// hands messages over as pages are asked for: a fill reads the store once.
// The opaque cursor names the session and the page asked for, so only the
// puller that started it continues it, in order.
type pullSession struct {
	id     string
	peer   string // Ed25519 hex of the puller
	next   int    // page the cursor must ask for
	msgs   chan Message
	held   *Message // read from msgs but over the last page's budget
	err    error    // ForEach's error, set before msgs is closed
	cancel context.CancelFunc
	used   time.Time
	busy   bool // a page is being built
}

// pulls are the running sessions.
type pulls struct {
	mu       sync.Mutex
	sessions map[string]*pullSession
	ctx      context.Context // ends at Close
	stop     context.CancelFunc
}

func newPulls() *pulls {
	ctx, stop := context.WithCancel(context.Background())
	return &pulls{sessions: map[string]*pullSession{}, ctx: ctx, stop: stop}
}

// close ends every session.
func (p *pulls) close() {
	p.stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, ps := range p.sessions {
		ps.cancel()
		delete(p.sessions, id)
	}
}

// end drops a session.
func (p *pulls) end(ps *pullSession) {
	ps.cancel()
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.sessions, ps.id)
}

// pullPage answers one pull request of peer (already checked to be a member
// of swarm id in v).
func (s *Swarm) pullPage(ctx context.Context, v *netview.View, peer string, req PullRequest) (PullAnswer, error) {
	limit := req.Limit
	if limit <= 0 || limit > maxPullLimit {
		limit = DefaultPullLimit
	}
	ps, err := s.session(v, peer, req)
	if err != nil {
		return PullAnswer{}, err
	}
	ans := PullAnswer{Messages: []WireMessage{}}
	size, done := 0, false
	for len(ans.Messages) < limit {
		var m Message
		if ps.held != nil {
			m, ps.held = *ps.held, nil
		} else {
			var ok bool
			select {
			case m, ok = <-ps.msgs:
			case <-ctx.Done():
				// The asker is gone with what was read: the pull can't go on.
				s.pulls.end(ps)
				return PullAnswer{}, ctx.Err()
			}
			if !ok {
				done = true
				break
			}
		}
		size += wireSize(m)
		if len(ans.Messages) > 0 && size > pageBudget {
			ps.held = &m
			break
		}
		ans.Messages = append(ans.Messages, ToWire(m))
	}
	if done {
		s.pulls.end(ps)
		if ps.err != nil { // the store failed, or this node is closing
			return PullAnswer{}, fmt.Errorf("pull: read store: %w", ps.err)
		}
		return ans, nil
	}
	s.pulls.mu.Lock()
	defer s.pulls.mu.Unlock()
	ps.busy, ps.used = false, s.now()
	ps.next++
	ans.Next = ps.id + "." + strconv.Itoa(ps.next)
	return ans, nil
}

// session is the session req continues, or a new one when req.After is
// empty; it is returned marked busy.
func (s *Swarm) session(v *netview.View, peer string, req PullRequest) (*pullSession, error) {
	p := s.pulls
	now := s.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, ps := range p.sessions {
		if !ps.busy && now.Sub(ps.used) > pullIdle {
			ps.cancel()
			delete(p.sessions, id)
		}
	}
	if req.After != "" {
		id, n, _ := strings.Cut(req.After, ".")
		ps, ok := p.sessions[id]
		if !ok || ps.busy || ps.peer != peer || strconv.Itoa(ps.next) != n {
			return nil, ErrPullExpired
		}
		ps.busy = true
		return ps, nil
	}
	if len(p.sessions) >= maxPullSessions {
		return nil, ErrPullBusy
	}
	var raw [16]byte
	_, _ = rand.Read(raw[:])
	ctx, cancel := context.WithCancel(p.ctx)
	ps := &pullSession{id: hex.EncodeToString(raw[:]), peer: peer, msgs: make(chan Message),
		cancel: cancel, used: now, busy: true}
	p.sessions[ps.id] = ps
	go s.walk(ctx, ps, v, req.Swarm)
	return ps, nil
}

// walk hands ps the live messages of the accounts of swarm id (in v, as
// it was when the pull started).
func (s *Swarm) walk(ctx context.Context, ps *pullSession, v *netview.View, id uint64) {
	inSwarm := map[string]bool{} // account -> maps to id
	err := s.store.ForEach(func(m Message) error {
		if len(m.Account) != 33 || m.Expiry <= s.now().UnixMilli() {
			return nil
		}
		in, seen := inSwarm[string(m.Account)]
		if !seen {
			got, _, ok := swarmOf(v, m.Account[1:])
			in = ok && got == id
			inSwarm[string(m.Account)] = in
		}
		if !in {
			return nil
		}
		// The store may reuse its buffers once fn returns.
		m.Account, m.Data = append([]byte(nil), m.Account...), append([]byte(nil), m.Data...)
		select {
		case ps.msgs <- m:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	ps.err = err
	close(ps.msgs)
}
