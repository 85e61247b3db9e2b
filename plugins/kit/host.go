package kit

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
	"github.com/seshnet/seshnet/plugins/protocol"
)

// Host is a module's client of the host API.
type Host struct{ c pluginv1.HostAPIClient }

// NewHost wraps a HostAPI client (the test kit uses it).
func NewHost(c pluginv1.HostAPIClient) *Host { return &Host{c: c} }

// Query asks the workchain (path as in `seshd query`: /params, /nodes,
// /node/<hex>, /validators, /account/<signer>) at height (0 = latest) and
// returns the JSON answer and the height it was read at.
func (h *Host) Query(ctx context.Context, path string, height int64) ([]byte, int64, error) {
	res, err := h.c.QueryState(ctx, &pluginv1.QueryStateRequest{Path: path, Height: height})
	if err != nil {
		return nil, 0, fmt.Errorf("host query %s: %w", path, err)
	}
	return res.Value, res.Height, nil
}

// FollowBlocks calls fn for each finalized block from height from (0: the
// next one) until ctx ends or fn returns an error.
func (h *Host) FollowBlocks(ctx context.Context, from int64, fn func(*Block) error) error {
	stream, err := h.c.FollowBlocks(ctx, &pluginv1.FollowBlocksRequest{FromHeight: from})
	if err != nil {
		return fmt.Errorf("follow blocks: %w", err)
	}
	for {
		b, err := stream.Recv()
		if errors.Is(err, io.EOF) || ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			return fmt.Errorf("follow blocks: %w", err)
		}
		if err := fn(b); err != nil {
			return err
		}
	}
}

// SubmitTx asks the host to sign a transaction with the node key and send
// it. Only the types the operator allowed for this module are accepted.
func (h *Host) SubmitTx(ctx context.Context, txType string, body []byte) ([]byte, error) {
	res, err := h.c.SubmitTx(ctx, &pluginv1.SubmitTxRequest{Type: txType, Body: body})
	if err != nil {
		return nil, fmt.Errorf("submit %s: %w", txType, err)
	}
	return res.TxHash, nil
}

// Signing domains of Host.Sign (see the protocol package for each
// domain's message).
const (
	SignEd25519           = protocol.SignEd25519
	SignRewards           = protocol.SignRewards
	SignExit              = protocol.SignExit
	SignLiquidation       = protocol.SignLiquidation
	SignProofOfPossession = protocol.SignProofOfPossession
)

// Sign asks the host to sign msg in domain with the node's key, which the
// module never holds, and returns the signature and the public key that
// made it. Only the domains the operator allows the module
// (modules.NAME.sign_domains, or a built-in module's defaults) are signed;
// msg must be 1..protocol.MaxSignMessage bytes, and for a BLS domain
// exactly the staking contract's message for it. In the ed25519 domain the
// node signs protocol.Ed25519Message(msg): check it with VerifyEd25519.
func (h *Host) Sign(ctx context.Context, domain string, msg []byte) (sig, pub []byte, err error) {
	res, err := h.c.Sign(ctx, &pluginv1.SignRequest{Domain: domain, Message: msg})
	if err != nil {
		return nil, nil, fmt.Errorf("sign in domain %s: %w", domain, err)
	}
	return res.Signature, res.PublicKey, nil
}

// VerifyEd25519 checks a signature the node made in the ed25519 domain
// over msg with its public key pub.
func VerifyEd25519(pub, msg, sig []byte) bool {
	return len(pub) == ed25519.PublicKeySize && ed25519.Verify(pub, protocol.Ed25519Message(msg), sig)
}
