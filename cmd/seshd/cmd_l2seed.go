package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
)

// l2SeedCmd puts a network's genesis nodes into the staking contract before
// it starts: the contract's seedPublicKeyList numbers them from 1 in the
// order given, the numbering genesis.WithSoloNodes gave them, and adds
// their BLS keys to the aggregate the network's signatures are checked
// against. The witnesses then report NewSeededServiceNode, which the
// registry checks against genesis (docs/registry.md).
func l2SeedCmd(g *globals) *cobra.Command {
	var f l2Flags
	var genesisFile string
	var noStart bool
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Seed the genesis nodes into a staking contract that has not started, then start it (contract owner only)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			if genesisFile == "" {
				genesisFile = home(g.home).Genesis()
			}
			gd, doc, err := genesis.ReadFile(genesisFile)
			if err != nil {
				return err
			}
			if f.contract == "" {
				f.contract = doc.L2.StakingContract.Hex()
			}
			if doc.L2.StakingContract != common.HexToAddress(f.contract) {
				return fmt.Errorf("the genesis names staking contract %s, not %s", doc.L2.StakingContract.Hex(), f.contract)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			s, err := f.open(ctx)
			if err != nil {
				return err
			}
			ids, err := seedGenesisNodes(ctx, s, doc, gd.GenesisTime.Unix())
			if err != nil {
				return err
			}
			if !noStart {
				if _, err := s.wait(ctx, wrap(s.staking.Start(s.opts)), "start the staking contract"); err != nil {
					return err
				}
			}
			out := map[string]any{"seeded": len(ids), "service_node_ids": ids, "started": !noStart}
			return g.print(cmd, out, func() string {
				return fmt.Sprintf("seeded %d genesis nodes as service nodes %v; contract started: %v", len(ids), ids, !noStart)
			})
		},
	}
	cmd.Flags().StringVar(&f.url, "l2", "", "L2 JSON-RPC URL")
	cmd.Flags().StringVar(&f.contract, "contract", "", "staking contract address (default: the genesis's)")
	cmd.Flags().StringVar(&f.keyFile, "key", "", "Ethereum key file of the contract's owner")
	cmd.Flags().StringVar(&genesisFile, "genesis", "", "genesis file (default: HOME/config/genesis.json)")
	cmd.Flags().BoolVar(&noStart, "no-start", false, "seed only; start the contract later")
	_ = cmd.MarkFlagRequired("l2")
	_ = cmd.MarkFlagRequired("key")
	return cmd
}

// seedGenesisNodes seeds the genesis's nodes in id order, after checking
// that the contract will give each the id genesis gave it.
func seedGenesisNodes(ctx context.Context, s *l2Session, doc genesis.Doc, genesisTime int64) ([]uint64, error) {
	call := &bind.CallOpts{Context: ctx}
	started, err := s.staking.IsStarted(call)
	if err != nil {
		return nil, fmt.Errorf("read isStarted: %w", err)
	}
	if started {
		return nil, fmt.Errorf("the staking contract has started: seeding is only possible before")
	}
	next, err := s.staking.NextServiceNodeID(call)
	if err != nil {
		return nil, fmt.Errorf("read nextServiceNodeID: %w", err)
	}
	if next != 1 {
		return nil, fmt.Errorf("the staking contract already holds nodes (next id %d): seed a fresh contract", next)
	}
	requirement, err := s.staking.StakingRequirement(call)
	if err != nil {
		return nil, fmt.Errorf("read stakingRequirement: %w", err)
	}
	nodes := append([]genesis.Node(nil), doc.Registry.Nodes...)
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].ServiceNodeID < nodes[j].ServiceNodeID })
	var ids []uint64
	var seeds []devchain.SeedNode
	for i, n := range nodes {
		if want := uint64(i + 1); n.ServiceNodeID != want {
			return nil, fmt.Errorf("genesis node %x has service_node_id %d, but the contract would number it %d: "+
				"a network seeded into a contract numbers its genesis nodes 1, 2... (genesis.WithSoloNodes)", []byte(n.Ed25519), n.ServiceNodeID, want)
		}
		sn, err := seedNode(n, genesisTime)
		if err != nil {
			return nil, err
		}
		seeds, ids = append(seeds, sn), append(ids, n.ServiceNodeID)
	}
	wait := func(tx *types.Transaction) error {
		_, err := s.wait(ctx, wrap(tx, nil), "seedPublicKeyList")
		return err
	}
	if _, err := devchain.Seed(s.client, s.addr, s.opts, wait, requirement, seeds); err != nil {
		return nil, err
	}
	return ids, nil
}

// seedNode is the contract's seed of a genesis node.
func seedNode(n genesis.Node, added int64) (devchain.SeedNode, error) {
	var sn devchain.SeedNode
	if len(n.BLS) != len(sn.BLS) || len(n.Ed25519) != len(sn.Ed25519) {
		return sn, fmt.Errorf("genesis node %d: keys of %d and %d bytes", n.ServiceNodeID, len(n.Ed25519), len(n.BLS))
	}
	copy(sn.BLS[:], n.BLS)
	copy(sn.Ed25519[:], n.Ed25519)
	sn.AddedTimestamp = uint64(max(added, 0))
	for _, c := range n.Contributors {
		sn.Contributors = append(sn.Contributors, devchain.SeedContributor{Staker: c.Staker, Beneficiary: c.Beneficiary, Amount: c.Amount})
	}
	return sn, nil
}
