package upgrade

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func sumOf(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

// fileServer serves body at /bin, a 404 elsewhere.
func fileServer(t *testing.T, body []byte) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/bin" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchPlacesACheckedBinary(t *testing.T) {
	body := bytes.Repeat([]byte("relay v2 "), 10000)
	srv := fileServer(t, body)
	root := filepath.Join(t.TempDir(), "modules")
	path, err := Fetch(context.Background(), srv.Client(), root, "relay", "1.2.0", srv.URL+"/bin", sumOf(body))
	require.NoError(t, err)
	require.Equal(t, filepath.Join(root, "relay", "1.2.0", "seshd-relay"), path)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, body, got)
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o755), st.Mode().Perm())
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left")

	// The watcher finds it.
	files, errs := NewHasher().Scan(root, []Upgrade{{Module: "relay", Version: "1.2.0"}})
	require.Empty(t, errs)
	require.Equal(t, []File{{Module: "relay", Version: "1.2.0", Path: path, SHA256: sumOf(body)}}, files)
}

// TestFetchRefusesAndLeavesNothing: a wrong hash, a failed download or bad
// arguments leave no file and no directory behind.
func TestFetchRefusesAndLeavesNothing(t *testing.T) {
	body := []byte("the real binary")
	srv := fileServer(t, body)
	cases := []struct {
		name, module, version, url, sha, wantErr string
	}{
		{"wrong hash", "relay", "1.2.0", srv.URL + "/bin", sumOf([]byte("another")), "refused, nothing kept"},
		{"not found", "relay", "1.2.0", srv.URL + "/nope", sumOf(body), "404"},
		{"no server", "relay", "1.2.0", "http://127.0.0.1:1/bin", sumOf(body), "download"},
		{"not http", "relay", "1.2.0", "file:///etc/passwd", sumOf(body), "http or https"},
		{"bad sha256", "relay", "1.2.0", srv.URL + "/bin", "abc", "64 hex"},
		{"version escapes the directory", "relay", "../../x", srv.URL + "/bin", sumOf(body), "directory name"},
		{"module escapes the directory", "../x", "1", srv.URL + "/bin", sumOf(body), "directory name"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			root := filepath.Join(home, "modules")
			_, err := Fetch(context.Background(), srv.Client(), root, tc.module, tc.version, tc.url, tc.sha)
			require.ErrorContains(t, err, tc.wantErr)
			entries, err := os.ReadDir(home)
			require.NoError(t, err)
			require.Empty(t, entries, "nothing left behind")
		})
	}
	t.Run("an existing directory is kept, without the refused file", func(t *testing.T) {
		root := t.TempDir()
		dir := Dir(root, "relay", "1.2.0")
		require.NoError(t, os.MkdirAll(dir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "mine"), []byte("x"), 0o755))
		_, err := Fetch(context.Background(), srv.Client(), root, "relay", "1.2.0", srv.URL+"/bin", sumOf([]byte("other")))
		require.Error(t, err)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		require.Len(t, entries, 1)
		require.Equal(t, "mine", entries[0].Name())
	})
}

func TestScanAndHashCache(t *testing.T) {
	root := t.TempDir()
	dir := Dir(root, "relay", "1.2.0")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b"), []byte("bbb"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a"), []byte("aaa"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".fetch-123"), []byte("partial"), 0o600))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link")))
	h := NewHasher()
	ups := []Upgrade{{Module: "relay", Version: "1.2.0"}, {Module: "relay", Version: "9.9.9"}, {Module: "relay", Version: ".."}}
	files, errs := h.Scan(root, ups)
	require.Empty(t, errs)
	require.Equal(t, []File{
		{Module: "relay", Version: "1.2.0", Path: filepath.Join(dir, "a"), SHA256: sumOf([]byte("aaa"))},
		{Module: "relay", Version: "1.2.0", Path: filepath.Join(dir, "b"), SHA256: sumOf([]byte("bbb"))},
		{Module: "relay", Version: "1.2.0", Path: filepath.Join(dir, "link"), SHA256: sumOf([]byte("aaa"))},
	}, files)

	// A replaced file is hashed again.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b"), []byte("bbbb"), 0o755))
	sum, err := h.Sum(filepath.Join(dir, "b"))
	require.NoError(t, err)
	require.Equal(t, sumOf([]byte("bbbb")), sum)
}

func TestRecordsAndPins(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data", "upgrades.json")
	recs, err := LoadRecords(path)
	require.NoError(t, err)
	require.Empty(t, recs)

	bin := filepath.Join(dir, "seshd-relay")
	require.NoError(t, os.WriteFile(bin, []byte("v2"), 0o755))
	recs = map[string]Record{
		"relay":   {ProposalID: 3, Version: "1.2.0", Path: bin, SHA256: sumOf([]byte("v2")), Height: 120},
		"storage": {ProposalID: 4, Version: "2.0.0", Path: filepath.Join(dir, "gone"), SHA256: sumOf([]byte("x")), Height: 130},
		"bridge":  {ProposalID: 5, Version: "2.0.0", Path: bin, SHA256: sumOf([]byte("other")), Height: 140},
	}
	require.NoError(t, SaveRecords(path, recs))
	back, err := LoadRecords(path)
	require.NoError(t, err)
	require.Equal(t, recs, back)

	pins, errs := Pins(back)
	require.Len(t, errs, 2, "a missing binary and a changed one")
	require.Len(t, pins, 1)
	require.Equal(t, "1.2.0", pins["relay"].Version)

	require.NoError(t, os.WriteFile(path, []byte("{"), 0o600))
	_, err = LoadRecords(path)
	require.Error(t, err)
}
