package client

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAccountKeyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "alice.key")
	key, acct, err := NewKeyFile(path, rand.Reader)
	require.NoError(t, err)
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	got, gotAcct, err := LoadKeyFile(path)
	require.NoError(t, err)
	require.Equal(t, key, got)
	require.Equal(t, acct, gotAcct)

	before, err := os.ReadFile(path)
	require.NoError(t, err)
	_, _, err = NewKeyFile(path, rand.Reader)
	require.ErrorIs(t, err, ErrKeyFileExists)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, before, after, "an existing key is never overwritten")

	write := func(name, body string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), mode))
		require.NoError(t, os.Chmod(p, mode))
		return p
	}
	seed := "0101010101010101010101010101010101010101010101010101010101010101"
	cases := []struct {
		name string
		path string
		want string
	}{
		{"readable by others", write("open.key", string(before), 0o644), "chmod 600"},
		{"not json", write("junk.key", "junk", 0o600), "key file"},
		{"short seed", write("short.key", `{"ed25519_seed":"0101"}`, 0o600), "ed25519_seed"},
		{"id of another key", write("other.key", `{"ed25519_seed":"`+seed+`","session_id":"`+acct.Hex()+`"}`, 0o600), "does not match"},
		{"missing", filepath.Join(dir, "none.key"), "no such file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := LoadKeyFile(tc.path)
			require.ErrorContains(t, err, tc.want)
		})
	}
}
