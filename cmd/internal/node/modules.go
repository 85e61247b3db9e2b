package node

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/cmd/internal/upgrade"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/plugins/host"
)

// hostConfig reads the [modules.*] sections of a home's seshd.toml.
func hostConfig(h Home, chainID string) (host.Config, error) {
	sc, err := config.Load(h.SeshdConfig())
	if err != nil {
		return host.Config{}, err
	}
	exe, err := os.Executable()
	if err != nil {
		return host.Config{}, fmt.Errorf("find seshd's directory: %w", err)
	}
	hc := host.Config{Modules: map[string]host.ModuleConfig{}, BinDir: filepath.Dir(exe), DataDir: h.ModulesDir(), ChainID: chainID}
	for _, name := range sc.ModuleNames() {
		var mc host.ModuleConfig
		if _, err := sc.DecodeModule(name, &mc); err != nil {
			return host.Config{}, err
		}
		hc.Modules[name] = mc
		if mc.Enabled && mc.NodeKey && hc.NodeKeySeed == nil {
			nk, err := keys.LoadNodeKey(h.NodeKey())
			if err != nil {
				return host.Config{}, fmt.Errorf("modules.%s.node_key: %w", name, err)
			}
			hc.NodeKeySeed = nk.Priv.Seed()
		}
	}
	return hc, hc.Validate()
}

// runModules starts the plugin host and what drives it: the admin API, a
// reload on SIGHUP, a reload when seshd.toml changes, and governance
// upgrades after each committed block. The host signs for modules with
// signer.
func runModules(ctx context.Context, h Home, api *hostAPI, signer host.Signer, chainID, adminAddr string, log zerolog.Logger) (*host.Host, error) {
	hc, err := hostConfig(h, chainID)
	if err != nil {
		return nil, err
	}
	// Upgrades applied before a restart: their binaries run from the start.
	recs, err := upgrade.LoadRecords(h.AppliedUpgrades())
	if err != nil {
		return nil, err
	}
	pins, errs := upgrade.Pins(recs)
	for _, err := range errs {
		log.Warn().Err(err).Msg("applied upgrade's binary gone or changed: running the configured binary until the watcher finds it again")
	}
	mh, err := host.New(hc, api, log, host.WithSigner(signer), host.WithPins(pins))
	if err != nil {
		return nil, err
	}
	mh.Start(ctx)
	load := func() (host.Config, error) { return hostConfig(h, chainID) }
	reloadAll := func() error {
		hc, err := load()
		if err != nil {
			return err
		}
		return mh.Apply(hc)
	}
	if adminAddr != "" {
		if err := serveAdmin(ctx, h, adminAddr, mh, load); err != nil {
			mh.Stop()
			return nil, err
		}
	}
	go watchReloads(ctx, h.SeshdConfig(), reloadAll, log)
	w, err := upgrade.NewWatcher(mh, localQuery(api), upgrade.Config{ModulesRoot: h.ModuleBinaries(), RecordPath: h.AppliedUpgrades()}, log.With().Str("part", "upgrade").Logger())
	if err != nil {
		mh.Stop()
		return nil, err
	}
	go w.Run(ctx, committedHeights(ctx, api, log))
	return mh, nil
}

// localQuery reads the local app's latest committed state (no network).
func localQuery(api *hostAPI) upgrade.Query {
	return func(ctx context.Context, path string) ([]byte, int64, error) {
		return api.QueryState(ctx, path, 0)
	}
}

// committedHeights delivers the height of each block the node commits
// (CometBFT publishes a new block once the app committed it), following
// again if the subscription drops, until ctx ends.
func committedHeights(ctx context.Context, api *hostAPI, log zerolog.Logger) <-chan int64 {
	out := make(chan int64)
	go func() {
		defer close(out)
		for ctx.Err() == nil {
			blocks, err := api.SubscribeBlocks(ctx, 0)
			if err != nil {
				log.Warn().Err(err).Msg("upgrade watcher: follow blocks")
			} else {
				for b := range blocks {
					select {
					case out <- b.Height:
					case <-ctx.Done():
						return
					}
				}
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return out
}

// serveAdmin serves the host's admin API on addr until ctx ends.
// A reload it is asked for reads seshd.toml first (load).
func serveAdmin(ctx context.Context, h Home, addr string, mh *host.Host, load func() (host.Config, error)) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("admin API on %s: %w", addr, err)
	}
	// A fresh token each start: the CLI reads it from the home, a web
	// page in the operator's browser cannot (issue 10, D20).
	token, err := host.WriteAdminToken(h.AdminToken())
	if err != nil {
		l.Close()
		return err
	}
	srv := &http.Server{Handler: mh.AdminHandler(load, token), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(l) }()
	go func() { <-ctx.Done(); _ = srv.Close() }()
	return nil
}

// watchReloads applies seshd.toml again on SIGHUP and when the file changes.
func watchReloads(ctx context.Context, path string, reloadAll func() error, log zerolog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	mtime := func() time.Time {
		st, err := os.Stat(path)
		if err != nil {
			return time.Time{}
		}
		return st.ModTime()
	}
	last := mtime()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		why := ""
		select {
		case <-ctx.Done():
			return
		case <-hup:
			why = "SIGHUP"
		case <-tick.C:
			if m := mtime(); !m.Equal(last) {
				last, why = m, "seshd.toml changed"
			}
		}
		if why == "" {
			continue
		}
		if err := reloadAll(); err != nil {
			log.Error().Err(err).Str("trigger", why).Msg("module reload")
		} else {
			log.Info().Str("trigger", why).Msg("modules reloaded")
		}
	}
}
