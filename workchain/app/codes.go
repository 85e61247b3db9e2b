package app

import (
	"errors"

	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Codespace of the application's own codes: the envelope, signature,
// nonce and routing checks every transaction passes before its module's
// handler runs. A module's errors are reported in its own codespace (its
// name) with its own codes (registry.CodeUnknownNode, uptime.CodeTooSoon...).
const Codespace = "seshnet"

// Result codes of the "seshnet" codespace. They are part of the API: a
// client can tell a replay from a bad signature without parsing the log.
const (
	CodeOK uint32 = iota
	CodeMalformed
	CodeOversize
	CodeWrongChain
	CodeBadSignature
	CodeStaleNonce
	CodeFutureNonce
	CodeUnknownType
	CodeUnauthorized
	CodeBadBody
	CodeInternal
	// CodeDuplicate: another transaction doing the same (its handler's
	// Once name: the same signed vote, the same Oxen claim) waits in the
	// mempool; at most one can succeed.
	CodeDuplicate
)

// ErrUnknownType is a transaction type no handler takes.
var ErrUnknownType = errors.New("unknown transaction type")

// ErrDuplicate is a transaction whose Once name another pending one holds.
var ErrDuplicate = errors.New("duplicate of a pending transaction")

// ErrUnauthorized is a signer that may not send this type.
var ErrUnauthorized = errors.New("signer not allowed")

// appCode is the "seshnet" code of an error of the envelope, auth or
// routing checks; 0 when it is none of them.
func appCode(err error) uint32 {
	switch {
	case errors.Is(err, tx.ErrOversize):
		return CodeOversize
	case errors.Is(err, tx.ErrMalformed):
		return CodeMalformed
	case errors.Is(err, tx.ErrWrongChain):
		return CodeWrongChain
	case errors.Is(err, tx.ErrBadSignature):
		return CodeBadSignature
	case errors.Is(err, auth.ErrStaleNonce):
		return CodeStaleNonce
	case errors.Is(err, auth.ErrFutureNonce):
		return CodeFutureNonce
	case errors.Is(err, ErrUnknownType):
		return CodeUnknownType
	case errors.Is(err, ErrUnauthorized):
		return CodeUnauthorized
	case errors.Is(err, ErrDuplicate):
		return CodeDuplicate
	}
	return 0
}

// codeOf is the codespace and code of err: the application's own checks
// first, then the module whose handler ran (its Codes), else internal.
func (w *wiring) codeOf(err error, module string) (string, uint32) {
	if err == nil {
		return "", CodeOK
	}
	if c := appCode(err); c != 0 {
		return Codespace, c
	}
	if m, ok := w.byName[module]; ok && m.Codes != nil {
		if c := m.Codes(err); c != 0 {
			return m.Name, c
		}
	}
	return Codespace, CodeInternal
}
