// Command seshd is the seshnet node: it runs the workchain on CometBFT and
// the node's modules, and is the operator's tool for keys, genesis, queries
// and transactions. See README.md and docs/operators.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/node"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	if err := newRoot().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
}

// globals are the flags every command takes.
type globals struct {
	home   string
	output string
	node   string
	log    node.LogFlags
}

func newRoot() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "seshd",
		Short:         "seshnet node: the workchain on CometBFT and its plugin modules",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	f := root.PersistentFlags()
	f.StringVar(&g.home, "home", defaultHome(), "node home directory")
	f.StringVarP(&g.output, "output", "o", "text", "output format: text or json")
	f.StringVar(&g.node, "node", "http://127.0.0.1:26657", "RPC address of the node to talk to")
	f.StringVar(&g.log.Format, "log-format", "", "log format: json or console (default from seshd.toml)")
	f.StringVar(&g.log.Level, "log-level", "", `log level, e.g. "info" or "consensus:debug,p2p:error,*:info" (default from seshd.toml)`)
	root.AddCommand(
		initCmd(g), startCmd(g), devnetCmd(g), testnetCmd(g),
		statusCmd(g), queryCmd(g), txCmd(g), keysCmd(g), genesisCmd(g), versionCmd(g), loadgenCmd(g), modulesCmd(g), l2Cmd(g), rewardsCmd(g),
	)
	root.AddCommand(accountCmd(g), msgCmd(g), oxenCmd(g))
	return root
}

func defaultHome() string {
	if h := os.Getenv("SESHD_HOME"); h != "" {
		return h
	}
	if d, err := os.UserHomeDir(); err == nil {
		return d + "/.seshd"
	}
	return ".seshd"
}

// signalContext ends on SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func versionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.print(cmd, map[string]string{"version": version}, func() string { return version })
		},
	}
}

var errUsage = errors.New("usage")
