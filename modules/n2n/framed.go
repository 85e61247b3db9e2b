package n2n

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// The framed protocol carries node-to-node POSTs without HTTP: a node that
// serves it offers ALPN "seshnet-n2n/1" beside HTTP/1.1 on the same port,
// and a caller that gets it sends many requests at once on one TLS
// connection as frames, answered out of order by id. Each end saves the
// parsing and writing of HTTP headers, and the server writes the answers
// queued at any moment with one system call. Requests reach the same
// http.Handler as over HTTP, with the same TLS state (the caller's node
// certificate), so handlers cannot tell the difference.
//
//	request:  [u32 id][u16 path length][u32 body length][path][body]
//	answer:   [u32 id][u16 status][u32 body length][body]
//
// All integers are big-endian. Request ids start at 1: an answer of id 0
// is the server refusing the connection (the caller is not an active node)
// before it read any request. A request to PingPath with no body is a
// keepalive. Both came after the first version of the protocol and keep
// its wire format: an older caller drops the refusal as an unknown id and
// sees the connection close; an older server answers a ping 404 from its
// handler, which serves as well.
const ALPN = "seshnet-n2n/1"

const maxPath = 256

// maxInFlight bounds the requests one framed connection may have waiting:
// past it the server stops reading until one is answered (HTTP/1.1 has one
// at a time per connection; a caller wanting more opens more).
const maxInFlight = 256

// PingPath is the path of a keepalive request: a caller with requests
// waiting on a quiet connection sends one, and any answer proves the peer
// alive. A server of this version answers it 204 itself; an older one hands
// it to its handler, whose 404 serves as well.
const PingPath = "/n2n/ping"

// Defaults of FramedConfig.
const (
	DefaultFrameIdle    = 2 * time.Minute
	DefaultFrameTimeout = 30 * time.Second
	DefaultFrameWrite   = 30 * time.Second
	DefaultMaxBuffered  = 2 * MaxBody
)

// FramedConfig is who may use the framed protocol and how long a
// connection may take.
type FramedConfig struct {
	// IsNode says whether a certificate key is an active node: only those
	// may open a framed connection, and a connection whose node stops
	// being active is closed at its next frame. nil: the protocol is not
	// offered (callers use HTTP/1.1, where handlers check the sender).
	IsNode func(ed25519.PublicKey) bool
	// Idle is how long the server waits for the next frame when it owes
	// no answer; FrameTimeout how long a frame may take to arrive once its
	// first byte did; WriteTimeout how long one write of answers may take
	// (a caller that does not read its answers is cut off). Zero: the
	// defaults.
	Idle, FrameTimeout, WriteTimeout time.Duration
	// MaxBuffered bounds the bytes of requests read and answers not yet
	// written on one connection: past it the server reads no more bodies
	// until some are answered. Zero: DefaultMaxBuffered.
	MaxBuffered int
}

func (fc FramedConfig) withDefaults() FramedConfig {
	if fc.Idle <= 0 {
		fc.Idle = DefaultFrameIdle
	}
	if fc.FrameTimeout <= 0 {
		fc.FrameTimeout = DefaultFrameTimeout
	}
	if fc.WriteTimeout <= 0 {
		fc.WriteTimeout = DefaultFrameWrite
	}
	if fc.MaxBuffered < MaxBody+maxPath {
		fc.MaxBuffered = DefaultMaxBuffered
	}
	return fc
}

// EnableFramed makes srv, serving TLS with cfg, also answer the framed
// protocol for the nodes fc.IsNode accepts. Call it before the server
// starts; cfg must be the config of its TLS listener. Without fc.IsNode it
// does nothing.
//
// Shutdown drains framed connections as it does HTTP ones: they stop
// reading new requests, answer those in flight, and close.
func EnableFramed(srv *http.Server, cfg *tls.Config, fc FramedConfig) {
	enableFramed(srv, cfg, fc)
}

func enableFramed(srv *http.Server, cfg *tls.Config, fc FramedConfig) *framedConns {
	if fc.IsNode == nil {
		return nil
	}
	fc = fc.withDefaults()
	// The server's order decides: ours first for callers that offer it,
	// HTTP/1.1 for everyone else.
	cfg.NextProtos = append([]string{ALPN, "http/1.1"}, cfg.NextProtos...)
	if srv.TLSNextProto == nil {
		srv.TLSNextProto = map[string]func(*http.Server, *tls.Conn, http.Handler){}
	}
	conns := &framedConns{open: map[*tls.Conn]*framedConn{}}
	srv.RegisterOnShutdown(conns.drain)
	srv.TLSNextProto[ALPN] = func(_ *http.Server, c *tls.Conn, h http.Handler) {
		defer c.Close()
		from, err := admit(c, fc.IsNode)
		if err != nil {
			refuse(c, err)
			return
		}
		f := newFramedConn(c, h, fc, from, conns)
		if !conns.add(f) {
			return
		}
		defer conns.remove(f)
		f.serve()
	}
	return conns
}

// admit is the caller's node key if it is an active node.
func admit(c *tls.Conn, isNode func(ed25519.PublicKey) bool) (ed25519.PublicKey, error) {
	state := c.ConnectionState()
	if len(state.PeerCertificates) == 0 {
		return nil, errNoCert // only nodes speak it, and nodes present their certificate
	}
	pub, ok := state.PeerCertificates[0].PublicKey.(ed25519.PublicKey)
	if !ok || !isNode(pub) {
		return nil, ErrNotANode
	}
	return pub, nil
}

var errNoCert = errors.New("n2n: the framed protocol needs a node certificate")

// Bounds of a refusal: it is written, and what the caller sent meanwhile
// discarded, so that closing does not reset the connection before the
// caller reads the reason.
const (
	refuseLinger  = time.Second
	refuseDiscard = 64 << 10
)

// refuse answers a caller that may not use the framed protocol with one
// frame of id 0 (no request has it: ids start at 1) carrying 401 and the
// reason, then closes. Nothing the caller sent is parsed.
func refuse(c *tls.Conn, why error) {
	_ = c.SetWriteDeadline(time.Now().Add(refuseLinger))
	if _, err := c.Write(answerFrame(0, http.StatusUnauthorized, []byte(why.Error()))); err != nil {
		return
	}
	_ = c.CloseWrite()
	_ = c.SetReadDeadline(time.Now().Add(refuseLinger))
	_, _ = io.CopyN(io.Discard, c, refuseDiscard)
}

// framedConns are a server's open framed connections.
type framedConns struct {
	mu       sync.Mutex
	open     map[*tls.Conn]*framedConn
	draining atomic.Bool
}

func (f *framedConns) add(c *framedConn) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.draining.Load() {
		return false
	}
	f.open[c.c] = c
	return true
}

func (f *framedConns) remove(c *framedConn) {
	f.mu.Lock()
	delete(f.open, c.c)
	f.mu.Unlock()
}

// drain makes every connection's reader stop: it then answers what it has
// and closes. The flag is set before the deadlines, and readers check it
// after setting theirs, so no reader misses it.
func (f *framedConns) drain() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.draining.Store(true)
	for c := range f.open {
		_ = c.SetReadDeadline(time.Now())
	}
}

// buffered counts the bytes a connection holds: it reads no body that
// would take it past its bound until answers are written.
type buffered struct {
	mu   sync.Mutex
	cond sync.Cond
	used int
	max  int
}

// take waits until n more bytes fit (a lone frame always fits); it says
// whether it had to wait.
func (b *buffered) take(n int) (waited bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > b.max {
		b.cond.Wait()
		waited = true
	}
	b.used += n
	return waited
}

// add counts n more bytes without waiting (an answer: the handler has
// made it already).
func (b *buffered) add(n int) {
	b.mu.Lock()
	b.used += n
	b.mu.Unlock()
}

func (b *buffered) give(n int) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

func (b *buffered) bytes() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}

// framedConn is the server's end of one framed connection: a reader that
// runs each request on its own goroutine, and a writer of the answers.
type framedConn struct {
	c     *tls.Conn
	h     http.Handler
	cfg   FramedConfig
	from  ed25519.PublicKey
	conns *framedConns
	state tls.ConnectionState
	br    *bufio.Reader

	slots   chan struct{} // one per request in flight
	buf     buffered
	answers chan []byte
	written chan struct{} // closed when the writer is done
}

func newFramedConn(c *tls.Conn, h http.Handler, cfg FramedConfig, from ed25519.PublicKey, conns *framedConns) *framedConn {
	f := &framedConn{
		c: c, h: h, cfg: cfg, from: from, conns: conns, state: c.ConnectionState(),
		br:    bufio.NewReaderSize(c, 16<<10),
		slots: make(chan struct{}, maxInFlight), answers: make(chan []byte, 64), written: make(chan struct{}),
	}
	f.buf.max = cfg.MaxBuffered
	f.buf.cond.L = &f.buf.mu
	return f
}

// serve reads requests until the connection ends or times out, and writes
// the answers as they come.
func (f *framedConn) serve() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go f.writeFrames()
	var wg sync.WaitGroup
	for {
		id, path, body, err := f.next()
		if err != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-f.slots; wg.Done() }()
			status, out := serveOne(ctx, &f.state, f.c.RemoteAddr().String(), f.h, path, body)
			f.answer(answerFrame(id, status, out), len(body))
		}()
	}
	// A connection that failed cancels what it was serving: nobody waits
	// for those answers. A drain (Shutdown during a hot swap) only stopped
	// the reading: the requests already read run to their end and are
	// answered, or the caller, which sent them, would see them fail.
	if !f.conns.draining.Load() {
		cancel()
	}
	wg.Wait()
	close(f.answers)
	<-f.written
}

// answer hands a frame to the writer; held is the request's bytes, given
// back once the answer's are counted.
func (f *framedConn) answer(frame []byte, held int) {
	f.buf.add(len(frame))
	f.buf.give(held)
	select {
	case f.answers <- frame:
	case <-f.written: // the connection is gone
		f.buf.give(len(frame))
	}
}

// next reads the next request, answering pings itself. It holds a slot
// and the body's bytes for the caller.
func (f *framedConn) next() (id uint32, path string, body []byte, err error) {
	for {
		if err = f.awaitFrame(); err != nil {
			return 0, "", nil, err
		}
		if err = f.readDeadline(f.cfg.FrameTimeout); err != nil {
			return 0, "", nil, err
		}
		var n int
		if id, path, n, err = readRequestHead(f.br); err != nil {
			return 0, "", nil, err
		}
		if !f.cfg.IsNode(f.from) {
			return 0, "", nil, ErrNotANode // no longer active
		}
		if path == PingPath && n == 0 {
			f.answer(answerFrame(id, http.StatusNoContent, nil), 0)
			continue
		}
		waited := false
		select {
		case f.slots <- struct{}{}:
		default:
			f.slots <- struct{}{}
			waited = true
		}
		if f.buf.take(n) {
			waited = true
		}
		// After a wait for room, the frame's time runs again: the wait
		// was the server's doing, not the caller's.
		if waited {
			err = f.readDeadline(f.cfg.FrameTimeout)
		}
		if err == nil {
			body, err = readFrameBody(f.br, n)
		}
		if err != nil {
			f.buf.give(n)
			<-f.slots
			return 0, "", nil, err
		}
		return id, path, body, nil
	}
}

// awaitFrame waits for the first byte of a frame. A caller with answers
// still owed may stay quiet as long as it likes; one owed nothing is
// dropped after the idle time.
func (f *framedConn) awaitFrame() error {
	for f.br.Buffered() == 0 {
		if err := f.readDeadline(f.cfg.Idle); err != nil {
			return err
		}
		_, err := f.br.Peek(1)
		if err == nil {
			return nil
		}
		if !errors.Is(err, os.ErrDeadlineExceeded) || len(f.slots) == 0 || f.conns.draining.Load() {
			return err
		}
	}
	return nil
}

// readDeadline sets the read deadline d from now, unless the server is
// draining (its deadline must stay).
func (f *framedConn) readDeadline(d time.Duration) error {
	if err := f.c.SetReadDeadline(time.Now().Add(d)); err != nil {
		return err
	}
	if f.conns.draining.Load() {
		return http.ErrServerClosed
	}
	return nil
}

// writeFrames writes answers, flushing once nothing more is queued. Each
// write must end within the write timeout; one that does not closes the
// connection, which stops the reader too.
func (f *framedConn) writeFrames() {
	defer close(f.written)
	bw := bufio.NewWriterSize(deadlineWriter{f.c, f.cfg.WriteTimeout}, 32<<10)
	write := func(frame []byte) error {
		_, err := bw.Write(frame)
		f.buf.give(len(frame))
		return err
	}
	for frame := range f.answers {
		err := write(frame)
		for more := err == nil; more; {
			select {
			case frame, ok := <-f.answers:
				if !ok {
					_ = bw.Flush()
					return
				}
				if err = write(frame); err != nil {
					more = false
				}
			default:
				more = false
			}
		}
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			_ = f.c.Close()
			for frame := range f.answers {
				f.buf.give(len(frame))
			}
			return
		}
	}
}

// deadlineWriter gives every write to the connection its own deadline.
type deadlineWriter struct {
	c *tls.Conn
	d time.Duration
}

func (w deadlineWriter) Write(b []byte) (int, error) {
	if err := w.c.SetWriteDeadline(time.Now().Add(w.d)); err != nil {
		return 0, err
	}
	return w.c.Write(b)
}

// frameWriter collects a handler's answer.
type frameWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *frameWriter) Header() http.Header { return w.header }

func (w *frameWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *frameWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(b)
}

// serveOne runs one request through the handler as an HTTP POST.
func serveOne(ctx context.Context, state *tls.ConnectionState, remote string, h http.Handler, path string, body []byte) (int, []byte) {
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, path, bytes.NewReader(body))
	if err != nil {
		return http.StatusBadRequest, []byte("n2n: bad path")
	}
	r.RequestURI, r.RemoteAddr, r.TLS = path, remote, state
	w := &frameWriter{header: http.Header{}}
	h.ServeHTTP(w, r)
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.status, w.body.Bytes()
}

var errFrame = errors.New("n2n: bad frame")

// readChunk is the most memory a frame's declared length buys before any
// of its bytes arrived: the buffer grows, doubling, as they do.
const readChunk = 64 << 10

// readRequestHead reads a request frame's header and path; n is the
// length of the body that follows.
func readRequestHead(br *bufio.Reader) (id uint32, path string, n int, err error) {
	var head [10]byte
	if _, err = io.ReadFull(br, head[:]); err != nil {
		return 0, "", 0, err
	}
	id = binary.BigEndian.Uint32(head[0:])
	pathLen, n := int(binary.BigEndian.Uint16(head[4:])), int(binary.BigEndian.Uint32(head[6:]))
	if pathLen == 0 || pathLen > maxPath || n > MaxBody {
		return 0, "", 0, errFrame
	}
	var p [maxPath]byte
	if _, err = io.ReadFull(br, p[:pathLen]); err != nil {
		return 0, "", 0, err
	}
	return id, string(p[:pathLen]), n, nil
}

// readFrameBody reads n bytes, growing its buffer as they arrive.
func readFrameBody(r io.Reader, n int) ([]byte, error) {
	buf := make([]byte, 0, min(n, readChunk))
	for len(buf) < n {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, min(len(buf), n-len(buf)))
		}
		m, err := r.Read(buf[len(buf):min(cap(buf), n)])
		buf = buf[:len(buf)+m]
		if err != nil && len(buf) < n {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	return buf, nil
}

func readRequestFrame(br *bufio.Reader) (id uint32, path string, body []byte, err error) {
	id, path, n, err := readRequestHead(br)
	if err != nil {
		return 0, "", nil, err
	}
	if body, err = readFrameBody(br, n); err != nil {
		return 0, "", nil, err
	}
	return id, path, body, nil
}

func requestFrame(id uint32, path string, body []byte) []byte {
	f := make([]byte, 10, 10+len(path)+len(body))
	binary.BigEndian.PutUint32(f[0:], id)
	binary.BigEndian.PutUint16(f[4:], uint16(len(path)))
	binary.BigEndian.PutUint32(f[6:], uint32(len(body)))
	return append(append(f, path...), body...)
}

func answerFrame(id uint32, status int, body []byte) []byte {
	f := make([]byte, 10, 10+len(body))
	binary.BigEndian.PutUint32(f[0:], id)
	binary.BigEndian.PutUint16(f[4:], uint16(status))
	binary.BigEndian.PutUint32(f[6:], uint32(len(body)))
	return append(f, body...)
}

func readAnswerFrame(br *bufio.Reader) (id uint32, status int, body []byte, err error) {
	var head [10]byte
	if _, err = io.ReadFull(br, head[:]); err != nil {
		return 0, 0, nil, err
	}
	id = binary.BigEndian.Uint32(head[0:])
	status, n := int(binary.BigEndian.Uint16(head[4:])), int(binary.BigEndian.Uint32(head[6:]))
	if n > MaxBody {
		return 0, 0, nil, fmt.Errorf("%w: answer over %d bytes", errFrame, MaxBody)
	}
	if body, err = readFrameBody(br, n); err != nil {
		return 0, 0, nil, err
	}
	return id, status, body, nil
}

// count is the number of open framed connections.
func (f *framedConns) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.open)
}

// held is the bytes the open connections hold (bodies read or claimed and
// answers not yet written).
func (f *framedConns) held() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.open {
		n += c.buf.bytes()
	}
	return n
}
