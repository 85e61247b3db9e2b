// Package govvote builds and signs governance votes the way a wallet does:
// EIP-712 typed data (eth_signTypedData_v4) through go-ethereum's apitypes,
// independent of the workchain's own digest code, so that a vote made here
// is also a check of that code.
package govvote

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Domain is the EIP-712 domain of a network's votes, as the workchain's
// gov/domain query answers it.
type Domain struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	ChainID           uint64 `json:"chain_id"`
	VerifyingContract string `json:"verifying_contract"`
}

// Options by name, numbered as cosmos x/gov numbers them.
var options = map[string]uint8{"yes": 1, "abstain": 2, "no": 3, "veto": 4}

// OptionName is the name of a vote option, or its number if unknown.
func OptionName(o uint8) string {
	for name, n := range options {
		if n == o {
			return name
		}
	}
	return strconv.Itoa(int(o))
}

// ParseOption reads yes, no, abstain or veto (or their numbers 1..4).
func ParseOption(s string) (uint8, error) {
	if n, ok := options[strings.ToLower(s)]; ok {
		return n, nil
	}
	if n, err := strconv.ParseUint(s, 10, 8); err == nil && n >= 1 && n <= 4 {
		return uint8(n), nil
	}
	return 0, fmt.Errorf("vote option %q: want yes, no, abstain or veto", s)
}

// TypedData is the vote as a wallet signs it.
func TypedData(d Domain, proposal uint64, option uint8, nonce uint64) apitypes.TypedData {
	chainID := math.HexOrDecimal256(*new(big.Int).SetUint64(d.ChainID))
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Vote": {{Name: "proposal", Type: "uint64"}, {Name: "option", Type: "uint8"}, {Name: "nonce", Type: "uint64"}},
		},
		PrimaryType: "Vote",
		Domain: apitypes.TypedDataDomain{
			Name: d.Name, Version: d.Version, ChainId: &chainID,
			VerifyingContract: common.HexToAddress(d.VerifyingContract).Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"proposal": strconv.FormatUint(proposal, 10),
			"option":   strconv.FormatUint(uint64(option), 10),
			"nonce":    strconv.FormatUint(nonce, 10),
		},
	}
}

// JSON is the typed data as eth_signTypedData_v4 takes it.
func JSON(td apitypes.TypedData) ([]byte, error) { return json.MarshalIndent(td, "", "  ") }

// Digest is the hash a wallet signs.
func Digest(td apitypes.TypedData) ([]byte, error) {
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, fmt.Errorf("eip-712 hash: %w", err)
	}
	return h, nil
}

// Sign signs the typed data as a wallet does: 65 bytes r||s||v, v 27 or 28.
func Sign(td apitypes.TypedData, key *ecdsa.PrivateKey) ([]byte, error) {
	h, err := Digest(td)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(h, key)
	if err != nil {
		return nil, fmt.Errorf("sign vote: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover is the address that made sig over the typed data (v 0/1 or
// 27/28), to check a signature pasted from a wallet before sending it.
func Recover(td apitypes.TypedData, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want 65", len(sig))
	}
	h, err := Digest(td)
	if err != nil {
		return common.Address{}, err
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(h, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover the signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
