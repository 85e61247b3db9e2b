// Package keys reads and writes the keys a node and an operator hold: the
// node's Ed25519 key (CometBFT's priv_validator_key.json, which is both the
// validator key and the node's identity), its BLS key on BN254, and Ethereum
// secp256k1 keys for stakers and voters. Key files are written 0600.
package keys

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	cmtcrypto "github.com/cometbft/cometbft/crypto"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/privval"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seshnet/seshnet/core/bls"
)

// NodeKey is the node's Ed25519 identity.
type NodeKey struct{ Priv ed25519.PrivateKey }

// Public returns the 32-byte public key.
func (k NodeKey) Public() ed25519.PublicKey { return k.Priv.Public().(ed25519.PublicKey) }

// LoadNodeKey reads CometBFT's priv_validator_key.json.
func LoadNodeKey(path string) (NodeKey, error) {
	pv := privval.LoadFilePVEmptyState(path, "")
	priv, ok := pv.Key.PrivKey.(cmted.PrivKey)
	if !ok {
		return NodeKey{}, fmt.Errorf("node key %s: type %s, want ed25519", path, pv.Key.PrivKey.Type())
	}
	return NodeKey{Priv: ed25519.PrivateKey(priv)}, nil
}

// GenerateNodeKey writes a new validator key and its empty sign state.
func GenerateNodeKey(keyPath, statePath string) (NodeKey, error) {
	if err := os.MkdirAll(filepath.Dir(keyPath), 0o700); err != nil {
		return NodeKey{}, fmt.Errorf("make key dir: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(statePath), 0o700); err != nil {
		return NodeKey{}, fmt.Errorf("make state dir: %w", err)
	}
	pv, err := privval.LoadOrGenFilePV(keyPath, statePath, func() (cmtcrypto.PrivKey, error) { return cmted.GenPrivKey(), nil })
	if err != nil {
		return NodeKey{}, fmt.Errorf("generate node key: %w", err)
	}
	return NodeKey{Priv: ed25519.PrivateKey(pv.Key.PrivKey.(cmted.PrivKey))}, nil
}

// BLSKey is a BN254 key: a scalar and its G1 public point, as core/bls
// signs and verifies with them (SecretKey, PublicKey).
type BLSKey struct {
	Secret *big.Int
	Public [64]byte // G1 point, x ‖ y, 32 bytes each, big-endian
}

type blsFile struct {
	Secret string `json:"secret"`
	Public string `json:"public"`
}

// GenerateBLS makes a new BLS key.
func GenerateBLS() (BLSKey, error) {
	sk, err := bls.GenerateSecretKey(rand.Reader)
	if err != nil {
		return BLSKey{}, fmt.Errorf("generate bls key: %w", err)
	}
	return blsKeyFrom(sk), nil
}

func blsKeyFrom(sk bls.SecretKey) BLSKey {
	return BLSKey{Secret: sk.Big(), Public: sk.PublicKey().Bytes()}
}

// SecretKey returns the key for core/bls.
func (k BLSKey) SecretKey() (bls.SecretKey, error) {
	sk, err := bls.SecretKeyFromBig(k.Secret)
	if err != nil {
		return bls.SecretKey{}, fmt.Errorf("bls key: %w", err)
	}
	return sk, nil
}

// PublicKey returns the public point for core/bls.
func (k BLSKey) PublicKey() (bls.PublicKey, error) {
	pk, err := bls.PublicKeyFromBytes(k.Public[:])
	if err != nil {
		return bls.PublicKey{}, fmt.Errorf("bls key: %w", err)
	}
	return pk, nil
}

// SaveBLS writes a BLS key file.
func SaveBLS(path string, k BLSKey) error {
	return writeJSON(path, blsFile{Secret: hex.EncodeToString(k.Secret.Bytes()), Public: hex.EncodeToString(k.Public[:])})
}

// LoadBLS reads a BLS key file and checks the public point matches.
func LoadBLS(path string) (BLSKey, error) {
	var f blsFile
	if err := readJSON(path, &f); err != nil {
		return BLSKey{}, err
	}
	sb, err := hex.DecodeString(f.Secret)
	if err != nil {
		return BLSKey{}, fmt.Errorf("bls key %s: secret: %w", path, err)
	}
	secret := new(big.Int).SetBytes(sb)
	sk, err := bls.SecretKeyFromBig(secret)
	if err != nil {
		return BLSKey{}, fmt.Errorf("bls key %s: %w", path, err)
	}
	// Keep the secret as written (it may be ≥ r, as Oxen's keys can be); the
	// public point is the same either way.
	k := BLSKey{Secret: secret, Public: sk.PublicKey().Bytes()}
	if hex.EncodeToString(k.Public[:]) != f.Public {
		return BLSKey{}, fmt.Errorf("bls key %s: public key does not match secret", path)
	}
	return k, nil
}

type ethFile struct {
	Address string `json:"address"`
	Private string `json:"private_key"`
}

// GenerateEth makes a new secp256k1 key.
func GenerateEth() (*ecdsa.PrivateKey, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generate ethereum key: %w", err)
	}
	return k, nil
}

// ParseEthHex reads a private key from hex (with or without 0x).
func ParseEthHex(s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("ethereum private key: %w", err)
	}
	return k, nil
}

// EthAddress is the address of a key.
func EthAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// SaveEth writes an Ethereum key file. It refuses to overwrite one.
func SaveEth(path string, k *ecdsa.PrivateKey) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("ethereum key %s already exists", path)
	}
	return writeJSON(path, ethFile{Address: EthAddress(k).Hex(), Private: hex.EncodeToString(crypto.FromECDSA(k))})
}

// LoadEth reads an Ethereum key file.
func LoadEth(path string) (*ecdsa.PrivateKey, error) {
	var f ethFile
	if err := readJSON(path, &f); err != nil {
		return nil, err
	}
	k, err := ParseEthHex(f.Private)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if f.Address != "" && !strings.EqualFold(f.Address, EthAddress(k).Hex()) {
		return nil, fmt.Errorf("ethereum key %s: address %s does not match key", path, f.Address)
	}
	return k, nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("make dir for %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read key file: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("key file %s: %w", path, err)
	}
	return nil
}

// ErrNoKey is returned when a key file does not exist.
var ErrNoKey = errors.New("key file not found")
