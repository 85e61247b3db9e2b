package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/upgrade"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/plugins/host"
)

// adminURL is the admin API's address and the token it wants.
func adminURL(h home) (string, string, error) {
	sc, err := config.Load(h.SeshdConfig())
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
	token, err := host.ReadAdminToken(h.AdminToken())
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
			fmt.Fprintf(&b, "%-12s %-10s %-11s %-8s %-8s %-16s %-40s %s\n", "NAME", "VERSION", "STATE", "PID", "RESTARTS", "SHA256", "UPGRADE", "LAST ERROR")
			for _, s := range st {
				sum := s.SHA256
				if len(sum) > 16 {
					sum = sum[:16]
				}
				fmt.Fprintf(&b, "%-12s %-10s %-11s %-8d %-8d %-16s %-40s %s\n", s.Name, s.Version, s.State, s.PID, s.Restarts, sum, upgradeCell(s), s.LastError)
			}
			return strings.TrimRight(b.String(), "\n")
		})
	}
	cmd := &cobra.Command{
		Use:   "modules",
		Short: "List the running node's modules: name, version, state, pid, restarts, binary hash, governance upgrade, last error",
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
	cmd.AddCommand(modulesFetchCmd(g))
	return cmd
}

// upgradeCell is the UPGRADE column: "-", or where the governance upgrade
// stands with the version it goes to (-o json has the whole text).
func upgradeCell(s host.ModuleStatus) string {
	if s.Upgrade == "" {
		return "-"
	}
	cell := s.Upgrade
	if len(cell) > 28 && strings.HasPrefix(cell, "upgrade failed: ") {
		cell = "upgrade failed (see -o json)"
	}
	if s.UpgradeVersion != "" {
		cell += " (" + s.UpgradeVersion + ")"
	}
	return cell
}

// fetchView is what `seshd modules fetch` prints.
type fetchView struct {
	Module  string `json:"module"`
	Version string `json:"version"`
	Path    string `json:"path"`
	SHA256  string `json:"sha256"`
	URL     string `json:"url"`
}

func modulesFetchCmd(g *globals) *cobra.Command {
	var url, sum string
	cmd := &cobra.Command{
		Use:   "fetch NAME VERSION",
		Short: "Download a module binary for a governance upgrade into HOME/modules/NAME/VERSION/, checked against its sha256",
		Long: `Download module NAME's binary at VERSION into HOME/modules/NAME/VERSION/seshd-NAME (mode 0755),
where the node looks for it when the upgrade activates. The file is written only if its
sha256 is the expected one; otherwise nothing is left behind. Without --url or --sha256,
they are read from the passed module_upgrade proposal on the chain (query gov/upgrades of
--node): the proposal's URL and its sha256 for this platform (` + upgrade.Platform() + `).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, version := args[0], args[1]
			if url == "" || sum == "" {
				u, err := chainUpgrade(g, name, version)
				if err != nil {
					return err
				}
				if sum == "" {
					if sum = u.Binaries[upgrade.Platform()]; sum == "" {
						return fmt.Errorf("proposal %d: %w (%s); pass --sha256 and --url", u.ProposalID, upgrade.ErrNoBinary, upgrade.Platform())
					}
				}
				if url == "" {
					if url = u.URL; url == "" {
						return fmt.Errorf("proposal %d gives no download URL: pass --url", u.ProposalID)
					}
				}
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Minute)
			defer cancel()
			path, err := upgrade.Fetch(ctx, http.DefaultClient, home(g.home).ModuleBinaries(), name, version, url, sum)
			if err != nil {
				return err
			}
			v := fetchView{Module: name, Version: version, Path: path, SHA256: strings.ToLower(sum), URL: url}
			return g.print(cmd, v, func() string {
				return fmt.Sprintf("%s %s: %s (sha256 %s)", name, version, path, v.SHA256)
			})
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "http(s) URL of the binary (default: the proposal's)")
	cmd.Flags().StringVar(&sum, "sha256", "", "expected sha256, hex (default: the proposal's for this platform)")
	return cmd
}

// chainUpgrade is the passed upgrade of name to version, read from --node.
func chainUpgrade(g *globals, name, version string) (upgrade.Upgrade, error) {
	c, err := g.client()
	if err != nil {
		return upgrade.Upgrade{}, err
	}
	ctx, cancel := timeout()
	defer cancel()
	var raw json.RawMessage
	if err := chainclient.Query(ctx, c, upgrade.QueryPath, 0, &raw); err != nil {
		return upgrade.Upgrade{}, err
	}
	ups, err := upgrade.Decode(raw)
	if err != nil {
		return upgrade.Upgrade{}, err
	}
	u, ok := upgrade.Find(ups, name, version)
	if !ok {
		return upgrade.Upgrade{}, fmt.Errorf("no passed upgrade of %s to %s on the chain at %s: pass --url and --sha256", name, version, g.node)
	}
	return u, nil
}
