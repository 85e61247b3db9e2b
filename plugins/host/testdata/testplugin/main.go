// Command testplugin is a module whose behaviour the host's tests choose
// through its settings: it hangs, crashes, answers too much, or submits
// transactions on request.
package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"os"
	"strconv"

	"github.com/seshnet/seshnet/plugins/kit"
)

type settings struct {
	HangObserve bool   `json:"hang_observe"`
	BigObserve  bool   `json:"big_observe"`
	Observation string `json:"observation"`
}

type testModule struct {
	env kit.Env
	s   settings
}

func (m *testModule) Info() kit.Info { return kit.Info{Name: "testplugin", Version: "1.0.0"} }

func (m *testModule) Configure(_ context.Context, env kit.Env) error {
	m.env = env
	if len(env.Settings) > 0 && string(env.Settings) != "null" {
		return json.Unmarshal(env.Settings, &m.s)
	}
	return nil
}

func (m *testModule) Start(context.Context) error  { return nil }
func (m *testModule) Drain(context.Context) error  { return nil }
func (m *testModule) Stop(context.Context) error   { return nil }
func (m *testModule) Health(context.Context) error { return nil }

func (m *testModule) Call(ctx context.Context, method string, payload []byte) ([]byte, error) {
	switch method {
	case "echo":
		return payload, nil
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
	}
	return nil, errors.New("unknown method " + method)
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
	if v := os.Getenv("TESTPLUGIN_PROTOCOL"); v != "" {
		n, _ := strconv.Atoi(v)
		kit.ServeVersions(&testModule{}, n)
		return
	}
	kit.Serve(&testModule{})
}
