package host

import (
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"strings"
)

// UpgradePending is ModuleStatus.Upgrade when governance scheduled a new
// binary for the module and this node has no file with its sha256.
const UpgradePending = "upgrade pending: missing binary"

// upgradeFailedPrefix starts ModuleStatus.Upgrade when the scheduled binary
// was found but refused (protocol version, start, health).
const upgradeFailedPrefix = "upgrade failed: "

// Binary is a module binary chosen by a governance upgrade: the file, the
// sha256 the network voted for, and the version the proposal names.
type Binary struct {
	Path    string `json:"path"`
	SHA256  string `json:"sha256"`
	Version string `json:"version"`
}

func (b Binary) check() error {
	if b.Path == "" {
		return errors.New("no binary path")
	}
	if raw, err := hex.DecodeString(b.SHA256); err != nil || len(raw) != 32 {
		return fmt.Errorf("sha256 %q: want 64 hex characters", b.SHA256)
	}
	return nil
}

// binary is the file a launch runs and the sha256 it must have ("" for
// none: whatever is at the path, still checked at exec time).
type binary struct{ path, pin string }

// binaryOf is what module name runs under cfg: the governance binary if an
// upgrade put one in place, else the configured one.
func (h *Host) binaryOf(cfg Config, name string) binary {
	h.mu.Lock()
	pin, ok := h.pins[name]
	h.mu.Unlock()
	if ok {
		return binary{path: pin.Path, pin: pin.SHA256}
	}
	return binary{path: cfg.binary(name), pin: cfg.Modules[name].SHA256}
}

// WithPins starts the host with governance binaries already in place of
// the configured ones (upgrades applied before a restart): Start launches
// them directly. A pin whose binary does not start is dropped (the
// configured binary runs, the status says the upgrade failed).
func WithPins(pins map[string]Binary) Option {
	return func(h *Host) {
		for name, b := range pins {
			if b.check() == nil {
				h.pins[name] = b
			}
		}
	}
}

// Pins are the governance binaries in place of the configured ones.
func (h *Host) Pins() map[string]Binary {
	h.mu.Lock()
	defer h.mu.Unlock()
	return maps.Clone(h.pins)
}

// Upgrade swaps module name to the binary bin (a governance upgrade) with
// the hot swap Reload uses: the new process is up before the old one
// drains (or the store is handed over), so no client request fails. The
// file must hash to bin.SHA256. If the new process is refused (another
// plugin protocol version, it does not start or is unhealthy), the old
// one serves on, the error is logged at error level and the status says
// "upgrade failed: ...". On success the binary stays pinned: Reload,
// Apply and the supervisor's restarts run it instead of the configured one.
func (h *Host) Upgrade(name string, bin Binary) error {
	if err := bin.check(); err != nil {
		return fmt.Errorf("upgrade %s: %w", name, err)
	}
	bin.SHA256 = strings.ToLower(bin.SHA256)
	h.op.Lock()
	defer h.op.Unlock()
	cfg := h.config()
	mc, configured := cfg.Modules[name]
	h.mu.Lock()
	m, ok := h.modules[name]
	h.mu.Unlock()
	if !configured || !mc.Enabled || !ok {
		return fmt.Errorf("upgrade %s: the module is not enabled on this node", name)
	}
	log := h.log.With().Str("module", name).Str("version", bin.Version).Str("binary", bin.Path).Logger()
	m.swap.Lock()
	defer m.swap.Unlock()
	if err := h.swapLocked(m, cfg, mc, binary{path: bin.Path, pin: bin.SHA256}); err != nil {
		m.setUpgrade(upgradeFailedPrefix+err.Error(), bin.Version)
		log.Error().Err(err).Msg("MODULE UPGRADE FAILED: the old version serves on; this node does not run the version governance scheduled")
		return fmt.Errorf("upgrade %s to %s: %w", name, bin.Version, err)
	}
	// Pinned before m.swap is released: a supervisor restart after this
	// point runs the new binary, never the configured one.
	h.mu.Lock()
	h.pins[name] = bin
	h.mu.Unlock()
	m.setUpgrade("", bin.Version)
	if got := m.current(); got != nil && got.desc.Version != bin.Version {
		log.Warn().Str("describes_itself_as", got.desc.Version).Msg("the upgraded binary reports another version than the proposal named")
	}
	log.Info().Msg("module upgraded by governance")
	return nil
}

// SetUpgradeStatus records where a governance upgrade of module name
// stands when the host was not asked to swap (UpgradePending: the node has
// no binary with the voted sha256; "": nothing due), and the version
// scheduled. Unknown modules are ignored.
func (h *Host) SetUpgradeStatus(name, status, version string) {
	h.mu.Lock()
	m := h.modules[name]
	h.mu.Unlock()
	if m != nil {
		m.setUpgrade(status, version)
	}
}

func (m *module) setUpgrade(status, version string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.upgrade, m.upgradeTo = status, version
}

// unpinFailed drops the governance binary of a module whose first launch
// with it failed (at start-up, say after seshd itself was upgraded to a
// plugin protocol the pinned binary does not speak), so that the
// configured binary runs rather than none. It reports whether there was a
// pin to drop.
func (h *Host) unpinFailed(m *module, err error) bool {
	h.mu.Lock()
	pin, ok := h.pins[m.name]
	delete(h.pins, m.name)
	h.mu.Unlock()
	if !ok {
		return false
	}
	m.setUpgrade(upgradeFailedPrefix+err.Error(), pin.Version)
	h.log.Error().Str("module", m.name).Str("version", pin.Version).Str("binary", pin.Path).Err(err).
		Msg("MODULE UPGRADE FAILED: the governance binary did not start; running the configured binary")
	return true
}
