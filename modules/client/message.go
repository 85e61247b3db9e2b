package client

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"golang.org/x/crypto/nacl/box"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
)

// MaxMessageSize is the largest message data a storage node takes
// (DESIGN.md §9), after encryption.
const MaxMessageSize = 76_800

// envelope is the plaintext of a message, sealed to the recipient.
//
// From, Text, Sent and AfterReadMs are the message. Ed25519 and Sig are an
// addition of this client: the sender's Ed25519 key and its signature over
// envelopeSigning, which bind the claimed sender and the recipient (an
// anonymous box alone lets anyone claim any sender). A message without them
// is still read, marked unverified.
type envelope struct {
	From        string `json:"from"`
	Text        string `json:"text"`
	Sent        int64  `json:"sent"`
	AfterReadMs int64  `json:"after_read_ms"`
	Ed25519     string `json:"ed25519,omitempty"`
	Sig         string `json:"sig,omitempty"`
}

// envelopeDomain separates these signatures from every other use of the key.
const envelopeDomain = "seshnet-msg-v1"

// envelopeSigning is what a sender signs: the domain ‖ recipient (33 bytes)
// ‖ sender (33 bytes) ‖ sent ‖ "|" ‖ after_read_ms ‖ "|" ‖ text, the numbers
// in decimal. The text comes last and the numbers hold no "|", so the parts
// cannot be shifted.
func envelopeSigning(to, from sessionid.Account, sent, afterReadMs int64, text string) []byte {
	b := make([]byte, 0, len(envelopeDomain)+2*sessionid.Size+44+len(text))
	b = append(b, envelopeDomain...)
	b = append(b, to[:]...)
	b = append(b, from[:]...)
	b = strconv.AppendInt(b, sent, 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, afterReadMs, 10)
	b = append(b, '|')
	return append(b, text...)
}

// Message is an opened message.
type Message struct {
	From      sessionid.Account
	Verified  bool // the sender signed it (From is authentic)
	Text      string
	Sent      time.Time
	AfterRead time.Duration
}

// Errors of opening a message.
var (
	// ErrDecrypt: the message is not for this key, or was altered.
	ErrDecrypt = errors.New("client: message cannot be decrypted with this key")
	// ErrBadEnvelope: it decrypted, but the contents are not a message.
	ErrBadEnvelope = errors.New("client: message contents unreadable")
	// ErrForged: the sender signature is present and wrong.
	ErrForged = errors.New("client: message sender signature is invalid")
)

// SealMessage makes the data of a message from the sender's key to the
// recipient's Session ID.
func SealMessage(rand io.Reader, from ed25519.PrivateKey, to sessionid.Account, text string, sent time.Time, afterRead time.Duration) ([]byte, error) {
	if to.Prefix() != sessionid.PrefixSession {
		return nil, fmt.Errorf("client: recipient %s… is not a Session ID (05…)", to.Hex()[:8])
	}
	if len(from) != ed25519.PrivateKeySize {
		return nil, errors.New("client: sender key is not an Ed25519 private key")
	}
	pub := from.Public().(ed25519.PublicKey)
	fromAcct, err := sessionid.FromEd25519(pub)
	if err != nil {
		return nil, err
	}
	env := envelope{From: fromAcct.Hex(), Text: text, Sent: sent.UnixMilli(), AfterReadMs: afterRead.Milliseconds(), Ed25519: hex.EncodeToString(pub)}
	env.Sig = base64.StdEncoding.EncodeToString(ed25519.Sign(from, envelopeSigning(to, fromAcct, env.Sent, env.AfterReadMs, text)))
	plain, err := json.Marshal(env)
	if err != nil {
		return nil, fmt.Errorf("client: message: %w", err)
	}
	recipient := to.Key()
	data, err := box.SealAnonymous(nil, plain, &recipient, rand)
	if err != nil {
		return nil, fmt.Errorf("client: seal message: %w", err)
	}
	if len(data) > MaxMessageSize {
		return nil, fmt.Errorf("%w: %d bytes encrypted, at most %d", ErrTooLarge, len(data), MaxMessageSize)
	}
	return data, nil
}

// OpenMessage opens message data with the recipient's Ed25519 key.
func OpenMessage(key ed25519.PrivateKey, data []byte) (Message, error) {
	me, err := accountOf(key)
	if err != nil {
		return Message{}, err
	}
	xpriv, err := onion.EdPrivateToX25519(key)
	if err != nil {
		return Message{}, err
	}
	var priv, pub [32]byte
	copy(priv[:], xpriv)
	clear(xpriv)
	pub = me.Key()
	plain, ok := box.OpenAnonymous(nil, data, &pub, &priv)
	clear(priv[:])
	if !ok {
		return Message{}, ErrDecrypt
	}
	var env envelope
	dec := json.NewDecoder(bytes.NewReader(plain))
	if err := dec.Decode(&env); err != nil {
		return Message{}, fmt.Errorf("%w: %w", ErrBadEnvelope, err)
	}
	from, err := sessionid.Parse(env.From)
	if err != nil || from.Prefix() != sessionid.PrefixSession {
		return Message{}, fmt.Errorf("%w: sender is not a Session ID", ErrBadEnvelope)
	}
	if env.AfterReadMs < 0 {
		return Message{}, fmt.Errorf("%w: negative after_read_ms", ErrBadEnvelope)
	}
	m := Message{From: from, Text: env.Text, Sent: time.UnixMilli(env.Sent), AfterRead: time.Duration(env.AfterReadMs) * time.Millisecond}
	if env.Ed25519 != "" || env.Sig != "" {
		if err := checkSender(me, from, env); err != nil {
			return Message{}, err
		}
		m.Verified = true
	}
	return m, nil
}

// checkSender checks that the Ed25519 key is the sender's and signed the
// envelope for this recipient.
func checkSender(me, from sessionid.Account, env envelope) error {
	pub, err := hex.DecodeString(env.Ed25519)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: bad sender key", ErrForged)
	}
	derived, err := sessionid.FromEd25519(pub)
	if err != nil || derived != from {
		return fmt.Errorf("%w: the key is not the sender's", ErrForged)
	}
	sig, err := decodeB64(env.Sig)
	if err != nil || len(sig) != ed25519.SignatureSize ||
		!ed25519.Verify(pub, envelopeSigning(me, from, env.Sent, env.AfterReadMs, env.Text), sig) {
		return ErrForged
	}
	return nil
}

// accountOf is the Session ID of an Ed25519 private key.
func accountOf(key ed25519.PrivateKey) (sessionid.Account, error) {
	if len(key) != ed25519.PrivateKeySize {
		return sessionid.Account{}, errors.New("client: not an Ed25519 private key")
	}
	return sessionid.FromEd25519(key.Public().(ed25519.PublicKey))
}
