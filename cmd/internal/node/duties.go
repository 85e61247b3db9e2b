package node

import (
	"context"
	"slices"
	"time"

	rpcclient "github.com/cometbft/cometbft/rpc/client"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// duties are what a node does by itself on a schedule.
type duties struct {
	client    rpcclient.ABCIClient
	send      func(ctx context.Context, body []byte) ([]byte, error) // an uptime proof transaction
	cfg       config.Config
	version   string
	log       zerolog.Logger
	modules   func() []string
	endpoints func() []uptime.Endpoint

	// The uptime loop's state (uptimeStep).
	next    time.Time     // when the next scheduled proof is due
	lastTry time.Time     // the last proof attempt, sent or not (zero: none)
	sent    *proofContent // what the last proof sent said (nil: none sent)
}

// firstUptimeDelay is how soon after start the first proof goes out: long
// enough for most modules to be up and listed in it.
const firstUptimeDelay = 3 * time.Second

// uptimeCheckEvery is how often the node compares what it runs with what
// its last proof said.
const uptimeCheckEvery = time.Second

// extraProofFloor is the least time between a proof and an extra one
// (below the chain's min_interval_seconds, which also applies): a module
// that flaps cannot have the node send a proof a second.
const extraProofFloor = 5 * time.Second

// proofContent is what an uptime proof says of the node besides its time.
type proofContent struct {
	modules   []string
	endpoints []uptime.Endpoint
}

func (a proofContent) equal(b proofContent) bool {
	return slices.Equal(a.modules, b.modules) && slices.Equal(a.endpoints, b.endpoints)
}

// uptimeLoop sends the node's uptime proof soon after start and then at the
// configured interval (or the chain's uptime.interval_seconds), and sends
// one early whenever the set of running modules or their endpoints
// differs from what the last proof said (see uptimeStep).
func (d *duties) uptimeLoop(ctx context.Context) {
	if !d.cfg.Uptime.Enabled {
		return
	}
	d.next = time.Now().Add(firstUptimeDelay)
	tick := time.NewTicker(uptimeCheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		d.uptimeStep(ctx, time.Now())
	}
}

// uptimeStep sends a proof at now if one is due: the scheduled one, or an
// extra one because what the node runs changed since its last proof. The
// first proof can miss a module that had not started yet (storage opening
// its store, say); testers fail a node whose proof does not name a module
// it must run, so the node must not keep that proof for an hour. Extra
// proofs are at least max(extraProofFloor, the chain's
// min_interval_seconds) after the last attempt: the chain refuses a proof
// sooner than min_interval_seconds anyway, and a flapping module cannot
// flood it. Any proof sent restarts the schedule.
func (d *duties) uptimeStep(ctx context.Context, now time.Time) {
	cur := d.content()
	switch {
	case !now.Before(d.next):
	case d.sent == nil || d.sent.equal(cur):
		return
	case now.Sub(d.lastTry) < d.extraFloor(ctx):
		return
	default:
		d.log.Info().Strs("modules", cur.modules).Msg("running modules changed since the last uptime proof: sending a new one")
	}
	d.lastTry = now
	d.next = now.Add(d.interval(ctx))
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	hash, err := d.send(qctx, UptimeBody(d.version, cur.modules, cur.endpoints...))
	cancel()
	if err != nil {
		d.log.Warn().Err(err).Time("retry_at", d.next).Msg("uptime proof not sent")
		return
	}
	d.sent = &cur
	d.log.Info().Hex("tx", hash).Msg("uptime proof sent")
}

// content is what a proof sent now would say.
func (d *duties) content() proofContent {
	c := proofContent{modules: []string{}}
	if d.modules != nil {
		c.modules, c.endpoints = d.modules(), d.endpoints()
	}
	if c.modules == nil {
		c.modules = []string{}
	}
	return c
}

// extraFloor is the least time between a proof attempt and an extra proof:
// the chain's min_interval_seconds, at least extraProofFloor (a minute
// when the chain cannot be asked).
func (d *duties) extraFloor(ctx context.Context) time.Duration {
	p, err := chainclient.UptimeParams(ctx, d.client)
	if err != nil {
		return time.Minute
	}
	return max(extraProofFloor, time.Duration(p.MinIntervalSeconds)*time.Second)
}

// interval is seshd.toml's uptime interval if set, else the chain's, else a
// minute when the chain cannot be asked.
func (d *duties) interval(ctx context.Context) time.Duration {
	if d.cfg.Uptime.Interval.Duration > 0 {
		return d.cfg.Uptime.Interval.Duration
	}
	p, err := chainclient.UptimeParams(ctx, d.client)
	if err != nil || p.IntervalSeconds <= 0 {
		return time.Minute
	}
	return time.Duration(p.IntervalSeconds) * time.Second
}

// moduleEndpoints lists the running modules' endpoints as the registry
// records them.
func moduleEndpoints(mods *host.Host) func() []uptime.Endpoint {
	return func() []uptime.Endpoint {
		var out []uptime.Endpoint
		for _, e := range mods.Endpoints() {
			out = append(out, uptime.Endpoint{Service: e.Service, Addr: e.Addr})
		}
		return out
	}
}

// UptimeBody is a node's uptime proof from seshd version, stamped now.
func UptimeBody(version string, modules []string, endpoints ...uptime.Endpoint) []byte {
	return uptime.Encode(uptime.Proof{Version: "seshd/" + version, Modules: modules, Timestamp: time.Now().Unix(), Endpoints: endpoints})
}
