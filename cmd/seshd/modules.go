package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/plugins/host"
)

// hostConfig reads the [modules.*] sections of a home's seshd.toml.
func hostConfig(h home, chainID string) (host.Config, error) {
	sc, err := config.Load(h.seshdConfig())
	if err != nil {
		return host.Config{}, err
	}
	exe, err := os.Executable()
	if err != nil {
		return host.Config{}, fmt.Errorf("find seshd's directory: %w", err)
	}
	hc := host.Config{Modules: map[string]host.ModuleConfig{}, BinDir: filepath.Dir(exe), DataDir: h.path("data", "modules"), ChainID: chainID}
	for _, name := range sc.ModuleNames() {
		var mc host.ModuleConfig
		if _, err := sc.DecodeModule(name, &mc); err != nil {
			return host.Config{}, err
		}
		hc.Modules[name] = mc
		if mc.Enabled && mc.NodeKey && hc.NodeKeySeed == nil {
			nk, err := keys.LoadNodeKey(h.nodeKey())
			if err != nil {
				return host.Config{}, fmt.Errorf("modules.%s.node_key: %w", name, err)
			}
			hc.NodeKeySeed = nk.Priv.Seed()
		}
	}
	return hc, hc.Validate()
}

// runModules starts the plugin host and what drives it: the admin API, a
// reload on SIGHUP, and a reload when seshd.toml changes.
func runModules(ctx context.Context, h home, api host.NodeAPI, chainID, adminAddr string, log zerolog.Logger) (*host.Host, error) {
	hc, err := hostConfig(h, chainID)
	if err != nil {
		return nil, err
	}
	mh, err := host.New(hc, api, log)
	if err != nil {
		return nil, err
	}
	mh.Start(ctx)
	reloadAll := func() error {
		hc, err := hostConfig(h, chainID)
		if err != nil {
			return err
		}
		return mh.Apply(hc)
	}
	if adminAddr != "" {
		l, err := net.Listen("tcp", adminAddr)
		if err != nil {
			mh.Stop()
			return nil, fmt.Errorf("admin API on %s: %w", adminAddr, err)
		}
		// A fresh token each start: the CLI reads it from the home, a web
		// page in the operator's browser cannot (issue 10, D20).
		token, err := host.WriteAdminToken(adminTokenFile(h))
		if err != nil {
			l.Close()
			mh.Stop()
			return nil, err
		}
		srv := &http.Server{Handler: mh.AdminHandler(reloadAll, token), ReadHeaderTimeout: 5 * time.Second}
		go func() { _ = srv.Serve(l) }()
		go func() { <-ctx.Done(); _ = srv.Close() }()
	}
	go watchReloads(ctx, h.seshdConfig(), reloadAll, log)
	return mh, nil
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

// adminTokenFile is where a running node keeps its admin API token.
func adminTokenFile(h home) string { return h.path("data", "admin_token") }

// adminURL is the admin API's address and the token it wants.
func adminURL(h home) (string, string, error) {
	sc, err := config.Load(h.seshdConfig())
	if err != nil {
		return "", "", err
	}
	if sc.Admin.Listen == "" {
		return "", "", errors.New("the node's admin API is off ([admin] listen is empty in seshd.toml)")
	}
	addr := sc.Admin.Listen
	// The API answers only to a loopback Host: reach a wildcard bind there.
	if hst, port, err := net.SplitHostPort(addr); err == nil {
		if ip := net.ParseIP(hst); hst == "" || (ip != nil && ip.IsUnspecified()) {
			addr = net.JoinHostPort("127.0.0.1", port)
		}
	}
	token, err := host.ReadAdminToken(adminTokenFile(h))
	if err != nil {
		return "", "", err
	}
	return "http://" + addr, token, nil
}

func modulesCmd(g *globals) *cobra.Command {
	show := func(cmd *cobra.Command, st []host.ModuleStatus) error {
		return g.print(cmd, st, func() string {
			if len(st) == 0 {
				return "no modules configured"
			}
			var b strings.Builder
			fmt.Fprintf(&b, "%-12s %-10s %-11s %-8s %-8s %-16s %s\n", "NAME", "VERSION", "STATE", "PID", "RESTARTS", "SHA256", "LAST ERROR")
			for _, s := range st {
				sum := s.SHA256
				if len(sum) > 16 {
					sum = sum[:16]
				}
				fmt.Fprintf(&b, "%-12s %-10s %-11s %-8d %-8d %-16s %s\n", s.Name, s.Version, s.State, s.PID, s.Restarts, sum, s.LastError)
			}
			return strings.TrimRight(b.String(), "\n")
		})
	}
	cmd := &cobra.Command{
		Use:   "modules",
		Short: "List the running node's modules: name, version, state, pid, restarts, binary hash, last error",
		RunE: func(cmd *cobra.Command, _ []string) error {
			u, token, err := adminURL(home(g.home))
			if err != nil {
				return err
			}
			ctx, cancel := timeout()
			defer cancel()
			st, err := host.FetchStatus(ctx, u, token)
			if err != nil {
				return err
			}
			return show(cmd, st)
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "reload [NAME]",
		Short: "Hot-swap a module (new binary or settings from seshd.toml); without NAME, apply seshd.toml to all",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			u, token, err := adminURL(home(g.home))
			if err != nil {
				return err
			}
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			st, err := host.RequestReload(ctx, u, token, name)
			if err != nil {
				return err
			}
			return show(cmd, st)
		},
	})
	return cmd
}
