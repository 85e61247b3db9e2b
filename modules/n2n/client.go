package n2n

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// MaxBody bounds what a node-to-node request or answer may carry.
const MaxBody = 16 << 20

// Client sends requests to other nodes, presenting the node's certificate.
type Client struct {
	key     ed25519.PrivateKey
	cert    []tls.Certificate // nil if it could not be made: requests are then signed
	timeout time.Duration

	mu    sync.Mutex
	trs   map[string]*http.Transport // by peer key: connections are reused
	pools map[string]*connPool       // by peer key and address (direct posts)
}

// NewClient signs with key; each request gives up after timeout.
func NewClient(key ed25519.PrivateKey, timeout time.Duration) *Client {
	c := &Client{key: key, timeout: timeout, trs: map[string]*http.Transport{}, pools: map[string]*connPool{}}
	if cert, err := nodeCert(key); err == nil {
		c.cert = []tls.Certificate{cert}
	}
	return c
}

// transport is the peer's: its TLS check accepts only that key.
func (c *Client) transport(to ed25519.PublicKey) *http.Transport {
	c.mu.Lock()
	defer c.mu.Unlock()
	tr, ok := c.trs[string(to)]
	if !ok {
		cfg := ClientTLS(to)
		cfg.Certificates = c.cert
		tr = &http.Transport{TLSClientConfig: cfg, ForceAttemptHTTP2: true, MaxIdleConnsPerHost: 64, IdleConnTimeout: time.Minute}
		c.trs[string(to)] = tr
	}
	return tr
}

// Close drops pooled connections.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, tr := range c.trs {
		tr.CloseIdleConnections()
		delete(c.trs, k)
	}
	for k, p := range c.pools {
		p.closeAll()
		delete(c.pools, k)
	}
}

// Post sends body to https://addr/path on the node whose key is to, and
// returns the answer's status and body. The connection is accepted only if
// the certificate is that node's key.
func (c *Client) Post(ctx context.Context, to ed25519.PublicKey, addr, path string, body []byte) (int, []byte, error) {
	if c.cert != nil {
		return c.postDirect(ctx, to, addr, path, body)
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+addr+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	if c.cert == nil {
		Sign(req, body, c.key, time.Now())
	}
	res, err := (&http.Client{Transport: c.transport(to)}).Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(io.LimitReader(res.Body, MaxBody+1))
	if err != nil {
		return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
	}
	if len(out) > MaxBody {
		return 0, nil, fmt.Errorf("n2n %s: answer over %d bytes", path, MaxBody)
	}
	return res.StatusCode, out, nil
}
