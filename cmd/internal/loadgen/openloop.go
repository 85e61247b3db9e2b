package loadgen

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
)

// runOpen offers a fixed load: transactions are due at fixed intervals of
// 1/Rate from the start, whatever the network does (open loop), and each
// due transaction goes to the next free sender (the one free longest),
// which sends it, retrying refusals, and is free again once it was
// accepted. A sender may have many transactions in the mempool; its nonces
// stay in order because it sends one at a time. Latency runs from the due
// time, so a network that answers slowly cannot slow the load down and hide
// its own delay (no coordinated omission).
func runOpen(ctx context.Context, o Options, senders []*sender, first *rpchttp.HTTP, height int64, res Result) (Result, error) {
	clients, err := connect(ctx, o, senders)
	if err != nil {
		return res, err
	}
	sent := newSentLog()
	var accepted, refused, unsent atomic.Int64
	start := time.Now()
	w := window{from: start.Add(o.Warmup), to: start.Add(o.Warmup + o.Duration)}
	// Nothing is due after w.to, but what is due before goes out even if
	// late: a send cut off at the end of the window would leave the
	// slowest transactions out of the latency figures.
	loadCtx, stopLoad := context.WithDeadline(ctx, w.to.Add(o.Drain))
	defer stopLoad()

	free := make(chan int, len(senders))
	jobs := make([]chan time.Time, len(senders))
	var wg sync.WaitGroup
	for i, s := range senders {
		jobs[i] = make(chan time.Time, 1)
		free <- i
		wg.Add(1)
		go func() {
			defer wg.Done()
			for due := range jobs[i] {
				if raw, ok := s.sendDue(loadCtx, clients[i], &refused); ok {
					sent.put(raw, due)
					accepted.Add(1)
				} else {
					unsent.Add(1)
				}
				free <- i
			}
		}()
	}
	d := &dispatcher{start: start, rate: o.Rate, w: w, free: free}
	// The dispatcher ends by the schedule, or when observing failed.
	dispCtx, stopDispatch := context.WithCancel(ctx)
	defer stopDispatch()
	loadDone := make(chan struct{})
	var loadOver atomic.Bool
	go func() {
		defer close(loadDone)
		d.run(dispCtx, func(key int, due time.Time) { jobs[key] <- due })
		for _, j := range jobs {
			close(j)
		}
		wg.Wait()
		loadOver.Store(true)
	}()

	drainCtx, stopDrain := context.WithDeadline(ctx, w.to.Add(o.Drain))
	defer stopDrain()
	obs, err := observe(drainCtx, first, sent, w, height, func() bool {
		return loadOver.Load() && sent.pending(w) == 0
	})
	if err != nil {
		stopDispatch()
		stopLoad()
	}
	<-loadDone
	if err != nil {
		return res, err
	}
	res.Accepted, res.Refused = accepted.Load(), refused.Load()
	res.Scheduled, res.NoFreeKey = d.scheduled, d.noFreeKey
	res.Unsent = unsent.Load() + d.unsent
	res.LagP99ms = percentileMs(d.lags, 99)
	res.Uncommitted = sent.pending(w)
	res.fill(obs, w, o.Latencies)
	return res, nil
}

// sendDue sends one due transaction, retrying refusals until it is accepted
// or the load stops.
func (s *sender) sendDue(ctx context.Context, c *rpchttp.HTTP, refused *atomic.Int64) ([]byte, bool) {
	for ctx.Err() == nil {
		if raw, ok := s.try(ctx, c, refused); ok {
			return raw, true
		}
	}
	return nil, false
}

// schedule is when the i-th transaction of an open-loop run is due: fixed
// intervals of 1/rate from start (not Poisson: the same offered load in
// every run, so two apps see the same arrivals).
func schedule(start time.Time, rate float64, i int64) time.Time {
	return start.Add(time.Duration(float64(i) * float64(time.Second) / rate))
}

// dispatcher hands out the transactions due before w.to, each to a free
// sender. It never waits for the network, only for a free sender, and what
// it hands out keeps its due time however late it goes.
type dispatcher struct {
	start time.Time
	rate  float64
	w     window   // the lags of transactions due in it are kept
	free  chan int // free senders, longest free first

	scheduled, noFreeKey, unsent int64
	lags                         []time.Duration
}

// run hands out every transaction due before d.w.to, then returns; it stops
// early only if ctx ends. The caller's hand gives key the transaction.
func (d *dispatcher) run(ctx context.Context, hand func(key int, due time.Time)) {
	for i := int64(0); ; i++ {
		due := schedule(d.start, d.rate, i)
		if !due.Before(d.w.to) || !sleepUntil(ctx, due) {
			return
		}
		d.scheduled++
		key, waited, ok := acquire(ctx, d.free)
		if waited {
			d.noFreeKey++
		}
		if !ok {
			d.unsent++
			return
		}
		if d.w.holds(due) {
			d.lags = append(d.lags, time.Since(due))
		}
		hand(key, due)
	}
}

// acquire takes a free sender; waited says none was free at once (the
// transaction goes out late). ok is false if ctx ended first.
func acquire(ctx context.Context, free chan int) (key int, waited, ok bool) {
	select {
	case key = <-free:
		return key, false, true
	default:
	}
	select {
	case key = <-free:
		return key, true, true
	case <-ctx.Done():
		return 0, true, false
	}
}

// sleepUntil waits for t; false if ctx ended first.
func sleepUntil(ctx context.Context, t time.Time) bool {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err() == nil
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}
