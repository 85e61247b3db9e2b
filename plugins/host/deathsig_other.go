//go:build !linux

package host

import "os/exec"

// dieWithHost: only Linux has a parent-death signal; elsewhere a host
// that dies without stopping its modules leaves them running.
func dieWithHost(*exec.Cmd) {}
