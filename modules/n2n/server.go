package n2n

import (
	"crypto/ed25519"
	"crypto/tls"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"time"
)

// Server is a network module's HTTPS server as every node runs one: the
// node certificate, the framed protocol for other nodes beside HTTP/1.1
// for clients, and net/http's own error lines dropped, because they name
// client addresses (TLS handshake errors).
type Server struct {
	*http.Server
	tls *tls.Config
}

// Timeouts of the HTTP side of a Server. A request may take ReadTimeout to
// arrive (10 MiB bodies at ~350 kB/s); WriteTimeout runs from the end of its
// header to the end of its answer, so it covers the body, the handler (the
// relay's and storage's own timeouts stop at 60 s) and the answer. Neither
// module long-polls: nothing legitimate runs longer. IdleTimeout closes a
// kept-alive connection between requests.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 2 * time.Minute
	IdleTimeout       = 2 * time.Minute
)

// NewServer serves h with the node key's certificate. isNode says whether
// a key is an active node: only those may use the framed protocol (nil:
// it is not offered, and nodes reach h over HTTP/1.1).
func NewServer(key ed25519.PrivateKey, h http.Handler, isNode func(ed25519.PublicKey) bool) (*Server, error) {
	cfg, err := ServerTLS(key)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{
		Handler: h, TLSConfig: cfg, ErrorLog: log.New(io.Discard, "", 0),
		ReadHeaderTimeout: ReadHeaderTimeout, ReadTimeout: ReadTimeout, WriteTimeout: WriteTimeout, IdleTimeout: IdleTimeout,
	}
	EnableFramed(srv, cfg, FramedConfig{IsNode: isNode})
	return &Server{Server: srv, tls: cfg}, nil
}

// ServeAll serves on every listener until Shutdown; onErr gets what ends a
// listener otherwise.
func (s *Server) ServeAll(listeners []net.Listener, onErr func(error)) {
	for _, l := range listeners {
		go func() {
			if err := s.Serve(tls.NewListener(l, s.tls)); err != nil && !errors.Is(err, http.ErrServerClosed) {
				onErr(err)
			}
		}()
	}
}
