package bridge

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"sync"

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

// ClaimSigner answers POST /rewards/v1/sign.
type ClaimSigner struct {
	host    ClaimHost
	window  int64
	readTag func(context.Context) ([32]byte, error)
	log     zerolog.Logger

	mu  sync.Mutex
	tag *[32]byte // the contract's rewardTag, once read
}

// NewClaimSigner signs for the last window heights; readTag reads the
// staking contract's rewardTag() (read once it succeeds, then cached: the
// tag is fixed by the contract's chain id and address).
func NewClaimSigner(host ClaimHost, window int64, readTag func(context.Context) ([32]byte, error), log zerolog.Logger) *ClaimSigner {
	return &ClaimSigner{host: host, window: window, readTag: readTag, log: log}
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

// claimError is a refusal with its HTTP status.
type claimError struct {
	status int
	msg    string
}

func (e *claimError) Error() string { return e.msg }

func refuse(status int, format string, args ...any) *claimError {
	return &claimError{status: status, msg: fmt.Sprintf(format, args...)}
}

// Routes serves the endpoint.
func (s *ClaimSigner) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+ClaimSignPath, s.serveSign)
	return mux
}

func (s *ClaimSigner) serveSign(w http.ResponseWriter, r *http.Request) {
	res, err := s.handle(r)
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		var ce *claimError
		if !errors.As(err, &ce) {
			ce = refuse(http.StatusInternalServerError, "internal error")
		}
		// Debug only: the reasons carry no client address, account or
		// amount, but a public endpoint must not let clients fill the log.
		s.log.Debug().Int("status", ce.status).Str("reason", ce.msg).Msg("claim signature refused")
		w.WriteHeader(ce.status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": ce.msg})
		return
	}
	_ = json.NewEncoder(w).Encode(res)
}

// handle checks the request, reads the balance at its height and has the
// host sign it.
func (s *ClaimSigner) handle(r *http.Request) (*ClaimSignResponse, error) {
	req, err := decodeClaimSignRequest(r.Body)
	if err != nil {
		return nil, err
	}
	addr := common.HexToAddress(req.Address)
	height := *req.Height
	if err := s.checkHeight(r.Context(), height); err != nil {
		return nil, err
	}
	amount, err := s.accrued(r.Context(), addr, height)
	if err != nil {
		return nil, err
	}
	tag, err := s.rewardTag(r.Context())
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "the staking contract's reward tag is not known yet: %v", err)
	}
	msg, err := bls.RewardMessage(tag, addr, amount)
	if err != nil {
		return nil, refuse(http.StatusServiceUnavailable, "reward message: %v", err)
	}
	sig, pub, err := s.host.Sign(r.Context(), kit.SignRewards, msg)
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
	raw, err := io.ReadAll(io.LimitReader(body, MaxClaimSignBody+1))
	if err != nil {
		return req, refuse(http.StatusBadRequest, "read request: %v", err)
	}
	if len(raw) > MaxClaimSignBody {
		return req, refuse(http.StatusRequestEntityTooLarge, "request over %d bytes", MaxClaimSignBody)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, refuse(http.StatusBadRequest, "request: %v", err)
	}
	// A second value, or a stray ']' or '}', is trailing data (More()
	// misses the closing brackets).
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return req, refuse(http.StatusBadRequest, "request: trailing data after the object")
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
	return amount, nil
}

// rewardTag reads the contract's tag once it can, then keeps it.
func (s *ClaimSigner) rewardTag(ctx context.Context) ([32]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tag != nil {
		return *s.tag, nil
	}
	tag, err := s.readTag(ctx)
	if err != nil {
		return tag, err
	}
	s.tag = &tag
	return tag, nil
}
