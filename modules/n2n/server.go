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

// NewServer serves h with the node key's certificate.
func NewServer(key ed25519.PrivateKey, h http.Handler) (*Server, error) {
	cfg, err := ServerTLS(key)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: h, TLSConfig: cfg, ReadHeaderTimeout: 10 * time.Second, ErrorLog: log.New(io.Discard, "", 0)}
	EnableFramed(srv, cfg)
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
