package node

import (
	"context"
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
	signer    *chainclient.Signer
	cfg       config.Config
	version   string
	log       zerolog.Logger
	modules   func() []string
	endpoints func() []uptime.Endpoint
	// versions are the running modules' versions by name (nil: none).
	versions func() map[string]string
}

// firstUptimeDelay is how soon after start the first proof goes out: long
// enough for the modules to be up and listed in it.
const firstUptimeDelay = 3 * time.Second

// uptimeLoop sends the node's uptime proof soon after start and then at the
// configured interval (or the chain's uptime.interval_seconds).
func (d *duties) uptimeLoop(ctx context.Context) {
	if !d.cfg.Uptime.Enabled {
		return
	}
	wait := firstUptimeDelay
	var last sentProof
	for {
		why := d.awaitProof(ctx, wait, last)
		if why == "" {
			return
		}
		wait = d.interval(ctx)
		mods, eps := []string{}, []uptime.Endpoint(nil)
		vers := map[string]string{}
		if d.modules != nil {
			mods, eps = d.modules(), d.endpoints()
		}
		if d.versions != nil {
			vers = d.versions()
		}
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		hash, err := d.signer.Send(qctx, uptime.TxProof, uptimeBody(d.version, mods, versionsOf(mods, vers), eps))
		cancel()
		if err != nil {
			d.log.Warn().Err(err).Dur("retry_in", wait).Msg("uptime proof not sent")
			continue
		}
		last = sentProof{versions: vers, at: time.Now()}
		d.log.Info().Hex("tx", hash).Str("why", why).Msg("uptime proof sent")
	}
}

// sentProof is what the last accepted uptime proof said of the modules'
// versions, and when it went.
type sentProof struct {
	versions map[string]string
	at       time.Time
}

// Why a proof goes out (awaitProof).
const (
	proofDue           = "interval"
	proofVersionChange = "module version changed"
)

// versionPoll is how often awaitProof looks at the modules' versions.
var versionPoll = 2 * time.Second

// proofMargin is added to the chain's min_interval_seconds: it counts
// between the two proofs' block times, and the last one went into a block
// a little after it was sent.
var proofMargin = 5 * time.Second

// awaitProof waits until the next uptime proof should go: wait has passed
// (proofDue), or a module named in the last proof runs another version now
// (a governance upgrade swapped it) and the chain's uptime
// min_interval_seconds has passed since that proof (proofVersionChange):
// the punishment tests compare the versions a proof names with the
// scheduled upgrades, so the new version is proved at once rather than an
// interval later. A module that stopped or started does not hurry a
// proof. "" when ctx ends.
func (d *duties) awaitProof(ctx context.Context, wait time.Duration, last sentProof) string {
	due := time.NewTimer(wait)
	defer due.Stop()
	poll := time.NewTicker(versionPoll)
	defer poll.Stop()
	floor := time.Duration(-1) // asked of the chain once a version changed
	for {
		select {
		case <-ctx.Done():
			return ""
		case <-due.C:
			return proofDue
		case <-poll.C:
		}
		if d.versions == nil || last.versions == nil || !versionChanged(last.versions, d.versions()) {
			continue
		}
		if floor < 0 {
			floor = time.Minute // the chain cannot be asked: sending would fail too
			if p, err := chainclient.UptimeParams(ctx, d.client); err == nil {
				floor = time.Duration(p.MinIntervalSeconds)*time.Second + proofMargin
			}
		}
		if time.Since(last.at) >= floor {
			return proofVersionChange
		}
	}
}

// versionChanged: a module with a known version in was runs another now.
func versionChanged(was, now map[string]string) bool {
	for m, v := range was {
		if cur, ok := now[m]; ok && v != "" && cur != v {
			return true
		}
	}
	return false
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
