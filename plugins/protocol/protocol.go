// Package protocol is the go-plugin glue of the seshnet plugin protocol:
// the handshake, the versioned plugin sets, and the client and server halves
// of the one plugin every module process serves, named "module".
package protocol

import (
	"context"
	"fmt"

	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// Version is the protocol version this build speaks. A host and a plugin
// agree on the highest version both list, or the launch fails with an error
// naming both sides' versions.
const Version = 1

// PluginName is the name of the plugin in every set.
const PluginName = "module"

// Handshake keeps seshd from running a binary that is not a seshnet module
// (and a module binary from being run by hand as if it were a program).
var Handshake = plugin.HandshakeConfig{
	ProtocolVersion:  Version,
	MagicCookieKey:   "SESHNET_PLUGIN",
	MagicCookieValue: "seshnet-module-7f3c",
}

// Client is the host's handle on a module process.
type Client struct {
	Module  pluginv1.ModuleClient
	VoteExt pluginv1.VoteExtensionProviderClient
	Broker  *plugin.GRPCBroker
	Conn    *grpc.ClientConn
}

// Server is what a module process serves. VoteExt is optional.
type Server struct {
	Module  pluginv1.ModuleServer
	VoteExt pluginv1.VoteExtensionProviderServer
	// OnBroker receives the broker, through which the module dials HostAPI.
	OnBroker func(*plugin.GRPCBroker)
}

// Plugin is the go-plugin implementation for both sides.
type Plugin struct {
	plugin.NetRPCUnsupportedPlugin
	Impl *Server // set on the module side only
}

// GRPCServer registers the module's services.
func (p *Plugin) GRPCServer(broker *plugin.GRPCBroker, s *grpc.Server) error {
	if p.Impl == nil || p.Impl.Module == nil {
		return fmt.Errorf("seshnet plugin: no module to serve")
	}
	pluginv1.RegisterModuleServer(s, p.Impl.Module)
	if p.Impl.VoteExt != nil {
		pluginv1.RegisterVoteExtensionProviderServer(s, p.Impl.VoteExt)
	}
	if p.Impl.OnBroker != nil {
		p.Impl.OnBroker(broker)
	}
	return nil
}

// GRPCClient wraps the connection to a module.
func (p *Plugin) GRPCClient(_ context.Context, broker *plugin.GRPCBroker, conn *grpc.ClientConn) (any, error) {
	return &Client{
		Module:  pluginv1.NewModuleClient(conn),
		VoteExt: pluginv1.NewVoteExtensionProviderClient(conn),
		Broker:  broker,
		Conn:    conn,
	}, nil
}

// HostSets are the plugin sets a host offers, one per protocol version it
// speaks.
func HostSets() map[int]plugin.PluginSet {
	return map[int]plugin.PluginSet{Version: {PluginName: &Plugin{}}}
}

// ServerSets are the plugin sets a module offers for the given versions.
func ServerSets(s *Server, versions ...int) map[int]plugin.PluginSet {
	if len(versions) == 0 {
		versions = []int{Version}
	}
	out := map[int]plugin.PluginSet{}
	for _, v := range versions {
		out[v] = plugin.PluginSet{PluginName: &Plugin{Impl: s}}
	}
	return out
}
