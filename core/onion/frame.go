package onion

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
)

// MaxBodySize is the largest body Unframe reads: the request body limit of
// Session's storage server (MAX_REQUEST_BODY_SIZE, 10 MiB), which bounds an
// onion request at the first hop and therefore every layer inside it.
const MaxBodySize = 10 << 20

// lenPrefix is the size of the little-endian length in front of a payload.
const lenPrefix = 4

// Frame returns [u32 little-endian len(payload)][payload][meta]: the body of
// an onion request, and the plaintext of each of its layers. meta is the
// JSON control object; Frame does not check it (Unframe does).
func Frame(payload, meta []byte) []byte {
	if uint64(len(payload)) > math.MaxUint32 {
		// Unreachable from a request (MaxBodySize is far below): a caller bug.
		panic("onion: payload too large to frame")
	}
	out := make([]byte, lenPrefix+len(payload)+len(meta))
	binary.LittleEndian.PutUint32(out, uint32(len(payload)))
	copy(out[lenPrefix:], payload)
	copy(out[lenPrefix+len(payload):], meta)
	return out
}

// Unframe splits a framed body into its payload and its JSON control
// object. Both alias b. It refuses a body over MaxBodySize, one shorter than
// its length prefix, a length larger than what follows, and a trailing part
// that is not a JSON object: Session's parse_combined_payload throws on the
// same inputs (it reads the JSON with nlohmann::json::parse, and then looks
// keys up in it, which fails for anything but an object).
func Unframe(b []byte) (payload, meta []byte, err error) {
	if len(b) > MaxBodySize {
		return nil, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(b), MaxBodySize)
	}
	if len(b) < lenPrefix {
		return nil, nil, fmt.Errorf("%w: %d bytes, need at least %d", ErrTruncated, len(b), lenPrefix)
	}
	n := uint64(binary.LittleEndian.Uint32(b))
	rest := b[lenPrefix:]
	if n > uint64(len(rest)) {
		return nil, nil, fmt.Errorf("%w: length %d, %d bytes follow", ErrLengthOverflow, n, len(rest))
	}
	payload, meta = rest[:n:n], rest[n:]
	if err := checkJSONObject(meta); err != nil {
		return nil, nil, err
	}
	return payload, meta, nil
}

// checkJSONObject accepts exactly one JSON object, with optional white space.
func checkJSONObject(meta []byte) error {
	trimmed := bytes.TrimLeft(meta, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return fmt.Errorf("%w: no JSON after the payload", ErrBadJSON)
	case trimmed[0] != '{':
		return fmt.Errorf("%w: not a JSON object", ErrBadJSON)
	case !json.Valid(meta):
		return fmt.Errorf("%w: invalid JSON", ErrBadJSON)
	}
	return nil
}
