package kittest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// signing is a module that signs what it is asked to through the host.
type signing struct {
	name string
	env  kit.Env
}

func (m *signing) Info() kit.Info { return kit.Info{Name: m.name, Version: "1"} }
func (m *signing) Configure(_ context.Context, env kit.Env) error {
	m.env = env
	return nil
}
func (m *signing) Start(context.Context) error  { return nil }
func (m *signing) Drain(context.Context) error  { return nil }
func (m *signing) Stop(context.Context) error   { return nil }
func (m *signing) Health(context.Context) error { return nil }

// Call signs payload in the domain named by method.
func (m *signing) Call(ctx context.Context, method string, payload []byte) ([]byte, error) {
	sig, _, err := m.env.Host.Sign(ctx, method, payload)
	return sig, err
}

// edSigner signs in the ed25519 domain as the node does, and refuses the
// rest.
type edSigner struct{ key ed25519.PrivateKey }

func (s edSigner) Sign(_ context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	if domain != protocol.SignEd25519 {
		return nil, nil, errors.New("no BLS here")
	}
	return ed25519.Sign(s.key, protocol.Ed25519Message(msg)), s.key.Public().(ed25519.PublicKey), nil
}

// The test kit signs as the host does: the module's granted domains, or a
// built-in module's defaults, and nothing without a signer.
func TestSignThroughKit(t *testing.T) {
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, ed25519.SeedSize))
	mod := Start(t, &signing{name: "mine"}, Options{Signer: edSigner{key}, SignDomains: []string{kit.SignEd25519}})
	sig, err := mod.Call(kit.SignEd25519, []byte("m"))
	require.NoError(t, err)
	require.True(t, kit.VerifyEd25519(key.Public().(ed25519.PublicKey), []byte("m"), sig))
	_, err = mod.Call(kit.SignExit, []byte("m"))
	require.ErrorContains(t, err, `module mine may not sign in domain "exit"`)

	bridge := Start(t, &signing{name: "bridge"}, Options{Signer: edSigner{key}})
	_, err = bridge.Call(kit.SignExit, []byte("m"))
	require.ErrorContains(t, err, "no BLS here", "the bridge's defaults allow exit")

	unsigned := Start(t, &signing{name: "mine"}, Options{SignDomains: []string{kit.SignEd25519}})
	_, err = unsigned.Call(kit.SignEd25519, []byte("m"))
	require.ErrorContains(t, err, "this host signs nothing for modules")
}
