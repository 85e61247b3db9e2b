package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The crash test runs the store in a child process (this test binary run
// again, the way hashicorp/go-plugin tests its helper processes), kills it
// with SIGKILL in the middle of a stream of Puts, and checks that every Put
// the child saw acknowledged survived.

const (
	helperEnv     = "SESHNET_STORE_CRASH_HELPER_DIR"
	helperWriters = 8
	crashAcks     = 2000
)

// crashMsg is the i-th message the helper stores; the parent rebuilds it
// from i to check what it finds.
func crashMsg(i int, expiry int64) Message {
	data := fmt.Sprintf("crash message %d %s", i, strings.Repeat("~", i%300))
	return newMsg(acct(i%10), int16(i%3)*10, int64(i), expiry, data)
}

// TestHelperProcess is the child. It does nothing in a normal test run.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("helper process for TestCrashKeepsAcknowledgedPuts")
	}
	s, err := Open(dir, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(2)
	}
	// Should the parent die without killing us, stop anyway.
	time.AfterFunc(time.Minute, func() { os.Exit(3) })
	expiry := time.Now().Add(time.Hour).UnixMilli()
	var out sync.Mutex
	var wg sync.WaitGroup
	for w := range helperWriters {
		wg.Go(func() {
			for i := w; ; i += helperWriters {
				if _, err := s.Put(context.Background(), crashMsg(i, expiry)); err != nil {
					fmt.Fprintln(os.Stderr, "put:", err)
					os.Exit(2)
				}
				out.Lock()
				// One write per line: the parent must never see an ack for
				// a Put that had not returned.
				fmt.Fprintf(os.Stdout, "ack %d\n", i)
				out.Unlock()
			}
		})
	}
	wg.Wait()
}

func TestCrashKeepsAcknowledgedPuts(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	killed := false
	defer func() {
		if !killed {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	}()

	acked := readAcks(t, stdout, crashAcks)
	require.NoError(t, cmd.Process.Kill()) // SIGKILL: no Close, no flush
	_ = cmd.Wait()
	killed = true

	s := openStore(t, dir, newClock())
	for i := range acked {
		want := crashMsg(i, 0)
		got, found, err := s.Get(want.Account, want.Hash)
		require.NoError(t, err)
		require.True(t, found, "acknowledged message %d lost", i)
		want.Expiry = got.Expiry
		require.Equal(t, want, got)
	}
	t.Logf("%d acknowledged puts survived; %d messages in the store", len(acked), s.Stats().Messages)
}

// readAcks reads "ack <i>" lines until it has n of them.
func readAcks(t *testing.T, stdout io.Reader, n int) map[int]bool {
	t.Helper()
	acked := map[int]bool{}
	sc := bufio.NewScanner(stdout)
	for len(acked) < n && sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, "ack ")
		if !ok {
			continue // the test framework's own output
		}
		i, err := strconv.Atoi(rest)
		require.NoError(t, err, "line %q", line)
		acked[i] = true
	}
	require.NoError(t, sc.Err())
	require.Len(t, acked, n, "the helper stopped early")
	return acked
}
