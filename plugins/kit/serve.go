package kit

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"github.com/seshnet/seshnet/core/logging"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// Serve runs m as a plugin process until the host stops it. It must be
// called from main; run by hand, it tells the user it is a seshnet module.
func Serve(m Module) { ServeVersions(m, protocol.Version) }

// ServeVersions serves m for the given protocol versions. Modules use Serve;
// this exists to test version negotiation.
func ServeVersions(m Module, versions ...int) {
	impl := NewServer(m)
	plugin.Serve(&plugin.ServeConfig{
		HandshakeConfig:  protocol.Handshake,
		VersionedPlugins: protocol.ServerSets(impl, versions...),
		GRPCServer: func(opts []grpc.ServerOption) *grpc.Server {
			// A worker pool instead of a goroutine per call trims the round
			// trip of small calls (docs/performance.md).
			return grpc.NewServer(append(opts, grpc.NumStreamWorkers(uint32(runtime.GOMAXPROCS(0))))...)
		},
		Logger: logging.NewHCLog(Logger(), m.Info().Name),
	})
}

// NewServer adapts m to the protocol's gRPC services (Serve uses it; the
// test kit runs it in-process).
func NewServer(m Module) *protocol.Server {
	s := newServer(m)
	impl := &protocol.Server{Module: s, OnBroker: s.setBroker}
	if _, ok := m.(Observer); ok {
		impl.VoteExt = s
	}
	return impl
}

// server adapts a Module to the generated gRPC services.
type server struct {
	pluginv1.UnimplementedModuleServer
	pluginv1.UnimplementedVoteExtensionProviderServer
	m      Module
	mu     sync.Mutex
	broker *plugin.GRPCBroker
	host   *Host
	hostID uint32 // the broker id host was dialled on

	// files are the host's listening sockets (fd 3, 4, ...), kept open for
	// the life of the process: each Configure makes fresh listeners from
	// them, so a module stopped (which closed its listeners) can be
	// configured and started again.
	files []*os.File
	// last is the last Configure request and stopped says Stop ran: a
	// Start after Stop configures the module again first (the host
	// restarts the old process of a failed handoff that way).
	last    *pluginv1.ConfigureRequest
	stopped bool
}

func newServer(m Module) *server { return &server{m: m} }

func (s *server) setBroker(b *plugin.GRPCBroker) {
	s.mu.Lock()
	s.broker = b
	s.mu.Unlock()
}

func (s *server) Describe(context.Context, *pluginv1.Empty) (*pluginv1.DescribeResponse, error) {
	info := s.m.Info()
	res := &pluginv1.DescribeResponse{Name: info.Name, Version: info.Version, ProtocolVersion: protocol.Version}
	if info.Network {
		res.Capabilities = append(res.Capabilities, pluginv1.Capability_CAPABILITY_NETWORK)
	}
	if _, ok := s.m.(Observer); ok {
		res.Capabilities = append(res.Capabilities, pluginv1.Capability_CAPABILITY_VOTE_EXTENSION)
	}
	if info.Handoff {
		res.Capabilities = append(res.Capabilities, pluginv1.Capability_CAPABILITY_HANDOFF)
	}
	return res, nil
}

func (s *server) Configure(ctx context.Context, req *pluginv1.ConfigureRequest) (*pluginv1.Empty, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last, s.stopped = req, false
	return &pluginv1.Empty{}, s.configure(ctx, req)
}

// configure builds the module's Env from req and configures it; s.mu is
// held.
func (s *server) configure(ctx context.Context, req *pluginv1.ConfigureRequest) error {
	broker := s.broker
	env := Env{Name: req.Name, ChainID: req.ChainId, DataDir: req.DataDir, Settings: req.SettingsJson}
	switch len(req.NodeKeySeed) {
	case 0:
	case ed25519.SeedSize:
		env.NodeKey = ed25519.NewKeyFromSeed(req.NodeKeySeed)
	default:
		return fmt.Errorf("node key: %d bytes, want %d", len(req.NodeKeySeed), ed25519.SeedSize)
	}
	// The broker serves the host API once per id: a second Configure with
	// the same id (a restart) reuses the connection.
	if broker != nil && req.HostApiBrokerId != 0 && (s.host == nil || s.hostID != req.HostApiBrokerId) {
		conn, err := broker.Dial(req.HostApiBrokerId)
		if err != nil {
			return fmt.Errorf("dial host api: %w", err)
		}
		s.host, s.hostID = &Host{c: pluginv1.NewHostAPIClient(conn)}, req.HostApiBrokerId
	}
	if s.host != nil && req.HostApiBrokerId != 0 {
		env.Host = s.host
	}
	for i := range req.Listeners {
		if i == len(s.files) {
			// The host passes its sockets as extra files from fd 3 on.
			s.files = append(s.files, os.NewFile(uintptr(3+i), "listener-"+req.Listeners[i]))
		}
		l, err := net.FileListener(s.files[i]) // a duplicate: closing it leaves the file open
		if err != nil {
			return fmt.Errorf("listener %d (%s) from the host: %w", i, req.Listeners[i], err)
		}
		env.Listeners = append(env.Listeners, &countedListener{Listener: l})
	}
	return s.m.Configure(ctx, env)
}

func (s *server) Start(ctx context.Context, _ *pluginv1.Empty) (*pluginv1.Empty, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped && s.last != nil {
		if err := s.configure(ctx, s.last); err != nil {
			return nil, fmt.Errorf("configure again for a restart: %w", err)
		}
	}
	s.stopped = false
	return &pluginv1.Empty{}, s.m.Start(ctx)
}

func (s *server) Drain(ctx context.Context, req *pluginv1.DrainRequest) (*pluginv1.Empty, error) {
	d := time.Duration(req.DeadlineMs) * time.Millisecond
	if d <= 0 {
		d = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	if s.m.Info().Handoff {
		// The new process starts only once this drain is over: idle
		// connections hold it only briefly (Drainer, DrainQuiet).
		ctx = withHandoff(ctx)
	}
	return &pluginv1.Empty{}, s.m.Drain(ctx)
}

func (s *server) Stop(ctx context.Context, _ *pluginv1.Empty) (*pluginv1.Empty, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	return &pluginv1.Empty{}, s.m.Stop(ctx)
}

func (s *server) Health(ctx context.Context, _ *pluginv1.Empty) (*pluginv1.HealthResponse, error) {
	if err := s.m.Health(ctx); err != nil {
		return &pluginv1.HealthResponse{Ok: false, Detail: err.Error()}, nil
	}
	return &pluginv1.HealthResponse{Ok: true}, nil
}

var errNoCalls = errors.New("module answers no calls")

func (s *server) Call(ctx context.Context, req *pluginv1.CallRequest) (*pluginv1.CallResponse, error) {
	c, ok := s.m.(Caller)
	if !ok {
		return &pluginv1.CallResponse{Error: errNoCalls.Error()}, nil
	}
	out, err := c.Call(ctx, req.Method, req.Payload)
	if err != nil {
		return &pluginv1.CallResponse{Error: err.Error()}, nil
	}
	return &pluginv1.CallResponse{Payload: out}, nil
}

func (s *server) CallBatch(ctx context.Context, req *pluginv1.CallBatchRequest) (*pluginv1.CallBatchResponse, error) {
	res := &pluginv1.CallBatchResponse{Results: make([]*pluginv1.CallResponse, len(req.Calls))}
	for i, c := range req.Calls {
		r, _ := s.Call(ctx, c)
		res.Results[i] = r
	}
	return res, nil
}

func (s *server) Observe(ctx context.Context, req *pluginv1.ObserveRequest) (*pluginv1.ObserveResponse, error) {
	o, ok := s.m.(Observer)
	if !ok {
		return &pluginv1.ObserveResponse{}, nil
	}
	out, err := o.Observe(ctx, req.Height, req.Applied)
	if err != nil {
		return nil, err
	}
	return &pluginv1.ObserveResponse{Observation: out}, nil
}
