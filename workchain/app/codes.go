package app

import (
	"errors"

	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Codespace of every non-zero code this application returns.
const Codespace = "seshnet"

// Result codes for CheckTx and FinalizeBlock. They are part of the API: a
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
	// CodeTooSoon is an uptime proof sent sooner than
	// uptime.min_interval_seconds after the node's last accepted one.
	CodeTooSoon
)

// ErrUnknownType is a transaction type no handler takes.
var ErrUnknownType = errors.New("unknown transaction type")

// ErrUnauthorized is a signer that may not send this type.
var ErrUnauthorized = errors.New("signer not allowed")

func codeOf(err error) uint32 {
	switch {
	case err == nil:
		return CodeOK
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
	case errors.Is(err, ErrUnauthorized), errors.Is(err, registry.ErrUnknownNode), errors.Is(err, registry.ErrNodeState):
		return CodeUnauthorized
	case errors.Is(err, registry.ErrProofTooSoon):
		return CodeTooSoon
	case errors.Is(err, registry.ErrBadProof):
		return CodeBadBody
	}
	return CodeInternal
}
