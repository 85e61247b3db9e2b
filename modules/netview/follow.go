package netview

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/plugins/kit"
)

// Source is the part of the host API a view is built from.
type Source interface {
	Query(ctx context.Context, path string, height int64) ([]byte, int64, error)
	FollowBlocks(ctx context.Context, from int64, fn func(*kit.Block) error) error
}

// Follower keeps a view current: it rebuilds it after each finalized block
// (at most every minGap), and tells subscribers when it changed.
type Follower struct {
	src    Source
	log    zerolog.Logger
	minGap time.Duration
	cur    atomic.Pointer[View]

	mu   sync.Mutex
	subs []func(old, new *View)
}

// NewFollower reads through src; minGap bounds the refresh rate.
func NewFollower(src Source, log zerolog.Logger, minGap time.Duration) *Follower {
	return &Follower{src: src, log: log, minGap: minGap}
}

// View is the latest view, nil before the first one was built.
func (f *Follower) View() *View { return f.cur.Load() }

// OnChange registers fn, called (from the follower's goroutine) after each
// new view with the previous one (nil the first time).
func (f *Follower) OnChange(fn func(old, new *View)) {
	f.mu.Lock()
	f.subs = append(f.subs, fn)
	f.mu.Unlock()
}

// Refresh builds a view now.
func (f *Follower) Refresh(ctx context.Context) error {
	nodes, h, err := f.src.Query(ctx, "/nodes", 0)
	if err != nil {
		return err
	}
	swarms, _, err := f.src.Query(ctx, "/swarms", h)
	if err != nil {
		return err
	}
	v, err := Parse(h, nodes, swarms)
	if err != nil {
		return err
	}
	old := f.cur.Swap(v)
	f.mu.Lock()
	subs := append([]func(old, new *View){}, f.subs...)
	f.mu.Unlock()
	for _, fn := range subs {
		fn(old, v)
	}
	return nil
}

// WarmUp builds the first view before a module serves, waiting at most
// 5 s: a process started by a hot swap would otherwise refuse its peers
// (it cannot tell them from strangers) and answer 503 until the first
// refresh. A node still booting has no view to give yet: WarmUp logs that
// at warn level and the module serves without one while Run retries.
func (f *Follower) WarmUp(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := f.Refresh(ctx); err != nil {
		f.log.Warn().Err(err).Msg("no network view yet; serving while the follower retries")
	}
}

// Run follows blocks until ctx ends, rebuilding the view; a broken stream
// (the node restarting) is retried.
func (f *Follower) Run(ctx context.Context) {
	var last time.Time
	for ctx.Err() == nil {
		if err := f.Refresh(ctx); err != nil && ctx.Err() == nil {
			f.log.Debug().Err(err).Msg("network view not refreshed")
		}
		err := f.src.FollowBlocks(ctx, 0, func(*kit.Block) error {
			if time.Since(last) < f.minGap {
				return nil
			}
			last = time.Now()
			if err := f.Refresh(ctx); err != nil && ctx.Err() == nil {
				f.log.Debug().Err(err).Msg("network view not refreshed")
			}
			return nil
		})
		if ctx.Err() == nil {
			f.log.Debug().Err(err).Msg("block stream ended; following again")
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}
}
