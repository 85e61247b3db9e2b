package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/spf13/cobra"

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
