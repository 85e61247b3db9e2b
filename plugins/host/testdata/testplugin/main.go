// Command testplugin is a module whose behaviour the host's tests choose
// through its settings: it hangs, crashes, answers too much, or submits
// transactions on request. With TESTPLUGIN_HANDOFF=1 in its environment it
// declares the handoff swap policy and behaves like a module that owns a
// store: Start takes an exclusive flock on DataDir/lock (as badger does) and
// fails if another process holds it, Stop releases it, and it serves its pid
// over HTTP on the host's sockets. With TESTPLUGIN_SERVE=1 it serves the
// same way without the lock (a network module swapped the default way).
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
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

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
	m.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, "%d %d", os.Getpid(), m.s.Generation)
	})}
	m.drain = kit.NewDrainer(m.srv)
	for _, l := range m.env.Listeners {
		go m.srv.Serve(l)
	}
	return nil
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
