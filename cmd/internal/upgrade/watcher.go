package upgrade

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/plugins/host"
)

// QueryPath is the workchain query listing the passed module upgrades.
const QueryPath = "/gov/upgrades"

// Host is the part of the plugin host the watcher drives (*host.Host).
type Host interface {
	Status() []host.ModuleStatus
	Pins() map[string]host.Binary
	Upgrade(name string, bin host.Binary) error
	SetUpgradeStatus(name, status, version string)
}

// Query reads a path of the local app's latest committed state: the answer
// and the height it is at.
type Query func(ctx context.Context, path string) ([]byte, int64, error)

// Watcher applies due module upgrades after each committed block.
type Watcher struct {
	host        Host
	query       Query
	modulesRoot string // HOME/modules
	recordPath  string // HOME/data/upgrades.json
	platform    string
	log         zerolog.Logger

	hasher  *Hasher
	records map[string]Record // by module: the upgrades applied
	failed  map[uint64]bool   // proposals whose binary the host refused
	pending map[string]bool   // modules with an upgrade due and not done
	lastErr string            // the last query error said (said once)
}

// Config is where a watcher looks and writes.
type Config struct {
	ModulesRoot string // HOME/modules: binaries in NAME/VERSION/
	RecordPath  string // HOME/data/upgrades.json: the upgrades applied
	Platform    string // default Platform()
}

// NewWatcher returns a watcher with the records of upgrades applied
// before (the node gave their binaries to the host with host.WithPins).
func NewWatcher(h Host, q Query, c Config, log zerolog.Logger) (*Watcher, error) {
	recs, err := LoadRecords(c.RecordPath)
	if err != nil {
		return nil, err
	}
	if c.Platform == "" {
		c.Platform = Platform()
	}
	return &Watcher{host: h, query: q, modulesRoot: c.ModulesRoot, recordPath: c.RecordPath, platform: c.Platform, log: log,
		hasher: NewHasher(), records: recs, failed: map[uint64]bool{}, pending: map[string]bool{}}, nil
}

// Run checks once, then after each height blocks delivers, until ctx
// ends or blocks closes. Heights that arrive while a check (a swap) runs
// are folded into one more check: it reads the latest state anyway.
func (w *Watcher) Run(ctx context.Context, blocks <-chan int64) {
	kick := make(chan struct{}, 1)
	kick <- struct{}{}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-blocks:
				if !ok {
					return
				}
				select {
				case kick <- struct{}{}:
				default:
				}
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-kick:
			w.Check(ctx)
		}
	}
}

// Check reads the passed upgrades at the latest committed height and acts
// on the due ones: swap, or say at warn level why not (every check, so
// every block while it lasts).
func (w *Watcher) Check(ctx context.Context) {
	raw, height, err := w.query(ctx, QueryPath)
	if err == nil {
		var ups []Upgrade
		if ups, err = Decode(raw); err == nil {
			w.lastErr = ""
			w.apply(ups, height)
			return
		}
	}
	// A chain without governance answers an unknown path: said once.
	if msg := err.Error(); msg != w.lastErr {
		w.lastErr = msg
		w.log.Warn().Err(err).Msg("cannot read the module upgrades; none applied until it can")
	}
}

func (w *Watcher) apply(ups []Upgrade, height int64) {
	node := w.node()
	files, errs := w.hasher.Scan(w.modulesRoot, Due(ups, height, node))
	for _, err := range errs {
		w.log.Warn().Err(err).Msg("module upgrade candidate unreadable")
	}
	pending := map[string]bool{}
	for _, a := range Plan(ups, height, node, files) {
		if w.act(a, height) {
			pending[a.Upgrade.Module] = true
		}
	}
	for m := range w.pending {
		if !pending[m] {
			w.host.SetUpgradeStatus(m, "", "")
		}
	}
	w.pending = pending
}

// act carries out one action; it reports whether the upgrade is still not
// done (its status stays until it is, or is no longer due).
func (w *Watcher) act(a Action, height int64) bool {
	u := a.Upgrade
	log := w.log.With().Str("module", u.Module).Str("version", u.Version).Uint64("proposal", u.ProposalID).Int64("activation_height", u.Height).Logger()
	switch a.Kind {
	case Swap:
		bin := host.Binary{Path: a.File.Path, SHA256: a.Want, Version: u.Version}
		if err := w.host.Upgrade(u.Module, bin); err != nil {
			w.failed[u.ProposalID] = true // the host logged it at error level
			return true
		}
		w.records[u.Module] = Record{ProposalID: u.ProposalID, Version: u.Version, Path: a.File.Path, SHA256: a.Want, Height: height}
		if err := SaveRecords(w.recordPath, w.records); err != nil {
			log.Error().Err(err).Msg("upgrade applied but not recorded: a restart runs the configured binary, then swaps again")
		}
		log.Info().Str("binary", a.File.Path).Int64("height", height).Msg("module upgraded by governance")
		return false
	case Pending:
		w.host.SetUpgradeStatus(u.Module, host.UpgradePending, u.Version)
		if a.Want == "" {
			log.Warn().Msgf("upgrade of %s to %s pending: the proposal names no binary for %s; the old version runs on", u.Module, u.Version, w.platform)
		} else {
			log.Warn().Str("dir", Dir(w.modulesRoot, u.Module, u.Version)).Msgf(
				"upgrade of %s to %s pending: missing binary with sha256 %s for %s; the old version runs on (seshd modules fetch %s %s)",
				u.Module, u.Version, a.Want, w.platform, u.Module, u.Version)
		}
		return true
	case Failed:
		log.Warn().Msgf("upgrade of %s to %s failed on this node (see the error above); the old version runs on; restart seshd to try again", u.Module, u.Version)
	case Invalid:
		w.host.SetUpgradeStatus(u.Module, fmt.Sprintf("upgrade failed: %v", a.Err), u.Version)
		log.Warn().Err(a.Err).Msgf("upgrade of %s to %s cannot be applied on this node; the old version runs on", u.Module, u.Version)
	}
	return true
}

// node is what Plan needs: the modules the host runs and, per module, the
// applied upgrade whose binary the host still runs.
func (w *Watcher) node() Node {
	n := Node{Platform: w.platform, Applied: map[string]uint64{}, Failed: w.failed}
	for _, s := range w.host.Status() {
		n.Modules = append(n.Modules, s.Name)
	}
	pins := w.host.Pins()
	for m, r := range w.records {
		if p, ok := pins[m]; ok && p.SHA256 == r.SHA256 {
			n.Applied[m] = r.ProposalID
		}
	}
	return n
}
