package upgrade

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// MaxBinaryBytes bounds a download: a module binary is tens of megabytes.
const MaxBinaryBytes = 512 << 20

// BinaryName is the file name Fetch gives module name's binary.
func BinaryName(name string) string { return "seshd-" + name }

// Fetch downloads module name's binary at version from rawURL into
// Dir(modulesRoot, name, version)/seshd-NAME, mode 0755. The download goes
// to a temporary file in that directory and is renamed into place only if
// its sha256 is want, so a wrong or truncated file is never a candidate;
// on any failure nothing is left behind (not even a directory Fetch made).
func Fetch(ctx context.Context, client *http.Client, modulesRoot, name, version, rawURL, want string) (string, error) {
	want = strings.ToLower(want)
	u := Upgrade{Module: name, Version: version}
	if err := u.Check(); err != nil {
		return "", err
	}
	if raw, err := hex.DecodeString(want); err != nil || len(raw) != sha256.Size {
		return "", fmt.Errorf("sha256 %q: want 64 hex characters", want)
	}
	if p, err := url.Parse(rawURL); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", fmt.Errorf("url %q: want an http or https URL", rawURL)
	}
	dir := Dir(modulesRoot, name, version)
	made, err := mkdirs(dir)
	if err != nil {
		return "", err
	}
	path, err := download(ctx, client, dir, name, rawURL, want)
	if err != nil {
		for i := len(made) - 1; i >= 0; i-- {
			_ = os.Remove(made[i]) // only if still empty
		}
		return "", err
	}
	return path, nil
}

// mkdirs makes dir and its missing parents, returning those it made
// (outermost first) so a failed fetch can remove them again.
func mkdirs(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append([]string{d}, missing...)
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("make %s: %w", dir, err)
	}
	return missing, nil
}

func download(ctx context.Context, client *http.Client, dir, name, rawURL, want string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return "", err
	}
	res, err := client.Do(req)
	if err != nil {
		return "", fmt.Errorf("download %s: %w", rawURL, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("download %s: %s", rawURL, res.Status)
	}
	tmp, err := os.CreateTemp(dir, ".fetch-*")
	if err != nil {
		return "", fmt.Errorf("download: %w", err)
	}
	placed := false
	defer func() {
		if !placed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	d := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, d), io.LimitReader(res.Body, MaxBinaryBytes+1))
	if err != nil {
		return "", fmt.Errorf("download %s: %w", rawURL, err)
	}
	if n > MaxBinaryBytes {
		return "", fmt.Errorf("download %s: larger than %d bytes", rawURL, MaxBinaryBytes)
	}
	if got := hex.EncodeToString(d.Sum(nil)); got != want {
		return "", fmt.Errorf("download %s: sha256 %s, the proposal says %s: refused, nothing kept", rawURL, got, want)
	}
	if err := tmp.Chmod(0o755); err != nil {
		return "", err
	}
	if err := tmp.Sync(); err != nil {
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	path := filepath.Join(dir, BinaryName(name))
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("place %s: %w", path, err)
	}
	placed = true
	return path, nil
}

// ErrNoBinary: the proposal names no binary for this platform.
var ErrNoBinary = errors.New("the upgrade names no binary for this platform")

// Find is module name's upgrade to version in ups (the newest such
// proposal), for `seshd modules fetch NAME VERSION` without --url/--sha256.
func Find(ups []Upgrade, name, version string) (Upgrade, bool) {
	var best Upgrade
	found := false
	for _, u := range ups {
		if u.Module == name && u.Version == version && (!found || u.ProposalID > best.ProposalID) {
			best, found = u, true
		}
	}
	return best, found
}
