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
	// versions are the running modules' versions by name (nil: none).
	versions func() map[string]string

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
	versions  []string // one per module, or nil when none is known
}

// equal: the same modules, endpoints and versions. A version change (a
// governance upgrade swapped a module) needs a fresh proof as much as a
// module set change: the punishment tests compare the versions a proof
// names with the scheduled upgrades.
func (a proofContent) equal(b proofContent) bool {
	return slices.Equal(a.modules, b.modules) && slices.Equal(a.endpoints, b.endpoints) && slices.Equal(a.versions, b.versions)
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
		d.log.Info().Strs("modules", cur.modules).Strs("versions", cur.versions).Msg("running modules changed since the last uptime proof: sending a new one")
	}
	d.lastTry = now
	d.next = now.Add(d.interval(ctx))
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	hash, err := d.send(qctx, uptimeBody(d.version, cur.modules, cur.versions, cur.endpoints))
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
	if d.versions != nil {
		c.versions = versionsOf(c.modules, d.versions())
	}
	return c
}

// versionsOf lists vers for mods, in their order ("" where unknown); nil
// when no version is known, so the proof is what older nodes sent.
func versionsOf(mods []string, vers map[string]string) []string {
	out := make([]string, len(mods))
	known := false
	for i, m := range mods {
		out[i] = vers[m]
		known = known || out[i] != ""
	}
	if !known {
		return nil
	}
	return out
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

// moduleVersions gives the running modules' versions (runningVersions).
func moduleVersions(mods *host.Host) func() map[string]string {
	return func() map[string]string { return runningVersions(mods.Status(), mods.Pins()) }
}

// runningVersions are the running modules' versions: for a module running
// a governance binary (pinned by the sha256 the network voted for), the
// version its upgrade names, which is what the punishment tests compare
// (a binary may describe itself otherwise: the host warns of that); for
// any other, the version its process reports.
func runningVersions(status []host.ModuleStatus, pins map[string]host.Binary) map[string]string {
	out := map[string]string{}
	for _, s := range status {
		if s.State != host.StateRunning {
			continue
		}
		out[s.Name] = s.Version
		if pin, ok := pins[s.Name]; ok && pin.Version != "" {
			out[s.Name] = pin.Version
		}
	}
	return out
}

// UptimeBody is a node's uptime proof from seshd version, stamped now.
func UptimeBody(version string, modules []string, endpoints ...uptime.Endpoint) []byte {
	return uptimeBody(version, modules, nil, endpoints)
}

// uptimeBody is UptimeBody with the modules' versions (nil or one each).
func uptimeBody(version string, modules, versions []string, endpoints []uptime.Endpoint) []byte {
	return uptime.Encode(uptime.Proof{Version: "seshd/" + version, Modules: modules, ModuleVersions: versions,
		Timestamp: time.Now().Unix(), Endpoints: endpoints})
}
