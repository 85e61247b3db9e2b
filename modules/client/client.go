// Package client is a messaging client of the seshnet network (DESIGN.md
// §9-10): it learns the nodes and swarms from a relay's GET /network, sends
// every storage request as a Session-style onion request over three relays
// to a member of the account's swarm, and stores, retrieves and expires
// end-to-end encrypted messages there.
//
// Trust: the node list is fetched from a seed relay whose certificate cannot
// be checked (its key is not known yet), so the first fetch trusts the
// network path to the seed and the seed itself to list the real nodes; a
// client that must not trust them should use seeds it runs. Every later
// connection is pinned to the Ed25519 key the list gives for that node
// (modules/n2n), including later refreshes, which ask a known node first.
// Each onion layer is encrypted to the node's X25519 key, derived here from
// its Ed25519 key rather than taken from the list.
//
// Messages are sealed to the recipient's X25519 key (the Session ID after
// its 05 prefix) with NaCl's anonymous box: the nodes never see plaintext,
// the sender or the text.
package client

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
)

// Defaults of Options.
const (
	DefaultTimeout  = 15 * time.Second
	DefaultHops     = 3
	DefaultAttempts = 3
	DefaultEnc      = onion.XChaCha20
)

// Options configure a Client.
type Options struct {
	// Seeds are relay addresses (host:port) to fetch the network from.
	Seeds []string
	// Timeout bounds each HTTP request (default 15 s).
	Timeout time.Duration
	// Enc is the onion cipher (default xchacha20).
	Enc onion.EncType
	// Rand is the entropy for paths and message encryption (default
	// crypto/rand). The onion layers always use crypto/rand.
	Rand io.Reader
	// Hops is the number of relays before the destination (default 3).
	Hops int
	// AllowShortPaths lets a network with fewer relays than Hops be used
	// with the relays it has (test networks; the entry relay then sees
	// more of the path).
	AllowShortPaths bool
	// Attempts is how many paths one request tries when a path fails
	// (default 3). After a failure the client works out which node is down
	// and leaves it out of paths for a minute.
	Attempts int
	// PageSize asks retrieve for at most this many messages a page (0: the
	// server's default).
	PageSize int
	// Log gets debug lines only, none with keys, hashes or addresses
	// (default: none).
	Log *zerolog.Logger
}

// Client talks to the network. It is safe for concurrent use.
type Client struct {
	opt  Options
	log  zerolog.Logger
	seed *http.Client // any certificate: for the seeds only

	mu         sync.Mutex
	net        *Network
	xkeys      map[string][]byte       // Ed25519 hex -> X25519
	down       map[string]time.Time    // Ed25519 hex -> left out of paths until
	transports map[string]*http.Client // Ed25519 hex -> client pinned to it
}

// Errors callers can tell apart with errors.Is.
var (
	// ErrNoSeeds: no seed and no known node answered GET /network.
	ErrNoSeeds = errors.New("client: no seed relay answered")
	// ErrPath: an onion path failed (a relay down, refusing or timing out).
	ErrPath = errors.New("client: onion path failed")
	// ErrTooFewNodes: the network has too few relays for a path.
	ErrTooFewNodes = errors.New("client: too few relays for an onion path")
	// ErrNoSwarm: the account's swarm has no reachable member.
	ErrNoSwarm = errors.New("client: no swarm member to reach")
	// ErrWrongSwarm: the storage node still says another swarm holds the
	// account after a refresh.
	ErrWrongSwarm = errors.New("client: storage node says the account belongs to another swarm")
	// ErrBadAnswer: the storage answer could not be read.
	ErrBadAnswer = errors.New("client: unreadable storage answer")
	// ErrNotStored: no swarm member confirmed a store with a valid signature.
	ErrNotStored = errors.New("client: no swarm member confirmed the store")
	// ErrTooLarge: the message is over the network's 76,800-byte limit.
	ErrTooLarge = errors.New("client: message too large")
)

// StatusError is a storage answer other than 200.
type StatusError struct {
	Method string
	Status int
	Body   string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("client: %s answered %d: %s", e.Method, e.Status, clip(e.Body, 200))
}

// New returns a client; it fetches nothing until it is used (or Refresh).
func New(opt Options) (*Client, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.Enc == "" {
		opt.Enc = DefaultEnc
	}
	enc, err := onion.ParseEncType(string(opt.Enc))
	if err != nil {
		return nil, err
	}
	opt.Enc = enc
	if opt.Rand == nil {
		opt.Rand = rand.Reader
	}
	if opt.Hops <= 0 {
		opt.Hops = DefaultHops
	}
	if opt.Hops+1 > onion.MaxHops {
		return nil, fmt.Errorf("client: %d hops, at most %d", opt.Hops, onion.MaxHops-1)
	}
	if opt.Attempts <= 0 {
		opt.Attempts = DefaultAttempts
	}
	if opt.PageSize < 0 {
		return nil, fmt.Errorf("client: page size %d", opt.PageSize)
	}
	log := zerolog.Nop()
	if opt.Log != nil {
		log = *opt.Log
	}
	return &Client{
		opt: opt, log: log,
		seed:       &http.Client{Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(nil), MaxIdleConnsPerHost: 1}},
		xkeys:      map[string][]byte{},
		down:       map[string]time.Time{},
		transports: map[string]*http.Client{},
	}, nil
}

// Close drops idle connections.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, h := range c.transports {
		h.CloseIdleConnections()
	}
	c.transports = map[string]*http.Client{}
	c.seed.CloseIdleConnections()
}

// Network is the last network fetched (nil before the first).
func (c *Client) Network() *Network {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.net
}

// network returns the known network, fetching it the first time.
func (c *Client) network(ctx context.Context) (*Network, error) {
	if nw := c.Network(); nw != nil {
		return nw, nil
	}
	return c.Refresh(ctx)
}

// Refresh fetches the network again: from a known node (pinned by key)
// when there is one, else from the seeds (any certificate, see the package
// comment), in random order.
func (c *Client) Refresh(ctx context.Context) (*Network, error) {
	var lastErr error
	if old := c.Network(); old != nil {
		relays := old.relays()
		for i := 0; i < 2 && len(relays) > 0; i++ {
			j, err := c.intn(len(relays))
			if err != nil {
				return nil, err
			}
			n := relays[j]
			relays = append(relays[:j], relays[j+1:]...)
			nw, err := c.fetch(ctx, c.pinned(n.Ed25519), n.Relay)
			if err == nil {
				return c.keep(nw), nil
			}
			lastErr = err
			c.log.Debug().Err(errors.Unwrap(err)).Msg("network refresh from a known node failed")
		}
	}
	seeds := append([]string(nil), c.opt.Seeds...)
	for len(seeds) > 0 {
		j, err := c.intn(len(seeds))
		if err != nil {
			return nil, err
		}
		addr := seeds[j]
		seeds = append(seeds[:j], seeds[j+1:]...)
		nw, err := c.fetch(ctx, c.seed, addr)
		if err == nil {
			return c.keep(nw), nil
		}
		lastErr = err
		c.log.Debug().Msg("network fetch from a seed failed")
	}
	if lastErr == nil {
		return nil, fmt.Errorf("%w: no seeds given", ErrNoSeeds)
	}
	return nil, fmt.Errorf("%w: %w", ErrNoSeeds, lastErr)
}

func (c *Client) keep(nw *Network) *Network {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.net = nw
	return nw
}

// maxNetworkAnswer bounds GET /network.
const maxNetworkAnswer = 16 << 20

func (c *Client) fetch(ctx context.Context, h *http.Client, addr string) (*Network, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+addr+"/network", nil)
	if err != nil {
		return nil, fmt.Errorf("network from %s: %w", addr, err)
	}
	res, err := h.Do(req)
	if err != nil {
		return nil, fmt.Errorf("network from %s: %w", addr, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxNetworkAnswer))
	if err != nil {
		return nil, fmt.Errorf("network from %s: %w", addr, err)
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("network from %s: status %d: %s", addr, res.StatusCode, clip(string(body), 120))
	}
	var wire networkJSON
	if err := json.Unmarshal(body, &wire); err != nil {
		return nil, fmt.Errorf("network from %s: %w", addr, err)
	}
	nw, err := parseNetwork(wire)
	if err != nil {
		return nil, fmt.Errorf("network from %s: %w", addr, err)
	}
	return nw, nil
}

// pinned is an HTTP client that accepts only the node whose key is pub.
func (c *Client) pinned(pub ed25519.PublicKey) *http.Client {
	k := hex.EncodeToString(pub)
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.transports[k]; ok {
		return h
	}
	if len(c.transports) >= 64 {
		for _, h := range c.transports {
			h.CloseIdleConnections()
		}
		clear(c.transports)
	}
	h := &http.Client{Transport: &http.Transport{
		TLSClientConfig:     n2n.ClientTLS(append(ed25519.PublicKey(nil), pub...)),
		MaxIdleConnsPerHost: 2,
		IdleConnTimeout:     60 * time.Second,
	}}
	c.transports[k] = h
	return h
}

// x25519 is a node's onion key, derived from its Ed25519 key (and kept:
// the conversion is slow).
func (c *Client) x25519(pub ed25519.PublicKey) ([]byte, error) {
	k := hex.EncodeToString(pub)
	c.mu.Lock()
	x, ok := c.xkeys[k]
	c.mu.Unlock()
	if ok {
		return x, nil
	}
	x, err := onion.EdPublicToX25519(pub)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.xkeys) >= 10_000 {
		clear(c.xkeys)
	}
	c.xkeys[k] = x
	c.mu.Unlock()
	return x, nil
}

// intn is a uniform random int in [0, n) from the client's entropy. A
// failing source is an error, never a predictable choice.
func (c *Client) intn(n int) (int, error) {
	if n <= 1 {
		return 0, nil
	}
	v, err := rand.Int(c.opt.Rand, big.NewInt(int64(n)))
	if err != nil {
		return 0, fmt.Errorf("client: entropy: %w", err)
	}
	return int(v.Int64()), nil
}

// clip shortens text from the network before it goes into an error.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
