package onion

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzUnframe: Unframe never panics, and what it accepts frames back to
// the same bytes.
func FuzzUnframe(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 0, '{', '}'})
	f.Add(Frame([]byte("ciphertext"), []byte(`{"ephemeral_key":"00","enc_type":"aes-gcm"}`)))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, '{', '}'})
	f.Add(Frame(nil, []byte(` {"a":[1,2,{"b":null}]} `)))
	f.Fuzz(func(t *testing.T, b []byte) {
		payload, meta, err := Unframe(b)
		if err != nil {
			requireKnown(t, err)
			return
		}
		if !bytes.Equal(Frame(payload, meta), b) {
			t.Fatalf("Frame(Unframe(b)) != b")
		}
	})
}

// FuzzPeel: a node given any body never panics, and every refusal is one of
// the package's errors (a relay maps them to 400 without looking further).
func FuzzPeel(f *testing.F) {
	nodes := []testNode{newTestNode(f, 1), newTestNode(f, 11)}
	hops := []Hop{nodes[0].hop(), nodes[1].hop()}
	for _, enc := range encTypes {
		body, _, _, err := Build(hops, []byte(`{"method":"info","params":{}}`), enc)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(body)
		single, _, _, err := Build(hops[:1], []byte(`{}`), enc)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(single)
	}
	f.Add([]byte{})
	f.Add(Frame([]byte("x"), []byte(`{"ephemeral_key":"`+hexOf(make([]byte, 32))+`"}`)))
	f.Add(Frame([]byte("x"), []byte(`{"ephemeral_key":"`+hexOf(nodes[1].key.PublicKey())+`","enc_type":"xchacha20","hop_no":3}`)))
	key := nodes[0].key
	f.Fuzz(func(t *testing.T, body []byte) {
		fwd, fin, err := key.Peel(body)
		if err != nil {
			requireKnown(t, err)
			if fwd != nil || fin != nil {
				t.Fatalf("result with an error")
			}
			return
		}
		if (fwd == nil) == (fin == nil) {
			t.Fatalf("want exactly one of forward and final")
		}
		if fwd != nil {
			if _, _, err := Unframe(fwd.Body); err != nil {
				t.Fatalf("forwarded body does not unframe: %v", err)
			}
		}
	})
}

var knownErrors = []error{
	ErrTruncated, ErrLengthOverflow, ErrBadJSON, ErrTooLarge, ErrUnknownEncType,
	ErrShortCiphertext, ErrDecrypt, ErrLowOrderKey, ErrBadKey, ErrBadEd25519,
	ErrBadLayer, ErrUnsupportedLayer, ErrTooManyHops, ErrNoHops,
}

func requireKnown(t *testing.T, err error) {
	t.Helper()
	for _, k := range knownErrors {
		if errors.Is(err, k) {
			return
		}
	}
	t.Fatalf("error outside the package's set: %v", err)
}
