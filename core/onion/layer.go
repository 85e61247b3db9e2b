package onion

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
)

// OuterControl is the JSON after the ciphertext of a body as a hop receives
// it. Keys are in the sorted order nlohmann::json writes them in Session,
// so that the bytes look alike (no reader depends on the order).
type OuterControl struct {
	EncType      EncType `json:"enc_type,omitempty"` // absent means aes-gcm, as in Session
	EphemeralKey string  `json:"ephemeral_key"`      // X25519, hex
	// HopNo counts hops; a node refuses a request past MaxHops. Session
	// accepts it on its HTTP entry and carries it between nodes; the client
	// may start above 0 to hide its position.
	HopNo int `json:"hop_no,omitempty"`
}

// FinalControl is the JSON of the destination's layer. The presence of
// "headers" (libsession sends an empty string) is what marks it; the inner
// bytes are a storage RPC request {"method","params"}.
type FinalControl struct {
	Headers json.RawMessage `json:"headers"`
	// JSON asks for a JSON reply body to be embedded as JSON rather than as
	// a string (Session's "json" option, default false).
	JSON *bool `json:"json,omitempty"`
	// Base64 asks for the encrypted reply to be base64-encoded (Session's
	// "base64" option, default true).
	Base64 *bool `json:"base64,omitempty"`
}

// ForwardControl is the JSON of a layer to pass on: the inner bytes are the
// next hop's ciphertext.
type ForwardControl struct {
	Destination  string  `json:"destination"`        // next node's Ed25519 key, hex
	EncType      EncType `json:"enc_type,omitempty"` // absent means aes-gcm, as in Session
	EphemeralKey string  `json:"ephemeral_key"`      // X25519 key for the next hop, hex
}

// LayerKind says what a decrypted layer asks of the node.
type LayerKind int

// The two kinds of layer of DESIGN.md §10.
const (
	// LayerFinal: this node is the destination.
	LayerFinal LayerKind = iota + 1
	// LayerForward: pass the inner bytes on to Destination.
	LayerForward
)

func (k LayerKind) String() string {
	switch k {
	case LayerFinal:
		return "final"
	case LayerForward:
		return "forward"
	}
	return fmt.Sprintf("LayerKind(%d)", int(k))
}

// Layer is a decrypted, validated layer.
type Layer struct {
	Kind LayerKind
	// Inner is the storage RPC request (final) or the next hop's ciphertext
	// (forward). It aliases the plaintext given to ParseLayer.
	Inner []byte

	// Final only: Session's reply options.
	JSONBody bool // embed a JSON reply body as JSON
	Base64   bool // base64-encode the encrypted reply

	// Forward only.
	Destination  ed25519.PublicKey
	EphemeralKey []byte
	EncType      EncType
}

// ParseLayer reads a decrypted layer: [u32 N][N inner bytes][JSON]. As in
// Session's process_inner_request, "headers" makes it final whatever else
// the JSON holds; otherwise it must name a destination and an ephemeral key
// of 32 bytes in hex, and an enc_type this package knows (absent means
// aes-gcm). Session's third kind, "host" (proxy to a non-node server), is
// not part of this network and is refused with ErrUnsupportedLayer.
func ParseLayer(plaintext []byte) (*Layer, error) {
	inner, meta, err := Unframe(plaintext)
	if err != nil {
		return nil, fmt.Errorf("layer: %w", err)
	}
	fields, err := controlFields(meta)
	if err != nil {
		return nil, err
	}
	if _, ok := fields["headers"]; ok {
		return parseFinal(inner, fields)
	}
	if _, ok := fields["host"]; ok {
		return nil, fmt.Errorf("%w: proxy to a server (\"host\")", ErrUnsupportedLayer)
	}
	return parseForward(inner, fields)
}

// controlFields reads a control object into its fields, in one pass.
// Keys are matched exactly, as nlohmann::json does in Session; decoding
// straight into a struct would let encoding/json match them regardless of
// case.
func controlFields(meta []byte) (map[string]any, error) {
	var fields map[string]any
	if err := json.Unmarshal(meta, &fields); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadJSON, err)
	}
	return fields, nil
}

// field reads an optional field of the type T; present reports whether it
// was there. Numbers must be whole and within ±2^31.
func field[T string | bool | int](fields map[string]any, name string) (v T, present bool, err error) {
	raw, ok := fields[name]
	if !ok {
		return v, false, nil
	}
	bad := func() (T, bool, error) {
		var zero T
		return zero, true, fmt.Errorf("%w: %q: want a %T, got %T", ErrBadLayer, name, zero, raw)
	}
	switch p := any(&v).(type) {
	case *string:
		s, ok := raw.(string)
		if !ok {
			return bad()
		}
		*p = s
	case *bool:
		b, ok := raw.(bool)
		if !ok {
			return bad()
		}
		*p = b
	case *int:
		f, ok := raw.(float64)
		if !ok || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
			return bad()
		}
		*p = int(f)
	}
	return v, true, nil
}

func parseFinal(inner []byte, fields map[string]any) (*Layer, error) {
	l := &Layer{Kind: LayerFinal, Inner: inner, Base64: true}
	jsonBody, ok, err := field[bool](fields, "json")
	if err != nil {
		return nil, err
	}
	if ok {
		l.JSONBody = jsonBody
	}
	b64, ok, err := field[bool](fields, "base64")
	if err != nil {
		return nil, err
	}
	if ok {
		l.Base64 = b64
	}
	return l, nil
}

func parseForward(inner []byte, fields map[string]any) (*Layer, error) {
	destHex, okDest, err := field[string](fields, "destination")
	if err != nil {
		return nil, err
	}
	ephHex, okEph, err := field[string](fields, "ephemeral_key")
	if err != nil {
		return nil, err
	}
	if !okDest || !okEph {
		return nil, fmt.Errorf("%w: neither \"headers\" nor \"destination\" and \"ephemeral_key\"", ErrBadLayer)
	}
	dest, err := hexKey("destination", destHex)
	if err != nil {
		return nil, err
	}
	eph, err := hexKey("ephemeral_key", ephHex)
	if err != nil {
		return nil, err
	}
	enc, err := encTypeField(fields)
	if err != nil {
		return nil, err
	}
	return &Layer{Kind: LayerForward, Inner: inner, Destination: ed25519.PublicKey(dest), EphemeralKey: eph, EncType: enc}, nil
}

// encTypeField reads an optional enc_type: Session uses aes-gcm when the
// key is absent (but refuses an empty string, as this does).
func encTypeField(fields map[string]any) (EncType, error) {
	s, ok, err := field[string](fields, "enc_type")
	if err != nil {
		return "", err
	}
	if !ok {
		return AESGCM, nil
	}
	return ParseEncType(s)
}

// hexKey decodes a 32-byte key written as 64 hex digits (either case, as
// oxenc::from_hex reads them).
func hexKey(name, s string) ([]byte, error) {
	if len(s) != 2*KeySize {
		return nil, fmt.Errorf("%w: %s has %d hex digits, want %d", ErrBadKey, name, len(s), 2*KeySize)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadKey, name, err)
	}
	return b, nil
}
