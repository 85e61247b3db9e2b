// Package example is a small third-party-style module written only against
// plugins/kit: it follows finalized workchain blocks through the host API
// and serves their status over HTTP on the socket the host passes it.
//
//	GET /          the last blocks seen (JSON)
//	GET /health    200 while following
package example

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/plugins/kit"
)

// Version of this module.
const Version = "0.1.0"

// Settings are the module's [modules.example.settings].
type Settings struct {
	// Keep is how many recent blocks to serve (default 20).
	Keep int `json:"keep"`
}

// BlockView is one block as served.
type BlockView struct {
	Height  int64  `json:"height"`
	Time    string `json:"time"`
	Hash    string `json:"hash"`
	AppHash string `json:"app_hash"`
	Txs     uint32 `json:"txs"`
}

// Status is the answer of GET /.
type Status struct {
	Module  string      `json:"module"`
	Version string      `json:"version"`
	PID     int         `json:"pid"`
	Blocks  []BlockView `json:"blocks"`
}

// Module is the example module.
type Module struct {
	log      zerolog.Logger
	env      kit.Env
	settings Settings
	srv      *http.Server
	cancel   context.CancelFunc
	pid      int

	mu     sync.Mutex
	blocks []BlockView
	err    error
}

// New returns the module.
func New(pid int) *Module { return &Module{log: kit.Logger(), pid: pid} }

// Info names the module.
func (m *Module) Info() kit.Info { return kit.Info{Name: "example", Version: Version, Network: true} }

// Configure reads settings.
func (m *Module) Configure(_ context.Context, env kit.Env) error {
	m.env, m.settings = env, Settings{Keep: 20}
	if err := env.DecodeSettings(&m.settings); err != nil {
		return fmt.Errorf("example settings: %w", err)
	}
	if m.settings.Keep < 1 || m.settings.Keep > 1000 {
		return fmt.Errorf("example settings: keep must be 1..1000, is %d", m.settings.Keep)
	}
	if env.Host == nil {
		return errors.New("example needs the host API")
	}
	return nil
}

// Start follows blocks and serves HTTP on the host's sockets.
func (m *Module) Start(context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	go m.follow(ctx)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", m.serveStatus)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, _ *http.Request) {
		if err := m.Health(context.Background()); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
		}
	})
	m.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	for _, l := range m.env.Listeners {
		go func() {
			if err := m.srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				m.log.Error().Err(err).Msg("serve")
			}
		}()
	}
	m.log.Info().Int("listeners", len(m.env.Listeners)).Msg("example module started")
	return nil
}

func (m *Module) follow(ctx context.Context) {
	for ctx.Err() == nil {
		err := m.env.Host.FollowBlocks(ctx, 0, func(b *kit.Block) error {
			m.record(b)
			return nil
		})
		if ctx.Err() != nil {
			return
		}
		m.mu.Lock()
		m.err = err
		m.mu.Unlock()
		m.log.Warn().Err(err).Msg("block stream ended; following again")
		time.Sleep(time.Second)
	}
}

func (m *Module) record(b *kit.Block) {
	v := BlockView{
		Height: b.Height, Time: time.Unix(0, b.TimeUnixNano).UTC().Format(time.RFC3339Nano),
		Hash: hex.EncodeToString(b.Hash), AppHash: hex.EncodeToString(b.AppHash), Txs: b.NumTxs,
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.err = nil
	m.blocks = append(m.blocks, v)
	if len(m.blocks) > m.settings.Keep {
		m.blocks = m.blocks[len(m.blocks)-m.settings.Keep:]
	}
}

func (m *Module) status() Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	return Status{Module: "example", Version: Version, PID: m.pid, Blocks: append([]BlockView(nil), m.blocks...)}
}

// Call answers "status" with the same JSON as GET /.
func (m *Module) Call(_ context.Context, method string, _ []byte) ([]byte, error) {
	if method != "status" {
		return nil, fmt.Errorf("example: unknown method %q (want status)", method)
	}
	return json.Marshal(m.status())
}

func (m *Module) serveStatus(w http.ResponseWriter, r *http.Request) {
	// ?delay_ms= holds the answer, to keep requests in flight in swap tests.
	if d, err := strconv.Atoi(r.URL.Query().Get("delay_ms")); err == nil && d > 0 && d <= 5000 {
		time.Sleep(time.Duration(d) * time.Millisecond)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(m.status())
}

// Drain stops accepting and waits for in-flight requests. The sockets stay
// open in the host, so a new process keeps accepting on them.
func (m *Module) Drain(ctx context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.srv.Shutdown(ctx)
}

// Stop ends following.
func (m *Module) Stop(context.Context) error {
	if m.cancel != nil {
		m.cancel()
	}
	return nil
}

// Health fails while the block stream is broken.
func (m *Module) Health(context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}
