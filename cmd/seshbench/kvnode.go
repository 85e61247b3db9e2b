package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"

	"github.com/seshnet/seshnet/cmd/internal/cometstores"
	"github.com/seshnet/seshnet/core/config"
)

// The -kvstore-stores choices: how the kvstore nodes open CometBFT's stores.
const (
	storesCometBFT = "cometbft" // `cometbft start --proxy_app kvstore`: cometbft-db's defaults
	storesSeshd    = "seshd"    // kvstoreNode: the settings seshd opens them with
)

// kvstoreNodeCmd is the argument that makes seshbench a kvstore node.
const kvstoreNodeCmd = "kvstore-node"

// kvstoreNode runs the app `cometbft start --proxy_app kvstore` runs
// (kvstore's in-memory application, in-process) on the stores seshd opens
// (cometstores) until SIGTERM or SIGINT: the control of seshd's storage
// settings (-kvstore-stores seshd). It logs CometBFT's errors and, at its
// stop, what each store wrote.
func kvstoreNode(args []string) error {
	fs := flag.NewFlagSet(kvstoreNodeCmd, flag.ContinueOnError)
	home := fs.String("home", "", "the node's home (cometbft testnet's layout)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := config.LoadComet(*home)
	if err != nil {
		return err
	}
	nodeKey, err := p2p.LoadNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return fmt.Errorf("load p2p key: %w", err)
	}
	pv := privval.LoadFilePV(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	logger := cmtlog.NewFilter(cmtlog.NewTMLogger(cmtlog.NewSyncWriter(os.Stdout)), cmtlog.AllowError())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st := &cometstores.Stores{}
	n, err := nm.NewNode(ctx, cfg, pv, nodeKey, proxy.NewLocalClientCreator(kvstore.NewInMemoryApplication()),
		nm.DefaultGenesisDocProviderFunc(cfg), st.Provider, nm.DefaultMetricsProvider(cfg.Instrumentation), logger)
	if err != nil {
		return fmt.Errorf("create node: %w", err)
	}
	if err := n.Start(); err != nil {
		return fmt.Errorf("start node: %w", err)
	}
	<-ctx.Done()
	_ = n.Stop()
	n.Wait()
	for _, s := range st.Stats() {
		fmt.Println("storage written:", s)
	}
	return nil
}
