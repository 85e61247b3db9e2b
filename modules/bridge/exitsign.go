package bridge

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/plugins/kit"
)

// ExitSignPath is the public endpoint where a node signs that another
// node may leave the staking contract: exitBLSPublicKeyWithSignature
// (kind "exit") or liquidateBLSPublicKeyWithSignature ("liquidation").
const ExitSignPath = "/exit/v1/sign"

// Kinds of exit signature.
const (
	ExitKindExit        = "exit"
	ExitKindLiquidation = "liquidation"
)

// Bounds of the exit-signing endpoint.
const (
	// MaxExitSignBody bounds a request: the three fields take under 150
	// bytes.
	MaxExitSignBody = 1024
	// DefaultExitTimestampSkew is how far a request's timestamp may be from
	// this module's clock (exit_timestamp_skew_seconds). Session's oxend
	// allows 3 minutes either way (oxen-core src/bls/bls_aggregator.cpp,
	// BLS_EXIT_REQUEST_MAX_AGE); the contract refuses signatures older than
	// signatureExpiry = 10 minutes.
	DefaultExitTimestampSkew = 300 * time.Second
	// maxExitTimestampSkew is the contract's signatureExpiry: a wider skew
	// signs what cannot be used, and the node's signer refuses it anyway.
	maxExitTimestampSkew = 10 * time.Minute
)

// ExitSignRequest is the endpoint's request body.
type ExitSignRequest struct {
	Ed25519Pubkey string `json:"ed25519_pubkey"` // 64 hex, the leaving node's workchain identity
	Timestamp     *int64 `json:"timestamp"`      // unix seconds, the message's uint256 timestamp
	Kind          string `json:"kind"`           // "exit" or "liquidation"
}

// ExitSignResponse is its answer: this node's BLS signature over the
// contract's message tag ‖ X ‖ Y ‖ uint256 timestamp, X ‖ Y the leaving
// node's BLS key as the workchain records it, tag the contract's exitTag
// or liquidateTag.
type ExitSignResponse struct {
	Ed25519Pubkey   string `json:"ed25519_pubkey"`    // as asked, lower case
	BLSPubkey       string `json:"bls_pubkey"`        // 0x, 64 bytes: the leaving node's X ‖ Y
	Timestamp       int64  `json:"timestamp"`         // as asked
	Kind            string `json:"kind"`              // as asked
	Signature       string `json:"signature"`         // 0x, 128 bytes: the contract's BLSSignatureParams
	SignerBLSPubkey string `json:"signer_bls_pubkey"` // 0x, 64 bytes: this node's key
}

// ExitSigner answers POST /exit/v1/sign (served by SigningRoutes).
type ExitSigner struct {
	host      ClaimHost
	skew      time.Duration
	now       func() time.Time
	exitTag   tagCache
	liquidTag tagCache
	log       zerolog.Logger
}

// NewExitSigner signs exits and liquidations whose timestamp is within
// skew of this module's clock; the read functions read the staking
// contract's exitTag() and liquidateTag() (each read once it succeeds, then
// cached).
func NewExitSigner(host ClaimHost, skew time.Duration, readExitTag, readLiquidateTag func(context.Context) ([32]byte, error), log zerolog.Logger) *ExitSigner {
	return &ExitSigner{
		host: host, skew: skew, now: time.Now,
		exitTag: tagCache{read: readExitTag}, liquidTag: tagCache{read: readLiquidateTag}, log: log,
	}
}

// decodeExitSignRequest reads one JSON object of known fields, with a
// 32-byte hex Ed25519 key, a positive timestamp and a known kind, and
// nothing after it.
func decodeExitSignRequest(body io.Reader) (ExitSignRequest, error) {
	var req ExitSignRequest
	if err := decodeStrict(body, MaxExitSignBody, &req); err != nil {
		return req, err
	}
	switch {
	case !isEd25519Hex(req.Ed25519Pubkey):
		return req, refuse(http.StatusBadRequest, "ed25519_pubkey must be 64 hex digits")
	case req.Timestamp == nil:
		return req, refuse(http.StatusBadRequest, "timestamp is missing")
	case *req.Timestamp <= 0:
		return req, refuse(http.StatusBadRequest, "timestamp must be positive unix seconds")
	case req.Kind != ExitKindExit && req.Kind != ExitKindLiquidation:
		return req, refuse(http.StatusBadRequest, "kind must be %q or %q", ExitKindExit, ExitKindLiquidation)
	}
	return req, nil
}

func isEd25519Hex(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == 32
}

// decode is decodeExitSignRequest and the timestamp's freshness: both are
// checked before a signing slot is taken.
func (s *ExitSigner) decode(body io.Reader) (ExitSignRequest, error) {
	req, err := decodeExitSignRequest(body)
	if err != nil {
		return req, err
	}
	now := s.now().Unix()
	off := *req.Timestamp - now
	if off > int64(s.skew/time.Second) || -off > int64(s.skew/time.Second) {
		// A signature for a later time would stay valid past the contract's
		// expiry of one made now; one for an earlier time expires early.
		return req, refuse(http.StatusBadRequest, "timestamp %d is %d s from this node's clock (%d); at most %d s allowed",
			*req.Timestamp, off, now, int64(s.skew/time.Second))
	}
	return req, nil
}

// exitNode is what the signer reads of the workchain's /node/<hex> answer
// (workchain/app.NodeView): modules do not import the workchain.
type exitNode struct {
	BLS        string `json:"bls"` // hex, no 0x: X ‖ Y
	Stake      string `json:"stake"`
	UnlockTime int64  `json:"unlock_time"`
	State      string `json:"state"`
}

// sign checks on the workchain that the node may leave as asked and has
// the host sign the contract's message.
func (s *ExitSigner) sign(ctx context.Context, req ExitSignRequest) (*ExitSignResponse, error) {
	blockTime, height, err := s.latestBlockTime(ctx)
	if err != nil {
		return nil, err
	}
	node, err := s.node(ctx, req.Ed25519Pubkey, height)
	if err != nil {
		return nil, err
	}
	if err := mayLeave(req.Kind, node, blockTime); err != nil {
		return nil, err
	}
	if req.Kind == ExitKindLiquidation {
		if err := s.liquidatable(ctx, req.Ed25519Pubkey, height); err != nil {
			return nil, err
		}
	}
	pub, err := nodeBLSKey(node)
	if err != nil {
		return nil, err
	}
	msg, domain, err := s.message(ctx, req.Kind, pub, uint64(*req.Timestamp))
	if err != nil {
		return nil, err
	}
	sig, signer, err := s.host.Sign(ctx, domain, msg)
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "this node cannot sign: %v", err)
	}
	if len(sig) != bls.SignatureSize || len(signer) != bls.PublicKeySize {
		return nil, refuse(http.StatusServiceUnavailable, "this node's signer answered a %d-byte signature and a %d-byte key", len(sig), len(signer))
	}
	key := pub.Bytes()
	return &ExitSignResponse{
		Ed25519Pubkey: normHex(req.Ed25519Pubkey), BLSPubkey: "0x" + hex.EncodeToString(key[:]),
		Timestamp: *req.Timestamp, Kind: req.Kind,
		Signature: "0x" + hex.EncodeToString(sig), SignerBLSPubkey: "0x" + hex.EncodeToString(signer),
	}, nil
}

func normHex(s string) string {
	b, _ := hex.DecodeString(s) // decodeExitSignRequest checked it
	return hex.EncodeToString(b)
}

// latestBlockTime is the time of the workchain's latest block and its
// height. The host's query answers a height but not its time; the rewards
// pool records the time of every block it begins (/pool last_block_time,
// set in each BeginBlock), so it is the latest block's time.
func (s *ExitSigner) latestBlockTime(ctx context.Context) (int64, int64, error) {
	raw, height, err := s.host.Query(ctx, "/pool", 0)
	if err != nil {
		return 0, 0, refuse(http.StatusServiceUnavailable, "this node cannot read its state: %v", err)
	}
	var pool struct {
		LastBlockTime int64 `json:"last_block_time"`
	}
	if err := json.Unmarshal(raw, &pool); err != nil || pool.LastBlockTime <= 0 {
		return 0, 0, refuse(http.StatusServiceUnavailable, "this node does not know its latest block's time")
	}
	return pool.LastBlockTime, height, nil
}

// node reads the leaving node's record at height. The state at height was
// just read (/pool), so a query that fails now is a node the workchain
// does not know (the host's query errors carry no kind to tell).
func (s *ExitSigner) node(ctx context.Context, edHex string, height int64) (exitNode, error) {
	var n exitNode
	raw, _, err := s.host.Query(ctx, "/node/"+normHex(edHex), height)
	if err != nil {
		return n, refuse(http.StatusNotFound, "no node with this Ed25519 key on the workchain at height %d", height)
	}
	if err := json.Unmarshal(raw, &n); err != nil {
		return n, refuse(http.StatusServiceUnavailable, "node answer: %v", err)
	}
	return n, nil
}

// liquidatable checks that the workchain's punishment record (/punish/<hex>,
// workchain/punish) says the deregistered node's lock and buffer are over:
// a liquidation takes part of the operator's stake, so the network signs
// one only for a key the workchain knows is removable.
func (s *ExitSigner) liquidatable(ctx context.Context, edHex string, height int64) error {
	raw, _, err := s.host.Query(ctx, "/punish/"+normHex(edHex), height)
	if err != nil {
		return refuse(http.StatusConflict, "the workchain has no punishment record of the node at height %d", height)
	}
	var p struct {
		Liquidatable     bool  `json:"liquidatable"`
		LiquidatableTime int64 `json:"liquidatable_time"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return refuse(http.StatusServiceUnavailable, "punishment answer: %v", err)
	}
	if !p.Liquidatable {
		return refuse(http.StatusConflict, "the node's stake is locked: liquidatable from %d", p.LiquidatableTime)
	}
	return nil
}

// Stake and node states of the workchain's registry that the signer
// reads (workchain/registry StakeState, NodeState).
const (
	stakeExiting      = "exiting"
	stakeExited       = "exited"
	stateDeregistered = "deregistered"
)

// mayLeave is the rule: an exit once the workchain shows the node's stake
// unlocked (exited, or exiting with its unlock time reached by the latest
// block); a liquidation once the workchain deregistered it (and, checked
// after, its lock and buffer are over: liquidatable).
func mayLeave(kind string, n exitNode, blockTime int64) error {
	switch kind {
	case ExitKindExit:
		switch {
		case n.Stake == stakeExited:
			return nil
		case n.Stake == stakeExiting && n.UnlockTime <= blockTime:
			return nil
		case n.Stake == stakeExiting:
			return refuse(http.StatusConflict, "the node's exit unlocks at %d, the workchain's latest block is at %d", n.UnlockTime, blockTime)
		}
		return refuse(http.StatusConflict, "the node is not exiting (stake %q, state %q)", n.Stake, n.State)
	case ExitKindLiquidation:
		if n.State == stateDeregistered {
			return nil
		}
		return refuse(http.StatusConflict, "the node is not deregistered (state %q)", n.State)
	}
	return refuse(http.StatusBadRequest, "kind must be %q or %q", ExitKindExit, ExitKindLiquidation)
}

// nodeBLSKey is the node's BLS key as the workchain recorded it from the
// contract's registration.
func nodeBLSKey(n exitNode) (bls.PublicKey, error) {
	raw, err := hex.DecodeString(n.BLS)
	if err != nil || len(raw) != bls.PublicKeySize {
		return bls.PublicKey{}, refuse(http.StatusConflict, "the workchain records no 64-byte BLS key for the node")
	}
	pub, err := bls.PublicKeyFromBytes(raw)
	if err != nil {
		return bls.PublicKey{}, refuse(http.StatusConflict, "the node's recorded BLS key: %v", err)
	}
	return pub, nil
}

// message is the contract's message for kind and the host's signing
// domain for it.
func (s *ExitSigner) message(ctx context.Context, kind string, pub bls.PublicKey, timestamp uint64) ([]byte, string, error) {
	if kind == ExitKindLiquidation {
		tag, err := s.liquidTag.get(ctx)
		if err != nil {
			return nil, "", refuse(http.StatusServiceUnavailable, "the staking contract's liquidate tag is not known yet: %v", err)
		}
		return bls.LiquidateMessage(tag, pub, timestamp), kit.SignLiquidation, nil
	}
	tag, err := s.exitTag.get(ctx)
	if err != nil {
		return nil, "", refuse(http.StatusServiceUnavailable, "the staking contract's exit tag is not known yet: %v", err)
	}
	return bls.ExitMessage(tag, pub, timestamp), kit.SignExit, nil
}
