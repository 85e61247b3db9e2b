package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/plugins/protocol"
	"github.com/seshnet/seshnet/workchain/l2"
)

// blsSignFunc makes the node's BN254 signature of msg as Session's staking
// contract verifies it (ServiceNodeRewards, Pairing.pairing2): sk·H(msg) in
// G2, H the contract's try-and-increment hash to G2 with hashToG2Tag as
// its domain separation tag; encoded as the contract's BLSSignatureParams,
// sigs0..sigs3, 32 bytes each.
type blsSignFunc func(secret *big.Int, hashToG2Tag [32]byte, msg []byte) ([]byte, error)

// nodeSigner signs for modules (host.Signer) with the node's keys, which
// never leave seshd: a module gets signatures only.
type nodeSigner struct {
	ed25519 ed25519.PrivateKey
	// bls is nil when the home has no BLS key.
	bls *keys.BLSKey
	// blsSign makes the BN254 signature (signCoreBLS; tests swap it).
	blsSign blsSignFunc
	// l2 reads the chain's L2 settings (the /l2 query).
	l2 func(ctx context.Context) (l2.Genesis, error)
	// now is the node's clock (time.Now; tests fix it), against which
	// exit and liquidation timestamps are checked.
	now func() time.Time
}

// Sign signs msg in domain. The host has checked that the module may use
// the domain and the message's size.
func (s *nodeSigner) Sign(ctx context.Context, domain string, msg []byte) (sig, pub []byte, err error) {
	switch {
	case domain == protocol.SignEd25519:
		return ed25519.Sign(s.ed25519, protocol.Ed25519Message(msg)), s.ed25519.Public().(ed25519.PublicKey), nil
	case protocol.BLSSignDomain(domain):
		return s.signBLS(ctx, domain, msg)
	}
	return nil, nil, fmt.Errorf("unknown signing domain %q", domain)
}

// signBLS signs one of the staking contract's messages, once it is sure
// the message is one: of the domain's length, and beginning with the tag
// of the contract the chain follows (so a signature is good for this
// contract only, and never for another domain).
func (s *nodeSigner) signBLS(ctx context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	if s.bls == nil {
		return nil, nil, errors.New("this node has no BLS key (config/bls_key.json)")
	}
	g, err := s.l2(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read the chain's L2 settings: %w", err)
	}
	if g.StakingContract == (common.Address{}) {
		return nil, nil, errors.New("the chain's L2 settings name no staking contract: nothing to sign for")
	}
	tags := contractTagsFor(g.ChainID, g.StakingContract)
	if err := checkBLSMessage(domain, msg, tags, s.bls.Public, s.ed25519.Public().(ed25519.PublicKey)); err != nil {
		return nil, nil, err
	}
	if err := checkExitTimestamp(domain, msg, s.now()); err != nil {
		return nil, nil, err
	}
	sig, err := s.blsSign(s.bls.Secret, tags.HashToG2, msg)
	if err != nil {
		return nil, nil, fmt.Errorf("bls sign: %w", err)
	}
	return sig, bytes.Clone(s.bls.Public[:]), nil
}

// contractTagsFor are the staking contract's signature tags on the chain
// the workchain follows (core/bls.ContractTags: the contract's buildTag).
func contractTagsFor(chainID uint64, contract common.Address) bls.Tags {
	t, err := bls.ContractTags(new(big.Int).SetUint64(chainID), contract)
	if err != nil {
		panic(err) // a uint64 chain id always fits a uint256
	}
	return t
}

// signCoreBLS is sk·H(msg) with the contract's hash to G2 (core/bls),
// encoded as the contract's BLSSignatureParams.
func signCoreBLS(secret *big.Int, hashToG2Tag [32]byte, msg []byte) ([]byte, error) {
	sk, err := bls.SecretKeyFromBig(secret)
	if err != nil {
		return nil, err
	}
	sig, err := bls.Sign(sk, msg, hashToG2Tag)
	if err != nil {
		return nil, err
	}
	b := sig.Bytes()
	return b[:], nil
}

// The contract's messages (abi.encodePacked; session-token-contracts
// ServiceNodeRewards.sol :276, :443-449, :625):
//
//	rewards:              rewardTag ‖ recipient(20) ‖ uint256 rewards     = 84 bytes
//	exit, liquidation:    exitTag|liquidateTag ‖ X ‖ Y ‖ uint256 time    = 128 bytes
//	proof_of_possession:  popTag ‖ X ‖ Y ‖ operator(20) ‖ ed25519(32)     = 148 bytes
const (
	rewardsMessageLen = bls.RewardMessageSize
	exitMessageLen    = bls.ExitMessageSize
	popMessageLen     = bls.ProofOfPossessionMessageSize
)

// checkBLSMessage checks that msg is the contract's message for domain.
// A proof of possession must be for this node's own keys: it vouches that
// the node holds the BLS key registered with its Ed25519 identity.
func checkBLSMessage(domain string, msg []byte, tags bls.Tags, blsPub [64]byte, edPub ed25519.PublicKey) error {
	var want int
	var tag [32]byte
	switch domain {
	case protocol.SignRewards:
		want, tag = rewardsMessageLen, tags.Reward
	case protocol.SignExit:
		want, tag = exitMessageLen, tags.Exit
	case protocol.SignLiquidation:
		want, tag = exitMessageLen, tags.Liquidate
	case protocol.SignProofOfPossession:
		want, tag = popMessageLen, tags.ProofOfPossession
	default:
		return fmt.Errorf("%q is not a BLS signing domain", domain)
	}
	if len(msg) != want {
		return fmt.Errorf("%s message must be %d bytes, got %d", domain, want, len(msg))
	}
	if !bytes.Equal(msg[:32], tag[:]) {
		return fmt.Errorf("the %s message does not begin with the %s tag of the chain's staking contract", domain, domain)
	}
	if domain == protocol.SignProofOfPossession {
		if !bytes.Equal(msg[32:96], blsPub[:]) {
			return errors.New("the proof of possession is for another BLS key than this node's")
		}
		if !bytes.Equal(msg[116:], edPub) {
			return errors.New("the proof of possession is for another Ed25519 key than this node's")
		}
	}
	return nil
}

// maxExitTimestampSkew is how far from the node's clock the timestamp of
// an exit or liquidation message may be: the contract's signatureExpiry
// (ServiceNodeRewards.sol, 10 minutes). The contract refuses a signature
// older than that but not one for a later time, so without this bound a
// compromised module could get a signature that stays valid long after.
const maxExitTimestampSkew = 10 * time.Minute

// checkExitTimestamp refuses an exit or liquidation message (checked by
// checkBLSMessage: 128 bytes) whose uint256 timestamp, its last 32 bytes,
// is more than maxExitTimestampSkew from now.
func checkExitTimestamp(domain string, msg []byte, now time.Time) error {
	if domain != protocol.SignExit && domain != protocol.SignLiquidation {
		return nil
	}
	ts := new(big.Int).SetBytes(msg[len(msg)-32:])
	off := new(big.Int).Sub(ts, big.NewInt(now.Unix()))
	if new(big.Int).Abs(off).Cmp(big.NewInt(int64(maxExitTimestampSkew/time.Second))) > 0 {
		return fmt.Errorf("the %s message's timestamp %s is %s s from this node's clock (%d): at most %d s allowed",
			domain, ts, off, now.Unix(), int64(maxExitTimestampSkew/time.Second))
	}
	return nil
}

// queryFunc answers a workchain query path at a height (0: the latest).
type queryFunc func(ctx context.Context, path string, height int64) ([]byte, int64, error)

// chainL2 reads the chain's L2 settings with the /l2 query of api.
func chainL2(query queryFunc) func(context.Context) (l2.Genesis, error) {
	return func(ctx context.Context) (l2.Genesis, error) {
		raw, _, err := query(ctx, "/l2", 0)
		if err != nil {
			return l2.Genesis{}, err
		}
		var g l2.Genesis
		if err := json.Unmarshal(raw, &g); err != nil {
			return l2.Genesis{}, fmt.Errorf("decode /l2: %w", err)
		}
		return g, nil
	}
}

// newModuleSigner is the signer the plugin host signs for modules with:
// the node's Ed25519 key and, if the home has one, its BLS key.
// query answers the /l2 query (the host API's QueryState).
func newModuleSigner(h Home, nodeKey keys.NodeKey, query queryFunc, log zerolog.Logger) (*nodeSigner, error) {
	s := &nodeSigner{ed25519: nodeKey.Priv, l2: chainL2(query), blsSign: signCoreBLS, now: time.Now}
	bls, err := keys.LoadBLS(h.BLSKey())
	switch {
	case errors.Is(err, fs.ErrNotExist):
		log.Warn().Str("path", h.BLSKey()).Msg("no BLS key: modules cannot have the staking contract's messages signed")
	case err != nil:
		return nil, err
	default:
		s.bls = &bls
	}
	return s, nil
}
