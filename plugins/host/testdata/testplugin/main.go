// Command testplugin is a module whose behaviour the host's tests choose
// through its settings: it hangs, crashes, answers too much, or submits
// transactions on request. With TESTPLUGIN_HANDOFF=1 in its environment it
// declares the handoff swap policy and behaves like a module that owns a
// store: Start takes an exclusive flock on DataDir/lock (as badger does) and
// fails if another process holds it, Stop releases it, and it serves its pid
// over HTTP on the host's sockets. With TESTPLUGIN_SERVE=1 it serves the
// same way without the lock (a network module swapped the default way).
// With TESTPLUGIN_TLS=1 as well it serves HTTPS as the relay does
// (modules/n2n's server with the node key given by the host, node_key =
// true), and a request may ask for a delay (?delay_ms=N).
//
// Its version and protocol can be set at link time, so a test builds a
// second version of it (a governance upgrade):
//
//	go build -ldflags "-X main.version=2.0.0" ./testdata/testplugin
//	go build -ldflags "-X main.protocol=99" ./testdata/testplugin  // a protocol the host refuses
package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/plugins/kit"
)

type settings struct {
	HangObserve bool   `json:"hang_observe"`
	BigObserve  bool   `json:"big_observe"`
	Observation string `json:"observation"`
	// StartDelayMs makes Start slow (a swap that takes a while).
	StartDelayMs int `json:"start_delay_ms"`
	// FailStart makes Start fail (a new version that cannot start).
	FailStart bool `json:"fail_start"`
	// Generation tells two configurations apart.
	Generation int `json:"generation"`
	// ReadDelayMs delays each read of a served connection's bytes (after
	// they arrived): a server whose goroutines a loaded machine runs late.
	ReadDelayMs int `json:"read_delay_ms"`
}

type testModule struct {
	env  kit.Env
	s    settings
	sick atomic.Bool
	// failRestart: the next Start fails.
	failRestart atomic.Bool
	lock        *os.File
	srv         *http.Server
	drain       *kit.Drainer
}

// Set with -ldflags "-X main.version=... -X main.protocol=...".
var (
	version  = "1.0.0"
	protocol = "" // a plugin protocol version to speak instead of the kit's
)

func (m *testModule) Info() kit.Info {
	return kit.Info{Name: "testplugin", Version: version, Handoff: handoff, Network: serves}
}

// handoff: this process plays a module that owns a store.
var handoff = os.Getenv("TESTPLUGIN_HANDOFF") == "1"

// serves: this process answers HTTP on the host's sockets.
var serves = handoff || os.Getenv("TESTPLUGIN_SERVE") == "1"

// servesTLS: it answers HTTPS with the relay's server (n2n.NewServer).
var servesTLS = serves && os.Getenv("TESTPLUGIN_TLS") == "1"

func (m *testModule) Configure(_ context.Context, env kit.Env) error {
	m.env = env
	if len(env.Settings) > 0 && string(env.Settings) != "null" {
		return json.Unmarshal(env.Settings, &m.s)
	}
	return nil
}

func (m *testModule) Start(context.Context) error {
	time.Sleep(time.Duration(m.s.StartDelayMs) * time.Millisecond)
	if m.s.FailStart {
		return errors.New("told to fail at start")
	}
	if m.failRestart.Load() {
		return errors.New("told to fail at restart")
	}
	if !serves {
		return nil
	}
	if handoff {
		f, err := os.OpenFile(filepath.Join(m.env.DataDir, "lock"), os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			return err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			return fmt.Errorf("cannot acquire directory lock: %w", err)
		}
		m.lock = f
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		if ms, err := strconv.Atoi(r.URL.Query().Get("delay_ms")); err == nil && ms > 0 && ms <= 10_000 {
			time.Sleep(time.Duration(ms) * time.Millisecond)
		}
		fmt.Fprintf(w, "%d %d", os.Getpid(), m.s.Generation)
	})
	if servesTLS {
		return m.serveTLS(handler)
	}
	m.srv = &http.Server{Handler: handler}
	m.drain = kit.NewDrainer(m.srv)
	for _, l := range m.env.Listeners {
		go m.srv.Serve(l)
	}
	return nil
}

// serveTLS serves h as the relay module serves its routes: n2n's server
// (node certificate, its timeouts) behind a kit.Drainer.
func (m *testModule) serveTLS(h http.Handler) error {
	if m.env.NodeKey == nil {
		return errors.New("TESTPLUGIN_TLS needs the node key (node_key = true)")
	}
	srv, err := n2n.NewServer(m.env.NodeKey, h, nil)
	if err != nil {
		return err
	}
	m.srv = srv.Server
	m.drain = kit.NewDrainer(srv.Server)
	ls := m.env.Listeners
	if m.s.ReadDelayMs > 0 {
		ls = nil
		for _, l := range m.env.Listeners {
			ls = append(ls, slowListener{l, time.Duration(m.s.ReadDelayMs) * time.Millisecond})
		}
	}
	srv.ServeAll(ls, func(error) {})
	return nil
}

// slowListener's connections see each read's bytes late (ReadDelayMs).
type slowListener struct {
	net.Listener
	delay time.Duration
}

func (l slowListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return slowConn{c, l.delay}, nil
}

type slowConn struct {
	net.Conn
	delay time.Duration
}

func (c slowConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		time.Sleep(c.delay)
	}
	return n, err
}

func (m *testModule) Drain(ctx context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.drain.Drain(ctx, m.env.Listeners)
}

func (m *testModule) Stop(context.Context) error {
	if m.lock == nil {
		return nil
	}
	err := m.lock.Close() // releases the flock
	m.lock, m.srv = nil, nil
	return err
}

func (m *testModule) Health(context.Context) error {
	if m.sick.Load() {
		return errors.New("told to be sick")
	}
	return nil
}

func (m *testModule) Call(ctx context.Context, method string, payload []byte) ([]byte, error) {
	switch method {
	case "echo":
		return payload, nil
	case "fail_restart": // this process's next Start fails (a restart after a failed handoff)
		m.failRestart.Store(true)
		return nil, nil
	case "sick": // this process fails its health checks from now on
		m.sick.Store(true)
		return nil, nil
	case "pid":
		return []byte(strconv.Itoa(os.Getpid())), nil
	case "node-key": // the public half of the node key it was given, if any
		if m.env.NodeKey == nil {
			return []byte{}, nil
		}
		return m.env.NodeKey.Public().(ed25519.PublicKey), nil
	case "submit": // payload: the transaction type
		h, err := m.env.Host.SubmitTx(ctx, string(payload), []byte("body"))
		return h, err
	case "submit_big":
		return m.env.Host.SubmitTx(ctx, string(payload), bytes.Repeat([]byte{1}, 9<<10))
	case "query":
		v, _, err := m.env.Host.Query(ctx, string(payload), 0)
		return v, err
	case "sign": // payload: signRequest as JSON; answer: signAnswer as JSON
		return m.sign(ctx, payload)
	}
	return nil, errors.New("unknown method " + method)
}

// signRequest asks the host to sign Message, or Size bytes of 0x01 when
// Size is set, in Domain.
type signRequest struct {
	Domain  string `json:"domain"`
	Message []byte `json:"message"`
	Size    int    `json:"size"`
}

type signAnswer struct {
	Sig []byte `json:"sig"`
	Pub []byte `json:"pub"`
}

func (m *testModule) sign(ctx context.Context, payload []byte) ([]byte, error) {
	var req signRequest
	if err := json.Unmarshal(payload, &req); err != nil {
		return nil, err
	}
	if req.Size > 0 {
		req.Message = bytes.Repeat([]byte{1}, req.Size)
	}
	sig, pub, err := m.env.Host.Sign(ctx, req.Domain, req.Message)
	if err != nil {
		return nil, err
	}
	return json.Marshal(signAnswer{Sig: sig, Pub: pub})
}

func (m *testModule) Observe(ctx context.Context, height int64, _ []byte) ([]byte, error) {
	switch {
	case m.s.HangObserve:
		select {} // never answers
	case m.s.BigObserve:
		return bytes.Repeat([]byte{7}, 1<<20), nil
	}
	return []byte(m.s.Observation + ":" + strconv.FormatInt(height, 10)), nil
}

func main() {
	if protocol != "" {
		n, _ := strconv.Atoi(protocol)
		kit.ServeVersions(&testModule{}, n)
		return
	}
	if v := os.Getenv("TESTPLUGIN_PROTOCOL"); v != "" {
		n, _ := strconv.Atoi(v)
		kit.ServeVersions(&testModule{}, n)
		return
	}
	kit.Serve(&testModule{})
}
