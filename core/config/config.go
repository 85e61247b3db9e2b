// Package config reads and writes seshd.toml, seshnet's own node settings.
// CometBFT's settings stay in its config.toml beside it. Each module's
// section ([modules.NAME]) is kept undecoded here and handed to the plugin
// host, which owns its schema.
package config

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is seshd.toml.
type Config struct {
	Log    Log    `toml:"log"`
	Uptime Uptime `toml:"uptime"`
	Admin  Admin  `toml:"admin"`
	State  State  `toml:"state"`
	// Modules holds each [modules.NAME] section, decoded later by the host.
	Modules map[string]toml.Primitive `toml:"modules"`

	meta toml.MetaData
}

// Log says how the node logs.
type Log struct {
	Format string `toml:"format"`
	Level  string `toml:"level"`
}

// Uptime governs the node's own uptime proofs.
type Uptime struct {
	Enabled bool `toml:"enabled"`
	// Interval between proofs; 0 uses the chain's uptime.interval_seconds.
	Interval Duration `toml:"interval"`
}

// Admin is the node's local admin API (module status and reload).
type Admin struct {
	Listen string `toml:"listen"`
}

// State tunes the workchain store.
type State struct {
	// KeepRecent heights stay queryable; 0 keeps all.
	KeepRecent int64 `toml:"keep_recent"`
}

// Duration reads "90s" or "1h" from TOML.
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("duration %q: %w", b, err)
	}
	d.Duration = v
	return nil
}

// MarshalText writes a Go duration.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Default is the configuration `seshd init` writes.
func Default() Config {
	return Config{
		Log:    Log{Format: "console", Level: quietComet + ",*:info"},
		Uptime: Uptime{Enabled: true},
		Admin:  Admin{Listen: "127.0.0.1:26680"},
	}
}

// Load reads seshd.toml. Unknown keys outside [modules] are errors, so a
// misspelt setting is caught at start instead of silently ignored.
func Load(path string) (Config, error) {
	c := Default()
	meta, err := toml.DecodeFile(path, &c)
	if err != nil {
		return Config{}, fmt.Errorf("read %s: %w", path, err)
	}
	var unknown []string
	for _, k := range meta.Undecoded() {
		if len(k) > 0 && k[0] == "modules" {
			continue
		}
		unknown = append(unknown, k.String())
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return Config{}, fmt.Errorf("%s: unknown settings: %s", path, strings.Join(unknown, ", "))
	}
	c.meta = meta
	return c, nil
}

// DecodeModule decodes the [modules.NAME] section into v. It reports whether
// the section exists.
func (c Config) DecodeModule(name string, v any) (bool, error) {
	prim, ok := c.Modules[name]
	if !ok {
		return false, nil
	}
	if err := c.meta.PrimitiveDecode(prim, v); err != nil {
		return true, fmt.Errorf("modules.%s: %w", name, err)
	}
	return true, nil
}

// ModuleNames lists the module sections, sorted.
func (c Config) ModuleNames() []string {
	names := make([]string, 0, len(c.Modules))
	for n := range c.Modules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Write saves c (without module sections) followed by extra, raw TOML for
// module sections, to path.
func Write(path string, c Config, extra string) error {
	var buf bytes.Buffer
	buf.WriteString("# seshd.toml: seshnet's node settings. CometBFT's are in config.toml.\n\n")
	c.Modules = nil
	if err := toml.NewEncoder(&buf).Encode(c); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if extra != "" {
		buf.WriteString("\n" + extra)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// quietComet lowers CometBFT's chattiest components to warnings by default:
// their info lines are start/stop and peer bookkeeping an operator rarely
// needs, and they drown the lines that matter.
const quietComet = "p2p:warn,pex:warn,events:warn,pubsub:warn,txindex:warn,abci-client:warn,proxy:warn,evidence:warn,statesync:warn,blocksync:warn,mempool:warn,rpc-server:warn"
