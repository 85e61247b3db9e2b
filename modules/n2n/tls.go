// Package n2n is the channel between nodes: HTTPS with self-signed
// certificates whose keys are the nodes' own Ed25519 keys, on both sides. A
// sender checks that the server's certificate is the node it meant to
// reach; a receiver learns the sender from its client certificate (TLS 1.3
// proves the sender holds the key once per connection) and accepts the
// request only from an active node (it asks its network view). Requests
// can instead carry a signature header (Sign), which costs an Ed25519 sign
// and verify per request. Hostnames are never pinned: nodes are known by
// key, not by name.
package n2n

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"
)

// ServerTLS is a TLS config serving a self-signed certificate made from the
// node key (clients who know the node's key can check it; nobody needs a
// CA).
func ServerTLS(key ed25519.PrivateKey) (*tls.Config, error) {
	cert, err := nodeCert(key)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS13,
		// Nodes present their own certificate; Session clients present
		// none and are served all the same.
		ClientAuth: tls.RequestClientCert,
	}, nil
}

// nodeCert is a self-signed certificate of the node key, for serving and
// for presenting as a client.
func nodeCert(key ed25519.PrivateKey) (tls.Certificate, error) {
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "seshnet node"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// PeerKey is the Ed25519 key of the client certificate r came with, if any.
// TLS has checked that the sender holds it.
func PeerKey(r *http.Request) (ed25519.PublicKey, bool) {
	if r.TLS == nil || len(r.TLS.PeerCertificates) == 0 {
		return nil, false
	}
	pub, ok := r.TLS.PeerCertificates[0].PublicKey.(ed25519.PublicKey)
	return pub, ok
}

// ErrWrongNode is a certificate whose key is not the node expected.
var ErrWrongNode = errors.New("n2n: the peer's certificate is not the expected node's key")

// ClientTLS accepts exactly the certificate of the node whose key is want
// (nil: any, for clients that know no key yet).
func ClientTLS(want ed25519.PublicKey) *tls.Config {
	return &tls.Config{
		MinVersion:         tls.VersionTLS13,
		InsecureSkipVerify: true, // no CA, no names: the key check below is the verification
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if want == nil {
				return nil
			}
			if len(raw) == 0 {
				return ErrWrongNode
			}
			cert, err := x509.ParseCertificate(raw[0])
			if err != nil {
				return fmt.Errorf("n2n: peer certificate: %w", err)
			}
			pub, ok := cert.PublicKey.(ed25519.PublicKey)
			if !ok || !bytes.Equal(pub, want) {
				return ErrWrongNode
			}
			return nil
		},
	}
}
