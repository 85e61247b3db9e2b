package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	cmtcfg "github.com/cometbft/cometbft/config"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
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
	// Oxen is the conservation report of --oxen-snapshot's import.
	Oxen *oxensnap.Report `json:"oxen,omitempty"`
}

// importTestnetOxen merges --oxen-snapshot into the testnet's genesis: the
// carried nodes take ids after the validators', so the validators are
// still the ones that run.
func importTestnetOxen(doc genesis.Doc, gopt genesisOptions) (genesis.Doc, *oxensnap.Report, error) {
	if gopt.oxenSnapshot == "" {
		return doc, nil, nil
	}
	s, err := oxensnap.ReadFile(gopt.oxenSnapshot)
	if err != nil {
		return doc, nil, fmt.Errorf("--oxen-snapshot: %w", err)
	}
	o, err := gopt.oxen.options()
	if err != nil {
		return doc, nil, err
	}
	doc, rep, err := oxensnap.Merge(doc, s, o)
	if err != nil {
		return doc, nil, fmt.Errorf("--oxen-snapshot: %w", err)
	}
	return doc, rep, nil
}

// testnetPorts are node k's ports: p2p base+100k, RPC base+1+100k, admin
// base+24+100k; its modules listen on base+34..38+100k (builtinModules:
// example, relay, storage, bridge, oxen).
func testnetPorts(base, k int) ports { return ports{p2p: base + 100*k, rpc: base + 1 + 100*k} }

// genesisOptions change a local network's genesis beyond genesis.Local.
type genesisOptions struct {
	// maxValidators is registry.max_validators (0: every genesis node is a
	// validator). Fewer validators than nodes leaves nodes out of the set to
	// take a place freed by a punished validator.
	maxValidators int
	// params are MODULE.KEY=VALUE settings of the modules' parameters.
	params []string
	// oxenSnapshot is an Oxen snapshot imported into the genesis (its
	// carried nodes after the network's own, which stay the validators).
	oxenSnapshot string
	oxen         oxenImportFlags
}

// makeTestnet writes n validator homes under out, wired as full mesh
// persistent peers on loopback, with one shared genesis.
func makeTestnet(out, chainID string, n, extra, base int, l2 l2Options, gopt genesisOptions) (_ testnetResult, err error) {
	if gopt.maxValidators < 0 {
		return testnetResult{}, fmt.Errorf("--max-validators %d: must be at least 1 (0: all %d nodes)", gopt.maxValidators, n)
	}
	res := testnetResult{ChainID: chainID}
	var ids []nodeIdentity
	var homes []home
	defer func() {
		// A refused genesis (a bad --genesis-param) leaves no half-made
		// homes behind: the same command can be run again, corrected.
		if err != nil {
			for _, h := range homes {
				_ = os.RemoveAll(string(h))
			}
		}
	}()
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
	if gopt.maxValidators > 0 {
		doc.Registry.Params.MaxValidators = uint32(gopt.maxValidators)
	}
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
	doc, err = applyGenesisParams(doc, gopt.params)
	if err != nil {
		return res, err
	}
	if doc, res.Oxen, err = importTestnetOxen(doc, gopt); err != nil {
		return res, err
	}
	if err := writeGenesis(chainID, doc, homes); err != nil {
		return res, err
	}
	return res, writeOxenReport(out, res.Oxen)
}

// OxenReportFile is where `seshd testnet --oxen-snapshot` keeps the
// import's conservation report (JSON) beside the homes: testnet's own
// --output (the directory) hides the global -o, so its JSON answer cannot
// be asked for on the command line.
const OxenReportFile = "oxen-report.json"

func writeOxenReport(out string, rep *oxensnap.Report) error {
	if rep == nil {
		return nil
	}
	raw, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the oxen import report: %w", err)
	}
	path := filepath.Join(out, OxenReportFile)
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write the oxen import report: %w", err)
	}
	return nil
}

// applyGenesisParams sets each MODULE.KEY=VALUE in the params of the
// genesis section MODULE. VALUE is JSON (10, true, "text"), or else taken
// as a string. The document is then read back strictly and checked with
// the modules' own rules, so an unknown module or key, a value of the
// wrong type or out of range is refused with the field named, before any
// home gets a genesis.
func applyGenesisParams(doc genesis.Doc, sets []string) (genesis.Doc, error) {
	if len(sets) == 0 {
		return doc, nil
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		return doc, fmt.Errorf("encode genesis: %w", err)
	}
	var sections map[string]json.RawMessage
	if err := json.Unmarshal(raw, &sections); err != nil {
		return doc, fmt.Errorf("decode genesis: %w", err)
	}
	for _, set := range sets {
		if err := setGenesisParam(sections, set); err != nil {
			return doc, fmt.Errorf("--genesis-param %s: %w", set, err)
		}
	}
	if raw, err = json.Marshal(sections); err != nil {
		return doc, fmt.Errorf("encode genesis: %w", err)
	}
	out, err := genesis.Parse(raw)
	if err != nil {
		return doc, fmt.Errorf("--genesis-param: %w", err)
	}
	if err := out.Validate(); err != nil {
		return doc, fmt.Errorf("--genesis-param: %w", err)
	}
	return out, nil
}

// setGenesisParam applies one MODULE.KEY=VALUE to the sections of app_state.
func setGenesisParam(sections map[string]json.RawMessage, set string) error {
	name, value, ok := strings.Cut(set, "=")
	module, key, dotted := strings.Cut(name, ".")
	if !ok || !dotted || module == "" || key == "" {
		return errors.New("want MODULE.KEY=VALUE, e.g. punish.test_period_seconds=10")
	}
	sec, ok := sections[module]
	if !ok {
		return fmt.Errorf("no module %q in genesis (modules: %s)", module, strings.Join(sortedNames(sections), ", "))
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(sec, &body); err != nil {
		return fmt.Errorf("section %s: %w", module, err)
	}
	var params map[string]json.RawMessage
	if raw, ok := body["params"]; !ok || json.Unmarshal(raw, &params) != nil {
		return fmt.Errorf("module %q has no parameters", module)
	}
	if _, ok := params[key]; !ok {
		return fmt.Errorf("module %q has no parameter %q (its parameters: %s)", module, key, strings.Join(sortedNames(params), ", "))
	}
	v := json.RawMessage(value)
	if !json.Valid(v) {
		quoted, err := json.Marshal(value)
		if err != nil {
			return err
		}
		v = quoted
	}
	params[key] = v
	var err error
	if body["params"], err = json.Marshal(params); err != nil {
		return err
	}
	sections[module], err = json.Marshal(body)
	return err
}

func sortedNames(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
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
