package claim

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/workchain/app"
)

// BridgeService is the uptime endpoint's service name of the module that
// signs for the contract (modules/bridge).
const BridgeService = "bridge"

// Node is one of the staking contract's nodes, joined by BLS key with the
// workchain's view of it.
type Node struct {
	// ID is the contract's service node id.
	ID uint64 `json:"id"`
	// BLSPubkey is the key the contract holds (X ‖ Y): signatures are
	// checked against it, never against a key a node announces.
	BLSPubkey codec.Hex     `json:"bls_pubkey"`
	BLS       bls.PublicKey `json:"-"`
	// Ed25519 is the workchain's key of the node (nil: the workchain has
	// no node with this BLS key); its TLS certificate must carry it.
	Ed25519 codec.Hex `json:"ed25519,omitempty"`
	// Endpoint is host:port of its bridge module, from its last uptime
	// proof ("" when it announced none).
	Endpoint string `json:"endpoint,omitempty"`
	// Unreachable says why the node cannot be asked ("" when it can).
	Unreachable string `json:"unreachable,omitempty"`
}

// Network is the contract's node set, read at one L2 block, with the
// workchain's keys and endpoints of its nodes.
type Network struct {
	Block     uint64 `json:"l2_block"`
	Nodes     []Node `json:"nodes"` // in the contract's list order
	Total     uint64 `json:"total_nodes"`
	Threshold uint64 `json:"non_signer_threshold"` // blsNonSignerThreshold()
	// Aggregate is aggregatePubkey(): what the contract checks a
	// signature against, less the non-signers' keys.
	Aggregate    bls.PublicKey `json:"-"`
	RewardTag    [32]byte      `json:"-"`
	ExitTag      [32]byte      `json:"-"`
	LiquidateTag [32]byte      `json:"-"`
	HashToG2     [32]byte      `json:"-"`
}

// Network reads the contract's nodes, threshold and tags at the L2's latest
// block and joins them with the workchain's /nodes.
func (c *Client) Network(ctx context.Context) (*Network, error) {
	head, err := c.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("L2 latest block: %w", err)
	}
	// One block for every read, so that the list, the count, the aggregate
	// and the threshold agree with each other.
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	net := &Network{Block: head.Number.Uint64()}
	if err := c.readContract(opts, net); err != nil {
		return nil, err
	}
	var views []app.NodeView
	if err := chainclient.Query(ctx, c.workchain, "/nodes", 0, &views); err != nil {
		return nil, fmt.Errorf("workchain nodes: %w", err)
	}
	join(net.Nodes, views)
	return net, nil
}

// readContract fills net from the staking contract.
func (c *Client) readContract(opts *bind.CallOpts, net *Network) error {
	all, err := c.staking.AllServiceNodeIDs(opts)
	if err != nil {
		return fmt.Errorf("staking contract allServiceNodeIDs: %w", err)
	}
	if len(all.Ids) != len(all.Pubkeys) {
		return fmt.Errorf("staking contract allServiceNodeIDs: %d ids but %d keys", len(all.Ids), len(all.Pubkeys))
	}
	for i, id := range all.Ids {
		pk, err := bls.PublicKeyFromXY(all.Pubkeys[i].X, all.Pubkeys[i].Y)
		if err != nil {
			return fmt.Errorf("staking contract: node %d's BLS key: %w", id, err)
		}
		b := pk.Bytes()
		net.Nodes = append(net.Nodes, Node{ID: id, BLS: pk, BLSPubkey: b[:]})
	}
	for _, v := range []struct {
		name string
		get  func(*bind.CallOpts) (*big.Int, error)
		dst  *uint64
	}{{"totalNodes", c.staking.TotalNodes, &net.Total}, {"blsNonSignerThreshold", c.staking.BlsNonSignerThreshold, &net.Threshold}} {
		n, err := v.get(opts)
		if err != nil {
			return fmt.Errorf("staking contract %s: %w", v.name, err)
		}
		if !n.IsUint64() {
			return fmt.Errorf("staking contract %s: %s is out of range", v.name, n)
		}
		*v.dst = n.Uint64()
	}
	if net.Total != uint64(len(net.Nodes)) {
		return fmt.Errorf("staking contract: totalNodes is %d but the list has %d nodes", net.Total, len(net.Nodes))
	}
	agg, err := c.staking.AggregatePubkey(opts)
	if err != nil {
		return fmt.Errorf("staking contract aggregatePubkey: %w", err)
	}
	// An empty contract stores (0, 0), which no decoder takes: leave the
	// aggregate at infinity then (nothing can be signed anyway).
	if len(net.Nodes) > 0 {
		if net.Aggregate, err = bls.PublicKeyFromXY(agg.X, agg.Y); err != nil {
			return fmt.Errorf("staking contract aggregatePubkey: %w", err)
		}
	}
	for _, t := range []struct {
		name string
		get  func(*bind.CallOpts) ([32]byte, error)
		dst  *[32]byte
	}{{"rewardTag", c.staking.RewardTag, &net.RewardTag}, {"exitTag", c.staking.ExitTag, &net.ExitTag}, {"liquidateTag", c.staking.LiquidateTag, &net.LiquidateTag}, {"hashToG2Tag", c.staking.HashToG2Tag, &net.HashToG2}} {
		if *t.dst, err = t.get(opts); err != nil {
			return fmt.Errorf("staking contract %s: %w", t.name, err)
		}
	}
	return nil
}

// join gives each contract node the workchain's Ed25519 key and bridge
// endpoint of the node with its BLS key, or the reason it has none.
func join(nodes []Node, views []app.NodeView) {
	byBLS := make(map[string]*app.NodeView, len(views))
	for i := range views {
		byBLS[string(views[i].BLS)] = &views[i]
	}
	for i := range nodes {
		n := &nodes[i]
		v, ok := byBLS[string(n.BLSPubkey)]
		switch {
		case !ok:
			n.Unreachable = "the workchain has no node with this BLS key"
			continue
		case len(v.Ed25519) != ed25519.PublicKeySize:
			n.Unreachable = fmt.Sprintf("the workchain's node has a %d-byte Ed25519 key", len(v.Ed25519))
			continue
		}
		n.Ed25519 = v.Ed25519
		n.Endpoint = bridgeEndpoint(v)
		if n.Endpoint == "" {
			n.Unreachable = "no bridge endpoint in its last uptime proof"
		} else if !n2n.ValidHostPort(n.Endpoint) {
			n.Endpoint, n.Unreachable = "", "its bridge endpoint is not host:port"
		}
	}
}

// bridgeEndpoint is the bridge's host:port in the node's last uptime proof.
func bridgeEndpoint(v *app.NodeView) string {
	if v.Uptime == nil {
		return ""
	}
	for _, e := range v.Uptime.Endpoints {
		if e.Service == BridgeService {
			return e.Addr
		}
	}
	return ""
}
