// Package kit is what a plugin author needs to write a seshnet module: a
// Module interface to implement, Serve to run it as a plugin process, a
// client for the host API, a logger whose lines come out of the node's log,
// and the listening sockets the host hands to network-facing modules.
//
//	func main() { kit.Serve(&myModule{}) }
package kit

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"net"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// Info describes a module.
type Info struct {
	Name    string
	Version string
	// Network: the module serves clients on the sockets the host passes it.
	Network bool
	// Handoff: the module owns something only one process may hold at a
	// time (a store under an exclusive lock), so a hot swap must hand it
	// over: the host configures the new process, drains and stops the old
	// one, then starts the new one, while clients wait in the host's accept
	// backlog. Such a module's Stop must release the store and its Start
	// must work again after Stop (the kit configures it again first, with
	// fresh listeners): the host restarts the old process if the new one
	// fails to start.
	Handoff bool
}

// Env is what the host gives a module at Configure.
type Env struct {
	Name     string
	ChainID  string
	DataDir  string // the module's own directory
	Settings json.RawMessage
	Host     *Host
	// Listeners are the sockets the host owns for this module (in the order
	// of its `listen` setting). They outlive the module process, so during a
	// hot swap the new process accepts on the same socket before the old one
	// drains: no client connection is refused or reset.
	Listeners []net.Listener
	// NodeKey is the node's Ed25519 key when the operator set node_key =
	// true for this module; nil otherwise.
	NodeKey ed25519.PrivateKey
}

// DecodeSettings reads the module's settings into v, which holds the
// defaults: absent settings leave them. A key v does not know is an error,
// so an operator's typo in seshd.toml is refused at Configure instead of
// silently ignored.
func (e Env) DecodeSettings(v any) error {
	if len(e.Settings) == 0 || string(e.Settings) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(e.Settings))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Module is the interface every module implements.
type Module interface {
	Info() Info
	Configure(ctx context.Context, env Env) error
	Start(ctx context.Context) error
	// Drain stops taking new work and returns when in-flight work is done or
	// ctx (which carries the host's deadline) ends.
	Drain(ctx context.Context) error
	Stop(ctx context.Context) error
	Health(ctx context.Context) error
}

// Caller is implemented by modules that answer generic calls (Call and
// CallBatch). Methods are the module's own.
type Caller interface {
	Call(ctx context.Context, method string, payload []byte) ([]byte, error)
}

// Observer is implemented by modules that provide vote extensions (the L2
// witness). applied is what the workchain has applied so far (for the
// witness, its attestation cursor as JSON). Observe runs inside consensus: it
// must not call the host API. The host gives up at its deadline and uses an
// empty answer.
type Observer interface {
	Observe(ctx context.Context, height int64, applied []byte) ([]byte, error)
}

// Block is a finalized workchain block as the host reports it.
type Block = pluginv1.Block
