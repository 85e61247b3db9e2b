// Package node is the seshd node runtime: the workchain app on badger,
// CometBFT in-process with a local ABCI client, the plugin host serving
// modules over the running node, and the node's own duties (uptime proofs).
// cmd/seshd wires its commands and flags into Run.
package node

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
	"github.com/cometbft/cometbft/rpc/client/local"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/cmd/internal/abciclient"
	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/cometstores"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/logging"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// witnessModule is the module whose observations go into vote extensions.
const witnessModule = "bridge"

// observeDeadline is how long ExtendVote waits for the witness: well inside
// CometBFT's precommit timeout, so a late witness costs an empty extension,
// not a round.
const observeDeadline = 300 * time.Millisecond

// Config is what a node runs with besides the files in its home.
type Config struct {
	Home    Home
	Version string   // seshd's version: the app reports it and uptime proofs carry it
	Log     LogFlags // command-line overrides of seshd.toml's [log]
	// OnReady, if set, gets the RPC address once blocks can flow.
	OnReady func(rpc string)
}

// LogFlags are the command-line overrides of seshd.toml's [log].
type LogFlags struct{ Format, Level string }

func (f LogFlags) logger(c config.Log) (logs, error) {
	format, level := c.Format, c.Level
	if f.Format != "" {
		format = f.Format
	}
	if f.Level != "" {
		level = f.Level
	}
	levels, err := logging.ParseLevels(level)
	if err != nil {
		return logs{root: zerolog.Nop(), levels: levels}, err
	}
	root, err := logging.New(logging.Config{Format: format, Levels: levels})
	return logs{root: root, levels: levels}, err
}

// logs is the root logger and the per-module levels it is cut by.
type logs struct {
	root   zerolog.Logger
	levels logging.Levels
}

func (l logs) module(name string) zerolog.Logger { return logging.Module(l.root, l.levels, name) }

// Run runs a node from its home until ctx ends.
func Run(ctx context.Context, c Config) error {
	h := c.Home
	if !h.Exists() {
		return fmt.Errorf("%s holds no node: run `seshd init --home %s` first", h, h)
	}
	sc, err := config.Load(h.SeshdConfig())
	if err != nil {
		return err
	}
	lg, err := c.Log.logger(sc.Log)
	if err != nil {
		return err
	}
	cc, err := config.LoadComet(string(h))
	if err != nil {
		return err
	}
	db, err := kv.Open(h.StateDir(), kv.Options{Logger: lg.module("badger")})
	if err != nil {
		return err
	}
	defer db.Close()
	store, err := state.Open(db)
	if err != nil {
		return err
	}
	a, err := app.New(store, c.Version, lg.module("app"))
	if err != nil {
		return err
	}
	// The L2 witness answers ExtendVote through the plugin host; no witness,
	// or a late one, means an empty extension. The host starts after
	// consensus, so the hook reads it through an atomic pointer.
	var modsRef atomic.Pointer[host.Host]
	a.SetObserver(func(ctx context.Context, height int64, applied []byte) []byte {
		if m := modsRef.Load(); m != nil {
			return m.Observe(ctx, height, applied, observeDeadline)[witnessModule]
		}
		return nil
	})
	clients := abciclient.NewCreator(a)
	st := &cometstores.Stores{}
	comet, err := newComet(ctx, cc, clients, st, logging.NewComet(lg.root, lg.levels))
	if err != nil {
		return err
	}
	if err := comet.Start(); err != nil {
		return fmt.Errorf("start consensus: %w", err)
	}
	log := lg.module("seshd")
	log.Info().Str("home", string(h)).Str("rpc", cc.RPC.ListenAddress).Int64("height", store.Committed().Height).Msg("node started")
	if c.OnReady != nil {
		c.OnReady(cc.RPC.ListenAddress)
	}
	err = serve(ctx, c, sc, comet, &modsRef, lg)
	checked, batches := clients.MempoolStats()
	log.Info().Uint64("txs", checked).Uint64("batches", batches).Msg("mempool checks")
	for _, s := range st.Stats() {
		log.Info().Str("store", s.String()).Msg("storage written")
	}
	return err
}

// serve runs the plugin host and the node's duties over running consensus
// until ctx ends, then stops them and consensus.
func serve(ctx context.Context, c Config, sc config.Config, comet *nm.Node, modsRef *atomic.Pointer[host.Host], lg logs) error {
	log := lg.module("seshd")
	nodeKey, err := keys.LoadNodeKey(c.Home.NodeKey())
	if err != nil {
		return err
	}
	chainID := comet.GenesisDoc().ChainID
	client := local.New(comet)
	signer := chainclient.NewSigner(client, chainID, nodeKey.Priv)
	api := &hostAPI{comet: comet, client: client, signer: signer}
	forModules, err := newModuleSigner(c.Home, nodeKey, api.QueryState, log)
	if err != nil {
		_ = comet.Stop()
		comet.Wait()
		return err
	}
	mods, err := runModules(ctx, c.Home, api, forModules, chainID, sc.Admin.Listen, lg.module("modules"))
	if err != nil {
		_ = comet.Stop()
		comet.Wait()
		return err
	}
	modsRef.Store(mods)
	d := &duties{send: func(ctx context.Context, body []byte) ([]byte, error) { return signer.Send(ctx, uptime.TxProof, body) }, client: client, cfg: sc, version: c.Version, log: log,
		modules: mods.Running, endpoints: moduleEndpoints(mods), versions: moduleVersions(mods)}
	go d.uptimeLoop(ctx)

	<-ctx.Done()
	log.Info().Msg("stopping")
	mods.Stop()
	if err := comet.Stop(); err != nil && !errors.Is(err, context.Canceled) {
		log.Error().Err(err).Msg("stop consensus")
	}
	comet.Wait()
	return nil
}

func newComet(ctx context.Context, cc *cmtcfg.Config, clients *abciclient.Creator, st *cometstores.Stores, logger cmtlog.Logger) (*nm.Node, error) {
	nodeKey, err := p2p.LoadNodeKey(cc.NodeKeyFile())
	if err != nil {
		return nil, fmt.Errorf("load p2p key: %w", err)
	}
	pv := privval.LoadFilePV(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile())
	n, err := nm.NewNode(ctx, cc, pv, nodeKey, clients,
		nm.DefaultGenesisDocProviderFunc(cc), st.Provider,
		nm.DefaultMetricsProvider(cc.Instrumentation), logger)
	if err != nil {
		return nil, fmt.Errorf("create consensus node: %w", err)
	}
	return n, nil
}
