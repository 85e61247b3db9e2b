package host

import (
	"context"
	"fmt"
	"slices"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// Limits on what crosses the boundary.
const (
	maxRequestBytes = 64 << 10  // anything a module sends the host
	maxAnswerBytes  = 256 << 10 // anything the host reads from a module
	maxTxBodyBytes  = 8 << 10
	maxPathBytes    = 256
)

// NodeAPI is what the node gives the host to serve modules with.
type NodeAPI interface {
	// QueryState answers a workchain query path at height (0 = latest).
	QueryState(ctx context.Context, path string, height int64) ([]byte, int64, error)
	// SubscribeBlocks streams finalized blocks from height from (0 = next)
	// until ctx ends.
	SubscribeBlocks(ctx context.Context, from int64) (<-chan *pluginv1.Block, error)
	// SubmitTx signs a transaction of txType with the node key and sends it.
	SubmitTx(ctx context.Context, module, txType string, body []byte) ([]byte, error)
}

// NewHostAPIServer serves the host API to one module over api, with the
// same checks the host makes (the test kit uses it).
func NewHostAPIServer(api NodeAPI, module string, allowedTxs []string) pluginv1.HostAPIServer {
	return &hostAPI{h: &Host{api: api}, module: module, allowed: allowedTxs}
}

// hostAPI serves one module; it knows which module is calling.
type hostAPI struct {
	pluginv1.UnimplementedHostAPIServer
	h       *Host
	module  string
	allowed []string
}

func (a *hostAPI) QueryState(ctx context.Context, req *pluginv1.QueryStateRequest) (*pluginv1.QueryStateResponse, error) {
	if len(req.Path) == 0 || len(req.Path) > maxPathBytes {
		return nil, status.Errorf(codes.InvalidArgument, "query path must be 1..%d bytes", maxPathBytes)
	}
	v, height, err := a.h.api.QueryState(ctx, req.Path, req.Height)
	if err != nil {
		return nil, status.Error(codes.FailedPrecondition, err.Error())
	}
	return &pluginv1.QueryStateResponse{Value: v, Height: height}, nil
}

func (a *hostAPI) FollowBlocks(req *pluginv1.FollowBlocksRequest, stream pluginv1.HostAPI_FollowBlocksServer) error {
	if req.FromHeight < 0 {
		return status.Error(codes.InvalidArgument, "from_height must not be negative")
	}
	blocks, err := a.h.api.SubscribeBlocks(stream.Context(), req.FromHeight)
	if err != nil {
		return status.Error(codes.Unavailable, err.Error())
	}
	for b := range blocks {
		if err := stream.Send(b); err != nil {
			return err
		}
	}
	return nil
}

func (a *hostAPI) SubmitTx(ctx context.Context, req *pluginv1.SubmitTxRequest) (*pluginv1.SubmitTxResponse, error) {
	if !slices.Contains(a.allowed, req.Type) {
		return nil, status.Errorf(codes.PermissionDenied, "module %s may not submit %q transactions (allowed: %v)", a.module, req.Type, a.allowed)
	}
	if len(req.Body) > maxTxBodyBytes {
		return nil, status.Errorf(codes.InvalidArgument, "transaction body of %d bytes exceeds %d", len(req.Body), maxTxBodyBytes)
	}
	hash, err := a.h.api.SubmitTx(ctx, a.module, req.Type, req.Body)
	if err != nil {
		return nil, status.Error(codes.FailedPrecondition, fmt.Sprintf("submit: %v", err))
	}
	return &pluginv1.SubmitTxResponse{TxHash: hash}, nil
}
