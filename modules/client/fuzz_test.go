package client

import (
	"crypto/ed25519"
	"crypto/rand"
	"testing"
	"time"

	"golang.org/x/crypto/nacl/box"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
)

// FuzzOpenMessage: anyone may store a message for anyone (namespace 0 takes
// unauthenticated stores), so the plaintext inside a sealed box is the
// attacker's choice. Opening it never panics, and what it accepts names a
// Session ID as sender.
func FuzzOpenMessage(f *testing.F) {
	recipient := ed25519.NewKeyFromSeed(make([]byte, 32))
	to, err := sessionid.FromEd25519(recipient.Public().(ed25519.PublicKey))
	if err != nil {
		f.Fatal(err)
	}
	sender := ed25519.NewKeyFromSeed(append(make([]byte, 31), 1))
	good, err := SealMessage(rand.Reader, sender, to, "hello", time.UnixMilli(1_700_000_000_000), time.Minute)
	if err != nil {
		f.Fatal(err)
	}
	plain, err := openPlain(recipient, to, good)
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][]byte{plain, nil, []byte(`{}`), []byte(`{"from":"05","text":1}`), []byte(`{"from":"` + to.Hex() + `","after_read_ms":-1}`), []byte(`[`)} {
		f.Add(seed)
	}
	pub := to.Key()
	f.Fuzz(func(t *testing.T, plain []byte) {
		data, err := box.SealAnonymous(nil, plain, &pub, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		m, err := OpenMessage(recipient, data)
		if err != nil {
			return
		}
		if m.From.Prefix() != sessionid.PrefixSession || m.AfterRead < 0 {
			t.Fatalf("accepted a message from %q with after-read %s", m.From.Hex(), m.AfterRead)
		}
	})
}

// openPlain opens data to the box's plaintext, for seeding the fuzzer.
func openPlain(key ed25519.PrivateKey, me sessionid.Account, data []byte) ([]byte, error) {
	xpriv, err := onion.EdPrivateToX25519(key)
	if err != nil {
		return nil, err
	}
	var x [32]byte
	copy(x[:], xpriv)
	pub := me.Key()
	plain, ok := box.OpenAnonymous(nil, data, &pub, &x)
	if !ok {
		return nil, ErrDecrypt
	}
	return plain, nil
}
