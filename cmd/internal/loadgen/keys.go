package loadgen

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
)

// Key is one entry of the keys file (`seshd testnet --extra-nodes` writes
// DIR/extra-keys.json): a registered non-validator node key to sign with.
type Key struct {
	Ed25519Private string `json:"ed25519_private"`
}

// ReadKeys reads a keys file.
func ReadKeys(path string) ([]ed25519.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read extra keys: %w", err)
	}
	var ks []Key
	if err := json.Unmarshal(raw, &ks); err != nil {
		return nil, fmt.Errorf("extra keys %s: %w", path, err)
	}
	out := make([]ed25519.PrivateKey, 0, len(ks))
	for i, k := range ks {
		b, err := hex.DecodeString(k.Ed25519Private)
		if err != nil || len(b) != ed25519.PrivateKeySize {
			return nil, fmt.Errorf("extra keys %s: entry %d is not a 64-byte hex ed25519 key", path, i)
		}
		out = append(out, ed25519.PrivateKey(b))
	}
	return out, nil
}
