package swarm

import (
	"encoding/base64"
	"encoding/hex"
	"errors"

	"github.com/seshnet/seshnet/core/sessionid"
)

// WireMessage is a message in the pull and push JSON; Data is base64 (the
// encoding/json form of []byte).
type WireMessage struct {
	Hash      string `json:"hash"`
	Account   string `json:"account"` // 66 hex characters
	Namespace int16  `json:"namespace"`
	Timestamp int64  `json:"timestamp"` // unix ms
	Expiry    int64  `json:"expiry"`    // unix ms
	Data      []byte `json:"data"`
}

// ToWire is m as it travels.
func ToWire(m Message) WireMessage {
	return WireMessage{Hash: m.Hash, Account: hex.EncodeToString(m.Account), Namespace: m.Namespace,
		Timestamp: m.Timestamp, Expiry: m.Expiry, Data: m.Data}
}

// Errors of FromWire.
var (
	ErrBadAccount = errors.New("swarm: message account is not 33 bytes of hex")
	ErrBadHash    = errors.New("swarm: message hash does not match its content")
)

// FromWire checks w and returns it as a Message: a peer may not invent a
// hash, so the hash is recomputed from the account, namespace and data.
func FromWire(w WireMessage) (Message, error) {
	acct, err := hex.DecodeString(w.Account)
	if err != nil || len(acct) != sessionid.Size {
		return Message{}, ErrBadAccount
	}
	if sessionid.MessageHash(sessionid.Account(acct), w.Namespace, w.Data) != w.Hash {
		return Message{}, ErrBadHash
	}
	return Message{Hash: w.Hash, Account: acct, Namespace: w.Namespace, Timestamp: w.Timestamp,
		Expiry: w.Expiry, Data: w.Data}, nil
}

// wireSize is about what m adds to a JSON page.
func wireSize(m Message) int {
	return 160 + len(m.Hash) + 2*len(m.Account) + base64.StdEncoding.EncodedLen(len(m.Data))
}
