package node

import (
	"os"
	"path/filepath"
)

// Home is the layout of a node's home directory: where `seshd init` and
// `seshd testnet` write each file and where a running node reads it.
type Home string

// Path is p joined under the home.
func (h Home) Path(p ...string) string { return filepath.Join(append([]string{string(h)}, p...)...) }

func (h Home) CometConfig() string { return h.Path("config", "config.toml") }
func (h Home) SeshdConfig() string { return h.Path("config", "seshd.toml") }
func (h Home) Genesis() string     { return h.Path("config", "genesis.json") }
func (h Home) NodeKey() string     { return h.Path("config", "priv_validator_key.json") }
func (h Home) BLSKey() string      { return h.Path("config", "bls_key.json") }
func (h Home) OperatorKey() string { return h.Path("config", "operator_eth_key.json") }
func (h Home) StateDir() string    { return h.Path("data", "workchain") }
func (h Home) ModulesDir() string  { return h.Path("data", "modules") }

// ModuleBinaries holds binaries for governance upgrades:
// HOME/modules/NAME/VERSION/ (docs/plugins.md).
func (h Home) ModuleBinaries() string { return h.Path("modules") }

// AppliedUpgrades records the governance upgrades this node applied, so a
// restart runs their binaries from the start.
func (h Home) AppliedUpgrades() string { return h.Path("data", "upgrades.json") }

// AdminToken is where a running node keeps its admin API token.
func (h Home) AdminToken() string { return h.Path("data", "admin_token") }

// Exists says whether the home holds a node (its CometBFT config).
func (h Home) Exists() bool { _, err := os.Stat(h.CometConfig()); return err == nil }
