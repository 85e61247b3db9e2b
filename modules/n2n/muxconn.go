package n2n

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"sync"
	"time"
)

// muxConn is the caller's end of one framed connection: requests are
// written by their callers (one at a time), answers read by one goroutine
// and handed to whoever waits for that id.
type muxConn struct {
	c *tls.Conn

	wmu sync.Mutex
	bw  *bufio.Writer

	mu      sync.Mutex
	next    uint32
	pending map[uint32]chan muxAnswer
	err     error // set once the connection failed: no new requests
}

type muxAnswer struct {
	status int
	body   []byte
	err    error
}

var errMuxClosed = errors.New("n2n: connection closed")

func newMuxConn(c *tls.Conn) *muxConn {
	m := &muxConn{c: c, bw: bufio.NewWriterSize(c, 16<<10), pending: map[uint32]chan muxAnswer{}}
	go m.readLoop()
	return m
}

// alive says whether new requests may use the connection.
func (m *muxConn) alive() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err == nil
}

func (m *muxConn) readLoop() {
	br := bufio.NewReaderSize(m.c, 16<<10)
	for {
		id, status, body, err := readAnswerFrame(br)
		if err != nil {
			m.fail(err)
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

// fail ends the connection and every request waiting on it.
func (m *muxConn) fail(err error) {
	m.mu.Lock()
	if m.err == nil {
		m.err = err
	}
	waiting := m.pending
	m.pending = map[uint32]chan muxAnswer{}
	m.mu.Unlock()
	_ = m.c.Close()
	for _, ch := range waiting {
		ch <- muxAnswer{err: errMuxClosed}
	}
}

// post sends one request and waits for its answer until deadline or ctx.
// sent is false when the request never left (the caller may retry it on
// another connection).
func (m *muxConn) post(ctx context.Context, deadline time.Time, path string, body []byte) (status int, out []byte, sent bool, err error) {
	ch := make(chan muxAnswer, 1)
	m.mu.Lock()
	if m.err != nil {
		m.mu.Unlock()
		return 0, nil, false, errMuxClosed
	}
	m.next++
	id := m.next
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
