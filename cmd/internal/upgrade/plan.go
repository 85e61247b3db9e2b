// Package upgrade applies the workchain's module upgrades on a node: after
// each committed block it reads the passed module_upgrade proposals (query
// gov/upgrades of the local app), and for each module the node runs, the
// newest upgrade whose activation height is reached is swapped in through
// the plugin host's hot swap, using the file under
// HOME/modules/NAME/VERSION/ whose sha256 is the one voted for this
// platform. What to do is decided by Plan, a pure function; Watcher does
// the looking, swapping and logging; Fetch downloads a binary into place.
package upgrade

import (
	"encoding/json"
	"fmt"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

// Upgrade is one passed module_upgrade, as query gov/upgrades answers it.
type Upgrade struct {
	ProposalID uint64            `json:"proposal_id"`
	Module     string            `json:"module"`
	Version    string            `json:"version"`
	Binaries   map[string]string `json:"binaries"` // "GOOS/GOARCH" -> sha256 hex
	Height     int64             `json:"height"`
	URL        string            `json:"url,omitempty"`
}

// Platform is this node's "GOOS/GOARCH", the key of Upgrade.Binaries.
func Platform() string { return runtime.GOOS + "/" + runtime.GOARCH }

// The workchain checks proposals, but the module name and version become
// directory names here, so they are checked again against what is safe on
// disk (no separators, no "..").
var (
	moduleName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)
	versionDir = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$`)
)

// Check says whether the upgrade can be laid out on disk and matched.
func (u Upgrade) Check() error {
	if !moduleName.MatchString(u.Module) {
		return fmt.Errorf("module name %q is not a directory name", u.Module)
	}
	if !versionDir.MatchString(u.Version) {
		return fmt.Errorf("version %q is not a directory name ([A-Za-z0-9._+-], 1..64, not starting with a dot)", u.Version)
	}
	return nil
}

// Decode reads the answer of query gov/upgrades. Numbers may come as JSON
// numbers or decimal strings.
func Decode(raw []byte) ([]Upgrade, error) {
	var wire []struct {
		ProposalID num               `json:"proposal_id"`
		Module     string            `json:"module"`
		Version    string            `json:"version"`
		Binaries   map[string]string `json:"binaries"`
		Height     num               `json:"height"`
		URL        string            `json:"url"`
	}
	if err := json.Unmarshal(raw, &wire); err != nil {
		return nil, fmt.Errorf("decode gov/upgrades: %w", err)
	}
	out := make([]Upgrade, 0, len(wire))
	for _, w := range wire {
		out = append(out, Upgrade{ProposalID: uint64(w.ProposalID), Module: w.Module, Version: w.Version,
			Binaries: w.Binaries, Height: int64(w.Height), URL: w.URL})
	}
	return out, nil
}

// num is a non-negative integer written as a JSON number or string.
type num uint64

func (n *num) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' {
		s = s[1 : len(s)-1]
	}
	v, err := strconv.ParseUint(s, 10, 63)
	if err != nil {
		return fmt.Errorf("want a non-negative integer, got %s", b)
	}
	*n = num(v)
	return nil
}

// File is a candidate binary found under HOME/modules/NAME/VERSION/.
type File struct {
	Module, Version, Path, SHA256 string
}

// Kind is what Plan says to do about a module.
type Kind string

const (
	// Swap: run File, the binary with the voted sha256.
	Swap Kind = "swap"
	// Pending: no file with the voted sha256 (or none voted for this
	// platform): the old binary runs on; say so.
	Pending Kind = "pending"
	// Failed: this node tried the binary and the host refused it; not
	// tried again until seshd restarts.
	Failed Kind = "failed"
	// Invalid: the upgrade cannot be laid out on disk (see Upgrade.Check).
	Invalid Kind = "invalid"
)

// Action is one module's due upgrade and what to do about it.
type Action struct {
	Kind    Kind
	Upgrade Upgrade
	// Want is the sha256 voted for this platform ("" if none).
	Want string
	// File is the binary to swap to (Swap only).
	File File
	// Err says why (Invalid only).
	Err error
}

// Node is what Plan needs to know of this node.
type Node struct {
	Platform string
	// Modules are the modules the node runs (enabled in its config).
	Modules []string
	// Applied is, per module, the proposal whose binary the node runs.
	Applied map[string]uint64
	// Failed are the proposals whose binary the host refused here.
	Failed map[uint64]bool
}

// Due are the upgrades the node must act on at committed height: for each
// module it runs, the newest upgrade (highest activation height, then
// highest proposal id) with height <= committed, unless it is the one
// applied. Sorted by module.
func Due(ups []Upgrade, committed int64, n Node) []Upgrade {
	runs := map[string]bool{}
	for _, m := range n.Modules {
		runs[m] = true
	}
	newest := map[string]Upgrade{}
	for _, u := range ups {
		if !runs[u.Module] || u.Height > committed {
			continue
		}
		if cur, ok := newest[u.Module]; !ok || u.Height > cur.Height || (u.Height == cur.Height && u.ProposalID > cur.ProposalID) {
			newest[u.Module] = u
		}
	}
	var out []Upgrade
	for m, u := range newest {
		if id, ok := n.Applied[m]; ok && id == u.ProposalID {
			continue
		}
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Module < out[j].Module })
	return out
}

// Plan decides, from the passed upgrades, the committed height, the node
// and the files found under HOME/modules, what to do for each module: swap
// to the file whose sha256 the proposal gives for the node's platform,
// else say the upgrade is pending. Pure: the same inputs, the same plan.
func Plan(ups []Upgrade, committed int64, n Node, files []File) []Action {
	var out []Action
	for _, u := range Due(ups, committed, n) {
		a := Action{Upgrade: u, Want: strings.ToLower(u.Binaries[n.Platform])}
		switch {
		case u.Check() != nil:
			a.Kind, a.Err = Invalid, u.Check()
		case n.Failed[u.ProposalID]:
			a.Kind = Failed
		default:
			a.Kind = Pending
			if f, ok := match(files, u, a.Want); ok {
				a.Kind, a.File = Swap, f
			}
		}
		out = append(out, a)
	}
	return out
}

// match is the first file (by path, so the choice is stable) of u's module
// and version with sha256 want.
func match(files []File, u Upgrade, want string) (File, bool) {
	var best File
	found := false
	for _, f := range files {
		if want == "" || f.Module != u.Module || f.Version != u.Version || f.SHA256 != want {
			continue
		}
		if !found || f.Path < best.Path {
			best, found = f, true
		}
	}
	return best, found
}
