// Package relay is the onion relay module (DESIGN.md §10): it takes
// Session-style onion requests on POST /onion_req/v2, peels its layer with
// the node's X25519 key (derived from its Ed25519 key, in this process,
// next to the connection), and either forwards the rest to the next node
// over the node-to-node channel or, as the last hop, hands the inner
// request to this node's storage module and encrypts the answer.
//
// Nothing it logs at the default level says who talks to whom: no client
// address, no node key of a hop, no account, no message hash.
package relay

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
)

// Storage answers the inner request of a final hop (this node's storage
// module): the HTTP status and body of its answer.
type Storage func(ctx context.Context, request []byte) (int, []byte, error)

// Handler serves the relay's HTTP endpoints.
type Handler struct {
	Key     ed25519.PrivateKey
	Onion   *onion.NodeKey
	View    func() *netview.View
	Peers   *n2n.Client
	Storage Storage
	Timeout time.Duration
	Log     zerolog.Logger
	// Limiter, when set, limits each client address (DESIGN.md §9's
	// bucket); requests from other nodes are not limited.
	Limiter *ratelimit.Limiter
}

// Routes of the relay.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /onion_req/v2", h.serveClient)
	mux.HandleFunc("POST /n2n/onion", h.servePeer)
	mux.HandleFunc("GET /network", h.serveNetwork)
	return mux
}

// readBody reads at most the onion size limit.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, onion.MaxBodySize))
	if err != nil {
		http.Error(w, "onion request: body over the size limit or unreadable", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	return body, true
}

func (h *Handler) serveClient(w http.ResponseWriter, r *http.Request) {
	if h.Limiter != nil && !h.Limiter.Allow(ratelimit.Client(r)) {
		http.Error(w, "too many requests", http.StatusTooManyRequests)
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	code, out := h.Process(r.Context(), body)
	answer(w, code, out)
}

// servePeer is the same as a client request, but only another node may
// send it (a hop forwarding). Whatever the header can tell of the sender is
// checked before a byte of the body is read: a stranger costs no memory.
func (h *Handler) servePeer(w http.ResponseWriter, r *http.Request) {
	if err := n2n.Admit(r, time.Now(), h.IsNode); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	if _, err := n2n.Verify(r, body, time.Now(), h.IsNode); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	code, out := h.Process(r.Context(), body)
	answer(w, code, out)
}

// answer writes the status and body with its length, so the answer goes out
// in one piece (no chunked encoding).
func answer(w http.ResponseWriter, code int, body []byte) {
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	_, _ = w.Write(body)
}

// IsNode says whether k is an active node of the relay's network view (no
// view yet: none is).
func (h *Handler) IsNode(k ed25519.PublicKey) bool { return h.View().Active(k) }

// Errors a hop answers in clear text (only the final hop encrypts).
var (
	ErrNoView   = errors.New("relay: no network view yet")
	ErrNextNode = errors.New("relay: next node not found")
)

// Process peels one layer of body and answers with the status and body to
// send back.
func (h *Handler) Process(ctx context.Context, body []byte) (int, []byte) {
	fwd, fin, err := h.Onion.Peel(body)
	if err != nil {
		h.Log.Debug().Err(err).Msg("onion request refused")
		return http.StatusBadRequest, []byte("onion request: " + err.Error())
	}
	ctx, cancel := context.WithTimeout(ctx, h.Timeout)
	defer cancel()
	if fin != nil {
		return h.final(ctx, fin)
	}
	return h.forward(ctx, fwd)
}

func (h *Handler) forward(ctx context.Context, fwd *onion.Forward) (int, []byte) {
	v := h.View()
	if v == nil {
		return http.StatusServiceUnavailable, []byte(ErrNoView.Error())
	}
	next, ok := v.Node(fwd.Destination)
	addr := ""
	if ok {
		addr = next.Endpoints["relay"]
	}
	if addr == "" {
		return http.StatusBadGateway, []byte(ErrNextNode.Error())
	}
	code, out, err := h.Peers.Post(ctx, fwd.Destination, addr, "/n2n/onion", fwd.Body)
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return http.StatusGatewayTimeout, []byte("relay: next node timed out")
	case err != nil:
		h.Log.Debug().Err(err).Msg("forward failed")
		return http.StatusBadGateway, []byte("relay: next node unreachable")
	}
	return code, out
}

// Reply is the plaintext of a final hop's encrypted answer (Session's onion
// v2: the storage answer's status and body).
type Reply struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}

func (h *Handler) final(ctx context.Context, fin *onion.Final) (int, []byte) {
	code, out, err := h.Storage(ctx, fin.Request)
	if err != nil {
		code, out = http.StatusBadGateway, []byte("relay: storage unavailable")
		if ctx.Err() != nil {
			code, out = http.StatusGatewayTimeout, []byte("relay: storage timed out")
		}
	}
	plain, err := json.Marshal(Reply{Status: code, Body: string(out)})
	if err != nil {
		return http.StatusInternalServerError, []byte("relay: reply")
	}
	sealed, err := onion.SealReply(fin.EncType, fin.ReplyKey, plain)
	if err != nil {
		return http.StatusInternalServerError, []byte("relay: reply")
	}
	if fin.Base64 {
		sealed = []byte(base64.StdEncoding.EncodeToString(sealed))
	}
	return http.StatusOK, sealed
}

// NetworkNode is one node of GET /network: what a client needs to build a
// path and find a swarm.
type NetworkNode struct {
	Ed25519 string  `json:"pubkey_ed25519"`
	X25519  string  `json:"pubkey_x25519"`
	Relay   string  `json:"relay,omitempty"`
	Storage string  `json:"storage,omitempty"`
	Swarm   *uint64 `json:"swarm_id,omitempty"`
}

// Network is the answer of GET /network.
type Network struct {
	Height int64         `json:"height"`
	Nodes  []NetworkNode `json:"nodes"`
	Swarms []uint64      `json:"swarms"`
}

func (h *Handler) serveNetwork(w http.ResponseWriter, _ *http.Request) {
	v := h.View()
	if v == nil {
		http.Error(w, ErrNoView.Error(), http.StatusServiceUnavailable)
		return
	}
	out := Network{Height: v.Height, Swarms: v.SwarmIDs(), Nodes: []NetworkNode{}}
	for _, n := range v.Nodes() {
		x := n.X25519Hex()
		if x == "" {
			continue
		}
		nn := NetworkNode{Ed25519: n.Hex(), X25519: x, Relay: n.Endpoints["relay"], Storage: n.Endpoints["storage"]}
		if n.HasSwarm {
			id := n.Swarm
			nn.Swarm = &id
		}
		out.Nodes = append(out.Nodes, nn)
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(out); err != nil {
		h.Log.Debug().Err(fmt.Errorf("network: %w", err)).Msg("answer not sent")
	}
}
