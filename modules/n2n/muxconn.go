package n2n

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// muxConn is the caller's end of one framed connection: requests are
// written by their callers (one at a time), answers read by one goroutine
// and handed to whoever waits for that id.
//
// A peer can vanish without closing (a hung process, a path that drops
// packets): nothing then tells the reader. So while requests wait and the
// connection has been quiet for pingAfter, the caller sends a ping (a
// request to PingPath, which any server answers at once); a connection that
// then stays silent for deadAfter is declared dead: its waiting requests
// fail as closed (Post sends them again on a new connection) and the next
// request dials anew.
type muxConn struct {
	c *tls.Conn

	wmu sync.Mutex
	bw  *bufio.Writer

	lastRead atomic.Int64 // unix nanoseconds of the last bytes read

	mu        sync.Mutex
	next      uint32
	pending   map[uint32]chan muxAnswer
	busySince time.Time // when pending last became non-empty
	err       error     // set once the connection failed: no new requests
	done      chan struct{}
}

type muxAnswer struct {
	status int
	body   []byte
	err    error
}

var (
	errMuxClosed = errors.New("n2n: connection closed")
	errMuxDead   = errors.New("n2n: peer silent: connection declared dead")
)

// refusedError is a server's refusal of the whole connection (the frame of
// id 0, before it read any request): the caller goes over HTTP/1.1, where
// the handlers decide as for anyone.
type refusedError struct {
	status int
	body   []byte
}

func (e *refusedError) Error() string {
	return fmt.Sprintf("n2n: connection refused with %d: %s", e.status, e.body)
}

// keepalive is when a quiet connection with requests waiting gets a ping,
// and how long after it, still silent, it is declared dead.
type keepalive struct {
	pingAfter, deadAfter time.Duration
}

// defaultKeepalive scales with the request timeout, so a dead connection
// is found in time for the request to go again on a new one.
func defaultKeepalive(timeout time.Duration) keepalive {
	k := keepalive{pingAfter: min(timeout/4, 5*time.Second), deadAfter: min(timeout/4, 5*time.Second)}
	k.pingAfter, k.deadAfter = max(k.pingAfter, 10*time.Millisecond), max(k.deadAfter, 10*time.Millisecond)
	return k
}

func newMuxConn(c *tls.Conn, ka keepalive) *muxConn {
	m := &muxConn{c: c, bw: bufio.NewWriterSize(c, 16<<10), pending: map[uint32]chan muxAnswer{}, done: make(chan struct{})}
	m.lastRead.Store(time.Now().UnixNano())
	go m.readLoop()
	go m.watch(ka)
	return m
}

// alive says whether new requests may use the connection.
func (m *muxConn) alive() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err == nil
}

// activity notes when bytes arrive (any bytes: a long answer arriving
// slowly is not silence).
type activity struct {
	r io.Reader
	m *muxConn
}

func (a activity) Read(b []byte) (int, error) {
	n, err := a.r.Read(b)
	if n > 0 {
		a.m.lastRead.Store(time.Now().UnixNano())
	}
	return n, err
}

func (m *muxConn) readLoop() {
	br := bufio.NewReaderSize(activity{m.c, m}, 16<<10)
	for {
		id, status, body, err := readAnswerFrame(br)
		if err != nil {
			m.fail(err)
			return
		}
		if id == 0 {
			m.fail(&refusedError{status: status, body: body})
			return
		}
		m.mu.Lock()
		ch, ok := m.pending[id]
		delete(m.pending, id)
		m.mu.Unlock()
		if ok {
			ch <- muxAnswer{status: status, body: body}
		}
	}
}

// watch pings a quiet connection that owes answers, and declares it dead
// when the ping brings nothing back.
func (m *muxConn) watch(ka keepalive) {
	tick := time.NewTicker(min(ka.pingAfter, ka.deadAfter) / 2)
	defer tick.Stop()
	var pinged time.Time // when the ping in flight left; zero: none
	for {
		select {
		case <-m.done:
			return
		case now := <-tick.C:
			last := time.Unix(0, m.lastRead.Load())
			if !pinged.IsZero() && last.After(pinged) {
				pinged = time.Time{} // heard from it
			}
			switch {
			case !pinged.IsZero():
				if now.Sub(pinged) >= ka.deadAfter {
					m.fail(errMuxDead)
					return
				}
			case m.quietSince(last) >= ka.pingAfter:
				if m.ping(now.Add(ka.deadAfter)) {
					pinged = now
				}
			}
		}
	}
}

// quietSince is how long requests have waited without a byte from the
// peer; zero when none waits.
func (m *muxConn) quietSince(lastRead time.Time) time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.pending) == 0 {
		return 0
	}
	since := m.busySince
	if lastRead.After(since) {
		since = lastRead
	}
	return time.Since(since)
}

// ping sends a keepalive request, whose answer matters only as bytes
// read; it says whether it went. A request being written (a large body, or
// a full send buffer) is left alone: its own write deadline ends a
// connection that takes nothing more.
func (m *muxConn) ping(deadline time.Time) bool {
	if !m.wmu.TryLock() {
		return false
	}
	defer m.wmu.Unlock()
	m.mu.Lock()
	if m.err != nil {
		m.mu.Unlock()
		return false
	}
	m.next++
	id := m.next
	m.mu.Unlock()
	_ = m.c.SetWriteDeadline(deadline)
	_, err := m.bw.Write(requestFrame(id, PingPath, nil))
	if err == nil {
		err = m.bw.Flush()
	}
	if err != nil {
		go m.fail(err) // not under wmu: closing may write
	}
	return err == nil
}

// fail ends the connection and every request waiting on it: they learn
// first, then the connection closes (closing may wait on a full send
// buffer).
func (m *muxConn) fail(err error) {
	m.mu.Lock()
	first := m.err == nil
	if first {
		m.err = err
		close(m.done)
	}
	waiting := m.pending
	m.pending = map[uint32]chan muxAnswer{}
	m.mu.Unlock()
	for _, ch := range waiting {
		ch <- m.failed(err)
	}
	if first {
		_ = m.c.Close()
	}
}

// failed is the answer a request gets from a connection that ended with
// err: the server's refusal, else closed. Either way it was not served.
func (m *muxConn) failed(err error) muxAnswer {
	var ref *refusedError
	if errors.As(err, &ref) {
		return muxAnswer{err: ref}
	}
	return muxAnswer{err: errMuxClosed}
}

// post sends one request and waits for its answer until deadline or ctx.
// sent is false when the request never left (the caller may retry it on
// another connection).
func (m *muxConn) post(ctx context.Context, deadline time.Time, path string, body []byte) (status int, out []byte, sent bool, err error) {
	ch := make(chan muxAnswer, 1)
	m.mu.Lock()
	if m.err != nil {
		err := m.failed(m.err).err
		m.mu.Unlock()
		return 0, nil, false, err
	}
	m.next++
	id := m.next
	if len(m.pending) == 0 {
		m.busySince = time.Now()
	}
	m.pending[id] = ch
	m.mu.Unlock()

	m.wmu.Lock()
	_ = m.c.SetWriteDeadline(deadline)
	_, werr := m.bw.Write(requestFrame(id, path, body))
	if werr == nil {
		werr = m.bw.Flush()
	}
	m.wmu.Unlock()
	if werr != nil {
		m.fail(werr)
		return 0, nil, false, werr
	}

	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	select {
	case a := <-ch:
		return a.status, a.body, true, a.err
	case <-timer.C:
		m.forget(id)
		return 0, nil, true, context.DeadlineExceeded
	case <-ctx.Done():
		m.forget(id)
		return 0, nil, true, ctx.Err()
	}
}

func (m *muxConn) forget(id uint32) {
	m.mu.Lock()
	delete(m.pending, id)
	m.mu.Unlock()
}
