package gov

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/state"
)

// Votes are EIP-712 typed data (docs/governance.md), so a wallet's
// eth_signTypedData_v4 signs one. The workchain computes the digest by
// hand: it is four Keccak-256 hashes over fixed-size words, and a library
// that reads typed data from JSON would be a decoder of outside bytes in
// consensus for no gain.

// Domain is the EIP-712 domain of votes: name = the workchain's chain id,
// version "1", chainId = the L2's chain id, verifyingContract = the
// staking contract (0 and the zero address on a network with no L2).
type Domain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           uint64         `json:"chain_id"`
	VerifyingContract common.Address `json:"verifying_contract"`
}

// DomainVersion is the version of the vote's typed data.
const DomainVersion = "1"

var (
	domainTypeHash = crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	voteTypeHash   = crypto.Keccak256([]byte("Vote(uint64 proposal,uint8 option,uint64 nonce)"))
)

// DomainOf is the domain of the network whose workchain is chainID, with
// the L2 settings in kv.
func DomainOf(kv state.KV, chainID string) (Domain, error) {
	d := Domain{Name: chainID, Version: DomainVersion}
	s, err := l2.Get(kv)
	switch {
	case errors.Is(err, exec.ErrNotFound):
		return d, nil
	case err != nil:
		return d, fmt.Errorf("gov: domain: %w", err)
	}
	d.ChainID, d.VerifyingContract = s.ChainID, s.StakingContract
	return d, nil
}

// Separator is the domain separator, hashStruct(domain).
func (d Domain) Separator() [32]byte {
	buf := make([]byte, 0, 5*32)
	buf = append(buf, domainTypeHash...)
	buf = append(buf, crypto.Keccak256([]byte(d.Name))...)
	buf = append(buf, crypto.Keccak256([]byte(d.Version))...)
	buf = appendWord(buf, d.ChainID)
	buf = append(buf, common.LeftPadBytes(d.VerifyingContract.Bytes(), 32)...)
	return [32]byte(crypto.Keccak256(buf))
}

// VoteDigest is what a voter signs: keccak256(0x19 0x01 ‖ domain
// separator ‖ hashStruct(Vote{proposal, option, nonce})).
func VoteDigest(d Domain, proposal uint64, option uint8, nonce uint64) [32]byte {
	msg := make([]byte, 0, 4*32)
	msg = append(msg, voteTypeHash...)
	msg = appendWord(msg, proposal)
	msg = appendWord(msg, uint64(option))
	msg = appendWord(msg, nonce)
	sep := d.Separator()
	return [32]byte(crypto.Keccak256([]byte{0x19, 0x01}, sep[:], crypto.Keccak256(msg)))
}

// appendWord appends v as a 32-byte big-endian ABI word.
func appendWord(buf []byte, v uint64) []byte {
	buf = append(buf, make([]byte, 24)...)
	return binary.BigEndian.AppendUint64(buf, v)
}

// secp256k1N2 is half the curve order: a signature with a larger s has a
// twin with n − s, so only the low one is taken (one vote, one signature).
var secp256k1N2 = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverVoter returns the address that signed digest. sig is r ‖ s ‖ v
// with v 27/28 (what wallets return) or 0/1; a high s is refused.
func RecoverVoter(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes, want 65", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1N2) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s (malleable)", ErrBadSignature)
	}
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: signature values out of range", ErrBadSignature)
	}
	norm := append(append(make([]byte, 0, 65), sig[:64]...), v)
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// TypedData is the eth_signTypedData_v4 JSON of a vote: what a wallet is
// given to sign (seshd tx gov vote --print-typed-data prints it). The
// message's numbers are decimal strings, which wallets take for uint
// types: a JSON number above 2^53 loses digits in JavaScript (and in
// go-ethereum's typed-data reader), a string does not.
func TypedData(d Domain, proposal uint64, option uint8, nonce uint64) []byte {
	type field struct {
		Name string `json:"name"`
		Type string `json:"type"`
	}
	doc := struct {
		Types       map[string][]field `json:"types"`
		PrimaryType string             `json:"primaryType"`
		Domain      map[string]any     `json:"domain"`
		Message     map[string]string  `json:"message"`
	}{
		Types: map[string][]field{
			"EIP712Domain": {{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}},
			"Vote":         {{"proposal", "uint64"}, {"option", "uint8"}, {"nonce", "uint64"}},
		},
		PrimaryType: "Vote",
		Domain:      map[string]any{"name": d.Name, "version": d.Version, "chainId": d.ChainID, "verifyingContract": d.VerifyingContract.Hex()},
		Message: map[string]string{
			"proposal": strconv.FormatUint(proposal, 10), "option": strconv.Itoa(int(option)), "nonce": strconv.FormatUint(nonce, 10),
		},
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		panic(err) // strings and numbers
	}
	return raw
}
