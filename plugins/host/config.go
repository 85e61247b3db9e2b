// Package host runs a node's modules: it launches each as a go-plugin
// process (checksum-checked, AutoMTLS, gRPC only), serves it the host API,
// supervises it (health pings, restart with backoff, give up on a crash
// loop), swaps it for a new binary or new settings without dropping work,
// and reports on all of them. Every call into a module has a deadline.
package host

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/seshnet/seshnet/plugins/protocol"
)

// ModuleConfig is one [modules.NAME] section of seshd.toml.
type ModuleConfig struct {
	Enabled bool `toml:"enabled" json:"enabled"`
	// Path of the binary; default seshd-NAME next to seshd.
	Path string `toml:"path" json:"path,omitempty"`
	// SHA256 pins the binary (hex). Empty: whatever is at Path, still
	// checked at exec time against the hash read before it.
	SHA256 string `toml:"sha256" json:"sha256,omitempty"`
	// AllowedTxs are the transaction types the module may submit.
	AllowedTxs []string `toml:"allowed_txs" json:"allowed_txs,omitempty"`
	// Listen are addresses the host listens on for the module (network
	// modules); the sockets survive hot swaps.
	Listen []string `toml:"listen" json:"listen,omitempty"`
	// Advertise is the host:port clients and peers reach the first listen
	// socket at (published in the node's uptime proofs); default: the first
	// listen address itself, right for loopback networks only.
	Advertise string `toml:"advertise" json:"advertise,omitempty"`
	// MaxProcs caps the module process's GOMAXPROCS (0: all cores). A module
	// that mostly answers small calls answers them faster with 1: fewer
	// cross-thread wake-ups per round trip (docs/performance.md).
	MaxProcs int `toml:"max_procs" json:"max_procs,omitempty"`
	// NodeKey gives the module the node's Ed25519 key (relay and storage
	// need it: they sign node-to-node requests and open onion layers in
	// their own process). Off unless set: a third-party module has no
	// business holding the node's identity.
	NodeKey bool `toml:"node_key" json:"node_key,omitempty"`
	// SignDomains are the domains the host signs in for the module
	// (HostAPI.Sign: "ed25519", "rewards", "exit", "liquidation",
	// "proof_of_possession"), with keys the module never holds. Absent: the
	// defaults of a built-in module running its shipped binary (no path;
	// see builtinSignDomains), none for any other; an empty list: none.
	// Not omitempty: an empty list must stay distinct from an absent one.
	SignDomains []string `toml:"sign_domains" json:"sign_domains"`
	// Settings are the module's own, passed through as JSON.
	Settings map[string]any `toml:"settings" json:"settings,omitempty"`
}

// Config is the host's configuration.
type Config struct {
	Modules map[string]ModuleConfig
	// BinDir is where default binaries are looked for (seshd's directory).
	BinDir string
	// DataDir holds one directory per module.
	DataDir string
	ChainID string
	// NodeKeySeed is the node's Ed25519 seed, for modules with node_key.
	NodeKeySeed []byte
}

var moduleName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)

// Validate checks names and settings.
func (c Config) Validate() error {
	for name, m := range c.Modules {
		if !moduleName.MatchString(name) {
			return fmt.Errorf("modules.%s: module names are [a-z0-9_-], 1..32 characters", name)
		}
		if m.MaxProcs < 0 {
			return fmt.Errorf("modules.%s.max_procs: must not be negative", name)
		}
		if m.SHA256 != "" && len(m.SHA256) != 64 {
			return fmt.Errorf("modules.%s.sha256: want 64 hex characters", name)
		}
		for _, d := range m.SignDomains {
			if !protocol.KnownSignDomain(d) {
				return fmt.Errorf("modules.%s.sign_domains: unknown signing domain %q (known: %s)", name, d, strings.Join(protocol.SignDomains(), ", "))
			}
		}
		if _, err := json.Marshal(m.Settings); err != nil {
			return fmt.Errorf("modules.%s.settings: %w", name, err)
		}
	}
	return nil
}

// builtinSignDomains are what the modules that ship with seshd may sign
// when the operator says nothing. The bridge (the L2 witness) signs the
// staking contract's BLS messages: proofs of possession for registration,
// the network's exit and liquidation signatures, and reward balances (it
// answers the claim requests until a module of its own does).
var builtinSignDomains = map[string][]string{
	"bridge": {protocol.SignExit, protocol.SignLiquidation, protocol.SignProofOfPossession, protocol.SignRewards},
}

// SignDomainsOf are the domains module name may sign in under mc: the
// operator's sign_domains if set (even empty), else the built-in defaults,
// but only for the shipped binary: a binary the operator chose by path is
// not the module the defaults were written for.
func SignDomainsOf(name string, mc ModuleConfig) []string {
	if mc.SignDomains != nil {
		return slices.Clone(mc.SignDomains)
	}
	if mc.Path != "" {
		return nil
	}
	return slices.Clone(builtinSignDomains[name])
}

func (c Config) binary(name string) string {
	if p := c.Modules[name].Path; p != "" {
		return p
	}
	return filepath.Join(c.BinDir, "seshd-"+name)
}

func (c Config) enabled() []string {
	var out []string
	for n, m := range c.Modules {
		if m.Enabled {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func sameConfig(a, b ModuleConfig) bool { return reflect.DeepEqual(a, b) }
