package n2n

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
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
// All integers are big-endian.
const ALPN = "seshnet-n2n/1"

const maxPath = 256

// maxInFlight bounds the requests one framed connection may have waiting:
// past it the server stops reading until one is answered (HTTP/1.1 has one
// at a time per connection; a caller wanting more opens more).
const maxInFlight = 256

// EnableFramed makes srv, serving TLS with cfg, also answer the framed
// protocol. Call it before the server starts; cfg must be the config of
// its TLS listener.
//
// Shutdown drains framed connections as it does HTTP ones: they stop
// reading new requests, answer those in flight, and close.
func EnableFramed(srv *http.Server, cfg *tls.Config) {
	// The server's order decides: ours first for callers that offer it,
	// HTTP/1.1 for everyone else.
	cfg.NextProtos = append([]string{ALPN, "http/1.1"}, cfg.NextProtos...)
	if srv.TLSNextProto == nil {
		srv.TLSNextProto = map[string]func(*http.Server, *tls.Conn, http.Handler){}
	}
	conns := &framedConns{open: map[*tls.Conn]struct{}{}}
	srv.RegisterOnShutdown(conns.drain)
	srv.TLSNextProto[ALPN] = func(_ *http.Server, c *tls.Conn, h http.Handler) {
		if !conns.add(c) {
			_ = c.Close()
			return
		}
		defer conns.remove(c)
		serveFramed(c, h)
	}
}

// framedConns are a server's open framed connections.
type framedConns struct {
	mu       sync.Mutex
	open     map[*tls.Conn]struct{}
	draining bool
}

func (f *framedConns) add(c *tls.Conn) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.draining {
		return false
	}
	f.open[c] = struct{}{}
	return true
}

func (f *framedConns) remove(c *tls.Conn) {
	f.mu.Lock()
	delete(f.open, c)
	f.mu.Unlock()
}

// drain makes every connection's reader stop: serveFramed then answers
// what it has and closes.
func (f *framedConns) drain() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.draining = true
	for c := range f.open {
		_ = c.SetReadDeadline(time.Now())
	}
}

// serveFramed reads requests until the connection ends, runs each on its
// own goroutine, and writes the answers as they come.
func serveFramed(c *tls.Conn, h http.Handler) {
	defer c.Close()
	state := c.ConnectionState()
	if len(state.PeerCertificates) == 0 {
		return // only nodes speak it, and nodes present their certificate
	}
	slots := make(chan struct{}, maxInFlight)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	answers := make(chan []byte, 64)
	written := make(chan struct{})
	go writeFrames(c, answers, written)
	br := bufio.NewReaderSize(c, 16<<10)
	var wg sync.WaitGroup
	for {
		id, path, body, err := readRequestFrame(br)
		if err != nil {
			break
		}
		slots <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-slots; wg.Done() }()
			status, out := serveOne(ctx, &state, c.RemoteAddr().String(), h, path, body)
			select {
			case answers <- answerFrame(id, status, out):
			case <-written: // the connection is gone
			}
		}()
	}
	cancel()
	wg.Wait()
	close(answers)
	<-written
}

// writeFrames writes answers, flushing once nothing more is queued.
func writeFrames(c *tls.Conn, answers <-chan []byte, written chan<- struct{}) {
	defer close(written)
	bw := bufio.NewWriterSize(c, 32<<10)
	for f := range answers {
		_, _ = bw.Write(f)
		for more := true; more; {
			select {
			case f, ok := <-answers:
				if !ok {
					_ = bw.Flush()
					return
				}
				_, _ = bw.Write(f)
			default:
				more = false
			}
		}
		if err := bw.Flush(); err != nil {
			_ = c.Close() // the reader stops too
			for range answers {
			}
			return
		}
	}
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

func readRequestFrame(br *bufio.Reader) (id uint32, path string, body []byte, err error) {
	var head [10]byte
	if _, err = io.ReadFull(br, head[:]); err != nil {
		return 0, "", nil, err
	}
	id = binary.BigEndian.Uint32(head[0:])
	pathLen, bodyLen := int(binary.BigEndian.Uint16(head[4:])), int(binary.BigEndian.Uint32(head[6:]))
	if pathLen == 0 || pathLen > maxPath || bodyLen > MaxBody {
		return 0, "", nil, errFrame
	}
	buf := make([]byte, pathLen+bodyLen)
	if _, err = io.ReadFull(br, buf); err != nil {
		return 0, "", nil, err
	}
	return id, string(buf[:pathLen]), buf[pathLen:], nil
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
	body = make([]byte, n)
	if _, err = io.ReadFull(br, body); err != nil {
		return 0, 0, nil, err
	}
	return id, status, body, nil
}
