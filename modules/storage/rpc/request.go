package rpc

import (
	"encoding/json"

	"github.com/seshnet/seshnet/core/sessionid"
)

// Method names (Session's).
const (
	MethodStore        = "store"
	MethodRetrieve     = "retrieve"
	MethodDelete       = "delete"
	MethodDeleteAll    = "delete_all"
	MethodDeleteBefore = "delete_before"
	MethodExpire       = "expire"
	MethodExpireAll    = "expire_all"
	MethodGetExpiries  = "get_expiries"
	MethodGetSwarm     = "get_swarm"
	MethodInfo         = "info"
	MethodBatch        = "batch"
	MethodSequence     = "sequence"
)

// aliases are other names Session's clients use.
var aliases = map[string]string{
	"expire_msgs":           MethodExpire,
	"get_snodes_for_pubkey": MethodGetSwarm,
}

// call is one decoded request: the method's parameters, checked for
// syntax. Its canonical JSON (what peers receive) decodes back to an equal
// call.
type call interface {
	method() string
	appendParams(b []byte) []byte
}

// owned is a call about one account: answered only by its swarm.
type owned interface {
	call
	account() sessionid.Account
}

// recursive is a call that changes the account's messages and is
// replicated to the swarm.
type recursive interface {
	owned
	recursive()
}

// auth is the owner's proof: the signature and, for 05 accounts, the
// Ed25519 key that made it.
type auth struct {
	pubkeyEd string // lower-case hex; "" when not given
	sig      []byte // 64 bytes; nil when not given
}

type acct struct{ acct sessionid.Account }

func (a acct) account() sessionid.Account { return a.acct }

type getSwarmCall struct{ acct }

type infoCall struct{}

type batchCall struct {
	sequence bool
	calls    []call
}

func (*getSwarmCall) method() string { return MethodGetSwarm }

func (*infoCall) method() string { return MethodInfo }

func (c *batchCall) method() string {
	if c.sequence {
		return MethodSequence
	}
	return MethodBatch
}

// decodeRequest parses a request body {"method": ..., "params": {...}}.
func decodeRequest(body []byte) (call, *rpcError) {
	return decodeTop(body, true)
}

func decodeTop(body []byte, allowBatch bool) (call, *rpcError) {
	var w wireRequest
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, jsonError(err, "invalid request")
	}
	return decodeCall(w, allowBatch)
}

func decodeCall(w wireRequest, allowBatch bool) (call, *rpcError) {
	if w.Method == nil {
		return nil, badf("invalid request: missing 'method'")
	}
	if w.Params == nil {
		return nil, badf("invalid request: 'params' must be an object")
	}
	p := w.Params
	method := *w.Method
	if a, ok := aliases[method]; ok {
		method = a
	}
	switch method {
	case MethodBatch, MethodSequence:
		if !allowBatch {
			return nil, badf("invalid batch request: subrequests may not be batch or sequence")
		}
		return decodeBatch(p, method == MethodSequence)
	case MethodInfo:
		return &infoCall{}, nil
	case MethodStore:
		return decodeStore(p)
	case MethodRetrieve:
		return decodeRetrieve(p)
	case MethodDelete:
		return decodeDelete(p)
	case MethodDeleteAll:
		return decodeDeleteAll(p)
	case MethodDeleteBefore:
		return decodeDeleteBefore(p)
	case MethodExpire:
		return decodeExpire(p)
	case MethodExpireAll:
		return decodeExpireAll(p)
	case MethodGetExpiries:
		return decodeGetExpiries(p)
	case MethodGetSwarm:
		a, err := loadAccount(p)
		if err != nil {
			return nil, err
		}
		return &getSwarmCall{acct{a}}, nil
	}
	return nil, badf("invalid request: unknown method")
}

func decodeBatch(p *wireParams, sequence bool) (call, *rpcError) {
	if p.Requests == nil || len(*p.Requests) == 0 {
		return nil, badf("invalid batch request: no valid \"requests\" field")
	}
	if len(*p.Requests) > MaxBatch {
		return nil, badf("invalid batch request: subrequest limit (%d) exceeded", MaxBatch)
	}
	b := &batchCall{sequence: sequence, calls: make([]call, 0, len(*p.Requests))}
	for _, w := range *p.Requests {
		c, err := decodeCall(w, false)
		if err != nil {
			return nil, err
		}
		b.calls = append(b.calls, c)
	}
	return b, nil
}

func (c *getSwarmCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.str("pubkey", c.acct.acct.Hex())
	return o.end()
}

func (*infoCall) appendParams(b []byte) []byte { return append(b, "{}"...) }

func (c *batchCall) appendParams(b []byte) []byte {
	b = append(b, `{"requests":[`...)
	for i, sub := range c.calls {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, opJSON(sub)...)
	}
	return append(b, "]}"...)
}
