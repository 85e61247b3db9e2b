package n2n

import (
	"crypto/ed25519"
	"crypto/tls"
	"fmt"
	"sync"
	"time"
)

// MaxBody bounds what a node-to-node request or answer may carry.
const MaxBody = 16 << 20

// Client sends requests to other nodes, presenting the node's certificate.
type Client struct {
	key     ed25519.PrivateKey
	cert    []tls.Certificate
	timeout time.Duration
	// keepalive finds framed connections whose peer went silent.
	keepalive keepalive

	mu    sync.Mutex
	pools map[string]*connPool // by peer key and address
}

// NewClient presents key's certificate; each request gives up after
// timeout.
func NewClient(key ed25519.PrivateKey, timeout time.Duration) *Client {
	cert, err := nodeCert(key)
	if err != nil {
		// Only a broken crypto/rand or a malformed key gets here.
		panic(fmt.Sprintf("n2n: node certificate: %v", err))
	}
	return &Client{key: key, cert: []tls.Certificate{cert}, timeout: timeout, keepalive: defaultKeepalive(timeout), pools: map[string]*connPool{}}
}

// Close drops pooled connections.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, p := range c.pools {
		p.closeAll()
		delete(c.pools, k)
	}
}
