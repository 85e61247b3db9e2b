package kit

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// epoch is the origin of the monotonic times watchedConn records.
var epoch = time.Now()

func sinceEpoch(t time.Time) int64 { return int64(t.Sub(epoch)) }

// watchedConn is a TCP connection the kit's listener accepted, watched
// below net/http and TLS: when a Read last returned bytes. A kept-alive
// connection net/http reports idle may already carry the client's next
// request: in the kernel's buffer while the server's goroutine waits to
// run, or read by it and not yet parsed. Closing it then fails that
// request (HTTP/1.1's one race: the "reused idle connection closed under a
// written request" of plugins/host's swap stress test). Drain asks the
// connection, not only net/http's hook.
type watchedConn struct {
	net.Conn
	lastRead atomic.Int64 // sinceEpoch of the last Read that returned bytes
	forget   func()
	closed   sync.Once
}

func (c *watchedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.lastRead.Store(sinceEpoch(time.Now()))
	}
	return n, err
}

func (c *watchedConn) Close() error {
	c.closed.Do(c.forget)
	return c.Conn.Close()
}

// CloseWrite half-closes, as net/http does to a plain TCP connection
// before it closes one with an error answer.
func (c *watchedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return c.Close()
}

// busySince reports whether bytes came on the connection since t: read
// since then, or waiting unread in the kernel.
func (c *watchedConn) busySince(t time.Time) bool {
	return c.lastRead.Load() >= sinceEpoch(t) || unreadBytes(c.Conn)
}

// connKey names a TCP connection by its two ends, which a TLS connection
// over it (and any wrapper that delegates the addresses) reports too.
func connKey(c net.Conn) (string, bool) {
	local, ok1 := c.LocalAddr().(*net.TCPAddr)
	remote, ok2 := c.RemoteAddr().(*net.TCPAddr)
	if !ok1 || !ok2 {
		return "", false
	}
	return local.String() + "|" + remote.String(), true
}

// watched are a listener's open watched connections, by connKey.
type watched struct {
	mu    sync.Mutex
	conns map[string]*watchedConn
}

func (w *watched) add(c net.Conn) net.Conn {
	key, ok := connKey(c)
	if !ok {
		return c
	}
	wc := &watchedConn{Conn: c}
	wc.forget = func() {
		w.mu.Lock()
		if w.conns[key] == wc {
			delete(w.conns, key)
		}
		w.mu.Unlock()
	}
	w.mu.Lock()
	if w.conns == nil {
		w.conns = map[string]*watchedConn{}
	}
	w.conns[key] = wc
	w.mu.Unlock()
	return wc
}

func (w *watched) find(c net.Conn) *watchedConn {
	key, ok := connKey(c)
	if !ok {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.conns[key]
}
