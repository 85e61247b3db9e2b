package kit

import (
	"context"
	"errors"
	"fmt"
	"io"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
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
