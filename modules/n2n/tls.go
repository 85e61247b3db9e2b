// Package n2n is the channel between nodes: HTTPS with a self-signed
// certificate whose key is the node's own Ed25519 key, and requests signed
// by the sender's node key. A receiver accepts a request only from an
// active node (it asks its network view); a sender checks that the
// certificate's key is the node it meant to reach. Hostnames are never
// pinned: nodes are known by key, not by name.
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
	"time"
)

// ServerTLS is a TLS config serving a self-signed certificate made from the
// node key (clients who know the node's key can check it; nobody needs a
// CA).
func ServerTLS(key ed25519.PrivateKey) (*tls.Config, error) {
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "seshnet node"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, fmt.Errorf("node certificate: %w", err)
	}
	return &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		MinVersion:   tls.VersionTLS13,
	}, nil
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
