package client

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	"github.com/seshnet/seshnet/core/sessionid"
)

// keyFileJSON is an account key file: the Ed25519 seed and, for the
// reader's convenience and as a check, the Session ID it gives.
type keyFileJSON struct {
	Ed25519Seed string `json:"ed25519_seed"`
	SessionID   string `json:"session_id"`
}

// ErrKeyFileExists: a key file is never overwritten.
var ErrKeyFileExists = errors.New("client: key file already exists")

// NewKeyFile makes a new account key and writes it to path (mode 0600,
// refused if path exists).
func NewKeyFile(path string, rand io.Reader) (ed25519.PrivateKey, sessionid.Account, error) {
	key, acct, err := sessionid.New(rand)
	if err != nil {
		return nil, sessionid.Account{}, err
	}
	if err := WriteKeyFile(path, key); err != nil {
		return nil, sessionid.Account{}, err
	}
	return key, acct, nil
}

// WriteKeyFile writes key to a new file at path, mode 0600; it refuses to
// replace an existing file.
func WriteKeyFile(path string, key ed25519.PrivateKey) error {
	acct, err := accountOf(key)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(keyFileJSON{Ed25519Seed: hex.EncodeToString(key.Seed()), SessionID: acct.Hex()}, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%w: %s", ErrKeyFileExists, path)
	}
	if err != nil {
		return fmt.Errorf("client: key file: %w", err)
	}
	_, werr := f.Write(append(b, '\n'))
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(path)
		return fmt.Errorf("client: write key file %s: %w", path, err)
	}
	return nil
}

// LoadKeyFile reads a key file. It refuses a file that others can read or
// write, as ssh does, and one whose session_id does not match its seed.
func LoadKeyFile(path string) (ed25519.PrivateKey, sessionid.Account, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file: %w", err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm()&0o077 != 0 {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file %s has mode %04o: other users can reach it; chmod 600 it", path, st.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file: %w", err)
	}
	var kf keyFileJSON
	if err := json.Unmarshal(b, &kf); err != nil {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file %s: %w", path, err)
	}
	seed, err := hex.DecodeString(kf.Ed25519Seed)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file %s: ed25519_seed must be %d bytes of hex", path, ed25519.SeedSize)
	}
	key := ed25519.NewKeyFromSeed(seed)
	clear(seed)
	acct, err := accountOf(key)
	if err != nil {
		return nil, sessionid.Account{}, err
	}
	if kf.SessionID != "" && kf.SessionID != acct.Hex() {
		return nil, sessionid.Account{}, fmt.Errorf("client: key file %s: session_id does not match the seed", path)
	}
	return key, acct, nil
}
