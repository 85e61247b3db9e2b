package n2n

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"
)

// A node-to-node request is one POST and its answer on a kept-alive TLS
// connection. This small HTTP/1.1 client does it on the caller's goroutine,
// where net/http's Transport hands each request to two goroutines of its
// own per connection: on a relay that forwards every onion request, that
// hand-off cost as much as a good part of the hop.

// pooledConn is one kept-alive connection to a peer.
type pooledConn struct {
	c  *tls.Conn
	br *bufio.Reader
	bw *bufio.Writer
}

// connPool holds a peer's connections: one framed connection when the
// peer speaks the framed protocol, idle HTTP/1.1 ones otherwise.
type connPool struct {
	mu   sync.Mutex
	idle []*pooledConn

	dialMu      sync.Mutex // one dial at a time for the framed connection
	mux         *muxConn
	httpOnlyTil time.Time // the peer answered HTTP only: no framed dial before
}

// framed returns the peer's framed connection, dialing one if there is
// none; nil when the peer speaks only HTTP (the connection dialed to find
// out is kept for HTTP).
func (c *Client) framed(ctx context.Context, p *connPool, to ed25519.PublicKey, addr string) (*muxConn, error) {
	p.dialMu.Lock()
	defer p.dialMu.Unlock()
	if p.mux != nil && p.mux.alive() {
		return p.mux, nil
	}
	if time.Now().Before(p.httpOnlyTil) {
		return nil, nil
	}
	pc, err := c.dial(ctx, to, addr, ALPN, "http/1.1")
	if err != nil {
		return nil, err
	}
	if pc.c.ConnectionState().NegotiatedProtocol != ALPN {
		p.httpOnlyTil = time.Now().Add(10 * time.Minute)
		p.put(pc)
		return nil, nil
	}
	p.mux = newMuxConn(pc.c, c.keepalive)
	return p.mux, nil
}

// After a refusal of the framed protocol, the peer is reached over
// HTTP/1.1 for a while: long enough not to dial for each request, short
// enough that a node that just became active soon gets it.
const refusedFallback = time.Minute

// refused turns the peer to HTTP/1.1 after a refusal.
func (p *connPool) refused() {
	p.dialMu.Lock()
	defer p.dialMu.Unlock()
	p.httpOnlyTil = time.Now().Add(refusedFallback)
}

const maxIdlePerPeer = 64

func (p *connPool) get() *pooledConn {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.idle); n > 0 {
		pc := p.idle[n-1]
		p.idle = p.idle[:n-1]
		return pc
	}
	return nil
}

func (p *connPool) put(pc *pooledConn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.idle) >= maxIdlePerPeer {
		_ = pc.c.Close()
		return
	}
	p.idle = append(p.idle, pc)
}

func (p *connPool) closeAll() {
	p.dialMu.Lock()
	if p.mux != nil {
		p.mux.fail(errMuxClosed)
		p.mux = nil
	}
	p.dialMu.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, pc := range p.idle {
		_ = pc.c.Close()
	}
	p.idle = nil
}

// dial opens a TLS connection to the peer, checked against its key.
func (c *Client) dial(ctx context.Context, to ed25519.PublicKey, addr string, protos ...string) (*pooledConn, error) {
	cfg := ClientTLS(to)
	cfg.Certificates = c.cert
	cfg.NextProtos = protos
	d := tls.Dialer{NetDialer: &net.Dialer{Timeout: c.timeout}, Config: cfg}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	tc := nc.(*tls.Conn)
	return &pooledConn{c: tc, br: bufio.NewReaderSize(tc, 8<<10), bw: bufio.NewWriterSize(tc, 8<<10)}, nil
}

// roundTrip writes the POST and reads the answer on pc.
func (pc *pooledConn) roundTrip(deadline time.Time, host, path string, body []byte) (int, []byte, error) {
	if err := pc.c.SetDeadline(deadline); err != nil {
		return 0, nil, err
	}
	w := pc.bw
	w.WriteString("POST ")
	w.WriteString(path)
	w.WriteString(" HTTP/1.1\r\nHost: ")
	w.WriteString(host)
	w.WriteString("\r\nContent-Type: application/octet-stream\r\nContent-Length: ")
	w.WriteString(strconv.Itoa(len(body)))
	w.WriteString("\r\n\r\n")
	w.Write(body)
	if err := w.Flush(); err != nil {
		return 0, nil, err
	}
	res, err := http.ReadResponse(pc.br, nil)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	out, err := io.ReadAll(io.LimitReader(res.Body, MaxBody+1))
	if err != nil {
		return 0, nil, err
	}
	if len(out) > MaxBody {
		return 0, nil, fmt.Errorf("answer over %d bytes", MaxBody)
	}
	if res.Close {
		return res.StatusCode, out, errConnDone
	}
	return res.StatusCode, out, nil
}

// errConnDone: the answer is good but the peer closed the connection.
var errConnDone = errors.New("connection not reusable")

// Post sends body to https://addr/path on the node whose key is to, and
// returns the answer's status and body. The connection is accepted only if
// the certificate is that node's key. It goes over the framed protocol
// when the peer offers it, else over a pooled HTTP/1.1 connection. A
// request that fails on a reused connection before any answer is tried
// once more on a new one (the peer may have closed it while idle).
func (c *Client) Post(ctx context.Context, to ed25519.PublicKey, addr, path string, body []byte) (int, []byte, error) {
	deadline := time.Now().Add(c.timeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	pool := c.pool(to, addr)
	for attempt := 0; ; attempt++ {
		m, err := c.framed(ctx, pool, to, addr)
		if err != nil {
			return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
		}
		if m == nil {
			break // the peer speaks HTTP only
		}
		code, out, sent, err := m.post(ctx, deadline, path, body)
		if err == nil {
			return code, out, nil
		}
		// A peer that refuses us the framed protocol (we are not an
		// active node in its view) read nothing: the request goes over
		// HTTP/1.1, where its handlers decide as for any caller.
		var ref *refusedError
		if errors.As(err, &ref) {
			pool.refused()
			break
		}
		// A connection the peer closed (a drained process during a hot
		// swap) had not answered: every node-to-node request is safe to
		// repeat, so it goes once more on a new connection.
		if errors.Is(err, errMuxClosed) {
			sent = false
		}
		if sent || attempt > 0 || ctx.Err() != nil {
			if ctx.Err() != nil {
				err = ctx.Err()
			}
			return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
		}
		// Broken before the request left: once more on a new connection.
	}
	for attempt := 0; ; attempt++ {
		pc, reused := pool.get(), true
		if pc == nil {
			var err error
			if pc, err = c.dial(ctx, to, addr, "http/1.1"); err != nil {
				return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
			}
			reused = false
		}
		// A cancelled ctx (the client that asked hung up) ends the wait.
		stop := context.AfterFunc(ctx, func() { _ = pc.c.SetDeadline(time.Now()) })
		code, out, err := pc.roundTrip(deadline, addr, path, body)
		stop()
		switch {
		case err == nil:
			pool.put(pc)
			return code, out, nil
		case errors.Is(err, errConnDone):
			_ = pc.c.Close()
			return code, out, nil
		}
		_ = pc.c.Close()
		if !reused || attempt > 0 || ctx.Err() != nil || time.Now().After(deadline) {
			switch {
			case ctx.Err() != nil:
				err = ctx.Err()
			case errors.Is(err, os.ErrDeadlineExceeded):
				err = fmt.Errorf("%w: %w", context.DeadlineExceeded, err)
			}
			return 0, nil, fmt.Errorf("n2n %s: %w", path, err)
		}
	}
}

// pool is the peer's connection pool; peers are known by key and address.
func (c *Client) pool(to ed25519.PublicKey, addr string) *connPool {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := string(to) + addr
	p, ok := c.pools[k]
	if !ok {
		p = &connPool{}
		c.pools[k] = p
	}
	return p
}
