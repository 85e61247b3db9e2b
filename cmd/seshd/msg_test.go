package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/client"
	"github.com/seshnet/seshnet/modules/client/clienttest"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runMsgCmd runs seshd in this process and returns its stdout.
func runMsgCmd(ctx context.Context, args ...string) (string, error) {
	root := newRoot()
	var out syncBuffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), err
}

var sessionIDLine = regexp.MustCompile(`^05[0-9a-f]{64}\n$`)

func newAccountFile(t *testing.T, dir, name string) (string, sessionid.Account) {
	t.Helper()
	file := filepath.Join(dir, name+".key")
	out, err := runMsgCmd(context.Background(), "account", "new", "--out", file)
	require.NoError(t, err)
	require.Regexp(t, sessionIDLine, out)
	acct, err := sessionid.Parse(strings.TrimSpace(out))
	require.NoError(t, err)
	return file, acct
}

func TestAccountNew(t *testing.T) {
	dir := t.TempDir()
	file, acct := newAccountFile(t, dir, "alice")
	st, err := os.Stat(file)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	_, loaded, err := client.LoadKeyFile(file)
	require.NoError(t, err)
	require.Equal(t, acct, loaded)

	before, err := os.ReadFile(file)
	require.NoError(t, err)
	_, err = runMsgCmd(context.Background(), "account", "new", "--out", file)
	require.ErrorIs(t, err, client.ErrKeyFileExists)
	after, err := os.ReadFile(file)
	require.NoError(t, err)
	require.Equal(t, before, after)

	out, err := runMsgCmd(context.Background(), "account", "new", "--out", filepath.Join(dir, "bob.key"), "-o", "json")
	require.NoError(t, err)
	var v map[string]string
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.Regexp(t, `^05[0-9a-f]{64}$`, v["session_id"])

	_, err = runMsgCmd(context.Background(), "account", "new")
	require.ErrorContains(t, err, "--out FILE is required")
}

// Flags are checked before anything is sent; the seed here is a closed
// port, so a case that reached the network would fail differently.
func TestMsgFlagValidation(t *testing.T) {
	dir := t.TempDir()
	key, bob := newAccountFile(t, dir, "alice")
	send := func(extra ...string) []string {
		return append([]string{"msg", "send", "--seed", "127.0.0.1:1", "--from", key, "--to", bob.Hex(), "--text", "hi"}, extra...)
	}
	var ed sessionid.Account
	ed[0] = sessionid.PrefixEd25519
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"bad ID", send("--to", "05zz"), "want a Session ID"},
		{"short ID", send("--to", bob.Hex()[:60]), "want a Session ID"},
		{"03 ID", send("--to", ed.Hex()), "want a Session ID"},
		{"unknown disappear", send("--disappear", "after-lunch"), "want after-send or after-read:DURATION"},
		{"after-read without time", send("--disappear", "after-read:"), "positive duration"},
		{"after-read negative", send("--disappear", "after-read:-5s"), "positive duration"},
		{"after-read zero", send("--disappear", "after-read:0s"), "positive duration"},
		{"after-read in days", send("--disappear", "after-read:2d"), "positive duration"},
		{"after-read past the TTL", send("--disappear", "after-read:2h", "--ttl", "1h"), "shorter than --ttl"},
		{"TTL too short", send("--ttl", "5s"), "--ttl 5s"},
		{"TTL too long", send("--ttl", "337h"), "--ttl 337h"},
		{"unknown cipher", send("--cipher", "aes-cbc"), "--cipher"},
		{"no text", send("--text", ""), "--text is required"},
		{"no sender", send("--from", ""), "--from KEYFILE is required"},
		{"missing key file", send("--from", filepath.Join(dir, "none.key")), "no such file"},
		{"no seeds", []string{"msg", "send", "--seed", "", "--from", key, "--to", bob.Hex(), "--text", "hi"}, "at least one relay"},
		{"seed without port", []string{"msg", "send", "--seed", "localhost", "--from", key, "--to", bob.Hex(), "--text", "hi"}, "want host:port"},
		{"recv without key", []string{"msg", "recv", "--seed", "127.0.0.1:1"}, "--key KEYFILE is required"},
		{"recv unknown cipher", []string{"msg", "recv", "--key", key, "--cipher", "none"}, "--cipher"},
		{"recv bad output", []string{"msg", "recv", "--key", key, "-o", "yaml", "--seed", "127.0.0.1:1"}, "output format"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runMsgCmd(context.Background(), tc.args...)
			require.ErrorContains(t, err, tc.want)
		})
	}

	// With good flags it does reach for the network.
	_, err := runMsgCmd(context.Background(), send("--timeout", "500ms")...)
	require.ErrorIs(t, err, client.ErrNoSeeds)
}

// msg send and msg recv against five real relays with an in-memory
// storage.
func TestMsgSendRecvCommands(t *testing.T) {
	tn := clienttest.Start(t, 5, clienttest.Swarms{1 << 62: {0, 1, 2}, 3 << 62: {3, 4}})
	seeds := strings.Join(tn.Seeds(), ",")
	dir := t.TempDir()
	alice, aliceID := newAccountFile(t, dir, "alice")
	bob, bobID := newAccountFile(t, dir, "bob")
	ctx := context.Background()

	cases := []struct {
		name  string
		extra []string
		text  string
		after string
	}{
		{"plain, xchacha20", nil, "hello bob", ""},
		{"aes-gcm, after send", []string{"--cipher", "aes-gcm", "--disappear", "after-send", "--ttl", "10m"}, "gone in ten minutes", ""},
		{"after read", []string{"--disappear", "after-read:5m"}, "read me once", "disappears 5m0s after read"},
		{"escape in text", nil, "bell\x1b[2Jend", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"msg", "send", "--seed", seeds, "--from", alice, "--to", bobID.Hex(), "--text", tc.text}, tc.extra...)
			out, err := runMsgCmd(ctx, args...)
			require.NoError(t, err)
			require.Regexp(t, `^hash [A-Za-z0-9+/]{43}\nstored by (\d) of (\d) swarm members, expires `, out)
			m := regexp.MustCompile(`stored by (\d) of (\d)`).FindStringSubmatch(out)
			require.Equal(t, m[2], m[1], "every member stored it")
		})
	}

	out, err := runMsgCmd(ctx, "msg", "recv", "--seed", seeds, "--key", bob)
	require.NoError(t, err)
	require.Contains(t, out, "from "+aliceID.Hex()+":\n  hello bob\n")
	require.Contains(t, out, "gone in ten minutes")
	require.Contains(t, out, "from "+aliceID.Hex()+" (disappears 5m0s after read):\n  read me once\n")
	require.Contains(t, out, "bell\uFFFD[2Jend", "no terminal escapes reach the screen")
	require.NotContains(t, out, "unverified")
	require.Equal(t, 1, tn.Store.Shortened(), "the after-read timer started")

	out, err = runMsgCmd(ctx, "msg", "recv", "--seed", seeds, "--key", bob, "-o", "json", "--cipher", "aes-gcm")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 4)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.Equal(t, "hello bob", first["text"])
	require.Equal(t, aliceID.Hex(), first["from"])
	require.Equal(t, true, first["verified"])
	require.Equal(t, 1, tn.Store.Shortened(), "a second read does not restart the timer")

	// Alice's mailbox is empty; her key can't read Bob's.
	out, err = runMsgCmd(ctx, "msg", "recv", "--seed", seeds, "--key", alice)
	require.NoError(t, err)
	require.Empty(t, out)
}

// --follow prints what was there, then new messages as they come, until
// its context ends.
func TestMsgRecvFollow(t *testing.T) {
	tn := clienttest.Start(t, 5, clienttest.Swarms{1 << 62: {0, 1, 2}, 3 << 62: {3, 4}})
	seeds := strings.Join(tn.Seeds(), ",")
	dir := t.TempDir()
	alice, _ := newAccountFile(t, dir, "alice")
	bob, bobID := newAccountFile(t, dir, "bob")
	send := func(text string) {
		t.Helper()
		_, err := runMsgCmd(context.Background(), "msg", "send", "--seed", seeds, "--from", alice, "--to", bobID.Hex(), "--text", text)
		require.NoError(t, err)
	}
	send("first")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	root := newRoot()
	var out syncBuffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs([]string{"msg", "recv", "--seed", seeds, "--key", bob, "--follow", "--interval", "50ms"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	require.Eventually(t, func() bool { return strings.Contains(out.String(), "first") }, 10*time.Second, 20*time.Millisecond)
	send("second")
	send("third")
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "third") }, 10*time.Second, 20*time.Millisecond)
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("recv --follow did not stop")
	}
	got := out.String()
	for _, text := range []string{"first", "second", "third"} {
		require.Equal(t, 1, strings.Count(got, "  "+text+"\n"), "%q printed once in:\n%s", text, got)
	}
	require.Less(t, strings.Index(got, "second"), strings.Index(got, "third"))
}
