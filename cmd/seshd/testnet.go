package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	cmtcfg "github.com/cometbft/cometbft/config"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/genesis"
)

type testnetNode struct {
	Home   string `json:"home"`
	RPC    string `json:"rpc"`
	P2P    string `json:"p2p"`
	NodeID string `json:"node_id"`
}

type testnetResult struct {
	ChainID   string        `json:"chain_id"`
	Nodes     []testnetNode `json:"nodes"`
	ExtraKeys string        `json:"extra_keys,omitempty"`
}

// testnetPorts are node k's ports: p2p base+100k, RPC base+1+100k, admin
// base+24+100k.
func testnetPorts(base, k int) ports { return ports{p2p: base + 100*k, rpc: base + 1 + 100*k} }

// makeTestnet writes n validator homes under out, wired as full mesh
// persistent peers on loopback, with one shared genesis.
func makeTestnet(out, chainID string, n, extra, base int, l2 l2Options) (testnetResult, error) {
	res := testnetResult{ChainID: chainID}
	var ids []nodeIdentity
	var homes []home
	for k := 0; k < n; k++ {
		h := home(filepath.Join(out, fmt.Sprintf("node%d", k)))
		sc := config.Default()
		sc.Admin.Listen = fmt.Sprintf("127.0.0.1:%d", base+24+100*k)
		p := testnetPorts(base, k)
		id, err := makeHome(h, initOptions{moniker: fmt.Sprintf("node%d", k), ports: p, seshd: sc, fastPace: true, modules: builtinModules(base+34+100*k, l2)})
		if err != nil {
			return res, err
		}
		ids, homes = append(ids, id), append(homes, h)
		res.Nodes = append(res.Nodes, testnetNode{
			Home: string(h), RPC: fmt.Sprintf("http://127.0.0.1:%d", p.rpc), P2P: fmt.Sprintf("127.0.0.1:%d", p.p2p),
			NodeID: hex.EncodeToString(id.ed25519),
		})
	}
	if err := wirePeers(homes, ids, base); err != nil {
		return res, err
	}
	doc := genesis.Local(n)
	doc.Registry.Params.MaxValidators = uint32(n)
	if err := l2.apply(&doc); err != nil {
		return res, err
	}
	doc = genesisFor(doc, ids, l2.seed)
	if extra > 0 {
		path, extraIDs, err := writeExtraKeys(out, extra)
		if err != nil {
			return res, err
		}
		res.ExtraKeys = path
		all := genesisFor(genesis.Default(), append(ids, extraIDs...), false)
		doc.Registry.Nodes = append(doc.Registry.Nodes, all.Registry.Nodes[len(ids):]...)
	}
	return res, writeGenesis(chainID, doc, homes)
}

func wirePeers(homes []home, ids []nodeIdentity, base int) error {
	for i, h := range homes {
		var peers []string
		for j, id := range ids {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", id.p2pID, testnetPorts(base, j).p2p))
			}
		}
		c, err := loadCometConfig(h)
		if err != nil {
			return err
		}
		c.P2P.PersistentPeers = strings.Join(peers, ",")
		cmtcfg.WriteConfigFile(h.CometConfig(), c)
	}
	return nil
}

func writeExtraKeys(out string, n int) (string, []nodeIdentity, error) {
	var ks []loadgen.Key
	var ids []nodeIdentity
	for i := 0; i < n; i++ {
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return "", nil, err
		}
		bls, err := keys.GenerateBLS()
		if err != nil {
			return "", nil, err
		}
		op, err := keys.GenerateEth()
		if err != nil {
			return "", nil, err
		}
		ks = append(ks, loadgen.Key{Ed25519Private: hex.EncodeToString(priv)})
		ids = append(ids, nodeIdentity{ed25519: pub, bls: bls, operator: keys.EthAddress(op)})
	}
	raw, err := json.MarshalIndent(ks, "", "  ")
	if err != nil {
		return "", nil, err
	}
	path := filepath.Join(out, "extra-keys.json")
	return path, ids, os.WriteFile(path, raw, 0o600)
}
