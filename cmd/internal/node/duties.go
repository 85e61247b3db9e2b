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
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = d.interval(ctx)
		mods, eps := []string{}, []uptime.Endpoint(nil)
		if d.modules != nil {
			mods, eps = d.modules(), d.endpoints()
		}
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		hash, err := d.signer.Send(qctx, uptime.TxProof, UptimeBody(d.version, mods, eps...))
		cancel()
		if err != nil {
			d.log.Warn().Err(err).Dur("retry_in", wait).Msg("uptime proof not sent")
			continue
		}
		d.log.Info().Hex("tx", hash).Msg("uptime proof sent")
	}
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
