package swarm

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
)

// OpFunc applies a change replicated by peer from and answers with the
// status and per-node result JSON Replicate hands back to the client. That
// from is an active node (by its n2n client certificate or signature,
// n2n.Verify) is checked before; whether
// from is in the account's swarm is for OpFunc to check once it has read
// the account (IsPeer).
type OpFunc func(ctx context.Context, from ed25519.PublicKey, op []byte) (status int, body []byte)

// Register mounts the node-to-node storage endpoints on mux: pull, push,
// and, when op is not nil, the module's own op handler.
func (s *Swarm) Register(mux *http.ServeMux, op OpFunc) {
	mux.HandleFunc("POST "+PullPath, s.ServePull)
	mux.HandleFunc("POST "+PushPath, s.ServePush)
	if op != nil {
		mux.Handle("POST "+OpPath, s.OpHandler(op))
	}
}

// ErrNoView is the answer while no network view was built.
var ErrNoView = errors.New("swarm: no network view yet")

// ServePull answers a member of the asked swarm with a page of the
// swarm's messages held here.
func (s *Swarm) ServePull(w http.ResponseWriter, r *http.Request) {
	body, v, ok := s.read(w, r)
	if !ok {
		return
	}
	// The swarm named in the body decides who may ask, so the body is read
	// before the signature is checked; an unsigned request gets 401 either
	// way.
	var req PullRequest
	bad := json.Unmarshal(body, &req) != nil
	allowed := func(k ed25519.PublicKey) bool {
		if bad {
			return v.Active(k)
		}
		return memberIn(v.Members(req.Swarm), k) != nil
	}
	from, err := n2n.Verify(r, body, s.now(), allowed)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if bad {
		http.Error(w, "pull: bad request", http.StatusBadRequest)
		return
	}
	ans, err := s.pullPage(r.Context(), v, hex.EncodeToString(from), req)
	switch {
	case errors.Is(err, ErrPullExpired):
		http.Error(w, err.Error(), http.StatusGone)
		return
	case errors.Is(err, ErrPullBusy):
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	case r.Context().Err() != nil:
		return // the asker left
	case err != nil:
		s.log.Error().Err(err).Msg("pull not answered")
		http.Error(w, "pull: store unavailable", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ans)
}

// ServePush takes messages handed over by an active node, storing those of
// accounts whose swarm has this node and has, or lately had, the sender
// (mayHandOver), and counting the others refused.
func (s *Swarm) ServePush(w http.ResponseWriter, r *http.Request) {
	body, v, ok := s.read(w, r)
	if !ok {
		return
	}
	from, err := n2n.Verify(r, body, s.now(), v.Active)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var req PushRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "push: bad request", http.StatusBadRequest)
		return
	}
	stored, refused, err := s.accept(r.Context(), from, req.Messages)
	if err != nil {
		s.log.Error().Err(err).Msg("push not stored")
		http.Error(w, "push: store unavailable", http.StatusInternalServerError)
		return
	}
	writeJSON(w, PushAnswer{Stored: stored, Refused: refused})
}

// OpHandler checks that a replicated op comes signed from an active node
// and hands it to op.
func (s *Swarm) OpHandler(op OpFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, v, ok := s.read(w, r)
		if !ok {
			return
		}
		from, err := n2n.Verify(r, body, s.now(), v.Active)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		code, out := op(r.Context(), from, body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = w.Write(out)
	})
}

// read takes the body (bounded by n2n.MaxBody) and the current view.
func (s *Swarm) read(w http.ResponseWriter, r *http.Request) ([]byte, *netview.View, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, n2n.MaxBody))
	if err != nil {
		http.Error(w, "body over the size limit or unreadable", http.StatusRequestEntityTooLarge)
		return nil, nil, false
	}
	v := s.view()
	if v == nil {
		http.Error(w, ErrNoView.Error(), http.StatusServiceUnavailable)
		return nil, nil, false
	}
	return body, v, true
}

// activeIn accepts the nodes of v (netview keeps only active and exiting
// nodes).
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
