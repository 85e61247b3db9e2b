package host

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"

	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// boundary records every message the host sends a module process: its
// requests into the module and its answers on the host API. Tests turn it
// on around what they check.
var boundary struct {
	sync.Mutex
	on   bool
	sent [][]byte
}

func record(m any) {
	pm, ok := m.(proto.Message)
	if !ok {
		return
	}
	raw, err := proto.Marshal(pm)
	if err != nil {
		return
	}
	boundary.Lock()
	defer boundary.Unlock()
	if boundary.on {
		boundary.sent = append(boundary.sent, raw)
	}
}

func watchBoundary(t *testing.T) func() [][]byte {
	boundary.Lock()
	boundary.on, boundary.sent = true, nil
	boundary.Unlock()
	stop := func() [][]byte {
		boundary.Lock()
		defer boundary.Unlock()
		boundary.on = false
		return boundary.sent
	}
	t.Cleanup(func() { stop() })
	return stop
}

// recordingStream records what the host API streams to a module.
type recordingStream struct{ grpc.ServerStream }

func (s recordingStream) SendMsg(m any) error { record(m); return s.ServerStream.SendMsg(m) }

func init() {
	testDialOpts = []grpc.DialOption{grpc.WithChainUnaryInterceptor(
		func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
			record(req)
			return invoker(ctx, method, req, reply, cc, opts...)
		})}
	testServerOpts = []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
			res, err := handler(ctx, req)
			record(res)
			return res, err
		}),
		grpc.ChainStreamInterceptor(func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
			return handler(srv, recordingStream{ss})
		}),
	}
}

// edSigner signs in the ed25519 domain as the node does and refuses the
// BLS domains; it records what it was asked.
type edSigner struct {
	key ed25519.PrivateKey
	mu  sync.Mutex
	got []string
}

func (s *edSigner) Sign(_ context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	s.mu.Lock()
	s.got = append(s.got, domain)
	s.mu.Unlock()
	if domain != protocol.SignEd25519 {
		return nil, nil, errors.New("BLS signing not available yet")
	}
	return ed25519.Sign(s.key, protocol.Ed25519Message(msg)), s.key.Public().(ed25519.PublicKey), nil
}

func (s *edSigner) calls() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.got...)
}

func newSigningHost(t *testing.T, mods map[string]ModuleConfig, signer Signer) *Host {
	t.Helper()
	h, err := New(Config{Modules: mods, BinDir: binDir, DataDir: t.TempDir(), ChainID: "test"}, &fakeNode{},
		zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel), WithSigner(signer))
	require.NoError(t, err)
	h.Start(context.Background())
	t.Cleanup(h.Stop)
	return h
}

func askSign(h *Host, module string, req signRequest) (signAnswer, error) {
	payload, _ := json.Marshal(req)
	out, err := h.Call(context.Background(), module, "sign", payload)
	if err != nil {
		return signAnswer{}, err
	}
	var a signAnswer
	return a, json.Unmarshal(out, &a)
}

// The test plugin's request and answer (testdata/testplugin).
type signRequest struct {
	Domain  string `json:"domain"`
	Message []byte `json:"message"`
	Size    int    `json:"size"`
}

type signAnswer struct {
	Sig []byte `json:"sig"`
	Pub []byte `json:"pub"`
}

// A real module process asks the host to sign: allowed domains are signed
// by the node's key, anything else is refused before the signer sees it,
// and no key byte ever crosses to the module, only signatures.
func TestSignForModule(t *testing.T) {
	bin := filepath.Join(binDir, "seshd-testplugin")
	signer := &edSigner{key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0x5e}, ed25519.SeedSize))}
	sent := watchBoundary(t)
	h := newSigningHost(t, map[string]ModuleConfig{
		"alpha": {Enabled: true, Path: bin, SignDomains: []string{protocol.SignEd25519, protocol.SignExit}},
		// A binary chosen by path gets no built-in defaults, even as "bridge".
		"bridge": {Enabled: true, Path: bin},
	}, signer)
	require.Equal(t, StateRunning, modStatus(t, h, "alpha").State)
	require.Equal(t, []string{"ed25519", "exit"}, modStatus(t, h, "alpha").SignDomains)
	require.Empty(t, modStatus(t, h, "bridge").SignDomains)

	msg := []byte("a statement of the node")
	got, err := askSign(h, "alpha", signRequest{Domain: "ed25519", Message: msg})
	require.NoError(t, err)
	pub := signer.key.Public().(ed25519.PublicKey)
	require.Equal(t, []byte(pub), got.Pub)
	require.True(t, kit.VerifyEd25519(got.Pub, msg, got.Sig))
	require.False(t, ed25519.Verify(pub, msg, got.Sig), "the signature is over the domain-separated message only")

	cases := []struct {
		name, module string
		req          signRequest
		want         string
	}{
		{"domain not allowed", "alpha", signRequest{Domain: "rewards", Message: msg}, `module alpha may not sign in domain "rewards" (allowed: [ed25519 exit]`},
		{"no domains for a binary chosen by path", "bridge", signRequest{Domain: "exit", Message: msg}, `module bridge may not sign in domain "exit" (allowed: []`},
		{"unknown domain", "alpha", signRequest{Domain: "withdraw", Message: msg}, `unknown signing domain "withdraw" (known: ed25519, exit, liquidation, proof_of_possession, rewards)`},
		{"names are exact", "alpha", signRequest{Domain: "ED25519", Message: msg}, `unknown signing domain "ED25519"`},
		{"empty domain", "alpha", signRequest{Message: msg}, `unknown signing domain ""`},
		{"long domain is not echoed", "alpha", signRequest{Domain: strings.Repeat("x", 1000), Message: msg}, "unknown signing domain of 1000 bytes"},
		{"empty message", "alpha", signRequest{Domain: "ed25519"}, "message to sign must be 1..4096 bytes, got 0"},
		{"oversized message", "alpha", signRequest{Domain: "ed25519", Size: protocol.MaxSignMessage + 1}, "message to sign must be 1..4096 bytes, got 4097"},
		{"signer refuses", "alpha", signRequest{Domain: "exit", Message: msg}, "sign in domain exit: BLS signing not available yet"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := askSign(h, tc.module, tc.req)
			require.ErrorContains(t, err, tc.want)
		})
	}
	// Only the allowed, well-formed requests reached the signer.
	require.Equal(t, []string{"ed25519", "exit"}, signer.calls())
	_, err = askSign(h, "alpha", signRequest{Domain: "ed25519", Size: protocol.MaxSignMessage})
	require.NoError(t, err, "a message of the largest size is signed")

	wire := sent()
	require.True(t, containsAny(wire, got.Sig), "the recorder sees the signatures the host sent")
	for name, secret := range map[string][]byte{"seed": signer.key.Seed(), "private key": signer.key} {
		require.False(t, containsAny(wire, secret), "the node's %s crossed the plugin boundary", name)
	}
}

func containsAny(msgs [][]byte, b []byte) bool {
	for _, m := range msgs {
		if bytes.Contains(m, b) {
			return true
		}
	}
	return false
}

// A built-in module running its shipped binary (no path) gets its default
// domains: the bridge signs the staking contract's BLS messages, not with
// the node's Ed25519 identity.
func TestBuiltinSignDefaults(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile(filepath.Join(binDir, "seshd-testplugin"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "seshd-bridge"), raw, 0o755))
	signer := &edSigner{key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, ed25519.SeedSize))}
	h, err := New(Config{Modules: map[string]ModuleConfig{"bridge": {Enabled: true}}, BinDir: dir, DataDir: t.TempDir(), ChainID: "test"},
		&fakeNode{}, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel), WithSigner(signer))
	require.NoError(t, err)
	h.Start(context.Background())
	t.Cleanup(h.Stop)
	require.Equal(t, StateRunning, modStatus(t, h, "bridge").State)
	require.Equal(t, []string{"exit", "liquidation", "proof_of_possession", "rewards"}, modStatus(t, h, "bridge").SignDomains)
	_, err = askSign(h, "bridge", signRequest{Domain: "proof_of_possession", Message: []byte("m")})
	require.ErrorContains(t, err, "BLS signing not available yet", "allowed: it reached the signer")
	_, err = askSign(h, "bridge", signRequest{Domain: "ed25519", Message: []byte("m")})
	require.ErrorContains(t, err, `module bridge may not sign in domain "ed25519"`)
}

func TestSignDomainsOf(t *testing.T) {
	bridge := []string{"exit", "liquidation", "proof_of_possession", "rewards"}
	cases := []struct {
		name, module string
		mc           ModuleConfig
		want         []string
	}{
		{"built-in defaults", "bridge", ModuleConfig{}, bridge},
		{"no defaults for other modules", "relay", ModuleConfig{}, nil},
		{"no defaults for a binary chosen by path", "bridge", ModuleConfig{Path: "/opt/bridge"}, nil},
		{"operator override", "bridge", ModuleConfig{SignDomains: []string{"exit"}}, []string{"exit"}},
		{"operator grants a third-party module", "mine", ModuleConfig{Path: "/opt/mine", SignDomains: []string{"ed25519"}}, []string{"ed25519"}},
		{"an empty list is none", "bridge", ModuleConfig{SignDomains: []string{}}, []string{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, SignDomainsOf(tc.module, tc.mc))
		})
	}
}

func TestValidateSignDomains(t *testing.T) {
	cases := []struct {
		name    string
		domains []string
		err     string
	}{
		{"known domains", []string{"ed25519", "rewards", "exit", "liquidation", "proof_of_possession"}, ""},
		{"a typo", []string{"exti"}, `modules.m.sign_domains: unknown signing domain "exti" (known: ed25519, exit, liquidation, proof_of_possession, rewards)`},
		{"case matters", []string{"Exit"}, `unknown signing domain "Exit"`},
		{"no spaces", []string{" exit"}, `unknown signing domain " exit"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Config{Modules: map[string]ModuleConfig{"m": {SignDomains: tc.domains}}}.Validate()
			if tc.err == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.err)
		})
	}
}
