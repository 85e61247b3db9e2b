package onion

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
)

// MaxHops is the longest path a node forwards along: Session's
// MAX_ONION_HOPS. Clients use 3 relays; the limit leaves room for a client
// that starts its hop count above 0 to hide where a relay sits in the path.
const MaxHops = 15

// Hop is a node on a path.
type Hop struct {
	Ed25519 ed25519.PublicKey
	// X25519 is the node's onion key when the caller already has it (the
	// conversion from Ed25519 costs a scalar multiplication); when nil it is
	// derived from Ed25519.
	X25519 []byte
}

func (h Hop) onionKey() ([]byte, error) {
	if h.X25519 != nil {
		if len(h.X25519) != KeySize {
			return nil, fmt.Errorf("%w: x25519 key of %d bytes, want %d", ErrBadKey, len(h.X25519), KeySize)
		}
		return h.X25519, nil
	}
	return EdPublicToX25519(h.Ed25519)
}

// finalMeta is the destination's control JSON: "headers" with an empty
// string, as libsession-util's builder writes it.
var finalMeta = mustJSON(FinalControl{Headers: json.RawMessage(`""`)})

// Build wraps a storage RPC request for path, whose last node is the
// destination (the storage node) and whose first node receives the returned
// body. It encrypts from the destination outwards, each layer with a fresh
// ephemeral key, as libsession-util's Builder does, and returns the key
// with which the destination will encrypt its reply (see OpenReply).
//
// A path holds 1 to MaxHops nodes. Session counts its 3 relays and the
// destination separately; here the destination is the last element, so a
// Session-style request is a path of 4.
func Build(path []Hop, request []byte, enc EncType) (outerBody []byte, firstHop Hop, replyKey []byte, err error) {
	return buildFrom(path, request, enc, rand.Reader)
}

// buildFrom is Build with its entropy given (tests fix it).
func buildFrom(path []Hop, request []byte, enc EncType, entropy io.Reader) (outerBody []byte, firstHop Hop, replyKey []byte, err error) {
	switch {
	case len(path) == 0:
		return nil, Hop{}, nil, ErrNoHops
	case len(path) > MaxHops:
		return nil, Hop{}, nil, fmt.Errorf("%w: path of %d, at most %d", ErrTooManyHops, len(path), MaxHops)
	}
	if _, err := ParseEncType(string(enc)); err != nil {
		return nil, Hop{}, nil, err
	}
	last := len(path) - 1
	plaintext := Frame(request, finalMeta)
	var ciphertext, ephPub []byte
	for i := last; i >= 0; i-- {
		if i < last {
			if len(path[i+1].Ed25519) != ed25519.PublicKeySize {
				return nil, Hop{}, nil, fmt.Errorf("%w: hop %d: ed25519 key of %d bytes", ErrBadKey, i+1, len(path[i+1].Ed25519))
			}
			meta := mustJSON(ForwardControl{
				Destination:  hex.EncodeToString(path[i+1].Ed25519),
				EncType:      enc,
				EphemeralKey: hex.EncodeToString(ephPub),
			})
			plaintext = Frame(ciphertext, meta)
		}
		nodePub, err := path[i].onionKey()
		if err != nil {
			return nil, Hop{}, nil, fmt.Errorf("hop %d: %w", i, err)
		}
		var key []byte
		ciphertext, ephPub, key, err = sealFrom(enc, nodePub, plaintext, entropy)
		if err != nil {
			return nil, Hop{}, nil, fmt.Errorf("hop %d: %w", i, err)
		}
		if i == last {
			replyKey = key
		}
	}
	outer := mustJSON(OuterControl{EncType: enc, EphemeralKey: hex.EncodeToString(ephPub)})
	return Frame(ciphertext, outer), path[0], replyKey, nil
}

// mustJSON marshals the package's own control types, which cannot fail.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("onion: marshal %T: %v", v, err))
	}
	return b
}
