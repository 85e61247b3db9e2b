package swarm

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/seshnet/seshnet/modules/netview"
)

// PullPath is where a swarm member asks a peer for the swarm's messages.
const PullPath = "/n2n/storage/pull"

// PullRequest is the body of POST /n2n/storage/pull.
type PullRequest struct {
	Swarm uint64 `json:"swarm"`
	After string `json:"after"` // opaque: the previous answer's Next
	Limit int    `json:"limit"`
}

// PullAnswer is its answer; Next is empty on the last page.
type PullAnswer struct {
	Messages []WireMessage `json:"messages"`
	Next     string        `json:"next"`
}

// fill pulls swarm id's messages from FillPeers of its other members
// (shuffled, so a joining swarm does not all land on one node), trying the
// next when one fails. More than one, because a peer may itself have joined
// lately and not be complete yet; storing twice is harmless. It is done
// when at least one pull completed; a lone member has nothing to pull.
func (s *Swarm) fill(ctx context.Context, v *netview.View, id uint64) error {
	var peers []*netview.Node
	for _, m := range v.Members(id) {
		if !m.Ed25519.Equal(s.self) {
			peers = append(peers, m)
		}
	}
	rand.Shuffle(len(peers), func(i, j int) { peers[i], peers[j] = peers[j], peers[i] })
	var errs []error
	done, stored := 0, 0
	for _, p := range peers {
		if done == s.cfg.FillPeers || ctx.Err() != nil {
			break
		}
		n, err := s.pullFrom(ctx, p, id)
		stored += n
		if err != nil {
			s.log.Debug().Err(err).Str("peer", p.Hex()).Msg("pull failed")
			errs = append(errs, err)
			continue
		}
		done++
	}
	if done == 0 && len(errs) > 0 {
		return fmt.Errorf("fill swarm %d: %w", id, errors.Join(errs...))
	}
	s.log.Info().Uint64("swarm", id).Int("peers", done).Int("stored", stored).Msg("swarm filled")
	return nil
}

// pullFrom pages through peer's messages of swarm id and stores those this
// node serves; it returns how many were new here.
func (s *Swarm) pullFrom(ctx context.Context, peer *netview.Node, id uint64) (int, error) {
	addr := peer.Endpoints["storage"]
	if addr == "" {
		return 0, errors.New("peer publishes no storage endpoint")
	}
	stored, cursor := 0, ""
	for {
		body, _ := json.Marshal(PullRequest{Swarm: id, After: cursor, Limit: s.cfg.PullLimit})
		code, out, err := s.client.Post(ctx, peer.Ed25519, addr, PullPath, body)
		if err != nil {
			return stored, err
		}
		if code != http.StatusOK {
			return stored, fmt.Errorf("pull: peer answered %d", code)
		}
		var page PullAnswer
		if err := json.Unmarshal(out, &page); err != nil {
			return stored, fmt.Errorf("pull: answer: %w", err)
		}
		// A pull asks members of this node's swarm only: no per-message
		// sender check.
		n, _, err := s.accept(ctx, nil, page.Messages)
		stored += n
		if err != nil {
			return stored, err
		}
		if page.Next == "" {
			return stored, nil
		}
		if page.Next == cursor {
			return stored, errors.New("pull: peer's cursor does not move")
		}
		cursor = page.Next
	}
}

// putConcurrency is how many Puts of one pull page or push run at once:
// the store groups concurrent writes into one synced commit (~86 k
// messages/s batched against ~3.3 k/s one fsync each, DESIGN.md §12).
const putConcurrency = 64

// accept stores the messages of ws that are valid, alive, of accounts this
// node serves in the current view, and (when from is not nil) of accounts
// whose swarm has, or lately had, from as a member (mayHandOver); it returns
// how many were new and how many it refused (invalid, or not ours, or not
// from's). Expired ones are neither. Expiries are capped at now + MaxTTL: a
// peer cannot make a message outlive what any client could ask for.
func (s *Swarm) accept(ctx context.Context, from ed25519.PublicKey, ws []WireMessage) (stored, refused int, err error) {
	v := s.view()
	now := s.now().UnixMilli()
	limit := now + s.cfg.MaxTTL.Milliseconds()
	var ms []Message
	for _, w := range ws {
		m, err := FromWire(w)
		if err != nil || v == nil || !servesIn(v, s.self, m.Account[1:]) ||
			from != nil && !s.mayHandOver(v, from, m.Account[1:]) {
			refused++
			continue
		}
		m.Expiry = min(m.Expiry, limit)
		if m.Expiry > now {
			ms = append(ms, m)
		}
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		errs  []error
		fresh atomic.Int64
		next  atomic.Int64
	)
	for range min(putConcurrency, len(ms)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(ms) && ctx.Err() == nil; i = int(next.Add(1)) - 1 {
				// Not cancelled midway: a Put whose ctx ends while the store's
				// writer holds it races with that writer (store.Put's named
				// result); a Put is one group commit, so shutdown waits little.
				already, err := s.store.PutCopy(context.WithoutCancel(ctx), ms[i])
				if err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
				if !already {
					fresh.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return int(fresh.Load()), refused, fmt.Errorf("store messages from a peer: %w", errs[0])
	}
	return int(fresh.Load()), refused, nil
}
