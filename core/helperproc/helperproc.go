// Package helperproc runs a part of a benchmark in a process of its own, in
// the way hashicorp/go-plugin's tests do: the test binary runs itself again
// with only a helper test selected, and that test serves until the parent
// is done. Benchmarks use it to read the served side's own CPU time, apart
// from the load generator's, as it would run in production.
package helperproc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ready starts the line a helper prints once it serves.
const ready = "HELPERPROC-READY"

// Child reports whether this process is the helper started with env.
func Child(env string) bool { return os.Getenv(env) != "" }

// Serve is called by the helper test once it serves: it tells the parent
// fields (addresses, typically), then blocks until the parent closes stdin.
func Serve(fields ...string) {
	fmt.Println(strings.Join(append([]string{ready}, fields...), " "))
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// Start runs the test binary's test named test with env set, waits for its
// Serve line and returns its fields and a reader of its CPU time (user +
// system). The helper ends with the benchmark. extraArgs go to the test
// binary (e.g. -test.cpuprofile=FILE to profile the helper alone).
func Start(tb testing.TB, test, env string, extraArgs ...string) ([]string, func() time.Duration) {
	tb.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^" + test + "$"}, extraArgs...)...)
	cmd.Env = append(os.Environ(), env+"=1")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = stdin.Close(); _ = cmd.Wait() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) > 0 && f[0] == ready {
			go func() { _, _ = io.Copy(io.Discard, out) }()
			pid := cmd.Process.Pid
			return f[1:], func() time.Duration {
				d, err := CPU(pid)
				if err != nil {
					tb.Fatal(err)
				}
				return d
			}
		}
	}
	tb.Fatalf("helper %s ended without serving", test)
	return nil, nil
}

// CPU is a process's user + system time from /proc/PID/stat, in clock
// ticks of 10 ms (Linux's USER_HZ): read it over seconds, not microseconds.
func CPU(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The fields after the command name, which is in parentheses and may
	// hold spaces: utime and stime are the 12th and 13th of them.
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 || i+2 > len(raw) {
		return 0, fmt.Errorf("/proc/%d/stat: unexpected format", pid)
	}
	f := strings.Fields(string(raw[i+2:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: bad times", pid)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
}
