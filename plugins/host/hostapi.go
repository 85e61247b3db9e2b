package host

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/rs/zerolog"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
	"github.com/seshnet/seshnet/plugins/protocol"
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

// Signer signs for modules with the node's keys, which stay in the node
// (cmd/internal/node implements it). The host has checked that the domain
// is known and allowed for the calling module and that the message is
// 1..protocol.MaxSignMessage bytes; the signer checks the message's shape
// for the domain. pub is the public key that signed.
type Signer interface {
	Sign(ctx context.Context, domain string, msg []byte) (sig, pub []byte, err error)
}

// NewHostAPIServer serves the host API to one module over api, with the
// same checks the host makes; it signs nothing (the test kit uses it).
func NewHostAPIServer(api NodeAPI, module string, allowedTxs []string) pluginv1.HostAPIServer {
	return &hostAPI{h: &Host{api: api, log: zerolog.Nop()}, module: module, allowed: allowedTxs}
}

// NewModuleAPIServer serves the host API to module, configured as mc, over
// api, signing with signer (nil: signs nothing), with the same checks and
// the same signing defaults as the host (the test kit uses it).
func NewModuleAPIServer(api NodeAPI, signer Signer, module string, mc ModuleConfig) pluginv1.HostAPIServer {
	h := &Host{api: api, signer: signer, log: zerolog.Nop()}
	return h.apiFor(module, mc)
}

// apiFor is the host API as module, configured as mc, is served it.
func (h *Host) apiFor(module string, mc ModuleConfig) *hostAPI {
	return &hostAPI{h: h, module: module, allowed: mc.AllowedTxs, signDomains: SignDomainsOf(module, mc)}
}

// hostAPI serves one module; it knows which module is calling.
type hostAPI struct {
	pluginv1.UnimplementedHostAPIServer
	h           *Host
	module      string
	allowed     []string
	signDomains []string
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

// maxDomainEcho bounds how much of an unknown domain name an error repeats.
const maxDomainEcho = 32

// Sign signs a module's message with the node's key for the domain, if the
// module may sign in it. Refused requests reach no key: the domain is
// checked against the known ones and the module's allowlist, and the
// message's size, before the signer sees anything.
func (a *hostAPI) Sign(ctx context.Context, req *pluginv1.SignRequest) (*pluginv1.SignResponse, error) {
	if !protocol.KnownSignDomain(req.Domain) {
		if len(req.Domain) > maxDomainEcho {
			return nil, status.Errorf(codes.InvalidArgument, "unknown signing domain of %d bytes (known: %s)", len(req.Domain), strings.Join(protocol.SignDomains(), ", "))
		}
		return nil, status.Errorf(codes.InvalidArgument, "unknown signing domain %q (known: %s)", req.Domain, strings.Join(protocol.SignDomains(), ", "))
	}
	if !slices.Contains(a.signDomains, req.Domain) {
		a.h.log.Warn().Str("module", a.module).Str("domain", req.Domain).Msg("signing refused: domain not allowed for the module")
		return nil, status.Errorf(codes.PermissionDenied, "module %s may not sign in domain %q (allowed: %v; the operator grants domains in modules.%s.sign_domains)", a.module, req.Domain, a.signDomains, a.module)
	}
	if n := len(req.Message); n == 0 || n > protocol.MaxSignMessage {
		return nil, status.Errorf(codes.InvalidArgument, "message to sign must be 1..%d bytes, got %d", protocol.MaxSignMessage, n)
	}
	if a.h.signer == nil {
		return nil, status.Error(codes.Unavailable, "this host signs nothing for modules (no signer)")
	}
	sig, pub, err := a.h.signer.Sign(ctx, req.Domain, req.Message)
	if err != nil {
		return nil, status.Errorf(codes.FailedPrecondition, "sign in domain %s: %v", req.Domain, err)
	}
	a.h.log.Debug().Str("module", a.module).Str("domain", req.Domain).Msg("signed for module")
	return &pluginv1.SignResponse{Signature: sig, PublicKey: pub}, nil
}
