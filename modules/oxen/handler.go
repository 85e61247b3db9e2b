package oxen

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

// TxType is the workchain transaction the module submits (allowed_txs =
// ["oxen_claim"] in its section of seshd.toml).
const TxType = "oxen_claim"

// Chain is what the handler needs of the host API (*kit.Host has it).
type Chain interface {
	Query(ctx context.Context, path string, height int64) ([]byte, int64, error)
	SubmitTx(ctx context.Context, txType string, body []byte) ([]byte, error)
}

// ClaimView is the workchain's /oxen/claim/<oxen address> answer (amounts
// are atomic SESH as decimal strings). Fields the module does not know are
// kept when it serves the view.
type ClaimView struct {
	OxenAddress   string `json:"oxen_address"`
	Amount        string `json:"amount"`
	Claimed       bool   `json:"claimed"`
	ClaimedHeight int64  `json:"claimed_height,omitempty"`
	To            string `json:"to,omitempty"`
}

// Submitted is the 200 answer of POST /oxen/v1/claim.
type Submitted struct {
	TxHash string `json:"tx_hash"`
	Amount string `json:"amount"`
}

// queryNotFound is how the host reports the workchain's "not found" query
// code (workchain/app CodeQueryNotFound = 102, passed through the host API
// as "code 102: ..."): the module reads it from the text because it may not
// import the workchain.
const queryNotFound = "code 102:"

// pendingFor is how long a spend key the module submitted a claim for is
// refused (409) without asking the chain: two holders' clicks, or a retry,
// would otherwise put two claims in one block, of which the second fails
// where nobody sees it.
const pendingFor = 2 * time.Minute

// Handler serves the claim endpoint over a chain.
type Handler struct {
	Chain   Chain
	ChainID string
	Network coreoxen.Network
	Limit   *Limiter
	Timeout time.Duration
	Now     func() time.Time
	// Log is the module's: nothing a holder sent (addresses, signature)
	// and no client IP goes to it at info level or above.
	Log zerolog.Logger

	mu      sync.Mutex
	pending map[[coreoxen.KeySize]byte]time.Time
}

// Routes is the module's HTTP API.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oxen/v1/claim", h.limited(h.serveClaim))
	mux.HandleFunc("GET /oxen/v1/claim/{address}", h.limited(h.serveView))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusNotFound, refuse(http.StatusNotFound, CodeUnknownPath, "POST /oxen/v1/claim or GET /oxen/v1/claim/<oxen address>"))
	})
	return mux
}

// limited refuses a request over the rate (429) or over the concurrency
// bound (503) before anything is read or asked of the chain.
func (h *Handler) limited(next func(context.Context, *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		release, err := h.Limit.Acquire()
		if err != nil {
			h.answer(w, nil, err)
			return
		}
		defer release()
		ctx, cancel := context.WithTimeout(r.Context(), h.Timeout)
		defer cancel()
		v, err := next(ctx, r)
		h.answer(w, v, err)
	}
}

func (h *Handler) answer(w http.ResponseWriter, v any, err error) {
	if err == nil {
		writeJSON(w, http.StatusOK, v)
		return
	}
	var ref *Refusal
	if !errors.As(err, &ref) {
		ref = refuse(http.StatusInternalServerError, CodeUnavailable, "%v", err)
	}
	// The code only: the text may name the holder's addresses.
	h.Log.Debug().Int("status", ref.Status).Str("code", ref.Code).Msg("claim refused")
	writeJSON(w, ref.Status, ref)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serveClaim checks a claim as the workchain will (parse, signature over
// this chain's claim message, balance, not claimed, not closed) and only
// then submits it: a claim the chain would refuse costs it nothing.
func (h *Handler) serveClaim(ctx context.Context, r *http.Request) (any, error) {
	raw, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, refuse(http.StatusRequestEntityTooLarge, CodeTooLarge, "claim body exceeds %d bytes", MaxBody)
		}
		return nil, refuse(http.StatusBadRequest, CodeMalformed, "read claim body: %v", err)
	}
	c, err := DecodeClaimRequest(raw, h.Network)
	if err != nil {
		return nil, err
	}
	if err := verify(c, h.ChainID); err != nil {
		return nil, err
	}
	// Reserved until submitted (kept) or refused (released): two requests
	// for one spend key at once never both reach the chain.
	if !h.reserve(c.Address.Spend) {
		return nil, refuse(http.StatusConflict, CodeAlreadyClaimed, "a claim for this address was just submitted through this node")
	}
	hash, view, err := h.checkAndSubmit(ctx, c)
	if err != nil {
		h.release(c.Address.Spend)
		return nil, err
	}
	h.Log.Info().Msg("oxen claim submitted")
	h.Log.Debug().Str("tx", fmt.Sprintf("%X", hash)).Msg("oxen claim transaction")
	return Submitted{TxHash: fmt.Sprintf("%X", hash), Amount: view.Amount}, nil
}

// checkAndSubmit asks the chain what the module cannot know itself (the
// balance, whether it was claimed, whether claims are open) and submits.
func (h *Handler) checkAndSubmit(ctx context.Context, c Claim) ([]byte, ClaimView, error) {
	view, err := h.claimable(ctx, c.Address)
	if err != nil {
		return nil, view, err
	}
	if err := h.checkOpen(ctx); err != nil {
		return nil, view, err
	}
	hash, err := h.Chain.SubmitTx(ctx, TxType, c.Body())
	if err != nil {
		return nil, view, h.submitFailed(ctx, c.Address, err)
	}
	return hash, view, nil
}

// serveView is the chain's claim view of an address.
func (h *Handler) serveView(ctx context.Context, r *http.Request) (any, error) {
	addr, err := ParseClaimAddress(r.PathValue("address"), h.Network)
	if err != nil {
		return nil, err
	}
	raw, _, err := h.view(ctx, addr)
	return raw, err
}

// view reads /oxen/claim/<address> (raw as the chain answered, and
// decoded). An address the chain has no coins for is 404 no_balance.
func (h *Handler) view(ctx context.Context, addr coreoxen.Address) (json.RawMessage, ClaimView, error) {
	var v ClaimView
	raw, _, err := h.Chain.Query(ctx, "/oxen/claim/"+addr.String(), 0)
	if err != nil {
		if strings.Contains(err.Error(), queryNotFound) {
			return nil, v, refuse(http.StatusNotFound, CodeNoBalance, "no coins to claim for this address")
		}
		return nil, v, h.unavailable("read the claim", err)
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, v, h.unavailable("read the claim", fmt.Errorf("decode: %w", err))
	}
	if !isAmount(v.Amount) {
		return nil, v, h.unavailable("read the claim", fmt.Errorf("amount %q is not a decimal", v.Amount))
	}
	if strings.TrimLeft(v.Amount, "0") == "" {
		return nil, v, refuse(http.StatusNotFound, CodeNoBalance, "no coins to claim for this address")
	}
	return raw, v, nil
}

// claimable is the view of an address with coins not claimed yet.
func (h *Handler) claimable(ctx context.Context, addr coreoxen.Address) (ClaimView, error) {
	_, v, err := h.view(ctx, addr)
	if err != nil {
		return v, err
	}
	if v.Claimed {
		return v, refuse(http.StatusConflict, CodeAlreadyClaimed, "this address's coins were claimed at height %d", v.ClaimedHeight)
	}
	return v, nil
}

// checkOpen refuses a claim the next block would take after the close
// height (params/oxen claims_close_height; 0 never closes).
func (h *Handler) checkOpen(ctx context.Context) error {
	raw, height, err := h.Chain.Query(ctx, "/params/oxen", 0)
	if err != nil {
		return h.unavailable("read the claims close height", err)
	}
	var p struct {
		ClaimsCloseHeight int64 `json:"claims_close_height"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return h.unavailable("read the claims close height", fmt.Errorf("decode: %w", err))
	}
	if p.ClaimsCloseHeight > 0 && height+1 > p.ClaimsCloseHeight {
		return refuse(http.StatusGone, CodeClosed, "claims closed at height %d", p.ClaimsCloseHeight)
	}
	return nil
}

// submitFailed says why the chain did not take a claim that passed the
// module's checks: claimed or closed in the meantime (read again), refused
// for a reason the module does not check (502), or not reached (503).
func (h *Handler) submitFailed(ctx context.Context, addr coreoxen.Address, err error) error {
	if _, rerr := h.claimable(ctx, addr); rerr != nil {
		var ref *Refusal
		if errors.As(rerr, &ref) && ref.Status != http.StatusServiceUnavailable {
			return rerr
		}
	}
	if cerr := h.checkOpen(ctx); cerr != nil {
		var ref *Refusal
		if errors.As(cerr, &ref) && ref.Code == CodeClosed {
			return cerr
		}
	}
	if chainRefused(err) {
		h.Log.Warn().Msg("the chain refused a claim the module accepted")
		h.Log.Debug().Err(err).Msg("claim refused by the chain")
		return refuse(http.StatusBadGateway, CodeRefused, "the chain refused the claim: %v", err)
	}
	return h.unavailable("submit the claim", err)
}

// chainRefused is whether the submission reached the chain and CheckTx
// refused it: the host's signer says "transaction refused" for a code in
// the answer, and CometBFT v1's broadcast_tx_sync answers a CheckTx
// refusal with an RPC error "tx <hash> is invalid: code=N, ..." that the
// signer passes on as a broadcast error. Either is 502, not the 503 of a
// chain that could not be reached.
func chainRefused(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "transaction refused") || checkTxInvalid.MatchString(msg)
}

var checkTxInvalid = regexp.MustCompile(`tx [0-9A-Fa-f]+ is invalid: code=[1-9][0-9]*`)

// unavailable is 503 for a chain the module could not read or reach. The
// warning names the step only: the error's text may carry the address.
func (h *Handler) unavailable(step string, err error) error {
	h.Log.Warn().Str("step", step).Msg("oxen claim: the chain did not answer")
	h.Log.Debug().Err(err).Str("step", step).Msg("oxen claim: chain error")
	return refuse(http.StatusServiceUnavailable, CodeUnavailable, "could not %s: %v", step, err)
}

func isAmount(s string) bool {
	if s == "" {
		return false
	}
	_, err := strconv.ParseUint(s, 10, 64)
	if err == nil {
		return true
	}
	return strings.Trim(s, "0123456789") == "" // beyond 64 bits, still a decimal
}

// reserve marks a spend key as being claimed through this node, unless it
// is already (within pendingFor); entries past pendingFor are dropped here,
// so the map holds at most what the rate let through in that time.
func (h *Handler) reserve(spend [coreoxen.KeySize]byte) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.Now()
	if h.pending == nil {
		h.pending = map[[coreoxen.KeySize]byte]time.Time{}
	}
	for k, at := range h.pending {
		if now.Sub(at) >= pendingFor {
			delete(h.pending, k)
		}
	}
	if _, ok := h.pending[spend]; ok {
		return false
	}
	h.pending[spend] = now
	return true
}

// release forgets a reservation whose claim did not reach the chain.
func (h *Handler) release(spend [coreoxen.KeySize]byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.pending, spend)
}
