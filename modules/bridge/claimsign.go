package bridge

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/plugins/kit"
)

// ClaimSignPath is the public endpoint where a node signs an address's
// cumulative reward balance for the staking contract's
// updateRewardsBalance.
const ClaimSignPath = "/rewards/v1/sign"

// Bounds of the signing endpoint.
const (
	// MaxClaimSignBody bounds a request: {"address":"0x…40…","height":N}
	// is under 100 bytes, so anything near this is not a request.
	MaxClaimSignBody = 1024
	// DefaultSignWindow is how many recent heights a node signs for: a
	// claimant gathers signatures of the same height from many nodes, which
	// commit blocks at slightly different times.
	DefaultSignWindow = 100
	// maxSignWindow keeps the window within what a node keeps unpruned.
	maxSignWindow = 100_000
)

// ClaimHost is what the signer needs of the host (kit.Host has it): the
// workchain's state at a height, and the node's BLS signature.
type ClaimHost interface {
	Query(ctx context.Context, path string, height int64) ([]byte, int64, error)
	Sign(ctx context.Context, domain string, msg []byte) (sig, pub []byte, err error)
}

// ClaimSigner answers POST /rewards/v1/sign (served by SigningRoutes).
type ClaimSigner struct {
	host   ClaimHost
	window int64
	tag    tagCache // the contract's rewardTag
	log    zerolog.Logger
}

// NewClaimSigner signs for the last window heights; readTag reads the
// staking contract's rewardTag() (read once it succeeds, then cached: the
// tag is fixed by the contract's chain id and address).
func NewClaimSigner(host ClaimHost, window int64, readTag func(context.Context) ([32]byte, error), log zerolog.Logger) *ClaimSigner {
	return &ClaimSigner{host: host, window: window, tag: tagCache{read: readTag}, log: log}
}

// ClaimSignRequest is the endpoint's request body.
type ClaimSignRequest struct {
	Address string `json:"address"`
	Height  *int64 `json:"height"`
}

// ClaimSignResponse is its answer: the node's BLS signature over the
// contract's reward message rewardTag ‖ address ‖ uint256 amount, amount
// being the address's accrued total at height (decimal atomic SESH).
type ClaimSignResponse struct {
	Address   common.Address `json:"address"`
	Height    int64          `json:"height"`
	Amount    string         `json:"amount"`
	Signature string         `json:"signature"`  // 0x, 128 bytes: the contract's BLSSignatureParams
	BLSPubkey string         `json:"bls_pubkey"` // 0x, 64 bytes: X ‖ Y
}

// sign reads the balance at the request's height and has the host sign it
// (decodeClaimSignRequest checked the request).
func (s *ClaimSigner) sign(ctx context.Context, req ClaimSignRequest) (*ClaimSignResponse, error) {
	addr := common.HexToAddress(req.Address)
	height := *req.Height
	if err := s.checkHeight(ctx, height); err != nil {
		return nil, err
	}
	amount, err := s.accrued(ctx, addr, height)
	if err != nil {
		return nil, err
	}
	tag, err := s.tag.get(ctx)
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "the staking contract's reward tag is not known yet: %v", err)
	}
	msg, err := bls.RewardMessage(tag, addr, amount)
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "reward message: %v", err)
	}
	sig, pub, err := s.host.Sign(ctx, kit.SignRewards, msg)
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "this node cannot sign: %v", err)
	}
	if len(sig) != bls.SignatureSize || len(pub) != bls.PublicKeySize {
		return nil, refuse(http.StatusServiceUnavailable, "this node's signer answered a %d-byte signature and a %d-byte key", len(sig), len(pub))
	}
	return &ClaimSignResponse{
		Address: addr, Height: height, Amount: amount.String(),
		Signature: "0x" + hex.EncodeToString(sig), BLSPubkey: "0x" + hex.EncodeToString(pub),
	}, nil
}

// decodeClaimSignRequest reads one JSON object of known fields, with a
// 20-byte hex address and a positive height, and nothing after it.
func decodeClaimSignRequest(body io.Reader) (ClaimSignRequest, error) {
	var req ClaimSignRequest
	if err := decodeStrict(body, MaxClaimSignBody, &req); err != nil {
		return req, err
	}
	switch {
	case !isHexAddress(req.Address):
		return req, refuse(http.StatusBadRequest, "address must be 0x and 20 bytes of hex")
	case req.Height == nil:
		return req, refuse(http.StatusBadRequest, "height is missing")
	case *req.Height <= 0:
		return req, refuse(http.StatusBadRequest, "height must be positive")
	}
	return req, nil
}

// decodeStrict reads one JSON object of v's fields from at most max bytes,
// and nothing after it.
func decodeStrict(body io.Reader, maxBytes int, v any) error {
	raw, err := io.ReadAll(io.LimitReader(body, int64(maxBytes)+1))
	if err != nil {
		return refuse(http.StatusBadRequest, "read request: %v", err)
	}
	if len(raw) > maxBytes {
		return refuse(http.StatusRequestEntityTooLarge, "request over %d bytes", maxBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return refuse(http.StatusBadRequest, "request: %v", err)
	}
	// A second value, or a stray ']' or '}', is trailing data (More()
	// misses the closing brackets).
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return refuse(http.StatusBadRequest, "request: trailing data after the object")
	}
	return nil
}

// isHexAddress is common.IsHexAddress with the 0x the endpoint requires.
func isHexAddress(s string) bool {
	return len(s) == 2+2*common.AddressLength && (s[:2] == "0x" || s[:2] == "0X") && common.IsHexAddress(s)
}

// checkHeight refuses a height past the node's latest (404: not yet) or
// older than the window (410: no longer signed for).
func (s *ClaimSigner) checkHeight(ctx context.Context, height int64) error {
	// Any query answers with the latest height; /l2 is one small value
	// (not /params, which joins every module's).
	_, latest, err := s.host.Query(ctx, "/l2", 0)
	if err != nil {
		return refuse(http.StatusServiceUnavailable, "this node cannot read its state: %v", err)
	}
	switch {
	case height > latest:
		return refuse(http.StatusNotFound, "height %d is past this node's latest %d", height, latest)
	case latest-height >= s.window:
		return refuse(http.StatusGone, "height %d is older than the %d heights this node signs for (latest %d)", height, s.window, latest)
	}
	return nil
}

// accrued is the address's cumulative credited amount at height, the
// amount updateRewardsBalance takes (workchain/rewards AccountView.Accrued).
func (s *ClaimSigner) accrued(ctx context.Context, addr common.Address, height int64) (*big.Int, error) {
	raw, at, err := s.host.Query(ctx, "/rewards/"+addr.Hex(), height)
	if err != nil || at != height {
		// Pruned, or a node that answered another height: either way not
		// a balance of the height asked.
		return nil, refuse(http.StatusGone, "this node cannot read height %d", height)
	}
	var view struct {
		Accrued string `json:"accrued"`
	}
	if err := json.Unmarshal(raw, &view); err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "rewards answer: %v", err)
	}
	amount, ok := new(big.Int).SetString(view.Accrued, 10)
	if !ok || amount.Sign() < 0 {
		return nil, refuse(http.StatusServiceUnavailable, "rewards answer: accrued %s is not an amount", strconv.Quote(view.Accrued))
	}
	if amount.Sign() == 0 {
		// /rewards answers zeros for any address, credited or not. A
		// signature over 0 is of no use (updateRewardsBalance wants more
		// than the balance it holds, which is at least 0) and would let
		// anyone make every node sign for any address.
		return nil, refuse(http.StatusNotFound, "nothing was credited to this address as of height %d", height)
	}
	return amount, nil
}
