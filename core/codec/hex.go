package codec

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// Hex is bytes written in JSON as lower-case hex without 0x (keys and
// signatures in state values, queries and L2 event payloads).
type Hex []byte

// MarshalJSON writes hex.
func (h Hex) MarshalJSON() ([]byte, error) { return json.Marshal(hex.EncodeToString(h)) }

// UnmarshalJSON reads hex.
func (h *Hex) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a hex string: %w", err)
	}
	v, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("not hex: %w", err)
	}
	*h = v
	return nil
}

func (h Hex) String() string { return hex.EncodeToString(h) }
