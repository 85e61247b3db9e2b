package devchain

import (
	"errors"
	"fmt"
	"maps"
	"net"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Persistent is a dev L2 that keeps its chain in a directory. It runs the
// same engine as go-ethereum's simulated backend (eth with the simulated
// beacon sealing a block every period), without the backend's rewind to
// genesis at start: a restarted devnet must find its L2 where it left it,
// or the witnesses' cursors would point past the chain's head.
type Persistent struct {
	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	url    string
}

// OpenPersistent opens (or creates, with alloc in its genesis) the chain in
// dir, serves JSON-RPC on host:port and seals a block every periodSeconds.
// alloc must be the same at every open: it is part of the genesis block.
func OpenPersistent(dir string, alloc types.GenesisAlloc, host string, port int, periodSeconds uint64) (*Persistent, error) {
	// node.New panics in the RPC server when it cannot listen: say why first.
	l, err := net.Listen("tcp", fmt.Sprintf("%s:%d", host, port))
	if err != nil {
		return nil, fmt.Errorf("L2 JSON-RPC: %w", err)
	}
	l.Close()

	nc := node.DefaultConfig
	nc.DataDir = dir
	nc.P2P = p2p.Config{NoDiscovery: true, ListenAddr: ""}
	nc.HTTPHost, nc.HTTPPort = host, port
	nc.HTTPModules = []string{"eth", "net", "web3"}
	nc.AuthPort = 0
	nc.IPCPath = ""
	stack, err := node.New(&nc)
	if err != nil {
		return nil, fmt.Errorf("L2 node: %w", err)
	}
	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	ec := ethconfig.Defaults
	ec.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc}
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("L2 chain in %s: %w", dir, err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start L2 node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(periodSeconds, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("L2 block producer: %w", err)
	}
	if err := beacon.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start L2 block producer: %w", err)
	}
	return &Persistent{
		stack:  stack,
		beacon: beacon,
		client: ethclient.NewClient(stack.Attach()),
		url:    fmt.Sprintf("http://%s:%d", host, port),
	}, nil
}

// Client is an in-process client of the chain.
func (p *Persistent) Client() *ethclient.Client { return p.client }

// URL is the chain's HTTP JSON-RPC address.
func (p *Persistent) URL() string { return p.url }

// Close stops block production and the node, flushing the chain to disk.
func (p *Persistent) Close() error {
	p.client.Close()
	return errors.Join(p.beacon.Stop(), p.stack.Close())
}
