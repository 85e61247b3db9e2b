package app

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// Query codes.
const (
	CodeQueryUnknownPath uint32 = 100 + iota
	CodeQueryBadArgument
	CodeQueryNotFound
	CodeQueryHeight
)

var errUnknownPath = errors.New("unknown query path")

// NodeView is a node with its status, swarm and last uptime proof, as
// /nodes and /node return it.
type NodeView struct {
	registry.Node
	State  registry.NodeState `json:"state"`
	Swarm  *uint64            `json:"swarm_id,omitempty"`
	Uptime *uptime.Record     `json:"uptime,omitempty"`
	// Punish is the node's credit, the votes on it and why it was punished
	// (workchain/punish).
	Punish *punish.NodeView `json:"punish,omitempty"`
}

// SwarmOf answers /swarm-of: the swarm that holds an account's messages.
type SwarmOf = swarm.SwarmOf

func nodeView(kv state.KV, n *registry.Node) (NodeView, error) {
	v := NodeView{Node: *n, State: n.Status()}
	up, err := uptime.Last(kv, n.Ed25519)
	if err != nil {
		return v, err
	}
	v.Uptime = up
	pv, err := punish.View(kv, n.Ed25519)
	if err != nil {
		return v, err
	}
	v.Punish = &pv
	id, ok, err := swarm.OfNode(kv, n.Ed25519)
	if ok {
		v.Swarm = &id
	}
	return v, err
}

// Account is a signer's replay-protection state.
type Account struct {
	Signer    string `json:"signer"`
	NextNonce uint64 `json:"next_nonce"`
	// PendingNextNonce counts the signer's transactions in this node's
	// mempool too (latest height only): the nonce a new transaction needs.
	PendingNextNonce uint64 `json:"pending_next_nonce"`
}

// Query answers read-only questions about committed state at a height (0 for
// the latest). The application answers /params, /params/<module>, /nodes,
// /node/<ed25519 hex> and /account/<node|eth>:<hex>, which join several
// modules; every other path is a module's (/validators, /swarms,
// /swarm-of/<account>, /attest/..., /l2, ...). Values are JSON.
func (a *App) Query(_ context.Context, req *abci.QueryRequest) (*abci.QueryResponse, error) {
	view, err := a.store.View(req.Height)
	if err != nil {
		return &abci.QueryResponse{Code: CodeQueryHeight, Log: err.Error(), Codespace: Codespace}, nil
	}
	defer view.Close()
	value, err := a.query(view.KV(), strings.TrimPrefix(req.Path, "/"), req.Height == 0)
	if err != nil {
		code := CodeInternal
		switch {
		case errors.Is(err, exec.ErrNotFound), errors.Is(err, registry.ErrUnknownNode):
			code = CodeQueryNotFound
		case errors.Is(err, exec.ErrBadArgument):
			code = CodeQueryBadArgument
		case errors.Is(err, errUnknownPath):
			code = CodeQueryUnknownPath
		}
		return &abci.QueryResponse{Code: code, Log: err.Error(), Height: view.Height, Codespace: Codespace}, nil
	}
	raw, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("encode query answer: %w", err)
	}
	return &abci.QueryResponse{Code: CodeOK, Value: raw, Height: view.Height}, nil
}

func (a *App) query(kv state.KV, path string, latest bool) (any, error) {
	kind, arg, _ := strings.Cut(path, "/")
	switch kind {
	case "params":
		return a.params(kv, arg)
	case "nodes":
		var out []NodeView
		var verr error
		err := registry.New(kv).Nodes(func(n *registry.Node) bool {
			v, err := nodeView(kv, n)
			verr = err
			out = append(out, v)
			return err == nil
		})
		return out, errors.Join(err, verr)
	case "node":
		pub, err := hex.DecodeString(arg)
		if err != nil || len(pub) != 32 {
			return nil, fmt.Errorf("%w: node id must be 32 bytes of hex", exec.ErrBadArgument)
		}
		n, err := registry.New(kv).Node(pub)
		if err != nil {
			return nil, err
		}
		return nodeView(kv, n)
	case "account":
		s, err := ParseSigner(arg)
		if err != nil {
			return nil, err
		}
		n, err := auth.NextNonce(kv, s)
		acct := Account{Signer: s.String(), NextNonce: n, PendingNextNonce: n}
		if p, ok := a.checkNonces[string(s.Key())]; ok && latest {
			acct.PendingNextNonce = p.next
		}
		return acct, err
	}
	if q, ok := a.queries[kind]; ok {
		return q(kv, arg)
	}
	return nil, fmt.Errorf("%w %q (want %s)", errUnknownPath, path, strings.Join(a.queryPaths(), ", "))
}

// params is /params (every module's, by module name) or /params/<module>.
func (a *App) params(kv state.KV, module string) (any, error) {
	if module != "" {
		m, ok := a.byName[module]
		if !ok || m.Params == nil {
			return nil, fmt.Errorf("%w: no module %q with parameters", exec.ErrNotFound, module)
		}
		return m.Params.JSON(kv)
	}
	out := map[string]json.RawMessage{}
	for _, m := range a.modules {
		if m.Params == nil {
			continue
		}
		raw, err := m.Params.JSON(kv)
		if err != nil {
			return nil, err
		}
		out[m.Name] = raw
	}
	return out, nil
}

// ParseSigner reads "node:<hex>" or "eth:<hex>" (0x optional).
func ParseSigner(s string) (tx.Signer, error) {
	kind, id, ok := strings.Cut(s, ":")
	raw, err := hex.DecodeString(strings.TrimPrefix(id, "0x"))
	if !ok || err != nil {
		return tx.Signer{}, fmt.Errorf("%w: signer must be node:<hex> or eth:<hex>", exec.ErrBadArgument)
	}
	switch kind {
	case "node":
		if len(raw) == 32 {
			return tx.Signer{Kind: tx.SignerNode, ID: raw}, nil
		}
	case "eth":
		if len(raw) == 20 {
			return tx.Signer{Kind: tx.SignerEth, ID: raw}, nil
		}
	}
	return tx.Signer{}, fmt.Errorf("%w: signer %q: node ids are 32 bytes, eth addresses 20", exec.ErrBadArgument, s)
}
