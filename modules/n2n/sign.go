package n2n

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Headers of a signed node-to-node request.
const (
	HeaderNode = "X-Sesh-Node"      // sender's Ed25519 key, hex
	HeaderTime = "X-Sesh-Timestamp" // unix milliseconds
	HeaderSig  = "X-Sesh-Signature" // hex Ed25519 signature of SigningBytes
)

// MaxSkew is how far a request's timestamp may be from the receiver's clock.
const MaxSkew = 60 * time.Second

// Errors of Verify (all answered 401 by servers).
var (
	ErrUnsigned    = errors.New("n2n: request is not signed")
	ErrBadSig      = errors.New("n2n: bad signature")
	ErrStale       = errors.New("n2n: timestamp outside the allowed window")
	ErrNotANode    = errors.New("n2n: sender is not an active node")
	ErrBadNodeKey  = errors.New("n2n: bad sender key")
	ErrBadTimeStmp = errors.New("n2n: bad timestamp")
)

// SigningBytes binds the signature to the method, path, time and body, so a
// signed request can't be replayed to another endpoint or with another body.
func SigningBytes(method, path string, ms int64, body []byte) []byte {
	h := sha256.Sum256(body)
	out := []byte("seshnet-n2n-v1\x00" + method + "\x00" + path + "\x00")
	out = binary.BigEndian.AppendUint64(out, uint64(ms))
	return append(out, h[:]...)
}

// Sign adds the signature headers to r, whose body is body.
func Sign(r *http.Request, body []byte, key ed25519.PrivateKey, now time.Time) {
	ms := now.UnixMilli()
	r.Header.Set(HeaderNode, hex.EncodeToString(key.Public().(ed25519.PublicKey)))
	r.Header.Set(HeaderTime, strconv.FormatInt(ms, 10))
	r.Header.Set(HeaderSig, hex.EncodeToString(ed25519.Sign(key, SigningBytes(r.Method, r.URL.Path, ms, body))))
}

// Admit checks what r's header alone can tell, before its body is read:
// the client certificate's key is an active node, or else the signature
// headers name an active node with a timestamp in the window. Verify must
// still check the signature over the body.
func Admit(r *http.Request, now time.Time, isNode func(ed25519.PublicKey) bool) error {
	if pub, ok := PeerKey(r); ok {
		if !isNode(pub) {
			return ErrNotANode
		}
		return nil
	}
	pub, ms, err := signedHeader(r)
	if err != nil {
		return err
	}
	if err := fresh(ms, now); err != nil {
		return err
	}
	if !isNode(pub) {
		return ErrNotANode
	}
	return nil
}

// signedHeader is the sender key and timestamp of a signed request.
func signedHeader(r *http.Request) (ed25519.PublicKey, int64, error) {
	nodeHex, tsStr, sigHex := r.Header.Get(HeaderNode), r.Header.Get(HeaderTime), r.Header.Get(HeaderSig)
	if nodeHex == "" || tsStr == "" || sigHex == "" {
		return nil, 0, ErrUnsigned
	}
	pub, err := hex.DecodeString(nodeHex)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return nil, 0, ErrBadNodeKey
	}
	ms, err := strconv.ParseInt(tsStr, 10, 64)
	if err != nil {
		return nil, 0, ErrBadTimeStmp
	}
	return pub, ms, nil
}

func fresh(ms int64, now time.Time) error {
	if d := now.Sub(time.UnixMilli(ms)); d > MaxSkew || d < -MaxSkew {
		return fmt.Errorf("%w (%s off)", ErrStale, d.Round(time.Second))
	}
	return nil
}

// Verify checks r's signature over body, its age, and that isNode accepts
// the sender; it returns the sender's key.
//
// A request that came with a node's client certificate needs no signature:
// the certificate's key is the sender.
func Verify(r *http.Request, body []byte, now time.Time, isNode func(ed25519.PublicKey) bool) (ed25519.PublicKey, error) {
	if pub, ok := PeerKey(r); ok {
		if !isNode(pub) {
			return nil, ErrNotANode
		}
		return pub, nil
	}
	pub, ms, err := signedHeader(r)
	if err != nil {
		return nil, err
	}
	if err := fresh(ms, now); err != nil {
		return nil, err
	}
	sig, err := hex.DecodeString(r.Header.Get(HeaderSig))
	if err != nil || len(sig) != ed25519.SignatureSize || !ed25519.Verify(pub, SigningBytes(r.Method, r.URL.Path, ms, body), sig) {
		return nil, ErrBadSig
	}
	if !isNode(pub) {
		return nil, ErrNotANode
	}
	return pub, nil
}
