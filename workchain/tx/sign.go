package tx

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

type bigInt = big.Int

// NewNodeTx builds and signs a transaction from a node key.
func NewNodeTx(chainID string, key ed25519.PrivateKey, nonce uint64, typ string, body []byte) *Tx {
	t := &Tx{
		ChainID: chainID,
		Signer:  Signer{Kind: SignerNode, ID: []byte(key.Public().(ed25519.PublicKey))},
		Nonce:   nonce,
		Type:    typ,
		Body:    body,
	}
	t.Sig = ed25519.Sign(key, t.SignBytes())
	return t
}

// NewEthTx builds and signs a transaction from an Ethereum key.
func NewEthTx(chainID string, key *ecdsa.PrivateKey, nonce uint64, typ string, body []byte) (*Tx, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	t := &Tx{
		ChainID: chainID,
		Signer:  Signer{Kind: SignerEth, ID: addr.Bytes()},
		Nonce:   nonce,
		Type:    typ,
		Body:    body,
	}
	sig, err := crypto.Sign(crypto.Keccak256(t.SignBytes()), key)
	if err != nil {
		return nil, fmt.Errorf("sign transaction: %w", err)
	}
	t.Sig = sig
	return t, nil
}
