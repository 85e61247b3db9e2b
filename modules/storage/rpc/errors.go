package rpc

import (
	"fmt"
	"net/http"
)

// rpcError is an answer other than 200: a status and a plain-text body (or,
// for 421, a JSON body). Its text never carries an account, a hash or an
// address, so it may be logged at Debug.
type rpcError struct {
	code int
	msg  string
	json []byte // set for answers with a JSON body (421)
}

func (e *rpcError) Error() string { return fmt.Sprintf("%d %s", e.code, e.msg) }

func errf(code int, format string, args ...any) *rpcError {
	return &rpcError{code: code, msg: fmt.Sprintf(format, args...)}
}

// badf is a 400: the request can't be parsed or breaks a syntax rule.
func badf(format string, args ...any) *rpcError {
	return errf(http.StatusBadRequest, format, args...)
}

// Status codes as Session's storage server uses them.
const (
	codeBadRequest   = http.StatusBadRequest            // 400: unparsable or invalid parameters
	codeUnauthorized = http.StatusUnauthorized          // 401: missing or wrong signature
	codeForbidden    = http.StatusForbidden             // 403: TTL out of range
	codeNotFound     = http.StatusNotFound              // 404: delete with required=true deleted nothing
	codeNotAccepted  = http.StatusNotAcceptable         // 406: timestamp outside the allowed window
	codeTooLarge     = http.StatusRequestEntityTooLarge // 413: body over MaxBody
	codeMisdirected  = http.StatusMisdirectedRequest    // 421: account of another swarm
	codeTooMany      = http.StatusTooManyRequests       // 429: rate limited
	codeUnavailable  = http.StatusServiceUnavailable    // 503: not ready, or the store failed
)
