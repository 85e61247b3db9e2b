package onion

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"strconv"
)

// Forward is a peeled layer to pass on.
type Forward struct {
	Destination ed25519.PublicKey // next node's Ed25519 key
	Body        []byte            // the request body to POST to it, framed like the one received
}

// Final is a peeled layer addressed to this node.
type Final struct {
	Request  []byte  // the storage RPC request {"method","params"}
	EncType  EncType // the cipher for the reply
	ReplyKey []byte  // the key for SealReply
	JSONBody bool    // Session's "json" reply option
	Base64   bool    // Session's "base64" reply option (true unless the client said false)
}

// Peel removes this node's layer from a request body: it reads the outer
// control JSON, opens the ciphertext with the node key and reads the layer.
// Exactly one of fwd and fin is set when err is nil.
func (k *NodeKey) Peel(body []byte) (fwd *Forward, fin *Final, err error) {
	ciphertext, meta, err := Unframe(body)
	if err != nil {
		return nil, nil, fmt.Errorf("request body: %w", err)
	}
	eph, enc, hopNo, err := parseOuter(meta)
	if err != nil {
		return nil, nil, err
	}
	plaintext, key, err := k.Open(enc, eph, ciphertext)
	if err != nil {
		return nil, nil, err
	}
	layer, err := ParseLayer(plaintext)
	if err != nil {
		return nil, nil, err
	}
	if layer.Kind == LayerFinal {
		return nil, &Final{Request: layer.Inner, EncType: enc, ReplyKey: key, JSONBody: layer.JSONBody, Base64: layer.Base64}, nil
	}
	next := hopNo + 1
	if next >= MaxHops {
		return nil, nil, fmt.Errorf("%w: hop %d would forward past the last allowed hop", ErrTooManyHops, hopNo)
	}
	meta = outerMeta(layer.EncType, layer.EphemeralKey, next)
	return &Forward{Destination: layer.Destination, Body: Frame(layer.Inner, meta)}, nil, nil
}

// Peel is NodeKey.Peel for a one-off call with a raw X25519 private key. A
// node should keep a NodeKey instead (see NodeKey).
func Peel(body, nodeX25519Priv []byte) (*Forward, *Final, error) {
	k, err := NewNodeKey(nodeX25519Priv)
	if err != nil {
		return nil, nil, err
	}
	return k.Peel(body)
}

// parseOuter reads the control JSON of a received body: the ephemeral key
// (required), the cipher (aes-gcm when absent) and the hop number (0 when
// absent; Session clamps negative numbers to 0 and so does this).
func parseOuter(meta []byte) (eph []byte, enc EncType, hopNo int, err error) {
	fields, err := controlFields(meta)
	if err != nil {
		return nil, "", 0, err
	}
	ephHex, ok, err := field[string](fields, "ephemeral_key")
	if err != nil {
		return nil, "", 0, err
	}
	if !ok {
		return nil, "", 0, fmt.Errorf("%w: no \"ephemeral_key\"", ErrBadLayer)
	}
	if eph, err = hexKey("ephemeral_key", ephHex); err != nil {
		return nil, "", 0, err
	}
	if enc, err = encTypeField(fields); err != nil {
		return nil, "", 0, err
	}
	if hopNo, _, err = field[int](fields, "hop_no"); err != nil {
		return nil, "", 0, err
	}
	if hopNo >= MaxHops {
		return nil, "", 0, fmt.Errorf("%w: hop %d", ErrTooManyHops, hopNo)
	}
	return eph, enc, max(hopNo, 0), nil
}

// outerMeta is the JSON mustJSON(OuterControl{...}) gives for a forward
// (enc_type set, hop_no above 0), written directly: every hop builds one.
func outerMeta(enc EncType, eph []byte, hopNo int) []byte {
	b := make([]byte, 0, 48+len(enc)+2*len(eph))
	b = append(b, `{"enc_type":"`...)
	b = append(b, enc...)
	b = append(b, `","ephemeral_key":"`...)
	b = hex.AppendEncode(b, eph)
	b = append(b, `","hop_no":`...)
	b = strconv.AppendInt(b, int64(hopNo), 10)
	return append(b, '}')
}
