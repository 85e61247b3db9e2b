package main

import (
	"crypto/ed25519"
	"fmt"
	"os"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"

	"github.com/seshnet/seshnet/cmd/internal/node"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/workchain/tx"
)

// home is the layout of a node's home directory; the node runtime reads
// the same files.
type home = node.Home

// nodeIdentity is what a new home holds that genesis needs.
type nodeIdentity struct {
	home     home
	ed25519  ed25519.PublicKey
	bls      keys.BLSKey
	operator [20]byte
	p2pID    p2p.ID
}

// initOptions shape a new home.
type initOptions struct {
	moniker  string
	ports    ports
	seshd    config.Config
	modules  string // raw TOML of module sections
	fastPace bool   // 1 s blocks and short timeouts for local networks
}

type ports struct{ p2p, rpc int }

// setMempool chooses CometBFT's mempool settings for the workchain rather
// than leaving them at the defaults by accident (docs/performance.md,
// "Throughput (issue 16)"):
//   - recheck stays on: a signer's nonces and the uptime rules depend on
//     committed state, and the recheck after each Commit drops what a block
//     made stale (and rebuilds the app's pending nonces);
//   - max_tx_bytes is the envelope's limit (tx.MaxBytes, 16 KiB) instead of
//     1 MiB: a larger transaction is refused before it reaches the app;
//   - cache_size is 100,000 instead of 10,000: in a full mesh each node hears
//     every transaction from up to three peers, and at a few thousand per
//     second a 10,000-entry cache forgets one before its last copy arrives,
//     which then costs a CheckTx (decoded, refused as a stale nonce); the
//     cache holds a 32-byte hash per entry;
//   - size is 20,000 instead of 5,000. A signer's transactions go into
//     blocks in nonce order, so one that a proposer lacks holds back the
//     signer's later ones, and a transaction waits longer in the mempool
//     than in an app without nonces: at 2,000 tx/s and 1.4 s blocks, 5,000
//     was full (seshbench: 6,600-14,000 refused broadcasts per run, none
//     with 20,000). A full mempool refuses the broadcasts and also the
//     transactions gossip brings, and CometBFT does not gossip
//     a refused one again: it reaches a proposer only when its own node
//     proposes, and holds back its signer's later transactions, which fill
//     the mempool more. 20,000 entries of at most max_tx_bytes are within
//     max_txs_bytes (1 GiB); the recheck after a Commit is ~7 µs per
//     waiting transaction (BenchmarkRecheck);
//   - max_txs_bytes and gossip to every peer stay: gossip limited to some
//     peers makes a transaction travel through others, which widens the
//     nonce gaps CheckTx has to bridge (app.MaxNonceAhead).
func setMempool(m *cmtcfg.MempoolConfig) {
	m.Recheck = true
	m.MaxTxBytes = tx.MaxBytes
	m.CacheSize = 100_000
	m.Size = 20_000
}

// makeHome writes CometBFT's config, the keys and seshd.toml. Genesis is
// written separately, once all the network's identities are known.
func makeHome(h home, o initOptions) (nodeIdentity, error) {
	if h.Exists() {
		return nodeIdentity{}, fmt.Errorf("%s already holds a node (config/config.toml exists)", h)
	}
	for _, d := range []string{"config", "data"} {
		if err := os.MkdirAll(h.Path(d), 0o700); err != nil {
			return nodeIdentity{}, fmt.Errorf("make %s: %w", h.Path(d), err)
		}
	}
	c := cmtcfg.DefaultConfig()
	c.SetRoot(string(h))
	c.Moniker = o.moniker
	c.P2P.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", o.ports.p2p)
	c.RPC.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", o.ports.rpc)
	c.DBBackend = "pebbledb"
	c.Instrumentation.Prometheus = false
	setMempool(c.Mempool)
	if o.fastPace {
		c.Consensus.TimeoutCommit = time.Second
		c.Consensus.TimeoutPropose = 2 * time.Second
		c.P2P.AddrBookStrict = false
		c.P2P.AllowDuplicateIP = true
	}
	cmtcfg.WriteConfigFile(h.CometConfig(), c)

	nk, err := keys.GenerateNodeKey(h.NodeKey(), h.Path("data", "priv_validator_state.json"))
	if err != nil {
		return nodeIdentity{}, err
	}
	p2pKey, err := p2p.LoadOrGenNodeKey(h.Path("config", "node_key.json"))
	if err != nil {
		return nodeIdentity{}, fmt.Errorf("node p2p key: %w", err)
	}
	bls, err := keys.GenerateBLS()
	if err != nil {
		return nodeIdentity{}, err
	}
	if err := keys.SaveBLS(h.BLSKey(), bls); err != nil {
		return nodeIdentity{}, err
	}
	op, err := keys.GenerateEth()
	if err != nil {
		return nodeIdentity{}, err
	}
	if err := keys.SaveEth(h.OperatorKey(), op); err != nil {
		return nodeIdentity{}, err
	}
	if err := config.Write(h.SeshdConfig(), o.seshd, o.modules); err != nil {
		return nodeIdentity{}, err
	}
	return nodeIdentity{home: h, ed25519: nk.Public(), bls: bls, operator: keys.EthAddress(op), p2pID: p2pKey.ID()}, nil
}

// genesisFor registers every identity as a solo-staked genesis node;
// seeded numbers them as the staking contract will when they are seeded
// into it (1, 2...).
func genesisFor(doc genesis.Doc, ids []nodeIdentity, seeded bool) genesis.Doc {
	nodes := make([]genesis.LocalNode, len(ids))
	for i, id := range ids {
		nodes[i] = genesis.LocalNode{Ed25519: id.ed25519, BLS: id.bls.Public[:], Operator: id.operator}
	}
	if seeded {
		return genesis.WithSeededNodes(doc, nodes)
	}
	return genesis.WithSoloNodes(doc, nodes)
}

func writeGenesis(chainID string, doc genesis.Doc, homes []home) error {
	gd, err := genesis.Build(chainID, doc, time.Now())
	if err != nil {
		return err
	}
	for _, h := range homes {
		if err := gd.SaveAs(h.Genesis()); err != nil {
			return fmt.Errorf("write %s: %w", h.Genesis(), err)
		}
	}
	return nil
}

func loadCometConfig(h home) (*cmtcfg.Config, error) { return config.LoadComet(string(h)) }

// loadNodeKeys reads a home's Ed25519 node key and BLS key.
func loadNodeKeys(h home) (keys.NodeKey, keys.BLSKey, error) {
	nk, err := keys.LoadNodeKey(h.NodeKey())
	if err != nil {
		return keys.NodeKey{}, keys.BLSKey{}, err
	}
	bls, err := keys.LoadBLS(h.BLSKey())
	return nk, bls, err
}
