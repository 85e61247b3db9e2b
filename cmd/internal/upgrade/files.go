package upgrade

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/seshnet/seshnet/core/atomicfile"
	"github.com/seshnet/seshnet/plugins/host"
)

// Dir is where an operator (or `seshd modules fetch`) puts the binaries of
// module name at version: HOME/modules/NAME/VERSION/. Any regular file
// there is a candidate; the one whose sha256 the proposal gives for this
// platform is run.
func Dir(modulesRoot, name, version string) string {
	return filepath.Join(modulesRoot, name, version)
}

// Hasher hashes candidate files, remembering each file's hash while its
// size and modification time stay the same: a pending upgrade looks at the
// same files every block, and a module binary is tens of megabytes.
type Hasher struct {
	mu    sync.Mutex
	known map[string]hashed
}

type hashed struct {
	size int64
	mod  time.Time
	sum  string
}

// NewHasher returns an empty hasher.
func NewHasher() *Hasher { return &Hasher{known: map[string]hashed{}} }

// Sum is the sha256 (lowercase hex) of the file at path.
func (h *Hasher) Sum(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	h.mu.Lock()
	k, ok := h.known[path]
	h.mu.Unlock()
	if ok && k.size == st.Size() && k.mod.Equal(st.ModTime()) {
		return k.sum, nil
	}
	sum, err := FileSHA256(path)
	if err != nil {
		return "", err
	}
	h.mu.Lock()
	h.known[path] = hashed{size: st.Size(), mod: st.ModTime(), sum: sum}
	h.mu.Unlock()
	return sum, nil
}

// FileSHA256 is the sha256 (lowercase hex) of the file at path.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	d := sha256.New()
	if _, err := io.Copy(d, f); err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	return hex.EncodeToString(d.Sum(nil)), nil
}

// Scan lists the candidate files of each upgrade in ups: the regular files
// (or links to them) in Dir(root, module, version), hashed; names that
// start with a dot are skipped (Fetch's downloads in progress). A missing
// directory is no candidate; an unreadable file is skipped and reported.
func (h *Hasher) Scan(root string, ups []Upgrade) ([]File, []error) {
	var (
		out  []File
		errs []error
	)
	for _, u := range ups {
		if u.Check() != nil {
			continue
		}
		dir := Dir(root, u.Module, u.Version)
		entries, err := os.ReadDir(dir)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, fmt.Errorf("read %s: %w", dir, err))
			}
			continue
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			path := filepath.Join(dir, e.Name())
			if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
				continue
			}
			sum, err := h.Sum(path)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, File{Module: u.Module, Version: u.Version, Path: path, SHA256: sum})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, errs
}

// Record is an upgrade this node applied, kept in HOME/data/upgrades.json
// so that a restarted seshd runs the upgraded binary from the start
// instead of the configured one.
type Record struct {
	ProposalID uint64 `json:"proposal_id"`
	Version    string `json:"version"`
	Path       string `json:"path"`
	SHA256     string `json:"sha256"`
	Height     int64  `json:"height"`
}

// LoadRecords reads the applied upgrades (none if the file is absent).
func LoadRecords(path string) (map[string]Record, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]Record{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("applied upgrades: %w", err)
	}
	recs := map[string]Record{}
	if err := json.Unmarshal(raw, &recs); err != nil {
		return nil, fmt.Errorf("applied upgrades %s: %w", path, err)
	}
	return recs, nil
}

// SaveRecords writes the applied upgrades atomically.
func SaveRecords(path string, recs map[string]Record) error {
	raw, err := json.MarshalIndent(recs, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("applied upgrades: %w", err)
	}
	if err := atomicfile.Write(path, append(raw, '\n'), 0o600); err != nil {
		return fmt.Errorf("applied upgrades: %w", err)
	}
	return nil
}

// Pins are the records whose binary is still in place (the file hashes to
// the recorded sha256), as the plugin host takes them at start-up; the
// others are returned as errors (the configured binary runs, and the
// watcher looks for the upgrade's binary again).
func Pins(recs map[string]Record) (map[string]host.Binary, []error) {
	pins := map[string]host.Binary{}
	var errs []error
	for name, r := range recs {
		sum, err := FileSHA256(r.Path)
		if err == nil && sum != r.SHA256 {
			err = fmt.Errorf("has sha256 %s, not %s", sum, r.SHA256)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("upgrade of %s to %s (proposal %d): binary %s: %w", name, r.Version, r.ProposalID, r.Path, err))
			continue
		}
		pins[name] = host.Binary{Path: r.Path, SHA256: r.SHA256, Version: r.Version}
	}
	return pins, errs
}
