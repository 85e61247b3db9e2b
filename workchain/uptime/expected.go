package uptime

import "github.com/seshnet/seshnet/workchain/exec"

// Nodes is what uptime needs of the registry.
type Nodes interface {
	// CanProve is nil for a registered node that has not left (exited or
	// deregistered); the registry's own error otherwise.
	CanProve(c exec.Context, pub []byte) error
}
