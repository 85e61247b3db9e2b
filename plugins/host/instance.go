package host

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/hashicorp/go-plugin"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"

	"github.com/seshnet/seshnet/core/logging"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// Deadlines of calls into a module.
const (
	startTimeout  = 15 * time.Second
	callTimeout   = 5 * time.Second
	healthTimeout = 2 * time.Second
	drainTimeout  = 10 * time.Second
)

// How long killing a module may take. go-plugin's Client.Kill first asks
// the plugin to shut down (a gRPC call with no deadline) and waits for it
// to exit, so a process that is alive but answers nothing (SIGSTOPped,
// wedged) would hold the caller (the supervisor, a reload, Stop) for as
// long as it stays so. The host gives it killGrace, then SIGKILLs it, and
// waits at most killWait more for go-plugin to notice the exit.
var (
	killGrace = 3 * time.Second
	killWait  = 5 * time.Second
)

// Test hooks: extra options of the connection to each module and of the
// host API server it dials back, so tests can see every message that
// crosses the plugin boundary. Nil outside tests.
var (
	testDialOpts   []grpc.DialOption
	testServerOpts []grpc.ServerOption
)

// instance is one running module process.
type instance struct {
	client *plugin.Client
	cmd    *exec.Cmd // the process, to SIGKILL one that does not exit when asked
	log    zerolog.Logger
	mod    *protocol.Client
	desc   *pluginv1.DescribeResponse
	sha256 string
	pid    int
	cfg    ModuleConfig
}

// ErrChecksum is a binary that does not match its pin.
var ErrChecksum = errors.New("binary does not match its sha256 pin")

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("open module binary: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash module binary %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// launch starts a process for m, configures and starts it, and checks its
// health. On any failure the process is killed and nothing is left running.
// cfg is the host's configuration as the caller read it under h.mu; m.swap
// is held.
func (h *Host) launch(m *module, cfg Config, mc ModuleConfig, bin binary, listeners []net.Listener) (*instance, error) {
	inst, err := h.spawn(cfg, m.name, mc, bin, listeners)
	if err != nil {
		return nil, err
	}
	m.setSwapping(inst) // until installed (install clears it) or killed
	if err := inst.start(); err != nil {
		inst.kill()
		m.setSwapping(nil)
		return nil, err
	}
	return inst, nil
}

// spawn starts a module process and configures it, but does not start it
// (a handoff starts it once the old process has released its store). On
// any failure the process is killed. bin is the file to run and its pin
// (see binaryOf).
func (h *Host) spawn(cfg Config, name string, mc ModuleConfig, bin binary, listeners []net.Listener) (*instance, error) {
	path := bin.path
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	sum, err := fileSHA256(path)
	if err != nil {
		return nil, err
	}
	if bin.pin != "" && !strings.EqualFold(bin.pin, sum) {
		return nil, fmt.Errorf("%w: %s has sha256 %s, pinned %s", ErrChecksum, path, sum, bin.pin)
	}
	raw, _ := hex.DecodeString(sum)
	files, err := listenerFiles(listeners)
	if err != nil {
		return nil, err
	}
	defer closeAll(files)
	cmd := exec.Command(path)
	cmd.ExtraFiles = files
	dieWithHost(cmd)
	if mc.MaxProcs > 0 {
		cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", mc.MaxProcs))
	}
	log := h.log.With().Str("module", name).Logger()
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  protocol.Handshake,
		VersionedPlugins: protocol.HostSets(),
		Cmd:              cmd,
		// go-plugin hashes the file again right before exec, so a binary
		// swapped after our check is refused too.
		SecureConfig:     &plugin.SecureConfig{Checksum: raw, Hash: sha256.New()},
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		AutoMTLS:         true,
		StartTimeout:     startTimeout,
		Logger:           logging.NewHCLog(log, name),
		GRPCDialOptions:  append([]grpc.DialOption{grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxAnswerBytes))}, testDialOpts...),
	})
	// Started on the spawn thread, for the parent-death signal (see
	// onSpawnThread); connect's client.Client() then finds it started.
	onSpawnThread(func() { _, err = client.Start() })
	if err != nil {
		killClient(client, cmd, log)
		return nil, fmt.Errorf("module %s (%s): %w", name, path, explainLaunch(err))
	}
	inst, err := h.connect(cfg, client, cmd, name, mc, sum, listeners)
	if err != nil {
		killClient(client, cmd, log)
		return nil, fmt.Errorf("module %s (%s): %w", name, path, err)
	}
	return inst, nil
}

func (h *Host) connect(cfg Config, client *plugin.Client, cmd *exec.Cmd, name string, mc ModuleConfig, sum string, listeners []net.Listener) (*instance, error) {
	rpc, err := client.Client()
	if err != nil {
		return nil, explainLaunch(err)
	}
	raw, err := rpc.Dispense(protocol.PluginName)
	if err != nil {
		return nil, fmt.Errorf("dispense: %w", err)
	}
	mod := raw.(*protocol.Client)
	inst := &instance{client: client, cmd: cmd, log: h.log.With().Str("module", name).Logger(), mod: mod, sha256: sum, cfg: mc}
	if rc := client.ReattachConfig(); rc != nil {
		inst.pid = rc.Pid
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	if inst.desc, err = mod.Module.Describe(ctx, &pluginv1.Empty{}); err != nil {
		return nil, fmt.Errorf("describe: %w", err)
	}
	settings, err := json.Marshal(mc.Settings)
	if err != nil {
		return nil, fmt.Errorf("settings: %w", err)
	}
	dataDir := filepath.Join(cfg.DataDir, name)
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	brokerID := mod.Broker.NextId()
	go mod.Broker.AcceptAndServe(brokerID, func(opts []grpc.ServerOption) *grpc.Server {
		s := grpc.NewServer(append(append(opts, grpc.MaxRecvMsgSize(maxRequestBytes)), testServerOpts...)...)
		pluginv1.RegisterHostAPIServer(s, h.apiFor(name, mc))
		return s
	})
	var addrs []string
	for _, l := range listeners {
		addrs = append(addrs, l.Addr().String())
	}
	req := &pluginv1.ConfigureRequest{
		SettingsJson: settings, DataDir: dataDir, HostApiBrokerId: brokerID, ChainId: cfg.ChainID, Name: name, Listeners: addrs,
	}
	if mc.NodeKey {
		if len(cfg.NodeKeySeed) != 32 {
			return nil, fmt.Errorf("modules.%s.node_key: the host has no node key to give", name)
		}
		req.NodeKeySeed = cfg.NodeKeySeed
	}
	if _, err := mod.Module.Configure(ctx, req); err != nil {
		return nil, fmt.Errorf("configure: %w", err)
	}
	return inst, nil
}

// start starts a configured process and checks its health. A handoff
// module's process may be started again after Stop.
func (i *instance) start() error {
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	if _, err := i.mod.Module.Start(ctx, &pluginv1.Empty{}); err != nil {
		return fmt.Errorf("start: %w", err)
	}
	return i.health()
}

// explainLaunch makes go-plugin's launch errors say what to do.
func explainLaunch(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "incompatible API version"):
		return fmt.Errorf("protocol version mismatch: this node speaks seshnet plugin protocol %d; %w", protocol.Version, err)
	case strings.Contains(msg, "checksums did not match"):
		return fmt.Errorf("%w: the file changed between hashing and exec", ErrChecksum)
	}
	return fmt.Errorf("launch: %w", err)
}

func (i *instance) health() error {
	ctx, cancel := context.WithTimeout(context.Background(), healthTimeout)
	defer cancel()
	res, err := i.mod.Module.Health(ctx, &pluginv1.Empty{})
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	if !res.Ok {
		return fmt.Errorf("unhealthy: %s", res.Detail)
	}
	return nil
}

// retire drains and stops the process, then kills it whatever it answered.
func (i *instance) retire(log zerolog.Logger) {
	_ = i.drainAndStop(log)
	i.kill()
}

// kill ends the process, within killGrace + killWait whatever its state.
func (i *instance) kill() { killClient(i.client, i.cmd, i.log) }

// killClient has go-plugin end the process (a graceful shutdown, then a
// kill), and SIGKILLs the process itself if that has not ended within
// killGrace: a stopped or wedged process never answers go-plugin's
// shutdown call, which has no deadline. It returns once go-plugin has seen
// the process exit, or after killWait more if it has not (its goroutine
// then finishes on its own).
func killClient(client *plugin.Client, cmd *exec.Cmd, log zerolog.Logger) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		client.Kill()
	}()
	grace := time.NewTimer(killGrace)
	defer grace.Stop()
	select {
	case <-done:
		return
	case <-grace.C:
	}
	// cmd.Process was set when go-plugin started the process (before
	// Client returned); os.Process.Kill never signals a reaped pid.
	if cmd.Process != nil {
		switch err := cmd.Process.Kill(); {
		case err == nil:
			log.Warn().Int("pid", cmd.Process.Pid).Dur("grace", killGrace).Msg("module process did not exit when asked: SIGKILLed")
		case !errors.Is(err, os.ErrProcessDone):
			log.Error().Err(err).Int("pid", cmd.Process.Pid).Msg("SIGKILL of a module process that does not exit")
		}
	}
	wait := time.NewTimer(killWait)
	defer wait.Stop()
	select {
	case <-done:
	case <-wait.C:
		log.Error().Dur("waited", killGrace+killWait).Msg("module process still not reaped after SIGKILL; going on")
	}
}

// drainAndStop has the process finish its in-flight work and stop (close
// its store); the process stays up, so a handoff can start it again. It
// reports whether Stop answered: if not, nothing says the store was
// released.
func (i *instance) drainAndStop(log zerolog.Logger) bool {
	ctx, cancel := context.WithTimeout(context.Background(), drainTimeout+time.Second)
	defer cancel()
	if _, err := i.mod.Module.Drain(ctx, &pluginv1.DrainRequest{DeadlineMs: uint32(drainTimeout / time.Millisecond)}); err != nil {
		log.Warn().Err(err).Msg("drain")
	}
	sctx, scancel := context.WithTimeout(context.Background(), callTimeout)
	defer scancel()
	if _, err := i.mod.Module.Stop(sctx, &pluginv1.Empty{}); err != nil {
		log.Warn().Err(err).Msg("stop")
		return false
	}
	return true
}

func listenerFiles(ls []net.Listener) ([]*os.File, error) {
	var files []*os.File
	for _, l := range ls {
		tl, ok := l.(*net.TCPListener)
		if !ok {
			closeAll(files)
			return nil, fmt.Errorf("listener %s is not TCP", l.Addr())
		}
		f, err := tl.File() // a duplicate descriptor for the child
		if err != nil {
			closeAll(files)
			return nil, fmt.Errorf("pass listener %s: %w", l.Addr(), err)
		}
		files = append(files, f)
	}
	return files, nil
}

func closeAll(files []*os.File) {
	for _, f := range files {
		f.Close()
	}
}
