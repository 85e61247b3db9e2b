package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	"github.com/cometbft/cometbft/rpc/client/local"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/logging"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// witnessModule is the module whose observations go into vote extensions.
const witnessModule = "bridge"

// logFlags are the command-line overrides of seshd.toml's [log].
type logFlags struct{ format, level string }

func (f logFlags) logger(c config.Log) (zerolog.Logger, logging.Levels, error) {
	format, level := c.Format, c.Level
	if f.format != "" {
		format = f.format
	}
	if f.level != "" {
		level = f.level
	}
	levels, err := logging.ParseLevels(level)
	if err != nil {
		return zerolog.Nop(), levels, err
	}
	root, err := logging.New(logging.Config{Format: format, Levels: levels})
	return root, levels, err
}

// runNode runs a node from its home until ctx ends: the workchain app on
// badger, CometBFT in-process with a local ABCI client, and the node's own
// duties (uptime proofs). onReady gets the RPC address once blocks can flow.
func runNode(ctx context.Context, h home, lf logFlags, onReady func(rpc string)) error {
	if !h.exists() {
		return fmt.Errorf("%s holds no node: run `seshd init --home %s` first", h, h)
	}
	sc, err := config.Load(h.seshdConfig())
	if err != nil {
		return err
	}
	root, levels, err := lf.logger(sc.Log)
	if err != nil {
		return err
	}
	cc, err := loadCometConfig(h)
	if err != nil {
		return err
	}
	db, err := kv.Open(h.stateDir(), kv.Options{Logger: logging.Module(root, levels, "badger")})
	if err != nil {
		return err
	}
	defer db.Close()
	store, err := state.Open(db)
	if err != nil {
		return err
	}
	a, err := app.New(store, version, logging.Module(root, levels, "app"))
	if err != nil {
		return err
	}
	// The L2 witness answers ExtendVote through the plugin host, with a
	// deadline well inside CometBFT's precommit timeout; no witness, or a
	// late one, means an empty extension. The host starts after consensus,
	// so the hook reads it through an atomic pointer.
	var modsRef atomic.Pointer[host.Host]
	a.SetObserver(func(ctx context.Context, height int64, applied []byte) []byte {
		if m := modsRef.Load(); m != nil {
			return m.Observe(ctx, height, applied, 300*time.Millisecond)[witnessModule]
		}
		return nil
	})
	comet, err := newComet(ctx, cc, a, logging.NewComet(root, levels))
	if err != nil {
		return err
	}
	if err := comet.Start(); err != nil {
		return fmt.Errorf("start consensus: %w", err)
	}
	log := logging.Module(root, levels, "seshd")
	log.Info().Str("home", string(h)).Str("rpc", cc.RPC.ListenAddress).Int64("height", store.Committed().Height).Msg("node started")
	if onReady != nil {
		onReady(cc.RPC.ListenAddress)
	}
	nodeKey, err := keys.LoadNodeKey(h.nodeKey())
	if err != nil {
		return err
	}
	chainID := comet.GenesisDoc().ChainID
	client := local.New(comet)
	signer := &txSender{client: client, chainID: chainID, key: nodeKey.Priv}
	mods, err := runModules(ctx, h, &nodeAPI{comet: comet, client: client, signer: signer}, chainID, sc.Admin.Listen, logging.Module(root, levels, "modules"))
	if err != nil {
		_ = comet.Stop()
		comet.Wait()
		return err
	}
	modsRef.Store(mods)
	duties := &nodeDuties{signer: signer, client: client, cfg: sc, log: log, modules: mods.Running, endpoints: func() []registry.Endpoint {
		var out []registry.Endpoint
		for _, e := range mods.Endpoints() {
			out = append(out, registry.Endpoint{Service: e.Service, Addr: e.Addr})
		}
		return out
	}}
	go duties.uptimeLoop(ctx)

	<-ctx.Done()
	log.Info().Msg("stopping")
	mods.Stop()
	if err := comet.Stop(); err != nil && !errors.Is(err, context.Canceled) {
		log.Error().Err(err).Msg("stop consensus")
	}
	comet.Wait()
	return nil
}

func newComet(ctx context.Context, cc *cmtcfg.Config, a *app.App, logger cmtlog.Logger) (*nm.Node, error) {
	nodeKey, err := p2p.LoadNodeKey(cc.NodeKeyFile())
	if err != nil {
		return nil, fmt.Errorf("load p2p key: %w", err)
	}
	pv := privval.LoadFilePV(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile())
	n, err := nm.NewNode(ctx, cc, pv, nodeKey, proxy.NewLocalClientCreator(a),
		nm.DefaultGenesisDocProviderFunc(cc), cmtcfg.DefaultDBProvider,
		nm.DefaultMetricsProvider(cc.Instrumentation), logger)
	if err != nil {
		return nil, fmt.Errorf("create consensus node: %w", err)
	}
	return n, nil
}

// nodeDuties are what a node does by itself on a schedule.
type nodeDuties struct {
	client    *local.Local
	signer    *txSender
	cfg       config.Config
	log       zerolog.Logger
	modules   func() []string
	endpoints func() []registry.Endpoint
}

// uptimeLoop sends the node's uptime proof soon after start and then at the
// configured interval (or the chain's uptime.interval_seconds).
func (d *nodeDuties) uptimeLoop(ctx context.Context) {
	if !d.cfg.Uptime.Enabled {
		return
	}
	wait := 3 * time.Second
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = d.interval(ctx)
		mods, eps := []string{}, []registry.Endpoint(nil)
		if d.modules != nil {
			mods, eps = d.modules(), d.endpoints()
		}
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		hash, err := d.signer.send(qctx, registry.TxUptimeProof, uptimeBody(mods, eps...))
		cancel()
		if err != nil {
			d.log.Warn().Err(err).Dur("retry_in", wait).Msg("uptime proof not sent")
			continue
		}
		d.log.Info().Hex("tx", hash).Msg("uptime proof sent")
	}
}

func (d *nodeDuties) interval(ctx context.Context) time.Duration {
	if d.cfg.Uptime.Interval.Duration > 0 {
		return d.cfg.Uptime.Interval.Duration
	}
	p, err := chainParams(ctx, d.client)
	if err != nil || p.Uptime.IntervalSeconds <= 0 {
		return time.Minute
	}
	return time.Duration(p.Uptime.IntervalSeconds) * time.Second
}
