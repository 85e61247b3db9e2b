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
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Query codes.
const (
	CodeQueryUnknownPath uint32 = 100 + iota
	CodeQueryBadArgument
	CodeQueryNotFound
	CodeQueryHeight
)

var errNotFound = errors.New("not found")
var errBadArg = errors.New("bad argument")

func newRegistry(kv state.KV) registry.Keeper { return registry.New(kv) }

// NodeView is a node with its swarm and last uptime proof, as queries
// return it.
type NodeView struct {
	registry.Node
	Swarm  *uint64                `json:"swarm_id,omitempty"`
	Uptime *registry.UptimeRecord `json:"uptime,omitempty"`
}

// SwarmOf answers /swarm-of: the swarm that holds an account's messages.
type SwarmOf struct {
	Account string     `json:"account"`
	Swarm   swarm.View `json:"swarm"`
}

func nodeView(kv state.KV, reg registry.Keeper, n *registry.Node) (NodeView, error) {
	v := NodeView{Node: *n}
	up, err := reg.Uptime(n.Ed25519)
	if err != nil {
		return v, err
	}
	v.Uptime = up
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
// the latest). Paths: /params, /nodes, /node/<ed25519 hex>,
// /account/<node|eth>:<hex>, /validators, /swarms, /swarm-of/<account>.
// Values are JSON.
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
		case errors.Is(err, errNotFound), errors.Is(err, registry.ErrUnknownNode):
			code = CodeQueryNotFound
		case errors.Is(err, errBadArg):
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

var errUnknownPath = errors.New("unknown query path (want /params, /nodes, /node/<hex>, /account/<node|eth>:<hex>, /validators, /swarms, /swarm-of/<account hex>, /attest/cursor, /attest/pending, /attest/refuted)")

// swarmOf maps an account (32-byte key, or 33 bytes with its 05/03 prefix,
// in hex) to its swarm.
func swarmOf(kv state.KV, arg string) (SwarmOf, error) {
	raw, err := hex.DecodeString(arg)
	if err != nil || (len(raw) != 32 && len(raw) != 33) {
		return SwarmOf{}, fmt.Errorf("%w: account must be 32 bytes of hex, or 33 with its prefix byte", errBadArg)
	}
	var key [32]byte
	copy(key[:], raw[len(raw)-32:])
	ids, err := swarm.IDs(kv)
	if err != nil {
		return SwarmOf{}, err
	}
	id, ok := swarm.Of(ids, key)
	if !ok {
		return SwarmOf{}, fmt.Errorf("%w: no swarms yet", errNotFound)
	}
	v, _, err := swarm.Get(kv, id)
	return SwarmOf{Account: arg, Swarm: v}, err
}

func (a *App) query(kv state.KV, path string, latest bool) (any, error) {
	kind, arg, _ := strings.Cut(path, "/")
	reg := registry.New(kv)
	switch kind {
	case "params":
		return rawJSON(kv, paramsKey)
	case "validators":
		return reg.Validators()
	case "nodes":
		var out []NodeView
		var verr error
		err := reg.Nodes(func(n *registry.Node) bool {
			v, err := nodeView(kv, reg, n)
			verr = err
			out = append(out, v)
			return err == nil
		})
		return out, errors.Join(err, verr)
	case "swarms":
		sws, err := swarm.Load(kv)
		out := make([]swarm.View, len(sws))
		for i, s := range sws {
			out[i] = swarm.View{ID: s.ID}
			for _, m := range s.Members {
				out[i].Members = append(out[i].Members, hex.EncodeToString(m))
			}
		}
		return out, err
	case "swarm-of":
		return swarmOf(kv, arg)
	case "attest":
		if v, ok, err := attestQuery(kv, arg); ok {
			return v, err
		}
	case "node":
		pub, err := hex.DecodeString(arg)
		if err != nil || len(pub) != 32 {
			return nil, fmt.Errorf("%w: node id must be 32 bytes of hex", errBadArg)
		}
		n, err := reg.Node(pub)
		if err != nil {
			return nil, err
		}
		return nodeView(kv, reg, n)
	case "account":
		s, err := ParseSigner(arg)
		if err != nil {
			return nil, err
		}
		n, err := auth.NextNonce(kv, s)
		acct := Account{Signer: s.String(), NextNonce: n, PendingNextNonce: n}
		if p, ok := a.checkNonces[string(s.Key())]; ok && latest {
			acct.PendingNextNonce = p
		}
		return acct, err
	}
	return nil, fmt.Errorf("%w: %q", errUnknownPath, path)
}

func rawJSON(kv state.KV, key []byte) (json.RawMessage, error) {
	raw, err := kv.Get(key)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, fmt.Errorf("%w: %s", errNotFound, key)
	}
	return raw, nil
}

// ParseSigner reads "node:<hex>" or "eth:<hex>" (0x optional).
func ParseSigner(s string) (tx.Signer, error) {
	kind, id, ok := strings.Cut(s, ":")
	raw, err := hex.DecodeString(strings.TrimPrefix(id, "0x"))
	if !ok || err != nil {
		return tx.Signer{}, fmt.Errorf("%w: signer must be node:<hex> or eth:<hex>", errBadArg)
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
	return tx.Signer{}, fmt.Errorf("%w: signer %q: node ids are 32 bytes, eth addresses 20", errBadArg, s)
}
