// Package kittest runs a module in-process against a host API of the test's
// choosing, over real gRPC (go-plugin's in-memory test connection), so a
// plugin author can unit-test a module without building a binary or a node.
//
//	m := kittest.Start(t, mymodule.New(), kittest.Options{API: fakeNode, Settings: map[string]any{"keep": 5}})
//	out, err := m.Call("status", nil)
package kittest

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/plugins/kit"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// Options shape the test host.
type Options struct {
	// API answers the module's host API calls.
	API host.NodeAPI
	// AllowedTxs are the transaction types the module may submit.
	AllowedTxs []string
	// Signer answers the module's Sign calls (nil: every Sign is refused).
	Signer host.Signer
	// SignDomains are the domains the module may sign in, as
	// modules.NAME.sign_domains: nil gives a built-in module's defaults.
	SignDomains []string
	Settings    map[string]any
	DataDir     string // default t.TempDir()
}

// Module is a module running in the test.
type Module struct {
	t      testing.TB
	Client *protocol.Client
}

// Start configures and starts m; the test's cleanup drains and stops it.
func Start(t testing.TB, m kit.Module, o Options) *Module {
	t.Helper()
	client, _ := plugin.TestPluginGRPCConn(t, false, map[string]plugin.Plugin{protocol.PluginName: &protocol.Plugin{Impl: kit.NewServer(m)}})
	t.Cleanup(func() { client.Close() })
	raw, err := client.Dispense(protocol.PluginName)
	if err != nil {
		t.Fatalf("dispense: %v", err)
	}
	c := raw.(*protocol.Client)
	id := c.Broker.NextId()
	go c.Broker.AcceptAndServe(id, func(opts []grpc.ServerOption) *grpc.Server {
		s := grpc.NewServer(opts...)
		pluginv1.RegisterHostAPIServer(s, host.NewModuleAPIServer(o.API, o.Signer, m.Info().Name, host.ModuleConfig{AllowedTxs: o.AllowedTxs, SignDomains: o.SignDomains}))
		return s
	})
	settings, err := json.Marshal(o.Settings)
	if err != nil {
		t.Fatalf("settings: %v", err)
	}
	if o.DataDir == "" {
		o.DataDir = t.TempDir()
	}
	ctx := context.Background()
	if _, err := c.Module.Configure(ctx, &pluginv1.ConfigureRequest{SettingsJson: settings, DataDir: o.DataDir, HostApiBrokerId: id, ChainId: "kittest", Name: m.Info().Name}); err != nil {
		t.Fatalf("configure: %v", err)
	}
	if _, err := c.Module.Start(ctx, &pluginv1.Empty{}); err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		_, _ = c.Module.Drain(ctx, &pluginv1.DrainRequest{DeadlineMs: 5000})
		_, _ = c.Module.Stop(ctx, &pluginv1.Empty{})
	})
	return &Module{t: t, Client: c}
}

// Call makes a generic call.
func (m *Module) Call(method string, payload []byte) ([]byte, error) {
	res, err := m.Client.Module.Call(context.Background(), &pluginv1.CallRequest{Method: method, Payload: payload})
	if err != nil {
		return nil, err
	}
	if res.Error != "" {
		return nil, errors.New(res.Error)
	}
	return res.Payload, nil
}

// Health reports the module's health.
func (m *Module) Health() error {
	res, err := m.Client.Module.Health(context.Background(), &pluginv1.Empty{})
	if err != nil {
		return err
	}
	if !res.Ok {
		return errors.New(res.Detail)
	}
	return nil
}
